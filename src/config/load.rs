//! Loading: defaults, then the YAML file, then the environment table, then validation.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value};

use super::Config;
use super::env::{ENV_TABLE, env_value};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read configuration file {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("configuration file {path} is not valid YAML: {message}")]
    Syntax { path: String, message: String },
    #[error("invalid configuration value at `{key}`: {message}")]
    Invalid { key: String, message: String },
}

impl ConfigError {
    pub fn invalid(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid { key: key.into(), message: message.into() }
    }
}

/// A loaded configuration and the keys it did not understand (for the caller to warn about).
#[derive(Debug)]
pub struct Loaded {
    pub config: Config,
    pub unknown_keys: Vec<String>,
}

/// Reads the optional file, applies the process environment, and validates.
pub fn load(file: Option<&Path>) -> Result<Loaded, ConfigError> {
    let text = match file {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Read { path: path.display().to_string(), source })?,
        None => String::new(),
    };
    let name = file.map(|p| p.display().to_string()).unwrap_or_default();
    let env: HashMap<String, String> = std::env::vars().collect();
    load_from_str(&text, &name, &env)
}

/// The testable core of [`load`]: YAML text and an explicit environment.
pub fn load_from_str(
    yaml: &str,
    source_name: &str,
    env: &HashMap<String, String>,
) -> Result<Loaded, ConfigError> {
    let mut tree: Value = if yaml.trim().is_empty() {
        Value::Object(Map::new())
    } else {
        serde_yaml_ng::from_str(yaml)
            .map_err(|e| ConfigError::Syntax { path: source_name.to_string(), message: e.to_string() })?
    };
    if !tree.is_object() {
        return Err(ConfigError::invalid("(root)", "the configuration must be a mapping"));
    }
    for (var, key, kind) in ENV_TABLE {
        if let Some(raw) = env.get(*var) {
            set_path(&mut tree, key, env_value(raw, *kind));
        }
    }
    let mut unknown_keys = Vec::new();
    let mut note_unknown = |path: serde_ignored::Path<'_>| unknown_keys.push(path.to_string());
    let deserializer = serde_ignored::Deserializer::new(tree, &mut note_unknown);
    let config = serde_path_to_error::deserialize::<_, Config>(deserializer).map_err(|e| {
        let key = e.path().to_string();
        ConfigError::invalid(key, e.into_inner().to_string())
    })?;
    validate(&config)?;
    Ok(Loaded { config, unknown_keys })
}

fn set_path(tree: &mut Value, dotted: &str, value: Value) {
    let mut node = tree;
    let mut parts = dotted.split('.').peekable();
    while let Some(part) = parts.next() {
        let Value::Object(map) = node else { return };
        if parts.peek().is_none() {
            map.insert(part.to_string(), value);
            return;
        }
        node = map.entry(part.to_string()).or_insert_with(|| Value::Object(Map::new()));
        if !node.is_object() {
            *node = Value::Object(Map::new());
        }
    }
}

