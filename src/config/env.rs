//! The environment variables that override configuration keys, under Kratos's names.
//!
//! This table is the single list the README documents. A value is read as YAML, so numbers and
//! booleans keep their types; list keys take comma-separated values.

/// How an environment value becomes a configuration value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvKind {
    Scalar,
    List,
}

/// `(variable, configuration key, kind)`.
pub const ENV_TABLE: &[(&str, &str, EnvKind)] = &[
    ("DSN", "dsn", EnvKind::Scalar),
    ("SERVE_PUBLIC_HOST", "serve.public.host", EnvKind::Scalar),
    ("SERVE_PUBLIC_PORT", "serve.public.port", EnvKind::Scalar),
    ("SERVE_PUBLIC_BASE_URL", "serve.public.base_url", EnvKind::Scalar),
    ("SERVE_ADMIN_HOST", "serve.admin.host", EnvKind::Scalar),
    ("SERVE_ADMIN_PORT", "serve.admin.port", EnvKind::Scalar),
    ("SERVE_ADMIN_BASE_URL", "serve.admin.base_url", EnvKind::Scalar),
    ("SERVE_TRUSTED_PROXIES", "serve.trusted_proxies", EnvKind::List),
    ("SERVE_SHUTDOWN_TIMEOUT", "serve.shutdown_timeout", EnvKind::Scalar),
    ("SELFSERVICE_DEFAULT_BROWSER_RETURN_URL", "selfservice.default_browser_return_url", EnvKind::Scalar),
    ("SELFSERVICE_ALLOWED_RETURN_URLS", "selfservice.allowed_return_urls", EnvKind::List),
    ("SELFSERVICE_FLOWS_LOGIN_LIFESPAN", "selfservice.flows.login.lifespan", EnvKind::Scalar),
    ("SELFSERVICE_FLOWS_LOGIN_UI_URL", "selfservice.flows.login.ui_url", EnvKind::Scalar),
    ("SELFSERVICE_FLOWS_ERROR_UI_URL", "selfservice.flows.error.ui_url", EnvKind::Scalar),
    (
        "SELFSERVICE_FLOWS_LOGOUT_AFTER_DEFAULT_BROWSER_RETURN_URL",
        "selfservice.flows.logout.after.default_browser_return_url",
        EnvKind::Scalar,
    ),
    ("SELFSERVICE_METHODS_PASSWORD_ENABLED", "selfservice.methods.password.enabled", EnvKind::Scalar),
    ("SESSION_LIFESPAN", "session.lifespan", EnvKind::Scalar),
    ("SESSION_COOKIE_NAME", "session.cookie.name", EnvKind::Scalar),
    ("SESSION_COOKIE_DOMAIN", "session.cookie.domain", EnvKind::Scalar),
    ("SESSION_COOKIE_PATH", "session.cookie.path", EnvKind::Scalar),
    ("SESSION_COOKIE_SAME_SITE", "session.cookie.same_site", EnvKind::Scalar),
    ("SESSION_COOKIE_PERSISTENT", "session.cookie.persistent", EnvKind::Scalar),
    ("COOKIES_DOMAIN", "cookies.domain", EnvKind::Scalar),
    ("COOKIES_PATH", "cookies.path", EnvKind::Scalar),
    ("COOKIES_SAME_SITE", "cookies.same_site", EnvKind::Scalar),
    ("HASHERS_ALGORITHM", "hashers.algorithm", EnvKind::Scalar),
    ("HASHERS_ARGON2_MEMORY", "hashers.argon2.memory", EnvKind::Scalar),
    ("HASHERS_ARGON2_ITERATIONS", "hashers.argon2.iterations", EnvKind::Scalar),
    ("HASHERS_ARGON2_PARALLELISM", "hashers.argon2.parallelism", EnvKind::Scalar),
    ("HASHERS_ARGON2_SALT_LENGTH", "hashers.argon2.salt_length", EnvKind::Scalar),
    ("HASHERS_ARGON2_KEY_LENGTH", "hashers.argon2.key_length", EnvKind::Scalar),
    ("HASHERS_BCRYPT_COST", "hashers.bcrypt.cost", EnvKind::Scalar),
    ("IDENTITY_DEFAULT_SCHEMA_ID", "identity.default_schema_id", EnvKind::Scalar),
    ("SECRETS_COOKIE", "secrets.cookie", EnvKind::List),
    ("SECRETS_DEFAULT", "secrets.default", EnvKind::List),
    ("LOG_LEVEL", "log.level", EnvKind::Scalar),
    ("LOG_FORMAT", "log.format", EnvKind::Scalar),
    ("LIMITS_MAX_BODY", "limits.max_body", EnvKind::Scalar),
    ("LIMITS_MAX_HEADER_SIZE", "limits.max_header_size", EnvKind::Scalar),
    ("LIMITS_READ_HEADER_TIMEOUT", "limits.read_header_timeout", EnvKind::Scalar),
    ("LIMITS_READ_BODY_TIMEOUT", "limits.read_body_timeout", EnvKind::Scalar),
    ("LIMITS_MAX_IDENTIFIER_LENGTH", "limits.max_identifier_length", EnvKind::Scalar),
    ("LIMITS_MAX_PASSWORD_LENGTH", "limits.max_password_length", EnvKind::Scalar),
    ("LIMITS_MAX_OPEN_FLOWS_PER_ADDRESS", "limits.max_open_flows_per_address", EnvKind::Scalar),
    ("SECURITY_BRUTE_FORCE_ENABLED", "security.brute_force.enabled", EnvKind::Scalar),
    ("SECURITY_BRUTE_FORCE_WINDOW", "security.brute_force.window", EnvKind::Scalar),
    (
        "SECURITY_BRUTE_FORCE_MAX_ATTEMPTS_PER_IDENTIFIER",
        "security.brute_force.max_attempts_per_identifier",
        EnvKind::Scalar,
    ),
    (
        "SECURITY_BRUTE_FORCE_MAX_ATTEMPTS_PER_ADDRESS",
        "security.brute_force.max_attempts_per_address",
        EnvKind::Scalar,
    ),
];

/// Turns one environment value into the JSON value stored at its key.
pub fn env_value(raw: &str, kind: EnvKind) -> serde_json::Value {
    match kind {
        EnvKind::List => serde_json::Value::Array(
            raw.split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(|item| serde_json::Value::String(item.to_string()))
                .collect(),
        ),
        EnvKind::Scalar => serde_yaml_ng::from_str::<serde_json::Value>(raw)
            .ok()
            .filter(|v| !v.is_null() && !v.is_object() && !v.is_array())
            .unwrap_or_else(|| serde_json::Value::String(raw.to_string())),
    }
}
