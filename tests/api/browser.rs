//! Browser flows: CSRF cookies, session cookies, redirects, JSON negotiation, logout.

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{
    PASSWORD, TestServer, csrf_value, error_of, json_of, location, message_ids, set_cookies,
};

fn form<'a>(identifier: &'a str, password: &'a str, csrf: &'a str) -> [(&'a str, &'a str); 4] {
    [("method", "password"), ("identifier", identifier), ("password", password), ("csrf_token", csrf)]
}

/// Reads the error a browser was sent to (the `id` of the error UI URL).
async fn stored_error(s: &TestServer, error_ui_url: &str) -> Value {
    let id =
        url::Url::parse(error_ui_url).unwrap().query_pairs().find(|(k, _)| k == "id").unwrap().1.to_string();
    let response = s.http.get(format!("{}/self-service/errors?id={id}", s.public)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    json_of(response, "flowError").await["error"].clone()
}

http_test!(a_browser_is_sent_to_the_login_ui_with_an_anti_csrf_cookie(backend) {
    let s = TestServer::start(backend).await;
    let browser = s.browser();
    let response = browser.get(format!("{}/self-service/login/browser", s.public)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let target = location(&response);
    assert!(target.starts_with(&format!("{}/ui/login?flow=", s.public)), "{target}");
    let cookies = set_cookies(&response, "csrf_token_");
    assert_eq!(cookies.len(), 1, "{cookies:?}");
    let cookie = &cookies[0];
    assert_eq!(cookie.split('=').next().unwrap().len(), "csrf_token_".len() + 64);
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=31536000"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "no Secure in --dev: {cookie}");
    let id = target.split("flow=").nth(1).unwrap();
    let flow = browser.get(format!("{}/self-service/login/flows?id={id}", s.public)).send().await.unwrap();
    assert!(set_cookies(&flow, "csrf_token_").is_empty(), "the browser keeps its token");
    let flow = json_of(flow, "loginFlow").await;
    assert_eq!(flow["type"], "browser");
    assert_eq!(csrf_value(&flow).len(), 88, "a masked 64-byte token");
    s.stop().await;
});

http_test!(cookies_are_secure_outside_development_mode(backend) {
    let s = TestServer::start_with(backend, |c| c.dev = false).await;
    let response = s.browser().get(format!("{}/self-service/login/browser", s.public)).send().await.unwrap();
    let cookie = &set_cookies(&response, "csrf_token_")[0];
    assert!(cookie.contains("Secure"), "{cookie}");
    s.stop().await;
});

http_test!(a_single_page_app_gets_the_flow_as_json(backend) {
    let s = TestServer::start(backend).await;
    let browser = s.browser();
    let flow = s.create_browser_login_flow(&browser).await;
    assert!(flow["ui"]["action"].as_str().unwrap().contains(flow["id"].as_str().unwrap()));
    assert!(!csrf_value(&flow).is_empty());
    // Read back, the form is the one created, its anti-CSRF token masked afresh and still valid.
    let id = flow["id"].as_str().unwrap();
    let fetched = browser.get(format!("{}/self-service/login/flows?id={id}", s.public)).send().await.unwrap();
    let mut fetched = json_of(fetched, "loginFlow").await;
    let token = csrf_value(&fetched);
    assert_ne!(token, csrf_value(&flow));
    let unmasked = |value: &str| portcullis::csrf::CsrfToken::parse(value).unwrap();
    assert_eq!(unmasked(&token), unmasked(&csrf_value(&flow)));
    fetched["ui"]["nodes"][0]["attributes"]["value"] = json!(csrf_value(&flow));
    assert_eq!(fetched, flow);
    s.stop().await;
});

http_test!(another_browser_cannot_read_a_browser_flow(backend) {
    let s = TestServer::start(backend).await;
    let owner = s.browser();
    let flow = s.create_browser_login_flow(&owner).await;
    let url = format!("{}/self-service/login/flows?id={}", s.public, flow["id"].as_str().unwrap());
    let fresh = s.http.get(&url).send().await.unwrap();
    let error = error_of(fresh, StatusCode::FORBIDDEN).await;
    assert_eq!(error["id"], "security_csrf_violation");
    assert_eq!(error["details"]["reject_reason"], "The HTTP cookie header is empty or not set.");
    let stranger = s.browser();
    stranger.get(format!("{}/self-service/login/browser", s.public)).send().await.unwrap();
    let mismatch = error_of(stranger.get(&url).send().await.unwrap(), StatusCode::FORBIDDEN).await;
    assert!(mismatch["details"]["reject_reason"].as_str().unwrap().contains("do not match"));
    let other_cookie = s.http.get(&url).header("Cookie", "theme=dark").send().await.unwrap();
    let missing = error_of(other_cookie, StatusCode::FORBIDDEN).await;
    assert!(missing["details"]["reject_reason"].as_str().unwrap().contains("did not include the anti-CSRF cookie"));
    s.stop().await;
});

http_test!(a_form_login_sets_the_session_cookie_and_sends_the_browser_on(backend) {
    let s = TestServer::start(backend).await;
    let identity = s.create_identity("alice@example.com").await;
    let browser = s.browser();
    let flow = s.create_browser_login_flow(&browser).await;
    let csrf = csrf_value(&flow);
    let response = s.submit_form(&browser, &flow, &form("alice@example.com", PASSWORD, &csrf)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), format!("{}/ui/welcome", s.public));
    let session = set_cookies(&response, "ory_kratos_session=");
    assert_eq!(session.len(), 1);
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=86400"] {
        assert!(session[0].contains(attribute), "{}", session[0]);
    }
    assert_eq!(set_cookies(&response, "csrf_token_").len(), 1, "a new user gets a new anti-CSRF token");
    let whoami = browser.get(format!("{}/sessions/whoami", s.public)).send().await.unwrap();
    assert_eq!(json_of(whoami, "session").await["identity"]["id"], identity["id"]);
    s.stop().await;
});

