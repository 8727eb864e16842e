//! Validates response bodies against the schemas of `openapi.yaml`.

use std::sync::OnceLock;

use serde_json::{Map, Value, json};

/// OpenAPI 3.0 schemas are almost JSON Schema: `$ref`s point into `components` and
/// `nullable: true` stands beside `type`. This rewrites them into one draft-7 document.
fn definitions() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
        let spec: Value = serde_yaml_ng::from_str(&text).unwrap();
        let mut schemas = spec["components"]["schemas"].clone();
        rewrite(&mut schemas);
        json!({ "definitions": schemas })
    })
}

fn rewrite(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get_mut("$ref") {
                *r = r.replace("#/components/schemas/", "#/definitions/");
            }
            if map.remove("nullable") == Some(Value::Bool(true)) {
                make_nullable(map);
            }
            map.remove("discriminator");
            for value in map.values_mut() {
                rewrite(value);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(rewrite),
        _ => {}
    }
}

fn make_nullable(map: &mut Map<String, Value>) {
    match map.get("type").cloned() {
        Some(Value::String(t)) => {
            map.insert("type".into(), json!([t, "null"]));
        }
        _ => {
            let inner = Value::Object(std::mem::take(map));
            map.insert("anyOf".into(), json!([inner, { "type": "null" }]));
        }
    }
}

/// Panics with the violations when `body` does not match the named component schema.
pub fn assert_matches(schema: &str, body: &Value) {
    let mut document = definitions().clone();
    document["$ref"] = json!(format!("#/definitions/{schema}"));
    let validator = jsonschema::options().should_validate_formats(false).build(&document).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(body).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "body does not match {schema}: {errors:#?}\n{body:#}");
}
