//! Identity schemas: JSON Schema documents whose `traits` properties may carry Kratos's
//! extension `"ory.sh/kratos": {"credentials": {"password": {"identifier": true}}}` to mark
//! the traits a user signs in with.

use std::collections::HashMap;
use std::sync::Arc;

use base64::Engine;
use serde_json::{Value, json};

#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("identity schema {id:?}: {message}")]
    Invalid { id: String, message: String },
    #[error("identity schema {id:?}: cannot load {url:?}: {message}")]
    Load { id: String, url: String, message: String },
    #[error("identity.default_schema_id {0:?} names no configured schema")]
    UnknownDefault(String),
}

/// One compiled schema and what it says about identifiers.
pub struct IdentitySchema {
    pub id: String,
    pub document: Value,
    validator: jsonschema::Validator,
    /// JSON pointers (within `traits`) of the password identifier traits.
    password_identifier_paths: Vec<Vec<String>>,
    /// The `title` of the identifier trait, when exactly one trait is an identifier.
    pub identifier_title: Option<(String, String)>,
    /// Whether `identity_schema` on a self-service request may name it.
    pub selectable: bool,
}

impl std::fmt::Debug for IdentitySchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IdentitySchema").field("id", &self.id).finish_non_exhaustive()
    }
}

impl IdentitySchema {
    pub fn compile(id: &str, document: Value) -> Result<Self, SchemaError> {
        let invalid = |message: String| SchemaError::Invalid { id: id.to_string(), message };
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&document)
            .map_err(|e| invalid(e.to_string()))?;
        let mut paths = Vec::new();
        if let Some(traits) = document.pointer("/properties/traits") {
            collect_identifier_paths(traits, &mut Vec::new(), &mut paths);
        }
        let identifier_title = match paths.as_slice() {
            [only] => title_of(&document, only).map(|title| (title, format!("traits.{}", only.join(".")))),
            _ => None,
        };
        Ok(Self {
            id: id.to_string(),
            document,
            validator,
            password_identifier_paths: paths,
            identifier_title,
            selectable: false,
        })
    }

    /// Checks traits against the schema. Returns one line per violation.
    pub fn validate_traits(&self, traits: &Value) -> Result<(), Vec<String>> {
        let instance = json!({ "traits": traits });
        let errors: Vec<String> = self
            .validator
            .iter_errors(&instance)
            .map(|e| format!("{}: {}", display_pointer(&e.instance_path.to_string()), e))
            .collect();
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// The raw (not yet normalised) password identifiers found in `traits`.
    pub fn password_identifiers(&self, traits: &Value) -> Vec<String> {
        let mut found = Vec::new();
        for path in &self.password_identifier_paths {
            let pointer: String = path.iter().map(|p| format!("/{p}")).collect();
            match traits.pointer(&pointer) {
                Some(Value::String(s)) => found.push(s.clone()),
                Some(Value::Array(items)) => {
                    found.extend(items.iter().filter_map(Value::as_str).map(str::to_string));
                }
                _ => {}
            }
        }
        found
    }
}

fn display_pointer(pointer: &str) -> String {
    if pointer.is_empty() { "#".to_string() } else { format!("#{pointer}") }
}

fn collect_identifier_paths(node: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let marked = node
        .pointer("/ory.sh~1kratos/credentials/password/identifier")
        .and_then(Value::as_bool)
        .unwrap_or(false)
        || node
            .pointer("/items/ory.sh~1kratos/credentials/password/identifier")
            .and_then(Value::as_bool)
            .unwrap_or(false);
    if marked {
        out.push(at.clone());
    }
    if let Some(Value::Object(props)) = node.get("properties") {
        for (name, child) in props {
            at.push(name.clone());
            collect_identifier_paths(child, at, out);
            at.pop();
        }
    }
}