http_test!(a_single_page_app_login_answers_json_without_a_token(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser();
    let flow = s.create_browser_login_flow(&browser).await;
    let url = format!("{}/self-service/login?flow={}", s.public, flow["id"].as_str().unwrap());
    let body = json!({"method": "password", "identifier": "alice@example.com", "password": PASSWORD, "csrf_token": csrf_value(&flow)});
    let response = browser.post(url).header("Accept", "application/json").json(&body).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(set_cookies(&response, "ory_kratos_session=").len(), 1);
    let body = json_of(response, "successfulNativeLogin").await;
    assert!(body.get("session_token").is_none());
    assert_eq!(body["continue_with"][0]["action"], "redirect_browser_to");
    assert_eq!(body["continue_with"][0]["redirect_browser_to"], format!("{}/ui/welcome", s.public));
    s.stop().await;
});

http_test!(return_to_is_where_the_browser_goes_after_login(backend) {
    let s = TestServer::start_with(backend, |c| {
        c.selfservice.allowed_return_urls = vec![url::Url::parse("https://app.example.com/").unwrap()];
    })
    .await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser();
    let url = format!("{}/self-service/login/browser?return_to=https://app.example.com/dashboard", s.public);
    let flow = json_of(browser.get(url).header("Accept", "application/json").send().await.unwrap(), "loginFlow").await;
    assert_eq!(flow["return_to"], "https://app.example.com/dashboard");
    let response = s.submit_form(&browser, &flow, &form("alice@example.com", PASSWORD, &csrf_value(&flow))).await;
    assert_eq!(location(&response), "https://app.example.com/dashboard");
    s.stop().await;
});

