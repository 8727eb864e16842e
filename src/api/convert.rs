//! Domain values to the generated wire models, in Kratos's exact shapes.

use std::collections::HashMap;

use base64::Engine;
use portcullis_api::models;
use portcullis_api::types::{Nullable, Object};
use serde_json::{Value, json};

use crate::base_url::BaseUrl;
use crate::flow::{LoginFlow, Message, Node, Ui};
use crate::identity::Identity;
use crate::session::{Aal, Session};

fn aal(aal: Aal) -> models::AuthenticatorAssuranceLevel {
    match aal {
        Aal::Aal0 => models::AuthenticatorAssuranceLevel::Aal0,
        Aal::Aal1 => models::AuthenticatorAssuranceLevel::Aal1,
        Aal::Aal2 => models::AuthenticatorAssuranceLevel::Aal2,
    }
}

fn text(message: &Message) -> models::UiText {
    models::UiText {
        context: message.context.clone().map(Object),
        id: message.id,
        text: message.text.clone(),
        r_type: message.kind.as_str().into(),
    }
}

fn node(node: &Node) -> models::UiNode {
    let a = &node.attributes;
    let attributes = models::UiNodeInputAttributes {
        autocomplete: a.autocomplete.clone(),
        disabled: a.disabled,
        label: None,
        maxlength: None,
        name: a.name.clone(),
        node_type: "input".into(),
        onclick: None,
        onclick_trigger: None,
        onload: None,
        onload_trigger: None,
        options: None,
        pattern: None,
        required: a.required.then_some(true),
        r_type: a.input_type.clone(),
        value: a.value.clone().map(|v| Nullable::Present(Object(v))),
    };
    models::UiNode {
        attributes: models::UiNodeAttributes::UiNodeInputAttributes(attributes),
        group: node.group.clone(),
        messages: node.messages.iter().map(text).collect(),
        meta: models::UiNodeMeta { label: node.label.as_ref().map(text) },
        r_type: "input".into(),
    }
}

fn ui(ui: &Ui) -> models::UiContainer {
    models::UiContainer {
        action: ui.action.clone(),
        messages: (!ui.messages.is_empty()).then(|| ui.messages.iter().map(text).collect()),
        method: ui.method.clone(),
        nodes: ui.nodes.iter().map(node).collect(),
    }
}

pub fn login_flow(flow: &LoginFlow) -> models::LoginFlow {
    models::LoginFlow {
        active: flow.active.clone(),
        created_at: Some(flow.created_at.into()),
        expires_at: flow.expires_at.into(),
        id: flow.id.0,
        identity_schema: flow.identity_schema.clone(),
        issued_at: flow.issued_at.into(),
        oauth2_login_challenge: None,
        oauth2_login_request: None,
        organization_id: Some(Nullable::Null),
        refresh: Some(flow.refresh),
        request_url: flow.request_url.clone(),
        requested_aal: Some(aal(flow.requested_aal)),
        return_to: flow.return_to.clone(),
        session_token_exchange_code: None,
        state: Object(json!("choose_method")),
        test_context: None,
        transient_payload: None,
        r_type: flow.flow_type.as_str().into(),
        ui: ui(&flow.ui),
        updated_at: Some(flow.updated_at.into()),
    }
}

/// `schema_url`: `/schemas/` and the schema id in unpadded base64url, under the public base URL.
fn schema_url(public_base: &BaseUrl, schema_id: &str) -> String {
    let mut route = String::from("/schemas/");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode_string(schema_id, &mut route);
    public_base.join(&route)
}

/// Which private parts of an identity to include.
#[derive(Debug, Clone, Copy, Default)]
pub struct Disclose {
    /// Admin endpoints: `metadata_admin` and the credentials (without their configuration).
    pub admin: bool,
    /// Also the password credential's configuration (its hash), on request.
    pub password_config: bool,
}

pub fn identity(identity: &Identity, public_base: &BaseUrl, disclose: Disclose) -> models::Identity {
    let nullable =
        |v: &Option<Value>| Some(v.clone().map_or(Nullable::Null, |v| Nullable::Present(Object(v))));
    let credentials = disclose.admin.then(|| {
        let mut map = HashMap::new();
        if let Some(p) = &identity.password {
            let config = disclose.password_config.then(|| Object(json!({ "hashed_password": p.hash.0 })));
            map.insert(
                "password".to_string(),
                models::IdentityCredentials {
                    config,
                    created_at: Some(p.created_at.into()),
                    identifiers: Some(p.identifiers.clone()),
                    r_type: Some("password".into()),
                    updated_at: Some(p.updated_at.into()),
                    version: Some(0),
                },
            );
        }
        map
    });
    models::Identity {
        created_at: Some(identity.created_at.into()),
        credentials,
        external_id: identity.external_id.clone(),
        id: identity.id.0,
        metadata_admin: if disclose.admin { nullable(&identity.metadata_admin) } else { None },
        metadata_public: nullable(&identity.metadata_public),
        organization_id: Some(Nullable::Null),
        recovery_addresses: Some(Vec::new()),
        region: None,
        schema_id: identity.schema_id.clone(),
        schema_url: schema_url(public_base, &identity.schema_id),
        state: Some(identity.state.as_str().into()),
        state_changed_at: identity.state_changed_at.map(Into::into),
        traits: Object(identity.traits.clone()),
        updated_at: Some(identity.updated_at.into()),
        verifiable_addresses: Some(Vec::new()),
    }
}

/// A session as clients see it; `active` is computed for `now` and the identity's state.
pub fn session(session: &Session, active: bool, identity: Option<models::Identity>) -> models::Session {
    models::Session {
        active: Some(active),
        authenticated_at: Some(session.authenticated_at.into()),
        authentication_methods: Some(
            session
                .methods
                .iter()
                .map(|m| models::SessionAuthenticationMethod {
                    aal: Some(aal(m.aal)),
                    completed_at: Some(m.completed_at.into()),
                    method: Some(m.method.clone()),
                    organization: None,
                    provider: None,
                    upstream_acr: None,
                    upstream_amr: None,
                })
                .collect(),
        ),
        authenticator_assurance_level: Some(aal(session.aal)),
        devices: Some(
            session
                .devices
                .iter()
                .map(|d| models::SessionDevice {
                    id: d.id,
                    ip_address: d.ip_address.clone(),
                    location: Some(d.location.clone().unwrap_or_default()),
                    user_agent: d.user_agent.clone(),
                })
                .collect(),
        ),
        expires_at: Some(session.expires_at.into()),
        id: session.id.0,
        identity,
        issued_at: Some(session.issued_at.into()),
        tokenized: None,
    }
}
