//! A listener's base URL and the URLs Portcullis gives out under it.

use url::{Position, Url};

/// Where clients reach a listener (`serve.public.base_url`, `serve.admin.base_url`). Behind a
/// proxy that serves Portcullis under a path (`https://example.com/identity/`), every URL given
/// out for the listener keeps that path, as Kratos's do: `ui.action` is
/// `https://example.com/identity/self-service/login?flow=...`. A query or fragment on the base
/// URL is not carried over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    url: Url,
    /// The URL up to the end of its path, without the trailing slash: what a route is appended to.
    root: String,
}

impl BaseUrl {
    pub fn new(url: Url) -> Self {
        let root = url[..Position::AfterPath].trim_end_matches('/').to_string();
        Self { url, root }
    }

    /// The base URL as configured (or derived from the bound address).
    pub fn as_url(&self) -> &Url {
        &self.url
    }

    /// `route` (an absolute path such as `/self-service/login`) under the base URL, as text.
    /// For the URLs every flow and session answer carries: a copy of one string, where building
    /// a [`Url`] re-serializes it at each step.
    pub fn join(&self, route: &str) -> String {
        [self.root.as_str(), route].concat()
    }

    /// `route` under the base URL, as a [`Url`] to add a query to.
    pub fn url_for(&self, route: &str) -> Url {
        let mut url = self.url.clone();
        url.set_path(&format!("{}{route}", self.url.path().trim_end_matches('/')));
        url.set_query(None);
        url.set_fragment(None);
        url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(raw: &str) -> BaseUrl {
        BaseUrl::new(Url::parse(raw).unwrap())
    }

    #[test]
    fn routes_go_under_the_base_path() {
        assert_eq!(
            base("http://127.0.0.1:4433/").join("/self-service/login"),
            "http://127.0.0.1:4433/self-service/login"
        );
        assert_eq!(
            base("https://example.com").join("/schemas/ZGVmYXVsdA"),
            "https://example.com/schemas/ZGVmYXVsdA"
        );
        for raw in [
            "https://example.com/identity/",
            "https://example.com/identity",
            "https://example.com/identity/?a=1#top",
        ] {
            assert_eq!(
                base(raw).join("/self-service/login"),
                "https://example.com/identity/self-service/login"
            );
            assert_eq!(
                base(raw).url_for("/self-service/login").as_str(),
                "https://example.com/identity/self-service/login"
            );
        }
    }

    /// The text form and the `Url` form agree, whatever the base looks like.
    #[test]
    fn text_and_url_forms_agree() {
        let bases = [
            "http://127.0.0.1:4433/",
            "https://example.com:443/",
            "http://[::1]:4434/",
            "https://user@example.com/a%20b/c/",
            "https://example.com/identity?x=1#f",
            "HTTPS://EXAMPLE.COM/Identity/",
        ];
        let routes = [
            "/self-service/login",
            "/schemas/ZGVmYXVsdA",
            "/admin/identities/0192aa3c-9b9a-7ab1-8c86-1d2a4b2f9e01",
        ];
        for raw in bases {
            for route in routes {
                assert_eq!(base(raw).join(route), base(raw).url_for(route).as_str(), "{raw} + {route}");
            }
        }
    }
}
