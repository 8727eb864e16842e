//! HTML for the built-in pages, rendered from a flow's nodes and messages.

use std::fmt::Write;

use crate::flow::{LoginFlow, Message, MessageKind, Node};
use crate::identity::Identity;
use crate::session::Session;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem;color:#1d1d1f}\
h1{font-size:1.5rem}label{display:block;margin:.75rem 0 .25rem}input{width:100%;padding:.5rem;box-sizing:border-box}\
button{margin-top:1rem;padding:.6rem 1rem;width:100%}.error{color:#b00020}.info{color:#333}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}";

/// Escapes text for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body><main>{body}</main></body></html>",
        escape(title)
    )
}

fn messages(list: &[Message], id: &str) -> String {
    if list.is_empty() {
        return String::new();
    }
    let mut out = format!("<div id=\"{id}\" role=\"alert\">");
    for m in list {
        let class = if m.kind == MessageKind::Error { "error" } else { "info" };
        let _ = write!(out, "<p class=\"{class}\" data-message-id=\"{}\">{}</p>", m.id, escape(&m.text));
    }
    out.push_str("</div>");
    out
}

fn value_of(node: &Node) -> String {
    node.attributes.value.as_ref().and_then(|v| v.as_str()).map(escape).unwrap_or_default()
}

fn input(node: &Node) -> String {
    let a = &node.attributes;
    let name = escape(&a.name);
    match a.input_type.as_str() {
        "hidden" => format!("<input type=\"hidden\" name=\"{name}\" value=\"{}\">", value_of(node)),
        "submit" => {
            let label = node.label.as_ref().map(|l| escape(&l.text)).unwrap_or_else(|| name.clone());
            format!("<button type=\"submit\" name=\"{name}\" value=\"{}\">{label}</button>", value_of(node))
        }
        kind => {
            let label = node.label.as_ref().map(|l| escape(&l.text)).unwrap_or_else(|| name.clone());
            let field_id = format!("field-{name}");
            let described = if node.messages.is_empty() {
                String::new()
            } else {
                format!(" aria-describedby=\"{field_id}-messages\"")
            };
            let mut out = format!(
                "<label for=\"{field_id}\">{label}</label><input id=\"{field_id}\" name=\"{name}\" type=\"{}\" value=\"{}\"{}{}{described}>",
                escape(kind),
                value_of(node),
                if a.required { " required" } else { "" },
                a.autocomplete
                    .as_deref()
                    .map(|c| format!(" autocomplete=\"{}\"", escape(c)))
                    .unwrap_or_default(),
            );
            out.push_str(&messages(&node.messages, &format!("{field_id}-messages")));
            out
        }
    }
}

/// The login form of a flow; it posts to the flow's action.
pub fn login(flow: &LoginFlow) -> String {
    let fields: String = flow.ui.nodes.iter().map(input).collect();
    let body = format!(
        "<h1>Sign in</h1>{}<form method=\"post\" action=\"{}\">{fields}</form>",
        messages(&flow.ui.messages, "messages"),
        escape(&flow.ui.action),
    );
    page("Sign in", &body)
}

/// An error, as Kratos words it.
pub fn error(message: &str, reason: Option<&str>) -> String {
    let reason = reason.map(|r| format!("<p id=\"reason\">{}</p>", escape(r))).unwrap_or_default();
    let body = format!(
        "<h1>Something went wrong</h1><div role=\"alert\"><p id=\"message\" class=\"error\">{}</p>{reason}</div><p><a href=\"/self-service/login/browser\">Sign in again</a></p>",
        escape(message)
    );
    page("Error", &body)
}

/// The signed-in page: who the session belongs to, and a logout button.
pub fn welcome(session: &Session, identity: &Identity, logout_url: &str, logout_token: &str) -> String {
    let mut traits = String::new();
    if let Some(map) = identity.traits.as_object() {
        for (key, value) in map {
            let shown = value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string());
            let _ = write!(
                traits,
                "<dt>{}</dt><dd data-trait=\"{}\">{}</dd>",
                escape(key),
                escape(key),
                escape(&shown)
            );
        }
    }
    let body = format!(
        "<h1>Welcome</h1><p>You are signed in.</p><dl id=\"identity\"><dt>Identity</dt><dd>{}</dd>{traits}<dt>Signed in</dt><dd>{}</dd><dt>Session expires</dt><dd>{}</dd></dl>\
<form method=\"get\" action=\"{}\"><input type=\"hidden\" name=\"token\" value=\"{}\"><button type=\"submit\">Sign out</button></form>",
        escape(&identity.id.to_string()),
        escape(&session.authenticated_at.to_rfc3339()),
        escape(&session.expires_at.to_rfc3339()),
        escape(logout_url),
        escape(logout_token),
    );
    page("Signed in", &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn an_error_page_shows_message_and_reason() {
        let html = error("the request was rejected", Some("<b>bad</b>"));
        assert!(html.contains("the request was rejected"));
        assert!(html.contains("&lt;b&gt;bad&lt;/b&gt;"));
    }
}