http_test!(a_foreign_return_to_sends_a_browser_to_the_error_ui(backend) {
    let s = TestServer::start(backend).await;
    let url = format!("{}/self-service/login/browser?return_to=https://not-allowed", s.public);
    let html = s.browser().get(&url).send().await.unwrap();
    assert_eq!(html.status(), StatusCode::SEE_OTHER);
    let target = location(&html);
    assert!(target.starts_with(&format!("{}/ui/error?id=", s.public)), "{target}");
    let error = stored_error(&s, &target).await;
    assert_eq!(error["reason"], "Requested return_to URL \"https://not-allowed\" is not allowed.");
    let json = s.browser().get(&url).header("Accept", "application/json").send().await.unwrap();
    assert_eq!(error_of(json, StatusCode::BAD_REQUEST).await["id"], "self_service_flow_return_to_forbidden");
    s.stop().await;
});

http_test!(a_wrong_password_sends_the_browser_back_to_the_form(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser();
    let flow = s.create_browser_login_flow(&browser).await;
    let response = s.submit_form(&browser, &flow, &form("alice@example.com", "wrong", &csrf_value(&flow))).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = flow["id"].as_str().unwrap();
    assert_eq!(location(&response), format!("{}/ui/login?flow={id}", s.public));
    let fetched = browser.get(format!("{}/self-service/login/flows?id={id}", s.public)).send().await.unwrap();
    let fetched = json_of(fetched, "loginFlow").await;
    assert_eq!(message_ids(&fetched), vec![4000006]);
    assert_ne!(csrf_value(&fetched), csrf_value(&flow), "the token is masked afresh");
    let malformed = browser
        .post(format!("{}/self-service/login?flow={id}", s.public))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("14=)=!(%)$/ZP()GHI")
        .send()
        .await
        .unwrap();
    assert_eq!(location(&malformed), format!("{}/ui/login?flow={id}", s.public));
    let fetched = browser.get(format!("{}/self-service/login/flows?id={id}", s.public)).send().await.unwrap();
    let text = json_of(fetched, "loginFlow").await["ui"]["messages"][0]["text"].clone();
    assert!(text.as_str().unwrap().contains("invalid URL escape"), "{text}");
    s.stop().await;
});

http_test!(a_forged_csrf_token_is_refused(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser();
    let flow = s.create_browser_login_flow(&browser).await;
    let response = s.submit_form(&browser, &flow, &form("alice@example.com", PASSWORD, "invalid_token")).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let error = stored_error(&s, &location(&response)).await;
    assert_eq!(error["id"], "security_csrf_violation");
    assert!(error["details"]["reject_reason"].as_str().unwrap().contains("do not match"));
    assert!(set_cookies(&response, "ory_kratos_session=").is_empty());
    let url = format!("{}/self-service/login?flow={}", s.public, flow["id"].as_str().unwrap());
    let body = json!({"method": "password", "identifier": "alice@example.com", "password": PASSWORD, "csrf_token": "invalid_token"});
    let spa = browser.post(url).header("Accept", "application/json").header("Sec-Fetch-Mode", "cors").json(&body).send().await.unwrap();
    let error = error_of(spa, StatusCode::FORBIDDEN).await;
    assert!(error["details"]["hint"].as_str().unwrap().contains("AJAX"));
    let whoami = browser.get(format!("{}/sessions/whoami", s.public)).send().await.unwrap();
    assert_eq!(whoami.status(), StatusCode::UNAUTHORIZED, "nothing signed in");
    s.stop().await;
});

http_test!(multipart_forms_are_accepted(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser();
    let flow = s.create_browser_login_flow(&browser).await;
    let parts = reqwest::multipart::Form::new()
        .text("method", "password")
        .text("identifier", "alice@example.com")
        .text("password", PASSWORD)
        .text("csrf_token", csrf_value(&flow));
    let url = format!("{}/self-service/login?flow={}", s.public, flow["id"].as_str().unwrap());
    let response = browser.post(url).multipart(parts).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(set_cookies(&response, "ory_kratos_session=").len(), 1);
    s.stop().await;
});

