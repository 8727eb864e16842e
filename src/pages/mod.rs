//! The built-in login UI: small server-rendered HTML pages (login, error, and a signed-in page
//! with a logout button), so a browser login works without another service.

/// Where the pages are served on the public listener.
pub const LOGIN: &str = "ui/login";
pub const ERROR: &str = "ui/error";
pub const WELCOME: &str = "ui/welcome";
