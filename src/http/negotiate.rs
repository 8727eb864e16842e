//! Content negotiation the way Kratos does it, which decides between redirects and JSON.
//!
//! Offers are matched against `Accept` entries: q=0 entries are ignored, the highest q wins,
//! an exact match beats `type/*` which beats `*/*`, and remaining ties go to the earlier offer
//! (so `text/html`, always offered first, wins ties). A missing header means the default offer.

/// The offer that `accept` prefers; `offers[0]` is the default.
pub fn negotiate<'a>(accept: Option<&str>, offers: &[&'a str]) -> &'a str {
    let default = offers.first().copied().unwrap_or_default();
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return default;
    };
    let ranges: Vec<(String, f32)> = accept.split(',').filter_map(parse_range).collect();
    let mut best: Option<(&str, f32, u8)> = None;
    for offer in offers {
        for (range, q) in &ranges {
            let Some(specificity) = matches(range, offer) else { continue };
            let better = match best {
                None => true,
                Some((_, best_q, best_spec)) => *q > best_q || (*q == best_q && specificity > best_spec),
            };
            if better {
                best = Some((offer, *q, specificity));
            }
        }
    }
    best.map(|(offer, _, _)| offer).unwrap_or(default)
}

fn parse_range(entry: &str) -> Option<(String, f32)> {
    let mut parts = entry.split(';');
    let range = parts.next()?.trim().to_ascii_lowercase();
    let mut q = 1.0;
    for param in parts {
        if let Some(value) = param.trim().strip_prefix("q=") {
            q = value.trim().parse().unwrap_or(0.0);
        }
    }
    (!range.is_empty() && q > 0.0).then_some((range, q))
}

/// How specifically the Accept entry `range` matches `offer`: 1 for `*/*`, 2 for `type/*`, 3
/// for the exact type. Wildcards count as wildcards even against a wildcard offer.
fn matches(range: &str, offer: &str) -> Option<u8> {
    if range == "*/*" {
        return Some(1);
    }
    if let Some(prefix) = range.strip_suffix("/*") {
        return offer.split('/').next().filter(|t| *t == prefix).map(|_| 2);
    }
    (range == offer).then_some(3)
}

/// Kratos's "JSON request": `Accept` negotiates to JSON, or `Content-Type` is exactly
/// `application/json` (with no parameters).
pub fn is_json_request(accept: Option<&str>, content_type: Option<&str>) -> bool {
    content_type == Some("application/json") || prefers_json_over_any_text(accept)
}

fn prefers_json_over_any_text(accept: Option<&str>) -> bool {
    negotiate(accept, &["text/html", "text/*", "*/*", "application/json"]) == "application/json"
}

/// Whether a redirect-or-JSON endpoint answers in JSON: it looks at `Accept` only.
pub fn prefers_json(accept: Option<&str>) -> bool {
    negotiate(accept, &["text/html", "application/json"]) == "application/json"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_the_default_and_wins_ties() {
        assert!(!prefers_json(None));
        assert!(!prefers_json(Some("*/*")));
        assert!(!prefers_json(Some("text/html, application/json")));
        assert!(!is_json_request(Some("*/*"), None));
    }

    #[test]
    fn sdk_accept_headers_mean_json() {
        assert!(prefers_json(Some("application/json")));
        assert!(is_json_request(Some("application/json, text/plain, */*"), None));
        assert!(prefers_json(Some("text/html;q=0.5, application/json")));
    }

    #[test]
    fn q_zero_is_ignored() {
        assert!(!prefers_json(Some("application/json;q=0, text/html")));
    }

    #[test]
    fn only_an_exact_json_content_type_counts() {
        assert!(is_json_request(None, Some("application/json")));
        assert!(!is_json_request(None, Some("application/json; charset=utf-8")));
    }
}
