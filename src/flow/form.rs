//! The password form a login flow carries, in Kratos's node order: csrf_token, identifier,
//! password, method.

use super::messages::Message;
use super::ui::Node;
use super::{FlowType, LoginFlow};
use crate::csrf::CsrfToken;
use crate::identity::{Identity, SchemaRegistry};

/// The hidden anti-CSRF input: empty for native flows, a freshly masked token for browsers.
pub fn csrf_node(flow: &LoginFlow, token: Option<&CsrfToken>) -> Node {
    let value = match (flow.flow_type, token) {
        (FlowType::Browser, Some(token)) => token.masked(),
        _ => String::new(),
    };
    Node::input("default", "csrf_token", "hidden").value(value).required()
}

fn password_node() -> Node {
    Node::input("password", "password", "password")
        .required()
        .autocomplete("current-password")
        .label(Message::password_label())
}

/// The nodes of a new flow. A refresh form pre-fills (and hides) the identifier of the
/// signed-in identity; an identity without a password gets no password nodes.
pub fn password_nodes(
    flow: &LoginFlow,
    csrf: Option<&CsrfToken>,
    password_enabled: bool,
    schemas: &SchemaRegistry,
    refresh_of: Option<&Identity>,
) -> Vec<Node> {
    if !password_enabled {
        return vec![csrf_node(flow, csrf)];
    }
    if let Some(identity) = refresh_of {
        let Some(identifier) = identity.password_identifiers().first() else {
            return vec![csrf_node(flow, csrf)];
        };
        return vec![
            csrf_node(flow, csrf),
            Node::input("default", "identifier", "hidden").value(identifier.clone()),
            password_node(),
            Node::input("password", "method", "submit").value("password").label(Message::sign_in()),
        ];
    }
    vec![
        csrf_node(flow, csrf),
        Node::input("default", "identifier", "text")
            .value("")
            .required()
            .label(identifier_label(flow, schemas)),
        password_node(),
        Node::input("password", "method", "submit").value("password").label(Message::sign_in_with_password()),
    ]
}

/// The schema's title for the identifier trait, or Kratos's generic "ID".
fn identifier_label(flow: &LoginFlow, schemas: &SchemaRegistry) -> Message {
    let schema_id = flow.identity_schema.as_deref().unwrap_or(schemas.default_id());
    match schemas.get(schema_id).and_then(|s| s.identifier_title.clone()) {
        Some((title, name)) => Message::identifier_label_from_schema(&title, &name),
        None => Message::identifier_label(),
    }
}