/// Rules that serde's types cannot express, each naming its key.
fn validate(config: &Config) -> Result<(), ConfigError> {
    let argon2 = &config.hashers.argon2;
    if argon2.memory.as_kib() < 8 * u64::from(argon2.parallelism.max(1)) {
        return Err(ConfigError::invalid("hashers.argon2.memory", "must be at least 8 KiB per lane"));
    }
    if argon2.memory.as_kib() > u64::from(u32::MAX) {
        return Err(ConfigError::invalid("hashers.argon2.memory", "must be below 4 TiB"));
    }
    if argon2.iterations == 0 {
        return Err(ConfigError::invalid("hashers.argon2.iterations", "must be at least 1"));
    }
    if !(1..=255).contains(&argon2.parallelism) {
        return Err(ConfigError::invalid("hashers.argon2.parallelism", "must be between 1 and 255"));
    }
    if !(8..=64).contains(&argon2.salt_length) {
        return Err(ConfigError::invalid("hashers.argon2.salt_length", "must be between 8 and 64"));
    }
    if !(16..=64).contains(&argon2.key_length) {
        return Err(ConfigError::invalid("hashers.argon2.key_length", "must be between 16 and 64"));
    }
    if !(4..=31).contains(&config.hashers.bcrypt.cost) {
        return Err(ConfigError::invalid("hashers.bcrypt.cost", "must be between 4 and 31"));
    }
    if config.session.cookie.name.is_empty() {
        return Err(ConfigError::invalid("session.cookie.name", "must not be empty"));
    }
    let limits = &config.limits;
    if limits.max_body.bytes() < 1024 {
        return Err(ConfigError::invalid("limits.max_body", "must be at least 1KB"));
    }
    if limits.max_header_size.bytes() < 8 * 1024 {
        return Err(ConfigError::invalid("limits.max_header_size", "must be at least 8KB"));
    }
    let second = chrono::Duration::seconds(1);
    if limits.read_header_timeout < second {
        return Err(ConfigError::invalid("limits.read_header_timeout", "must be at least 1s"));
    }
    if limits.read_body_timeout < second {
        return Err(ConfigError::invalid("limits.read_body_timeout", "must be at least 1s"));
    }
    if limits.max_identifier_length == 0 {
        return Err(ConfigError::invalid("limits.max_identifier_length", "must be at least 1"));
    }
    if limits.max_password_length < 8 {
        return Err(ConfigError::invalid("limits.max_password_length", "must be at least 8"));
    }
    if limits.max_open_flows_per_address == 0 {
        return Err(ConfigError::invalid("limits.max_open_flows_per_address", "must be at least 1"));
    }
    let brute_force = &config.security.brute_force;
    if brute_force.window < chrono::Duration::seconds(1) {
        return Err(ConfigError::invalid("security.brute_force.window", "must be at least 1s"));
    }
    if brute_force.max_attempts_per_identifier == 0 || brute_force.max_attempts_per_address == 0 {
        return Err(ConfigError::invalid("security.brute_force", "the attempt limits must be at least 1"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{DEFAULT_KEPT_SESSIONS, Dsn, HashAlgorithm};

    fn load(yaml: &str, env: &[(&str, &str)]) -> Result<Loaded, ConfigError> {
        let env = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        load_from_str(yaml, "test.yml", &env)
    }

    #[test]
    fn no_configuration_gives_safe_defaults() {
        let loaded = load("", &[]).unwrap();
        let c = loaded.config;
        assert_eq!(c.dsn, Dsn::sqlite("portcullis.sqlite"));
        assert_eq!(c.serve.public.port, 4433);
        assert_eq!(c.serve.admin.port, 4434);
        assert_eq!(c.serve.public.host, "127.0.0.1");
        assert_eq!(c.hashers.algorithm, HashAlgorithm::Argon2);
        assert_eq!(c.hashers.argon2.memory.as_kib(), 19 * 1024);
        assert_eq!(c.selfservice.flows.login.lifespan, chrono::Duration::hours(1));
        assert_eq!(c.session.lifespan, chrono::Duration::hours(24));
        assert!(loaded.unknown_keys.is_empty());
    }

    #[test]
    fn kratos_keys_are_read_from_yaml() {
        let yaml = "dsn: memory\nserve:\n  public:\n    port: 5000\nselfservice:\n  flows:\n    login:\n      lifespan: 10m\nhashers:\n  algorithm: bcrypt\n  bcrypt:\n    cost: 10\n";
        let c = load(yaml, &[]).unwrap().config;
        assert_eq!(c.dsn, Dsn::Memory);
        assert_eq!(c.serve.public.port, 5000);
        assert_eq!(c.selfservice.flows.login.lifespan, chrono::Duration::minutes(10));
        assert_eq!(c.hashers.algorithm, HashAlgorithm::Bcrypt);
        assert_eq!(c.hashers.bcrypt.cost, 10);
    }

    #[test]
    fn environment_overrides_the_file() {
        let c = load(
            "serve:\n  public:\n    port: 5000\n",
            &[
                ("SERVE_PUBLIC_PORT", "6000"),
                ("DSN", "memory"),
                ("SELFSERVICE_ALLOWED_RETURN_URLS", "https://a.example/, https://b.example/"),
            ],
        )
        .unwrap()
        .config;
        assert_eq!(c.serve.public.port, 6000);
        assert_eq!(c.dsn, Dsn::Memory);
        assert_eq!(c.selfservice.allowed_return_urls.len(), 2);
    }

    #[test]
    fn unknown_keys_are_reported_not_fatal() {
        let loaded = load("courier:\n  smtp:\n    connection_uri: smtp://x\nserve:\n  public:\n    cors:\n      enabled: true\n", &[]).unwrap();
        assert!(loaded.unknown_keys.iter().any(|k| k.starts_with("courier")));
        assert!(loaded.unknown_keys.iter().any(|k| k == "serve.public.cors"));
    }

    #[test]
    fn invalid_values_name_their_key() {
        let err = load("serve:\n  public:\n    port: lots\n", &[]).unwrap_err().to_string();
        assert!(err.contains("serve.public.port"), "{err}");
        let err = load("", &[("SELFSERVICE_FLOWS_LOGIN_LIFESPAN", "forever")]).unwrap_err().to_string();
        assert!(err.contains("selfservice.flows.login.lifespan"), "{err}");
        let err = load("hashers:\n  argon2:\n    iterations: 0\n", &[]).unwrap_err().to_string();
        assert!(err.contains("hashers.argon2.iterations"), "{err}");
        let err = load("dsn: postgres://x\n", &[]).unwrap_err().to_string();
        assert!(err.contains("dsn"), "{err}");
        let err = load("dsn: sqlite:///data/p.sqlite?shared=yes\n", &[]).unwrap_err().to_string();
        assert!(err.contains("dsn") && err.contains("`shared` is `true` or `false`"), "{err}");
    }

    /// A SQLite DSN keeps the file to this process unless it says `shared=true`; Kratos's driver
    /// options beside it are accepted and ignored.
    #[test]
    fn a_sqlite_dsn_names_its_file_and_whether_it_is_shared() {
        let dsn = |raw: &str| load(&format!("dsn: \"{raw}\"\n"), &[]).unwrap().config.dsn;
        let exclusive = Dsn::sqlite("/data/p.sqlite");
        let shared = Dsn::Sqlite { path: "/data/p.sqlite".into(), shared: true, kept_sessions: 0 };
        assert_eq!(dsn("sqlite:///data/p.sqlite"), exclusive);
        assert_eq!(dsn("sqlite:///data/p.sqlite?_fk=true&mode=rwc"), exclusive);
        assert_eq!(dsn("sqlite:///data/p.sqlite?shared=false"), exclusive);
        assert_eq!(dsn("sqlite:///data/p.sqlite?_fk=true&shared=true"), shared);
        assert_eq!(shared.to_string(), "sqlite:///data/p.sqlite?shared=true");
        assert_eq!(exclusive.to_string(), "sqlite:///data/p.sqlite");
    }

    /// How many checked sessions are kept in memory: 16,384 unless the DSN says, none for a
    /// shared file (which cannot ask for any).
    #[test]
    fn a_sqlite_dsn_may_size_the_kept_sessions() {
        let dsn = |raw: &str| load(&format!("dsn: \"{raw}\"\n"), &[]).map(|l| l.config.dsn);
        let kept = |raw: &str| match dsn(raw).unwrap() {
            Dsn::Sqlite { kept_sessions, .. } => kept_sessions,
            other => panic!("{other:?}"),
        };
        assert_eq!(kept("sqlite:///p.sqlite"), DEFAULT_KEPT_SESSIONS);
        assert_eq!(kept("sqlite:///p.sqlite?kept_sessions=100000"), 100_000);
        assert_eq!(kept("sqlite:///p.sqlite?kept_sessions=0"), 0);
        assert_eq!(kept("sqlite:///p.sqlite?shared=true"), 0);
        assert_eq!(kept("sqlite:///p.sqlite?shared=true&kept_sessions=0"), 0);
        let sized = dsn("sqlite:///p.sqlite?kept_sessions=500").unwrap();
        assert_eq!(sized.to_string(), "sqlite:///p.sqlite?kept_sessions=500");
        assert_eq!(dsn(&sized.to_string()).unwrap(), sized);
        for (raw, says) in [
            ("sqlite:///p.sqlite?kept_sessions=many", "`kept_sessions` is a number of sessions, not `many`"),
            ("sqlite:///p.sqlite?kept_sessions=-1", "not `-1`"),
            ("sqlite:///p.sqlite?shared=true&kept_sessions=10", "keeps no sessions in memory"),
        ] {
            let err = dsn(raw).unwrap_err().to_string();
            assert!(err.contains("dsn") && err.contains(says), "{raw}: {err}");
        }
    }
}