http_test!(an_expired_browser_flow_restarts(backend) {
    let s = TestServer::start(backend).await;
    let browser = s.browser();
    let flow = s.create_browser_login_flow(&browser).await;
    s.clock.advance(Duration::hours(2));
    let id = flow["id"].as_str().unwrap();
    let fetched = browser.get(format!("{}/self-service/login/flows?id={id}", s.public)).send().await.unwrap();
    let gone = error_of(fetched, StatusCode::GONE).await;
    assert!(gone["details"]["redirect_to"].as_str().unwrap().ends_with("/self-service/login/browser"));
    assert_eq!(gone["details"]["return_to"], "");
    let response = s.submit_form(&browser, &flow, &form("a@b.co", "x", &csrf_value(&flow))).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let target = location(&response);
    let new_id = target.split("flow=").nth(1).unwrap().to_string();
    assert_ne!(new_id, id);
    let replacement = browser.get(format!("{}/self-service/login/flows?id={new_id}", s.public)).send().await.unwrap();
    assert_eq!(message_ids(&json_of(replacement, "loginFlow").await), vec![4010001]);
    let url = format!("{}/self-service/login?flow={id}", s.public);
    let spa = browser.post(url).header("Accept", "application/json").json(&json!({"method": "password"})).send().await.unwrap();
    assert_eq!(spa.status(), StatusCode::GONE);
    assert!(json_of(spa, "selfServiceFlowExpiredError").await["use_flow_id"].is_string());
    s.stop().await;
});

http_test!(a_signed_in_browser_is_sent_on_instead_of_logging_in_again(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser_login("alice@example.com").await;
    let init = browser.get(format!("{}/self-service/login/browser", s.public)).send().await.unwrap();
    assert_eq!(init.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&init), format!("{}/ui/welcome", s.public));
    let json = browser.get(format!("{}/self-service/login/browser", s.public)).header("Accept", "application/json").send().await.unwrap();
    assert_eq!(error_of(json, StatusCode::BAD_REQUEST).await["id"], "session_already_available");
    let refresh = browser
        .get(format!("{}/self-service/login/browser?refresh=true", s.public))
        .header("Accept", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(json_of(refresh, "loginFlow").await["refresh"], true);
    s.stop().await;
});

http_test!(a_same_user_refresh_keeps_the_session_and_the_csrf_token(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser_login("alice@example.com").await;
    let before = json_of(browser.get(format!("{}/sessions/whoami", s.public)).send().await.unwrap(), "session").await;
    let url = format!("{}/self-service/login/browser?refresh=true", s.public);
    let flow = json_of(browser.get(url).header("Accept", "application/json").send().await.unwrap(), "loginFlow").await;
    let response = s.submit_form(&browser, &flow, &form("alice@example.com", PASSWORD, &csrf_value(&flow))).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(set_cookies(&response, "ory_kratos_session=").len(), 1, "the cookie is issued again");
    assert!(set_cookies(&response, "csrf_token_").is_empty(), "same user: no new anti-CSRF token");
    let after = json_of(browser.get(format!("{}/sessions/whoami", s.public)).send().await.unwrap(), "session").await;
    assert_eq!(after["id"], before["id"]);
    s.stop().await;
});

