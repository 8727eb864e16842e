//! The admin listener: identities and sessions.

use base64::Engine;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, PASSWORD, TestServer, error_of, json_of};

async fn create(s: &TestServer, body: Value) -> reqwest::Response {
    s.http.post(format!("{}/admin/identities", s.admin)).json(&body).send().await.unwrap()
}

fn with_hash(email: &str, hash: &str) -> Value {
    json!({
        "schema_id": "default",
        "traits": { "email": email },
        "credentials": { "password": { "config": { "hashed_password": hash } } }
    })
}

http_test!(created_identities_have_kratos_shape_and_a_location(backend) {
    let s = TestServer::start(backend).await;
    let body = json!({
        "schema_id": "default",
        "traits": { "email": "Alice@Example.com" },
        "metadata_public": { "tier": 1 },
        "credentials": { "password": { "config": { "password": PASSWORD } } }
    });
    let response = create(&s, body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    let identity = json_of(response, "identity").await;
    let id = identity["id"].as_str().unwrap();
    assert!(location.ends_with(&format!("/admin/identities/{id}")));
    assert!(identity["schema_url"].as_str().unwrap().ends_with("/schemas/ZGVmYXVsdA"));
    assert_eq!(identity["state"], "active");
    assert_eq!(identity["credentials"]["password"]["identifiers"], json!(["alice@example.com"]));
    assert!(identity["credentials"]["password"].get("config").is_none());
    let hash = s.stored_password_hash(id).await;
    assert!(hash.starts_with("$argon2id$v=19$"), "{hash}");
    // The admin listener also answers without the /admin prefix, like Kratos.
    let unprefixed = s.http.get(format!("{}/identities/{id}", s.admin)).send().await.unwrap();
    assert_eq!(unprefixed.status(), StatusCode::OK);
    s.stop().await;
});

http_test!(invalid_traits_unknown_fields_and_bad_json_are_400(backend) {
    let s = TestServer::start(backend).await;
    let bad_traits = json!({ "schema_id": "default", "traits": { "email": "not-an-email" } });
    error_of(create(&s, bad_traits).await, StatusCode::BAD_REQUEST).await;
    let unknown_field = json!({ "schema_id": "default", "traits": { "email": "a@b.co" }, "surprise": 1 });
    error_of(create(&s, unknown_field).await, StatusCode::BAD_REQUEST).await;
    let unknown_schema = json!({ "schema_id": "nope", "traits": { "email": "a@b.co" } });
    error_of(create(&s, unknown_schema).await, StatusCode::BAD_REQUEST).await;
    let junk =
        s.http.post(format!("{}/admin/identities", s.admin)).body("{\"traits\":").send().await.unwrap();
    error_of(junk, StatusCode::BAD_REQUEST).await;
    let list: Value =
        s.http.get(format!("{}/admin/identities", s.admin)).send().await.unwrap().json().await.unwrap();
    assert_eq!(list, json!([]), "nothing was stored");
    s.stop().await;
});

http_test!(duplicate_identifiers_conflict(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let twin = json!({
        "schema_id": "default",
        "traits": { "email": "ALICE@example.com" },
        "credentials": { "password": { "config": { "password": PASSWORD } } }
    });
    let error = error_of(create(&s, twin).await, StatusCode::CONFLICT).await;
    assert_eq!(error["reason"], "This identity conflicts with another identity that already exists.");
    s.stop().await;
});

http_test!(imported_hashes_sign_in_and_are_upgraded(backend) {
    let s = TestServer::start(backend).await;
    let bcrypt = bcrypt::hash("imported-secret", 4).unwrap();
    let identity = json_of(create(&s, with_hash("bcrypt@example.com", &bcrypt)).await, "identity").await;
    s.login_with("bcrypt@example.com", "imported-secret").await;
    let id = identity["id"].as_str().unwrap();
    let hash = s.stored_password_hash(id).await;
    assert!(hash.starts_with("$argon2id$"), "imported bcrypt is replaced by the configured hasher: {hash}");

    let salt = b"0123456789abcdef";
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2::<hmac::Hmac<sha2::Sha256>>(b"pbkdf2-secret", salt, 1000, &mut key).unwrap();
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    let pbkdf2 = format!("$pbkdf2-sha256$i=1000,l=32${}${}", b64.encode(salt), b64.encode(key));
    assert_eq!(create(&s, with_hash("pbkdf2@example.com", &pbkdf2)).await.status(), StatusCode::CREATED);
    s.login_with("pbkdf2@example.com", "pbkdf2-secret").await;
    s.stop().await;
});

http_test!(hashes_in_unknown_formats_are_refused_and_not_stored(backend) {
    let s = TestServer::start(backend).await;
    let error =
        error_of(create(&s, with_hash("x@example.com", "plaintext")).await, StatusCode::BAD_REQUEST).await;
    assert_eq!(error["reason"], "The imported password does not match any known hash format.");
    let list = s
        .http
        .get(format!("{}/admin/identities?credentials_identifier=x@example.com", s.admin))
        .send()
        .await
        .unwrap();
    assert_eq!(list.json::<Value>().await.unwrap(), json!([]));
    s.stop().await;
});

http_test!(identities_list_in_pages_with_links(backend) {
    let s = TestServer::start(backend).await;
    for n in 0..3 {
        s.create_identity(&format!("user{n}@example.com")).await;
    }
    let first = s.http.get(format!("{}/admin/identities?page_size=2", s.admin)).send().await.unwrap();
    let link = first.headers()["link"].to_str().unwrap().to_string();
    let page: Value = first.json().await.unwrap();
    assert_eq!(page.as_array().unwrap().len(), 2);
    for identity in page.as_array().unwrap() {
        crate::contract::assert_matches("identity", identity);
    }
    assert!(link.contains("rel=\"next\"") && link.contains("rel=\"first\""), "{link}");
    let next = link.split(',').find(|l| l.contains("next")).unwrap();
    let next_url = next.trim().trim_start_matches('<').split('>').next().unwrap();
    let second: Value = s.http.get(next_url).send().await.unwrap().json().await.unwrap();
    assert_eq!(second.as_array().unwrap().len(), 1);
    let by_identifier = s
        .http
        .get(format!("{}/admin/identities?credentials_identifier=USER1@example.com", s.admin))
        .send()
        .await
        .unwrap();
    let found: Value = by_identifier.json().await.unwrap();
    assert_eq!(found[0]["traits"]["email"], "user1@example.com");
    let bad = s.http.get(format!("{}/admin/identities?page_size=abc", s.admin)).send().await.unwrap();
    error_of(bad, StatusCode::BAD_REQUEST).await;
    s.stop().await;
});

http_test!(deleting_an_identity_ends_its_sessions(backend) {
    let s = TestServer::start(backend).await;
    let identity = s.create_identity("alice@example.com").await;
    let token = s.login("alice@example.com").await;
    let id = identity["id"].as_str().unwrap();
    let delete = s.http.delete(format!("{}/admin/identities/{id}", s.admin)).send().await.unwrap();
    assert_eq!(delete.status(), StatusCode::NO_CONTENT);
    error_of(s.to_session(&token).await, StatusCode::UNAUTHORIZED).await;
    let again = s.http.delete(format!("{}/admin/identities/{id}", s.admin)).send().await.unwrap();
    error_of(again, StatusCode::NOT_FOUND).await;
    let get = s.http.get(format!("{}/admin/identities/not-a-uuid", s.admin)).send().await.unwrap();
    error_of(get, StatusCode::NOT_FOUND).await;
    s.stop().await;
});

http_test!(admin_sessions_are_readable_with_the_identity_on_request(backend) {
    let s = TestServer::start(backend).await;
    let identity = s.create_identity("alice@example.com").await;
    let token = s.login("alice@example.com").await;
    let session = json_of(s.to_session(&token).await, "session").await;
    let id = session["id"].as_str().unwrap();
    let plain =
        json_of(s.http.get(format!("{}/admin/sessions/{id}", s.admin)).send().await.unwrap(), "session")
            .await;
    assert!(plain.get("identity").is_none());
    let url = format!("{}/admin/sessions/{id}?expand=identity", s.admin);
    let expanded = json_of(s.http.get(url).send().await.unwrap(), "session").await;
    assert_eq!(expanded["identity"]["id"], identity["id"]);
    let bad = s.http.get(format!("{}/admin/sessions/nope", s.admin)).send().await.unwrap();
    error_of(bad, StatusCode::BAD_REQUEST).await;
    let unknown = s
        .http
        .get(format!("{}/admin/sessions/5b1c6b0e-7f4c-4a52-9c9a-1c7f0c3e9b11", s.admin))
        .send()
        .await
        .unwrap();
    error_of(unknown, StatusCode::NOT_FOUND).await;
    s.stop().await;
});

http_test!(health_and_version_answer_on_both_listeners(backend) {
    let s = TestServer::start(backend).await;
    for base in [&s.public, &s.admin] {
        for path in ["/health/alive", "/health/ready"] {
            let r = s.http.get(format!("{base}{path}")).send().await.unwrap();
            assert_eq!(json_of(r, "healthStatus").await["status"], "ok");
        }
        let v: Value = s.http.get(format!("{base}/version")).send().await.unwrap().json().await.unwrap();
        assert!(v["version"].is_string());
    }
    let prefixed = s.http.get(format!("{}/admin/health/ready", s.admin)).send().await.unwrap();
    assert_eq!(prefixed.status(), StatusCode::OK);
    s.stop().await;
});

http_test!(a_copy_of_the_store_holds_no_usable_session_token(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("alice@example.com").await;
    let token = s.login("alice@example.com").await;
    let secret = &token["ory_st_".len()..];
    let dump = s.store_dump().await;
    if let Some(dump) = dump {
        assert!(!dump.is_empty());
        assert!(!dump.contains(secret), "the token is stored in the clear");
    }
    s.stop().await;
});

http_test!(metrics_are_served_on_the_admin_listener_only(backend) {
    let s = TestServer::start(backend).await;
    s.create_identity("metrics@example.com").await;
    s.login("metrics@example.com").await;
    let response = s.http.get(format!("{}/admin/metrics/prometheus", s.admin)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let text = response.text().await.unwrap();
    for expected in [
        "portcullis_http_requests_total{operation=\"POST /self-service/login\",status=\"200\"}",
        "portcullis_http_request_duration_seconds_bucket{operation=\"GET /self-service/login/api\"",
        "portcullis_login_attempts_total{outcome=\"signed_in\"}",
        "portcullis_hash_queue_waiting",
    ] {
        assert!(text.contains(expected), "missing {expected} in:\n{text}");
    }
    if backend == Backend::Sqlite {
        // The second check of a session finds it kept. The counter is the process's, shared
        // with the cases running beside this one, so only its growth is certain.
        let token = s.login("metrics@example.com").await;
        let hits_before = s.metric("portcullis_kept_session_lookups_total{outcome=\"hit\"}").await;
        for _ in 0..2 {
            assert_eq!(s.to_session(&token).await.status(), StatusCode::OK);
        }
        let hits_after = s.metric("portcullis_kept_session_lookups_total{outcome=\"hit\"}").await;
        assert!(hits_after > hits_before, "{hits_before} -> {hits_after}");
    }
    let unprefixed = s.http.get(format!("{}/metrics/prometheus", s.admin)).send().await.unwrap();
    assert_eq!(unprefixed.status(), StatusCode::OK);
    let public = s.http.get(format!("{}/admin/metrics/prometheus", s.public)).send().await.unwrap();
    assert_eq!(public.status(), StatusCode::NOT_FOUND);
    s.stop().await;
});
