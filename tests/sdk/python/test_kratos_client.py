"""Portcullis through Ory's published Python SDK only: every answer must deserialize into the
SDK's models, success or error."""

import base64
import hashlib
import json
import re
import time
import uuid

import ory_kratos_client as kratos
import pytest
from ory_kratos_client.exceptions import ApiException

PASSWORD = "correct horse battery staple"


def apis(server):
    public = kratos.ApiClient(kratos.Configuration(host=server.public))
    admin = kratos.ApiClient(kratos.Configuration(host=server.admin))
    return kratos.FrontendApi(public), kratos.IdentityApi(admin), kratos.MetadataApi(admin)


def unique_email() -> str:
    return f"user-{uuid.uuid4().hex[:12]}@example.com"


def create_identity(identity_api, email, config):
    body = kratos.CreateIdentityBody(
        schema_id="default",
        traits={"email": email},
        credentials=kratos.IdentityWithCredentials(
            password=kratos.IdentityWithCredentialsPassword(config=config)
        ),
    )
    return identity_api.create_identity(create_identity_body=body)


def password_body(identifier, password, csrf_token=None):
    return kratos.UpdateLoginFlowBody(
        kratos.UpdateLoginFlowWithPasswordMethod(
            method="password", identifier=identifier, password=password, csrf_token=csrf_token
        )
    )


def native_login(frontend, email, password=PASSWORD):
    flow = frontend.create_native_login_flow()
    return frontend.update_login_flow(flow=flow.id, update_login_flow_body=password_body(email, password))


def pbkdf2_hash(password: str) -> str:
    salt = b"sdk-test-salt-16"
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000, 32)
    b64 = lambda b: base64.b64encode(b).decode().rstrip("=")  # noqa: E731
    return f"$pbkdf2-sha256$i=1000,l=32${b64(salt)}${b64(key)}"


def set_cookie_pairs(response) -> dict:
    """name -> value of the cookies an ApiResponse sets. The SDK hands headers over as a plain
    dict, so several Set-Cookie headers arrive joined with commas."""
    joined = {k.lower(): v for k, v in (response.headers or {}).items()}.get("set-cookie", "")
    pairs = {}
    for cookie in re.split(r",\s*(?=[A-Za-z0-9_]+=)", joined) if joined else []:
        name, _, rest = cookie.partition("=")
        pairs[name.strip()] = rest.split(";", 1)[0]
    return pairs


def cookie_header(jar: dict) -> str:
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def test_health_and_version_deserialize(server):
    _, _, metadata = apis(server)
    assert metadata.is_alive().status == "ok"
    assert metadata.is_ready().status == "ok"
    assert metadata.get_version().version


def test_identities_are_created_read_listed_and_deleted(server):
    _, identity_api, _ = apis(server)
    email = unique_email()
    created = create_identity(identity_api, email, kratos.IdentityWithCredentialsPasswordConfig(password=PASSWORD))
    assert created.traits["email"] == email
    fetched = identity_api.get_identity(created.id, include_credential=["password"])
    assert fetched.credentials["password"].identifiers == [email]
    listed = identity_api.list_identities(credentials_identifier=email)
    assert [i.id for i in listed] == [created.id]
    identity_api.delete_identity(created.id)
    with pytest.raises(ApiException) as gone:
        identity_api.get_identity(created.id)
    assert gone.value.status == 404
    kratos.ErrorGeneric.from_json(gone.value.body)


def test_duplicate_identifiers_conflict(server):
    _, identity_api, _ = apis(server)
    email = unique_email()
    config = kratos.IdentityWithCredentialsPasswordConfig(password=PASSWORD)
    create_identity(identity_api, email, config)
    with pytest.raises(ApiException) as conflict:
        create_identity(identity_api, email, config)
    assert conflict.value.status == 409
    kratos.ErrorGeneric.from_json(conflict.value.body)


def test_native_login_with_a_plain_and_an_imported_password(server):
    frontend, identity_api, _ = apis(server)
    plain = unique_email()
    create_identity(identity_api, plain, kratos.IdentityWithCredentialsPasswordConfig(password=PASSWORD))
    login = native_login(frontend, plain)
    assert login.session_token.startswith("ory_st_")
    assert login.session.identity.traits["email"] == plain
    assert login.session.active is True

    imported = unique_email()
    config = kratos.IdentityWithCredentialsPasswordConfig(hashed_password=pbkdf2_hash("imported secret"))
    create_identity(identity_api, imported, config)
    assert native_login(frontend, imported, "imported secret").session_token


