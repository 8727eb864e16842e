//! Native login over HTTP, case by case against the contract.

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{PASSWORD, TestServer, error_of, json_of, message_ids, node};

fn password_body(identifier: &str, password: &str) -> Value {
    json!({ "method": "password", "identifier": identifier, "password": password })
}

http_test!(a_native_flow_is_created_without_cookies_and_with_the_password_form(backend) {
    let s = TestServer::start(backend).await;
    let response =
        s.http.get(format!("{}/self-service/login/api?refresh=true", s.public)).send().await.unwrap();
    assert!(response.headers().get("set-cookie").is_none());
    assert_eq!(response.headers()["cache-control"], "private, no-cache, no-store, must-revalidate");
    let flow = json_of(response, "loginFlow").await;
    assert_eq!(flow["type"], "api");
    assert_eq!(flow["refresh"], false, "refresh without a session is reset");
    assert_eq!(flow["organization_id"], Value::Null);
    assert!(flow["ui"].get("messages").is_none());
    let names: Vec<&str> = flow["ui"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["attributes"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["csrf_token", "identifier", "password", "method"]);
    assert_eq!(node(&flow, "csrf_token")["attributes"]["value"], "");
    assert!(node(&flow, "password")["attributes"].get("value").is_none());
    assert_eq!(node(&flow, "identifier")["meta"]["label"]["id"], 1070002);
    assert!(
        flow["ui"]["action"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/self-service/login?flow={}", flow["id"].as_str().unwrap()))
    );
    s.stop().await;
});

http_test!(flow_creation_rejects_bad_aal_and_second_factor_without_session(backend) {
    let s = TestServer::start(backend).await;
    let bad = s.http.get(format!("{}/self-service/login/api?aal=aal0", s.public)).send().await.unwrap();
    let error = error_of(bad, StatusCode::BAD_REQUEST).await;
    assert_eq!(
        error["reason"],
        "Unable to parse AuthenticationMethod Assurance Level (AAL): expected one of [aal1, aal2] but got aal0"
    );
    let aal2 = s.http.get(format!("{}/self-service/login/api?aal=aal2", s.public)).send().await.unwrap();
    assert_eq!(error_of(aal2, StatusCode::UNAUTHORIZED).await["id"], "session_aal1_required");
    s.stop().await;
});

http_test!(a_foreign_return_to_is_forbidden(backend) {
    let s = TestServer::start(backend).await;
    let url = format!("{}/self-service/login/api?return_to=https://evil.example/", s.public);
    let error = error_of(s.http.get(url).send().await.unwrap(), StatusCode::BAD_REQUEST).await;
    assert_eq!(error["id"], "self_service_flow_return_to_forbidden");
    s.stop().await;
});

http_test!(a_correct_password_signs_in_with_a_session_token(backend) {
    let s = TestServer::start(backend).await;
    let identity = s.create_identity("alice@example.com").await;
    let flow = s.create_native_login_flow().await;
    let response = s.update_login_flow(&flow, password_body("alice@example.com", PASSWORD)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = json_of(response, "successfulNativeLogin").await;
    let token = body["session_token"].as_str().unwrap();
    assert!(token.starts_with("ory_st_") && token.len() == 50, "256 bits of randomness");
    let session = &body["session"];
    assert_eq!(session["active"], true);
    assert_eq!(session["authenticator_assurance_level"], "aal1");
    assert_eq!(session["authentication_methods"][0]["method"], "password");
    assert_eq!(session["identity"]["id"], identity["id"]);
    assert_eq!(session["identity"]["traits"]["email"], "alice@example.com");
    assert!(session["identity"].get("credentials").is_none());
    assert!(session["identity"].get("metadata_admin").is_none());
    s.stop().await;
});

http_test!(identifiers_are_trimmed_lower_cased_and_accepted_under_the_legacy_name(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    s.login("  ALICE@Example.com ").await;
    let flow = s.create_native_login_flow().await;
    let legacy =
        json!({ "method": "password", "password_identifier": "alice@example.com", "password": PASSWORD });
    assert_eq!(s.update_login_flow(&flow, legacy).await.status(), StatusCode::OK);
    s.stop().await;
});

/// The parts of a rejected flow that must not depend on whether the account exists.
fn rejection_shape(flow: &Value) -> Value {
    let mut shape = flow["ui"].clone();
    shape["action"] = Value::Null;
    shape
}

http_test!(unknown_identifiers_and_wrong_passwords_get_the_same_answer(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let f1 = s.create_native_login_flow().await;
    let unknown = s.update_login_flow(&f1, password_body("nobody@example.com", PASSWORD)).await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    let unknown = json_of(unknown, "loginFlow").await;
    let f2 = s.create_native_login_flow().await;
    let wrong = s.update_login_flow(&f2, password_body("nobody@example.com", "wrong password")).await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    let wrong = json_of(wrong, "loginFlow").await;
    assert_eq!(message_ids(&unknown), vec![4000006]);
    assert_eq!(rejection_shape(&unknown), rejection_shape(&wrong));
    let f3 = s.create_native_login_flow().await;
    let real_wrong =
        json_of(s.update_login_flow(&f3, password_body("alice@example.com", "wrong")).await, "loginFlow")
            .await;
    assert_eq!(message_ids(&real_wrong), vec![4000006]);
    assert_eq!(node(&real_wrong, "identifier")["attributes"]["value"], "alice@example.com");
    assert!(node(&real_wrong, "password")["attributes"].get("value").is_none());
    s.stop().await;
});

http_test!(missing_fields_are_reported_on_their_nodes(backend) {
    let s = TestServer::start(backend).await;
    let cases = [
        (json!({"method": "password", "password": "x"}), vec!["identifier"]),
        (json!({"method": "password", "identifier": "a@b.c"}), vec!["password"]),
        (json!({"method": "password", "identifier": "", "password": ""}), vec!["identifier", "password"]),
    ];
    for (body, missing) in cases {
        let flow = s.create_native_login_flow().await;
        let response = s.update_login_flow(&flow, body).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let flow = json_of(response, "loginFlow").await;
        assert_eq!(flow["ui"]["nodes"].as_array().unwrap().len(), 4);
        for name in &missing {
            let messages = &node(&flow, name)["messages"];
            assert_eq!(messages[0]["id"], 4000002);
            assert_eq!(messages[0]["text"], format!("Property {name} is missing."));
        }
        assert_eq!(message_ids(&flow).len(), missing.len());
    }
    s.stop().await;
});

http_test!(malformed_bodies_come_back_as_the_flow_with_the_reason(backend) {
    let s = TestServer::start(backend).await;
    let flow = s.create_native_login_flow().await;
    let id = flow["id"].as_str().unwrap();
    let url = format!("{}/self-service/login?flow={id}", s.public);
    let junk = "14=)=!(%)$/ZP()GHIÖ";
    let json = s.http.post(&url).header("content-type", "application/json").body(junk).send().await.unwrap();
    assert_eq!(json.status(), StatusCode::BAD_REQUEST);
    let json = json_of(json, "loginFlow").await;
    assert_eq!(json["id"], id);
    assert_eq!(
        json["ui"]["messages"][0]["text"],
        "Expected JSON sent in request body to be an object but got: Number"
    );
    let form = s
        .http
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(junk)
        .send()
        .await
        .unwrap();
    let form = json_of(form, "loginFlow").await;
    assert!(form["ui"]["messages"][0]["text"].as_str().unwrap().contains("invalid URL escape"));
    for (content_type, body) in [("text/plain", "x"), ("application/json", "")] {
        let r = s.http.post(&url).header("content-type", content_type).body(body).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
        assert_eq!(message_ids(&json_of(r, "loginFlow").await), vec![4000001]);
    }
    s.stop().await;
});

http_test!(a_form_encoded_submit_signs_in(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let flow = s.create_native_login_flow().await;
    let url = format!("{}/self-service/login?flow={}", s.public, flow["id"].as_str().unwrap());
    let body =
        format!("method=password&identifier=alice%40example.com&password={}", PASSWORD.replace(' ', "+"));
    let response = s
        .http
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    s.stop().await;
});

http_test!(an_unknown_method_finds_no_strategy(backend) {
    let s = TestServer::start(backend).await;
    let flow = s.create_native_login_flow().await;
    let response = s.update_login_flow(&flow, json!({"method": "not-exist"})).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(message_ids(&json_of(response, "loginFlow").await), vec![4010002]);
    s.stop().await;
});

http_test!(browser_headers_on_a_native_flow_are_refused(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    for (header, value, key) in
        [("Origin", "https://www.bar.com", "\"Origin\""), ("Cookie", "name=bar", "\"Cookie\"")]
    {
        let flow = s.create_native_login_flow().await;
        let url = format!("{}/self-service/login?flow={}", s.public, flow["id"].as_str().unwrap());
        let response = s
            .http
            .post(url)
            .header(header, value)
            .json(&password_body("alice@example.com", PASSWORD))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let flow = json_of(response, "loginFlow").await;
        assert!(flow["ui"]["messages"][0]["text"].as_str().unwrap().contains(key));
    }
    let flow = s.create_native_login_flow().await;
    let url = format!("{}/self-service/login?flow={}", s.public, flow["id"].as_str().unwrap());
    let cdn_only = s
        .http
        .post(url)
        .header("Cookie", "__cf_bm=abc; cf_clearance=x")
        .json(&password_body("alice@example.com", PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(cdn_only.status(), StatusCode::OK, "CDN cookies are exempt");
    s.stop().await;
});

http_test!(an_expired_flow_answers_410_and_names_a_stored_replacement(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let flow = s.create_native_login_flow().await;
    s.clock.advance(Duration::hours(1) + Duration::minutes(3));
    let response = s.update_login_flow(&flow, password_body("alice@example.com", PASSWORD)).await;
    assert_eq!(response.status(), StatusCode::GONE);
    let body = json_of(response, "selfServiceFlowExpiredError").await;
    assert_eq!(body["error"]["id"], "self_service_flow_expired");
    assert_eq!(
        body["error"]["reason"],
        "The self-service flow expired 3.00 minutes ago, initialize a new one."
    );
    let replacement = body["use_flow_id"].as_str().unwrap();
    assert_ne!(replacement, flow["id"].as_str().unwrap());
    let fetched =
        s.http.get(format!("{}/self-service/login/flows?id={replacement}", s.public)).send().await.unwrap();
    assert_eq!(fetched.status(), StatusCode::OK);
    let fetched = json_of(fetched, "loginFlow").await;
    assert_eq!(message_ids(&fetched), vec![4010001]);
    let again = s.update_login_flow(&fetched, password_body("alice@example.com", PASSWORD)).await;
    assert_eq!(again.status(), StatusCode::OK);
    s.stop().await;
});

http_test!(fetching_flows_answers_200_404_and_410(backend) {
    let s = TestServer::start(backend).await;
    let flow = s.create_native_login_flow().await;
    let url = |id: &str| format!("{}/self-service/login/flows?id={id}", s.public);
    let ok = s.http.get(url(flow["id"].as_str().unwrap())).send().await.unwrap();
    assert_eq!(json_of(ok, "loginFlow").await, flow, "read back as created, form and all");
    for id in ["not-a-uuid", "5b1c6b0e-7f4c-4a52-9c9a-1c7f0c3e9b11"] {
        let error = error_of(s.http.get(url(id)).send().await.unwrap(), StatusCode::NOT_FOUND).await;
        assert_eq!(error["message"], "Unable to locate the resource");
    }
    let missing = s.http.get(format!("{}/self-service/login/flows", s.public)).send().await.unwrap();
    error_of(missing, StatusCode::NOT_FOUND).await;
    s.clock.advance(Duration::hours(2));
    let gone =
        error_of(s.http.get(url(flow["id"].as_str().unwrap())).send().await.unwrap(), StatusCode::GONE).await;
    assert_eq!(gone["id"], "self_service_flow_expired");
    assert!(gone["details"]["api"].as_str().unwrap().ends_with("/self-service/login/api"));
    s.stop().await;
});

http_test!(submitting_without_a_usable_flow_id_is_an_error(backend) {
    let s = TestServer::start(backend).await;
    let no_param =
        s.http.post(format!("{}/self-service/login", s.public)).json(&json!({})).send().await.unwrap();
    let error = error_of(no_param, StatusCode::BAD_REQUEST).await;
    assert_eq!(error["reason"], "The flow query parameter is missing or malformed.");
    let unknown = s
        .http
        .post(format!("{}/self-service/login?flow=5b1c6b0e-7f4c-4a52-9c9a-1c7f0c3e9b11", s.public))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(unknown, StatusCode::NOT_FOUND).await["message"], "Unable to locate the resource");
    s.stop().await;
});

http_test!(a_flow_signs_in_at_most_once(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let flow = s.create_native_login_flow().await;
    assert_eq!(
        s.update_login_flow(&flow, password_body("alice@example.com", PASSWORD)).await.status(),
        StatusCode::OK
    );
    let again = s.update_login_flow(&flow, password_body("alice@example.com", PASSWORD)).await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert_eq!(message_ids(&json_of(again, "loginFlow").await), vec![4010007]);
    s.stop().await;
});

http_test!(concurrent_submits_of_one_flow_yield_one_session(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let flow = s.create_native_login_flow().await;
    let submits = (0..12).map(|_| s.update_login_flow(&flow, password_body("alice@example.com", PASSWORD)));
    let statuses: Vec<StatusCode> =
        futures::future::join_all(submits).await.iter().map(|r| r.status()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::BAD_REQUEST));
    s.stop().await;
});

http_test!(a_signed_in_client_cannot_start_or_submit_a_plain_login(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let flow = s.create_native_login_flow().await;
    let token = s.login("alice@example.com").await;
    let create =
        s.http.get(format!("{}/self-service/login/api", s.public)).bearer_auth(&token).send().await.unwrap();
    let error = error_of(create, StatusCode::BAD_REQUEST).await;
    assert_eq!(error["id"], "session_already_available");
    assert_eq!(error["message"], "you are already logged in");
    let submit =
        s.update_login_flow_as(&flow, Some(&token), password_body("alice@example.com", PASSWORD)).await;
    assert_eq!(submit.status(), StatusCode::BAD_REQUEST);
    let flow = json_of(submit, "loginFlow").await;
    assert_eq!(message_ids(&flow), vec![4000001]);
    s.stop().await;
});

http_test!(refresh_re_authenticates_and_keeps_the_session(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let token = s.login("alice@example.com").await;
    let before = json_of(s.to_session(&token).await, "session").await;
    s.clock.advance(Duration::minutes(10));
    let flow = s.refresh_flow(&token).await;
    assert_eq!(flow["refresh"], true);
    assert_eq!(flow["ui"]["messages"][0]["id"], 1010003);
    assert_eq!(node(&flow, "identifier")["attributes"]["value"], "alice@example.com");
    let submit =
        s.update_login_flow_as(&flow, Some(&token), password_body("alice@example.com", PASSWORD)).await;
    assert_eq!(submit.status(), StatusCode::OK);
    let body = json_of(submit, "successfulNativeLogin").await;
    assert_eq!(body["session_token"], token.as_str());
    assert_eq!(body["session"]["id"], before["id"]);
    assert_ne!(body["session"]["authenticated_at"], before["authenticated_at"]);
    assert_eq!(body["session"]["authentication_methods"].as_array().unwrap().len(), 2);
    s.stop().await;
});

http_test!(whoami_accepts_both_token_headers_and_refuses_everything_else(backend) {
    let s = TestServer::start(backend).await;
    let identity = s.create_identity("alice@example.com").await;
    let token = s.login("alice@example.com").await;
    let by_header = s.to_session(&token).await;
    assert_eq!(by_header.headers()["x-kratos-authenticated-identity-id"], identity["id"].as_str().unwrap());
    assert_eq!(json_of(by_header, "session").await["identity"]["id"], identity["id"]);
    let by_bearer =
        s.http.get(format!("{}/sessions/whoami", s.public)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(by_bearer.status(), StatusCode::OK);
    let none = s.http.get(format!("{}/sessions/whoami", s.public)).send().await.unwrap();
    assert!(none.headers().get("set-cookie").is_none());
    let error = error_of(none, StatusCode::UNAUTHORIZED).await;
    assert_eq!(error["reason"], "No valid session credentials found in the request.");
    error_of(s.to_session("ory_st_unknown").await, StatusCode::UNAUTHORIZED).await;
    s.clock.advance(Duration::hours(25));
    error_of(s.to_session(&token).await, StatusCode::UNAUTHORIZED).await;
    s.stop().await;
});

// A session checked once (which the SQLite store then keeps in memory) answers for every later
// change at once: a refresh, a logout, its identity's deletion.
http_test!(a_checked_session_reflects_every_change_to_it(backend) {
    let s = TestServer::start(backend).await;
    let identity = s.create_identity("alice@example.com").await;
    let token = s.login("alice@example.com").await;
    let before = json_of(s.to_session(&token).await, "session").await;
    s.clock.advance(Duration::minutes(10));
    let flow = s.refresh_flow(&token).await;
    let submit =
        s.update_login_flow_as(&flow, Some(&token), password_body("alice@example.com", PASSWORD)).await;
    assert_eq!(submit.status(), StatusCode::OK);
    let after = json_of(s.to_session(&token).await, "session").await;
    assert_eq!(after["id"], before["id"]);
    assert_ne!(after["authenticated_at"], before["authenticated_at"]);
    assert_eq!(after["authentication_methods"].as_array().unwrap().len(), 2);

    let logout = s.http.delete(format!("{}/self-service/logout/api", s.public)).json(&json!({"session_token": token}));
    assert_eq!(logout.send().await.unwrap().status(), StatusCode::NO_CONTENT);
    error_of(s.to_session(&token).await, StatusCode::UNAUTHORIZED).await;

    let token = s.login("alice@example.com").await;
    assert_eq!(s.to_session(&token).await.status(), StatusCode::OK);
    let id = identity["id"].as_str().unwrap();
    let delete = s.http.delete(format!("{}/admin/identities/{id}", s.admin)).send().await.unwrap();
    assert_eq!(delete.status(), StatusCode::NO_CONTENT);
    error_of(s.to_session(&token).await, StatusCode::UNAUTHORIZED).await;
    s.stop().await;
});

http_test!(native_logout_revokes_the_token(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let token = s.login("alice@example.com").await;
    let logout =
        |body: Value| s.http.delete(format!("{}/self-service/logout/api", s.public)).json(&body).send();
    assert_eq!(logout(json!({"session_token": token})).await.unwrap().status(), StatusCode::NO_CONTENT);
    error_of(s.to_session(&token).await, StatusCode::UNAUTHORIZED).await;
    assert_eq!(logout(json!({"session_token": token})).await.unwrap().status(), StatusCode::NO_CONTENT);
    error_of(logout(json!({"session_token": "not a valid token"})).await.unwrap(), StatusCode::FORBIDDEN)
        .await;
    error_of(logout(json!({})).await.unwrap(), StatusCode::FORBIDDEN).await;
    let junk =
        s.http.delete(format!("{}/self-service/logout/api", s.public)).body("{{").send().await.unwrap();
    error_of(junk, StatusCode::BAD_REQUEST).await;
    s.stop().await;
});

http_test!(oversized_bodies_odd_methods_and_unknown_paths_get_the_error_envelope(backend) {
    let s =
        TestServer::start_with(backend, |c| c.limits.max_body = portcullis::config::ByteSize::kib(4)).await;
    let flow = s.create_native_login_flow().await;
    let url = format!("{}/self-service/login?flow={}", s.public, flow["id"].as_str().unwrap());
    let huge = s
        .http
        .post(&url)
        .header("content-type", "application/json")
        .body(vec![b' '; 64 * 1024])
        .send()
        .await
        .unwrap();
    error_of(huge, StatusCode::PAYLOAD_TOO_LARGE).await;
    let put = s.http.put(&url).body("x").send().await.unwrap();
    error_of(put, StatusCode::METHOD_NOT_ALLOWED).await;
    error_of(s.http.get(format!("{}/nope", s.public)).send().await.unwrap(), StatusCode::NOT_FOUND).await;
    error_of(
        s.http.get(format!("{}/admin/identities", s.public)).send().await.unwrap(),
        StatusCode::NOT_FOUND,
    )
    .await;
    s.stop().await;
});

http_test!(a_disabled_identity_is_told_so_only_after_its_password_matched(backend) {
    let s = TestServer::start(backend).await;
    let body = json!({
        "schema_id": "default",
        "state": "inactive",
        "traits": { "email": "off@example.com" },
        "credentials": { "password": { "config": { "password": PASSWORD } } }
    });
    let created = s.http.post(format!("{}/admin/identities", s.admin)).json(&body).send().await.unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let flow = s.create_native_login_flow().await;
    let wrong =
        json_of(s.update_login_flow(&flow, password_body("off@example.com", "nope")).await, "loginFlow")
            .await;
    assert_eq!(message_ids(&wrong), vec![4000006]);
    let right = s.update_login_flow(&flow, password_body("off@example.com", PASSWORD)).await;
    assert_eq!(right.status(), StatusCode::BAD_REQUEST);
    assert_eq!(message_ids(&json_of(right, "loginFlow").await), vec![4010011]);
    s.stop().await;
});

http_test!(undecodable_headers_get_the_error_envelope(backend) {
    let s = TestServer::start(backend).await;
    let value = reqwest::header::HeaderValue::from_bytes(b"ory_st_\xff\xfe").unwrap();
    let response = s
        .http
        .get(format!("{}/sessions/whoami", s.public))
        .header("X-Session-Token", value)
        .send()
        .await
        .unwrap();
    error_of(response, StatusCode::BAD_REQUEST).await;
    s.stop().await;
});

http_test!(identity_schema_must_name_a_selectable_schema(backend) {
    use base64::Engine;
    let username_schema = json!({
        "type": "object",
        "properties": { "traits": { "type": "object", "properties": {
            "username": { "type": "string", "title": "Username",
                "ory.sh/kratos": { "credentials": { "password": { "identifier": true } } } }
        }}}
    });
    let url =
        format!("base64://{}", base64::engine::general_purpose::STANDARD.encode(username_schema.to_string()));
    let email = format!(
        "base64://{}",
        base64::engine::general_purpose::STANDARD
            .encode(portcullis::identity::builtin_default_schema().to_string())
    );
    let s = TestServer::start_with(backend, |c| {
        c.identity.schemas = vec![
            portcullis::config::SchemaSource {
                id: "default".into(),
                url: email,
                selfservice_selectable: false,
            },
            portcullis::config::SchemaSource { id: "users".into(), url, selfservice_selectable: true },
        ];
    })
    .await;
    let get = |q: &str| s.http.get(format!("{}/self-service/login/api?identity_schema={q}", s.public)).send();
    let flow = json_of(get("users").await.unwrap(), "loginFlow").await;
    assert_eq!(node(&flow, "identifier")["meta"]["label"]["text"], "Username");
    assert_eq!(flow["identity_schema"], "users");
    error_of(get("default").await.unwrap(), StatusCode::BAD_REQUEST).await;
    error_of(get("missing").await.unwrap(), StatusCode::BAD_REQUEST).await;
    s.stop().await;
});

http_test!(responses_carry_a_request_id(backend) {
    let s = TestServer::start(backend).await;
    let fresh = s.http.get(format!("{}/health/alive", s.public)).send().await.unwrap();
    let id = fresh.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(uuid::Uuid::parse_str(&id).map(|u| u.get_version_num()), Ok(4));
    let next = s.http.get(format!("{}/health/alive", s.public)).send().await.unwrap();
    assert_ne!(next.headers()["x-request-id"].to_str().unwrap(), id, "each request gets its own id");
    let given = s.http.get(format!("{}/health/alive", s.public)).header("X-Request-Id", "trace-me").send().await.unwrap();
    assert_eq!(given.headers()["x-request-id"], "trace-me");
    s.stop().await;
});

http_test!(unknown_identifiers_and_wrong_passwords_take_the_same_time(backend) {
    // The default hash parameters, as in production, and no throttle in the way.
    let s = TestServer::start_with(backend, |config| {
        config.hashers = portcullis::config::HashersConfig::default();
        config.security.brute_force.max_attempts_per_identifier = 10_000;
        config.security.brute_force.max_attempts_per_address = 10_000;
    })
    .await;
    s.create_identity("alice@example.com").await;
    let flow = s.create_native_login_flow().await;
    let timed = |identifier: String| {
        let (s, flow) = (&s, &flow);
        async move {
            let started = std::time::Instant::now();
            let response = s.update_login_flow(flow, password_body(&identifier, "not the password")).await;
            let elapsed = started.elapsed();
            assert_eq!(message_ids(&json_of(response, "loginFlow").await), [4000006]);
            elapsed
        }
    };
    let (mut unknown, mut wrong) = (Vec::new(), Vec::new());
    // Interleaved, so that the machine's noise falls on both alike.
    for n in 0..200 {
        unknown.push(timed(format!("nobody{n}@example.com")).await);
        wrong.push(timed("alice@example.com".into()).await);
    }
    let median = |times: &mut Vec<std::time::Duration>| {
        times.sort_unstable();
        times[times.len() / 2].as_secs_f64()
    };
    let (unknown, wrong) = (median(&mut unknown), median(&mut wrong));
    let spread = (unknown - wrong).abs() / unknown.min(wrong);
    assert!(spread <= 0.10, "median unknown {unknown:.4}s, wrong password {wrong:.4}s: {:.1}% apart", spread * 100.0);
    s.stop().await;
});

/// Behind a proxy that serves Portcullis under a path, every URL it hands out keeps that path,
/// as Kratos's do: the flow's action, the identity's schema URL, the admin `Location`, the
/// built-in page's restart.
#[tokio::test]
async fn the_urls_handed_out_keep_the_base_urls_path() {
    let s = TestServer::start_with(crate::common::Backend::Memory, |c| {
        c.serve.public.base_url = Some("https://example.com/identity/".parse().unwrap());
        c.serve.admin.base_url = Some("https://example.com/identity-admin".parse().unwrap());
    })
    .await;
    let body = crate::support::identity_with_password("alice@example.com", PASSWORD);
    let created = s.http.post(format!("{}/admin/identities", s.admin)).json(&body).send().await.unwrap();
    let location = created.headers()["location"].to_str().unwrap().to_string();
    let identity = json_of(created, "identity").await;
    let id = identity["id"].as_str().unwrap();
    assert_eq!(location, format!("https://example.com/identity-admin/admin/identities/{id}"));
    assert_eq!(identity["schema_url"], "https://example.com/identity/schemas/ZGVmYXVsdA");

    let flow = s.create_native_login_flow().await;
    let id = flow["id"].as_str().unwrap();
    assert_eq!(flow["ui"]["action"], format!("https://example.com/identity/self-service/login?flow={id}"));

    let page = s.http.get(format!("{}/ui/login", s.public)).send().await.unwrap();
    assert_eq!(crate::support::location(&page), "https://example.com/identity/self-service/login/browser");
    s.stop().await;
}
