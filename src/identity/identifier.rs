//! Identifier normalisation, applied when identifiers are stored and when they are looked up.

use unicode_normalization::UnicodeNormalization;

/// Trims, folds compatibility characters (NFKC, which also folds full-width forms) and
/// lower-cases, so `  Alice@Example.COM ` and `alice@example.com` are one identifier. Control
/// and format characters are dropped. Phone numbers are not rewritten to E.164 yet.
pub fn normalize_identifier(raw: &str) -> String {
    let folded: String = raw.trim().nfkc().filter(|c| !c.is_control() && !is_format_char(*c)).collect();
    folded.to_lowercase().nfkc().collect()
}

/// How long identifiers and passwords may be (`limits.max_identifier_length`, in characters,
/// and `limits.max_password_length`, in bytes, the unit password hashes work in). The same
/// limits hold at login and when an identity is created, so every stored account can sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CredentialLimits {
    pub max_identifier: usize,
    pub max_password: usize,
}

impl CredentialLimits {
    /// The identifier's length in characters, when it is over the limit.
    pub fn identifier_excess(&self, identifier: &str) -> Option<usize> {
        let length = identifier.chars().count();
        (length > self.max_identifier).then_some(length)
    }

    /// The part of an identifier that may be echoed back (and stored with a flow).
    pub fn shown_identifier(&self, identifier: &str) -> String {
        identifier.chars().take(self.max_identifier).collect()
    }

    pub fn password_too_long(&self, password: &str) -> bool {
        password.len() > self.max_password
    }
}

/// Zero-width and bidi formatting characters that render as nothing.
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_lower_cases() {
        assert_eq!(normalize_identifier("  Alice@Example.COM \t"), "alice@example.com");
    }

    #[test]
    fn folds_full_width_and_drops_invisible_characters() {
        assert_eq!(normalize_identifier("ＡＬＩＣＥ\u{200B}"), "alice");
    }

    #[test]
    fn is_idempotent() {
        let once = normalize_identifier(" ÄBC@x.io");
        assert_eq!(normalize_identifier(&once), once);
    }
}
