//! The merchant's URLs the sandbox sends browsers to, with the contract's
//! parameters added to their query.

use serde::Serialize;

/// `url` with `params` added after its own query; None when `url` is not
/// an absolute URL.
pub fn with_params(url: &str, params: &impl Serialize) -> Option<String> {
    let mut url = reqwest::Url::parse(url).ok()?;
    let params = serde_urlencoded::to_string(params).ok()?;
    // The URL's own query stays first.
    let query = match url.query() {
        Some(own) if !own.is_empty() => format!("{own}&{params}"),
        _ => params,
    };
    url.set_query(Some(&query));
    Some(url.into())
}
