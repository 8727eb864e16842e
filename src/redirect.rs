//! Where browsers may be sent: `return_to` values are checked against an allow-list, as Kratos
//! does, so that no flow can be used to redirect a user to an attacker's site. Knows no HTTP.

use url::Url;

use crate::base_url::BaseUrl;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReturnToError {
    #[error("Requested return_to URL \"{0}\" is not allowed.")]
    Forbidden(String),
    #[error("Unable to parse the return_to query parameter as an URL: {0}")]
    Unparsable(String),
}

/// The allow-list: `selfservice.allowed_return_urls` plus `<public base URL>/self-service`.
#[derive(Debug, Clone)]
pub struct ReturnToPolicy {
    allowed: Vec<Url>,
    /// `selfservice.default_browser_return_url`: where browsers go when nothing else is asked,
    /// and what relative `return_to` values are resolved against.
    default_return: Url,
}

impl ReturnToPolicy {
    pub fn new(public_base: &BaseUrl, allowed: &[Url], default_return: Url) -> Self {
        let self_service = public_base.url_for("/self-service");
        let mut allowed = allowed.to_vec();
        allowed.push(self_service);
        Self { allowed, default_return }
    }

    pub fn default_return(&self) -> &Url {
        &self.default_return
    }

    /// The checked `return_to`, or `None` when none was given.
    pub fn check(&self, raw: Option<&str>) -> Result<Option<Url>, ReturnToError> {
        let Some(raw) = raw.filter(|r| !r.is_empty()) else { return Ok(None) };
        let url = self.default_return.join(raw).map_err(|e| ReturnToError::Unparsable(e.to_string()))?;
        if self.allowed.iter().any(|entry| matches(entry, &url)) {
            Ok(Some(url))
        } else {
            Err(ReturnToError::Forbidden(raw.to_string()))
        }
    }

    /// The checked `return_to`, or the default return URL.
    pub fn or_default(&self, raw: Option<&str>) -> Result<Url, ReturnToError> {
        Ok(self.check(raw)?.unwrap_or_else(|| self.default_return.clone()))
    }
}

/// Scheme and host equal (ignoring case; a `*.example.com` entry matches sub-domains), and the
/// path starts with the entry's path.
fn matches(entry: &Url, candidate: &Url) -> bool {
    let host_matches = match (entry.host_str(), candidate.host_str()) {
        (Some(e), Some(c)) => match e.strip_prefix("*.") {
            Some(suffix) => c.to_ascii_lowercase().ends_with(&format!(".{}", suffix.to_ascii_lowercase())),
            None => {
                e.eq_ignore_ascii_case(c)
                    && entry.port_or_known_default() == candidate.port_or_known_default()
            }
        },
        _ => false,
    };
    entry.scheme().eq_ignore_ascii_case(candidate.scheme())
        && host_matches
        && candidate.path().starts_with(entry.path().trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(allowed: &[&str]) -> ReturnToPolicy {
        let allowed: Vec<Url> = allowed.iter().map(|u| Url::parse(u).unwrap()).collect();
        let base = BaseUrl::new(Url::parse("http://127.0.0.1:4433/").unwrap());
        ReturnToPolicy::new(&base, &allowed, Url::parse("https://app.example.com/home").unwrap())
    }

    #[test]
    fn allowed_urls_match_by_scheme_host_and_path_prefix() {
        let p = policy(&["https://app.example.com/welcome"]);
        assert!(p.check(Some("https://APP.example.com/welcome/back")).unwrap().is_some());
        assert!(p.check(Some("https://app.example.com/other")).is_err());
        assert!(p.check(Some("http://app.example.com/welcome")).is_err());
        assert_eq!(
            p.check(Some("https://evil.example/welcome")),
            Err(ReturnToError::Forbidden("https://evil.example/welcome".into()))
        );
    }

    #[test]
    fn wildcards_match_sub_domains_only() {
        let p = policy(&["https://*.example.com/"]);
        assert!(p.check(Some("https://shop.example.com/cart")).unwrap().is_some());
        assert!(p.check(Some("https://example.com.evil.io/")).is_err());
    }

    #[test]
    fn relative_urls_resolve_against_the_default_and_self_service_is_always_allowed() {
        let p = policy(&["https://app.example.com/"]);
        assert_eq!(p.check(Some("/settings")).unwrap().unwrap().as_str(), "https://app.example.com/settings");
        assert!(p.check(Some("http://127.0.0.1:4433/self-service/login/browser")).unwrap().is_some());
        assert_eq!(p.or_default(None).unwrap().as_str(), "https://app.example.com/home");
    }
}
