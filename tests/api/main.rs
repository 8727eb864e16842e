#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Black-box HTTP tests: the real server on port 0, spoken to over HTTP without following
//! redirects; every JSON body is validated against the schema `openapi.yaml` declares for it.

mod admin;
mod contract;
mod login;
mod support;

/// Instantiates every HTTP case for every backend, as `BACKEND::MODULE::CASE`.
macro_rules! http_cases {
    ($backend_mod:ident => $backend:expr; $($module:ident: [$($case:ident),* $(,)?]),* $(,)?) => {
        mod $backend_mod {
            $(
                mod $module {
                    $(
                        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                        async fn $case() {
                            crate::$module::$case($backend).await;
                        }
                    )*
                }
            )*
        }
    };
}

macro_rules! all_backends {
    ($($body:tt)*) => {
        http_cases!(memory => crate::support::Backend::Memory; $($body)*);
        http_cases!(sqlite => crate::support::Backend::Sqlite; $($body)*);
    };
}

all_backends! {
        login: [a_native_flow_is_created_without_cookies_and_with_the_password_form, flow_creation_rejects_bad_aal_and_second_factor_without_session, a_foreign_return_to_is_forbidden, a_correct_password_signs_in_with_a_session_token, identifiers_are_trimmed_lower_cased_and_accepted_under_the_legacy_name, unknown_identifiers_and_wrong_passwords_get_the_same_answer, missing_fields_are_reported_on_their_nodes, malformed_bodies_come_back_as_the_flow_with_the_reason, a_form_encoded_submit_signs_in, an_unknown_method_finds_no_strategy, browser_headers_on_a_native_flow_are_refused, an_expired_flow_answers_410_and_names_a_stored_replacement, fetching_flows_answers_200_404_and_410, submitting_without_a_usable_flow_id_is_an_error, a_flow_signs_in_at_most_once, concurrent_submits_of_one_flow_yield_one_session, a_signed_in_client_cannot_start_or_submit_a_plain_login, refresh_re_authenticates_and_keeps_the_session, whoami_accepts_both_token_headers_and_refuses_everything_else, native_logout_revokes_the_token, browser_flows_answer_a_clear_not_implemented_error, oversized_bodies_odd_methods_and_unknown_paths_get_the_error_envelope, a_disabled_identity_is_told_so_only_after_its_password_matched, undecodable_headers_get_the_error_envelope, identity_schema_must_name_a_selectable_schema],
        admin: [created_identities_have_kratos_shape_and_a_location, invalid_traits_unknown_fields_and_bad_json_are_400, duplicate_identifiers_conflict, imported_hashes_sign_in_and_are_upgraded, hashes_in_unknown_formats_are_refused_and_not_stored, identities_list_in_pages_with_links, deleting_an_identity_ends_its_sessions, admin_sessions_are_readable_with_the_identity_on_request, health_and_version_answer_on_both_listeners],
}