fn title_of(document: &Value, path: &[String]) -> Option<String> {
    let pointer: String = path.iter().map(|p| format!("/properties/{p}")).collect();
    document
        .pointer(&format!("/properties/traits{pointer}/title"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The schema used when none is configured: one `email` trait that is the password identifier.
pub fn builtin_default_schema() -> Value {
    json!({
        "$id": "https://portcullis.invalid/schemas/default.schema.json",
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "Person",
        "type": "object",
        "properties": {
            "traits": {
                "type": "object",
                "properties": {
                    "email": {
                        "type": "string",
                        "format": "email",
                        "title": "E-Mail",
                        "minLength": 3,
                        "maxLength": 320,
                        "ory.sh/kratos": { "credentials": { "password": { "identifier": true } } }
                    }
                },
                "required": ["email"],
                "additionalProperties": false
            }
        }
    })
}

/// Where a configured schema comes from, and whether self-service requests may choose it.
#[derive(Debug, Clone)]
pub struct SchemaSpec {
    pub id: String,
    pub url: String,
    pub selectable: bool,
}

/// All configured schemas, by id, and which one is the default.
#[derive(Debug, Clone)]
pub struct SchemaRegistry {
    schemas: HashMap<String, Arc<IdentitySchema>>,
    default_id: String,
}

impl SchemaRegistry {
    /// Builds the registry from `identity.schemas`; with none configured, the built-in
    /// `default` schema is used.
    pub fn load(default_id: &str, sources: &[SchemaSpec]) -> Result<Self, SchemaError> {
        let mut schemas = HashMap::new();
        if sources.is_empty() {
            let mut schema = IdentitySchema::compile("default", builtin_default_schema())?;
            schema.selectable = true;
            schemas.insert("default".to_string(), Arc::new(schema));
        }
        for spec in sources {
            let mut schema = IdentitySchema::compile(&spec.id, fetch_schema(&spec.id, &spec.url)?)?;
            schema.selectable = spec.selectable;
            schemas.insert(spec.id.clone(), Arc::new(schema));
        }
        if !schemas.contains_key(default_id) {
            return Err(SchemaError::UnknownDefault(default_id.to_string()));
        }
        Ok(Self { schemas, default_id: default_id.to_string() })
    }

    pub fn get(&self, id: &str) -> Option<Arc<IdentitySchema>> {
        self.schemas.get(id).cloned()
    }

    /// A schema that login and registration requests may pick with `identity_schema`.
    pub fn selectable(&self, id: &str) -> Option<Arc<IdentitySchema>> {
        self.get(id).filter(|s| s.selectable)
    }

    pub fn default_id(&self) -> &str {
        &self.default_id
    }
}

/// Reads a schema from `file://PATH` or `base64://DATA`. Remote URLs are refused: a login
/// server should not depend on another server to start.
fn fetch_schema(id: &str, url: &str) -> Result<Value, SchemaError> {
    let load_err = |message: String| SchemaError::Load { id: id.into(), url: url.into(), message };
    let bytes = if let Some(path) = url.strip_prefix("file://") {
        std::fs::read(path).map_err(|e| load_err(e.to_string()))?
    } else if let Some(data) = url.strip_prefix("base64://") {
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(data))
            .map_err(|e| load_err(e.to_string()))?
    } else {
        return Err(load_err("only file:// and base64:// schema URLs are supported".into()));
    };
    serde_json::from_slice(&bytes).map_err(|e| load_err(format!("not JSON: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_schema() -> IdentitySchema {
        IdentitySchema::compile("default", builtin_default_schema()).unwrap()
    }

    #[test]
    fn the_default_schema_marks_email_as_identifier() {
        let schema = default_schema();
        let traits = json!({"email": "Alice@Example.com"});
        assert_eq!(schema.password_identifiers(&traits), vec!["Alice@Example.com"]);
        assert_eq!(schema.identifier_title, Some(("E-Mail".into(), "traits.email".into())));
    }

    #[test]
    fn traits_are_validated() {
        let schema = default_schema();
        assert!(schema.validate_traits(&json!({"email": "alice@example.com"})).is_ok());
        assert!(schema.validate_traits(&json!({"email": "not an email"})).is_err());
        assert!(schema.validate_traits(&json!({})).is_err());
        assert!(schema.validate_traits(&json!({"email": "a@b.co", "extra": 1})).is_err());
    }

    #[test]
    fn an_unknown_default_is_refused() {
        assert!(SchemaRegistry::load("missing", &[]).is_err());
    }
}