def test_get_login_flow_whoami_and_logout(server):
    frontend, identity_api, _ = apis(server)
    email = unique_email()
    create_identity(identity_api, email, kratos.IdentityWithCredentialsPasswordConfig(password=PASSWORD))
    flow = frontend.create_native_login_flow()
    assert frontend.get_login_flow(id=flow.id).id == flow.id
    login = frontend.update_login_flow(flow=flow.id, update_login_flow_body=password_body(email, PASSWORD))
    session = frontend.to_session(x_session_token=login.session_token)
    assert session.identity.traits["email"] == email
    admin_view = identity_api.get_session(session.id, expand=["identity"])
    assert admin_view.identity.id == session.identity.id
    frontend.perform_native_logout(kratos.PerformNativeLogoutBody(session_token=login.session_token))
    with pytest.raises(ApiException) as unauthorized:
        frontend.to_session(x_session_token=login.session_token)
    assert unauthorized.value.status == 401
    kratos.ErrorGeneric.from_json(unauthorized.value.body)


def test_a_wrong_password_comes_back_as_the_flow(server):
    frontend, identity_api, _ = apis(server)
    email = unique_email()
    create_identity(identity_api, email, kratos.IdentityWithCredentialsPasswordConfig(password=PASSWORD))
    flow = frontend.create_native_login_flow()
    with pytest.raises(ApiException) as rejected:
        frontend.update_login_flow(flow=flow.id, update_login_flow_body=password_body(email, "wrong"))
    assert rejected.value.status == 400
    returned = kratos.LoginFlow.from_json(rejected.value.body)
    assert [m.id for m in returned.ui.messages] == [4000006]


def test_an_unknown_flow_is_404(server):
    frontend, _, _ = apis(server)
    with pytest.raises(ApiException) as missing:
        frontend.get_login_flow(id=str(uuid.uuid4()))
    assert missing.value.status == 404
    error = kratos.ErrorGeneric.from_json(missing.value.body)
    assert error.error.message == "Unable to locate the resource"


def test_an_expired_flow_names_its_replacement(short_lived_server):
    frontend, identity_api, _ = apis(short_lived_server)
    email = unique_email()
    create_identity(identity_api, email, kratos.IdentityWithCredentialsPasswordConfig(password=PASSWORD))
    flow = frontend.create_native_login_flow()
    time.sleep(1.2)
    with pytest.raises(ApiException) as expired:
        frontend.update_login_flow(flow=flow.id, update_login_flow_body=password_body(email, PASSWORD))
    assert expired.value.status == 410
    body = kratos.SelfServiceFlowExpiredError.from_json(expired.value.body)
    assert body.error.id == "self_service_flow_expired"
    replacement = frontend.get_login_flow(id=str(body.use_flow_id))
    assert [m.id for m in replacement.ui.messages] == [4010001]


def test_browser_login_as_a_single_page_app_with_cookies(server):
    frontend, identity_api, _ = apis(server)
    email = unique_email()
    create_identity(identity_api, email, kratos.IdentityWithCredentialsPasswordConfig(password=PASSWORD))
    jar = {}
    created = frontend.create_browser_login_flow_with_http_info()
    assert created.status_code == 200
    jar.update(set_cookie_pairs(created))
    flow = created.data
    assert flow.type == "browser"
    csrf = next(n.attributes.actual_instance.value for n in flow.ui.nodes
                if n.attributes.actual_instance.name == "csrf_token")
    fetched = frontend.get_login_flow(id=flow.id, cookie=cookie_header(jar))
    assert fetched.id == flow.id
    # The raw response: the SDK's ApiResponse keeps only one of several Set-Cookie headers.
    raw = frontend.update_login_flow_without_preload_content(
        flow=flow.id, update_login_flow_body=password_body(email, PASSWORD, csrf), cookie=cookie_header(jar)
    )
    assert raw.status == 200
    login = kratos.SuccessfulNativeLogin.from_json(raw.data.decode())
    assert login.session_token is None
    assert login.continue_with[0].actual_instance.action == "redirect_browser_to"
    for header in raw.headers.getlist("Set-Cookie"):
        name, _, rest = header.partition("=")
        jar[name] = rest.split(";", 1)[0]
    assert "ory_kratos_session" in jar
    session = frontend.to_session(cookie=cookie_header(jar))
    assert session.identity.traits["email"] == email
    logout = frontend.create_browser_logout_flow(cookie=cookie_header(jar))
    assert logout.logout_token.startswith("ory_lo_")
    frontend.update_logout_flow(token=logout.logout_token, cookie=cookie_header(jar))
    with pytest.raises(ApiException) as signed_out:
        frontend.to_session(cookie=cookie_header(jar))
    assert signed_out.value.status == 401


def test_a_browser_flow_needs_its_csrf_cookie(server):
    frontend, _, _ = apis(server)
    flow = frontend.create_browser_login_flow()
    with pytest.raises(ApiException) as forbidden:
        frontend.get_login_flow(id=flow.id)
    assert forbidden.value.status == 403
    error = kratos.ErrorGeneric.from_json(forbidden.value.body)
    assert error.error.id == "security_csrf_violation"
    assert json.loads(forbidden.value.body)["error"]["details"]["reject_reason"]