http_test!(a_browser_logs_out_with_its_logout_url(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser_login("alice@example.com").await;
    let flow = browser.get(format!("{}/self-service/logout/browser", s.public)).send().await.unwrap();
    let flow = json_of(flow, "logoutFlow").await;
    let token = flow["logout_token"].as_str().unwrap();
    assert!(token.starts_with("ory_lo_"));
    let wrong = browser.get(format!("{}/self-service/logout?token=ory_lo_wrong", s.public)).header("Accept", "application/json").send().await.unwrap();
    error_of(wrong, StatusCode::FORBIDDEN).await;
    let none = browser.get(format!("{}/self-service/logout", s.public)).header("Accept", "application/json").send().await.unwrap();
    error_of(none, StatusCode::BAD_REQUEST).await;
    let response = browser.get(flow["logout_url"].as_str().unwrap()).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), format!("{}/ui/welcome", s.public));
    let cleared = set_cookies(&response, "ory_kratos_session=");
    assert!(cleared[0].contains("Max-Age=0"), "{cleared:?}");
    assert_eq!(set_cookies(&response, "csrf_token_").len(), 1, "the anti-CSRF token rotates");
    let whoami = browser.get(format!("{}/sessions/whoami", s.public)).send().await.unwrap();
    error_of(whoami, StatusCode::UNAUTHORIZED).await;
    let again = browser.get(format!("{}/self-service/logout/browser", s.public)).header("Accept", "application/json").send().await.unwrap();
    assert_eq!(error_of(again, StatusCode::UNAUTHORIZED).await["id"], "session_inactive");
    s.stop().await;
});

http_test!(a_single_page_app_logs_out_with_204(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser_login("alice@example.com").await;
    let flow = browser.get(format!("{}/self-service/logout/browser", s.public)).header("Accept", "application/json").send().await.unwrap();
    let flow = json_of(flow, "logoutFlow").await;
    let response = browser.get(flow["logout_url"].as_str().unwrap()).header("Accept", "application/json").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    s.stop().await;
});

http_test!(submitting_an_unknown_flow_from_a_form_shows_the_error_ui(backend) {
    let s = TestServer::start(backend).await;
    let browser = s.browser();
    let url = format!("{}/self-service/login?flow=5b1c6b0e-7f4c-4a52-9c9a-1c7f0c3e9b11", s.public);
    let response = browser.post(url).form(&[("method", "password")]).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let error = stored_error(&s, &location(&response)).await;
    assert_eq!(error["code"], 404);
    let unknown = s.http.get(format!("{}/self-service/errors?id=5b1c6b0e-7f4c-4a52-9c9a-1c7f0c3e9b11", s.public)).send().await.unwrap();
    error_of(unknown, StatusCode::NOT_FOUND).await;
    s.stop().await;
});

http_test!(a_form_without_its_csrf_token_or_from_another_browser_is_refused(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let owner = s.browser();
    let flow = s.create_browser_login_flow(&owner).await;
    let url = format!("{}/self-service/login?flow={}", s.public, flow["id"].as_str().unwrap());
    let body = json!({"method": "password", "identifier": "alice@example.com", "password": PASSWORD});
    let no_token = owner.post(&url).header("Accept", "application/json").json(&body).send().await.unwrap();
    let error = error_of(no_token, StatusCode::FORBIDDEN).await;
    assert!(error["details"]["hint"].as_str().unwrap().contains("was not included in the HTTP request body"));
    let thief = s.browser();
    thief.get(format!("{}/self-service/login/browser", s.public)).send().await.unwrap();
    let stolen = s.submit_form(&thief, &flow, &form("alice@example.com", PASSWORD, &csrf_value(&flow))).await;
    assert_eq!(stolen.status(), StatusCode::SEE_OTHER);
    assert!(location(&stolen).contains("/ui/error?id="), "another browser's token does not match its cookie");
    assert!(set_cookies(&stolen, "ory_kratos_session=").is_empty());
    s.stop().await;
});

http_test!(a_signed_in_browser_submitting_a_plain_flow_is_sent_to_the_default_return_url(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser();
    let flow = s.create_browser_login_flow(&browser).await;
    let other = s.create_browser_login_flow(&browser).await;
    let csrf = csrf_value(&flow);
    let signed_in = s.submit_form(&browser, &flow, &form("alice@example.com", PASSWORD, &csrf)).await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let csrf = csrf_value(&other);
    let again = s.submit_form(&browser, &other, &form("alice@example.com", PASSWORD, &csrf)).await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&again), format!("{}/ui/welcome", s.public));
    s.stop().await;
});
