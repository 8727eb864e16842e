//! The built-in HTML pages.

use reqwest::StatusCode;

use crate::support::{TestServer, location};

http_test!(the_login_page_renders_a_browser_flow_with_security_headers(backend) {
    let s = TestServer::start(backend).await;
    let browser = s.browser();
    let init = browser.get(format!("{}/self-service/login/browser", s.public)).send().await.unwrap();
    let page = browser.get(location(&init)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let headers = page.headers().clone();
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), "{csp}");
    assert!(headers["cache-control"].to_str().unwrap().contains("no-store"));
    let html = page.text().await.unwrap();
    assert!(html.contains("<label for=\"field-identifier\">E-Mail</label>"), "{html}");
    assert!(html.contains("name=\"csrf_token\""));
    assert!(html.contains("Sign in with password"));
    s.stop().await;
});

http_test!(pages_without_their_state_restart_or_explain(backend) {
    let s = TestServer::start(backend).await;
    let restart = format!("{}/self-service/login/browser", s.public);
    let no_flow = s.browser().get(format!("{}/ui/login", s.public)).send().await.unwrap();
    assert_eq!(location(&no_flow), restart);
    let foreign = s.browser().get(format!("{}/ui/login?flow=5b1c6b0e-7f4c-4a52-9c9a-1c7f0c3e9b11", s.public)).send().await.unwrap();
    assert_eq!(location(&foreign), restart);
    let signed_out = s.browser().get(format!("{}/ui/welcome", s.public)).send().await.unwrap();
    assert_eq!(location(&signed_out), restart);
    let unknown = s.browser().get(format!("{}/ui/error?id=nope", s.public)).send().await.unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    assert!(unknown.text().await.unwrap().contains("unknown or no longer available"));
    s.stop().await;
});

http_test!(the_welcome_page_shows_the_identity_and_a_logout_form(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let browser = s.browser_login("alice@example.com").await;
    let page = browser.get(format!("{}/ui/welcome", s.public)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("<dd data-trait=\"email\">alice@example.com</dd>"), "{html}");
    assert!(html.contains("name=\"token\" value=\"ory_lo_"));
    s.stop().await;
});
