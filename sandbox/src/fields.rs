//! Request bodies, JSON or form-urlencoded alike, read field by field. Bad
//! fields are answered as the gateway (Django REST framework) does: HTTP 400
//! with `{"field": ["message"]}`, every bad field at once.

use std::collections::BTreeMap;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

/// An error answer of the API.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: Value,
}

impl ApiError {
    /// HTTP 400 naming one field.
    pub fn field(name: &str, message: impl Into<String>) -> Self {
        let mut errors = BTreeMap::new();
        errors.insert(name.to_owned(), vec![message.into()]);
        Self::fields(errors)
    }

    fn fields(errors: BTreeMap<String, Vec<String>>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            body: json!(errors),
        }
    }

    /// HTTP 401 with DRF's `detail`.
    pub fn unauthorized(detail: &str) -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            body: json!({ "detail": detail }),
        }
    }

    /// HTTP 403 with DRF's `detail`: the token may not do this.
    pub fn forbidden() -> Self {
        Self {
            status: StatusCode::FORBIDDEN,
            body: json!({ "detail": "You do not have permission to perform this action." }),
        }
    }

    /// An OAuth2 error of the token endpoint (RFC 6749 section 5.2).
    pub fn oauth(status: StatusCode, error: &str) -> Self {
        Self {
            status,
            body: json!({ "error": error }),
        }
    }

    /// `invalid_grant` (HTTP 400) with its `error_description`.
    pub fn invalid_grant(description: &str) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            body: json!({ "error": "invalid_grant", "error_description": description }),
        }
    }

    /// HTTP 404 with DRF's `detail`.
    pub fn not_found() -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            body: json!({ "detail": "Not found." }),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}

/// The fields of a request body, with the errors found so far.
#[derive(Debug)]
pub struct Fields {
    values: Map<String, Value>,
    /// Whether the values came as text (form or query): numbers then come as text too.
    textual: bool,
    errors: BTreeMap<String, Vec<String>>,
}

impl Fields {
    /// Reads a JSON object or a form-urlencoded body, by its content type;
    /// an empty body has no fields.
    pub fn parse(headers: &HeaderMap, body: &[u8]) -> Result<Self, ApiError> {
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_ascii_lowercase();
        if content_type.starts_with("application/x-www-form-urlencoded") {
            let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
                .map_err(|e| ApiError::field("non_field_errors", format!("Malformed form body: {e}")))?;
            return Ok(Self::from_text(pairs));
        }
        let values = if body.is_empty() {
            Map::new()
        } else if content_type.starts_with("application/json") || content_type.is_empty() {
            match serde_json::from_slice(body) {
                Ok(Value::Object(values)) => values,
                Ok(_) => {
                    return Err(ApiError::field(
                        "non_field_errors",
                        "Invalid data. Expected a dictionary.",
                    ));
                }
                Err(e) => return Err(ApiError::field("non_field_errors", format!("JSON parse error - {e}"))),
            }
        } else {
            return Err(ApiError {
                status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
                body: json!({ "detail": format!("Unsupported media type \"{content_type}\" in request.") }),
            });
        };
        Ok(Self {
            values,
            textual: false,
            errors: BTreeMap::new(),
        })
    }

    /// Fields that came as text: a form body or a query string.
    pub fn from_text(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        Self {
            values: pairs.into_iter().map(|(k, v)| (k, Value::String(v))).collect(),
            textual: true,
            errors: BTreeMap::new(),
        }
    }

    /// Records that `name` is wrong.
    pub fn error(&mut self, name: &str, message: impl Into<String>) {
        self.errors.entry(name.to_owned()).or_default().push(message.into());
    }

    /// The text of `name`: `None` when absent, null or blank, an error for
    /// any other type.
    fn read_text(&self, name: &str) -> Result<Option<String>, &'static str> {
        match self.values.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(_) => Err("Not a valid string."),
        }
    }

    /// The text of an optional field that may be left blank (read as absent).
    pub fn optional_text(&mut self, name: &str) -> Option<String> {
        self.read_text(name).unwrap_or_else(|message| {
            self.error(name, message);
            None
        })
    }

    /// The text of an optional field that, when given, must not be blank.
    pub fn optional_nonblank(&mut self, name: &str, max: usize) -> Option<String> {
        if self.has(name) { self.text(name, max) } else { None }
    }

    /// The text of an optional field that, when present, must be a
    /// non-blank string (null is refused too: the field is not nullable).
    pub fn optional_string(&mut self, name: &str, max: usize) -> Option<String> {
        if self.values.contains_key(name) {
            self.text(name, max)
        } else {
            None
        }
    }

    /// The text of a required field, at most `max` characters.
    pub fn text(&mut self, name: &str, max: usize) -> Option<String> {
        let message = match self.read_text(name) {
            Ok(Some(text)) if text.chars().count() <= max => return Some(text),
            Ok(Some(_)) => format!("Ensure this field has no more than {max} characters."),
            Ok(None) if self.values.contains_key(name) => "This field may not be blank.".to_owned(),
            Ok(None) => "This field is required.".to_owned(),
            Err(message) => message.to_owned(),
        };
        self.error(name, message);
        None
    }

    /// A required amount in whole francs, at least 1 (a JSON integer, or its
    /// text in a form).
    pub fn francs(&mut self, name: &str) -> Option<u64> {
        let value = match self.values.get(name) {
            None | Some(Value::Null) => {
                self.error(name, "This field is required.");
                return None;
            }
            Some(Value::Number(number)) => number.as_i64().or_else(|| {
                // 2000.0 is a whole number; 2000.5 is not.
                number
                    .as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
                    .map(|f| f as i64)
            }),
            Some(Value::String(text)) if self.textual => text.trim().parse::<i64>().ok(),
            Some(_) => None,
        };
        match value {
            None => {
                self.error(name, "A valid integer is required.");
                None
            }
            Some(francs) if francs < 1 => {
                self.error(name, "Ensure this value is greater than or equal to 1.");
                None
            }
            Some(francs) => u64::try_from(francs).ok(),
        }
    }

    /// An optional PIN: 4 to 6 digits, or an integer of at most 6 digits
    /// (iHela's documentation site types it so).
    pub fn pin(&mut self, name: &str) -> Option<String> {
        if let Some(Value::Number(number)) = self.values.get(name) {
            return match number.as_u64().filter(|pin| *pin <= 999_999) {
                Some(pin) => Some(pin.to_string()),
                None => {
                    self.error(name, "Ensure this value is 4 to 6 digits.");
                    None
                }
            };
        }
        let pin = self.optional_nonblank(name, usize::MAX)?;
        // The rule of the client's `Pin`, the spec's `PinCode` as a string.
        let checked = pin.parse::<ihela::Pin>().map_err(|refused| refused.reason().to_owned());
        self.keep(name, checked).map(|_| pin)
    }

    /// What `checked` holds, or `None` with its error recorded under `name`.
    fn keep<T>(&mut self, name: &str, checked: Result<T, impl std::fmt::Display>) -> Option<T> {
        checked.map_err(|error| self.error(name, error.to_string())).ok()
    }

    /// A required text checked by its generated type `T` (the spec's
    /// constraints: length, pattern), as text.
    pub fn checked<T>(&mut self, name: &str) -> Option<String>
    where
        T: TryFrom<String, Error = ihela::types::error::ConversionError>,
        String: From<T>,
    {
        let text = self.text(name, usize::MAX)?;
        self.keep(name, T::try_from(text)).map(String::from)
    }

    /// An optional text checked by its generated type `T` when given.
    pub fn optional_checked<T>(&mut self, name: &str) -> Option<String>
    where
        T: TryFrom<String, Error = ihela::types::error::ConversionError>,
        String: From<T>,
    {
        if self.has(name) { self.checked::<T>(name) } else { None }
    }

    /// Whether a field is given (not absent, not null).
    pub fn has(&self, name: &str) -> bool {
        self.values.get(name).is_some_and(|value| !value.is_null())
    }

    /// Ends reading: every error recorded, as one 400 answer.
    pub fn finish(self) -> Result<(), ApiError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::fields(self.errors))
        }
    }
}

impl<S: Send + Sync> FromRequest<S> for Fields {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let headers = request.headers().clone();
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|e| ApiError::field("non_field_errors", format!("Unreadable body: {e}")))?;
        Fields::parse(&headers, &body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ihela::types::{Description, MerchantReference};

    fn fields(content_type: &str, body: &str) -> Fields {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, content_type.parse().unwrap());
        Fields::parse(&headers, body.as_bytes()).unwrap()
    }

    #[test]
    fn json_and_forms_read_alike() {
        for (content_type, body) in [
            ("application/json", r#"{"amount": 2000, "merchant_reference": "r-1"}"#),
            (
                "application/x-www-form-urlencoded",
                "amount=2000&merchant_reference=r-1",
            ),
        ] {
            let mut fields = fields(content_type, body);
            assert_eq!(fields.francs("amount"), Some(2000));
            assert_eq!(
                fields.checked::<MerchantReference>("merchant_reference").as_deref(),
                Some("r-1")
            );
            assert!(fields.finish().is_ok());
        }
    }

    #[test]
    fn a_pin_may_be_an_integer_of_at_most_six_digits() {
        let mut fields = fields("application/json", r#"{"a": 1234, "b": 1234567, "c": -1, "d": "1234"}"#);
        assert_eq!(fields.pin("a").as_deref(), Some("1234"));
        assert_eq!(fields.pin("d").as_deref(), Some("1234"));
        assert_eq!(fields.pin("b"), None);
        assert_eq!(fields.pin("c"), None);
        let body = fields.finish().unwrap_err().body;
        assert!(body["b"].is_array() && body["c"].is_array(), "{body}");
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut fields = fields(
            "application/json",
            r#"{"amount": 0, "description": "", "pin_code": "12", "bill_code": null}"#,
        );
        assert_eq!(fields.optional_string("reference", 10), None);
        assert_eq!(fields.optional_string("bill_code", 10), None);
        assert_eq!(fields.francs("amount"), None);
        assert_eq!(fields.checked::<Description>("description"), None);
        assert_eq!(fields.checked::<MerchantReference>("merchant_reference"), None);
        assert_eq!(fields.pin("pin_code"), None);
        let body = fields.finish().unwrap_err().body;
        assert_eq!(body["amount"][0], "Ensure this value is greater than or equal to 1.");
        assert_eq!(body["description"][0], "This field may not be blank.");
        assert_eq!(body["merchant_reference"][0], "This field is required.");
        assert!(body["pin_code"].is_array());
        assert_eq!(body["bill_code"][0], "This field may not be blank.");
        assert!(body.get("reference").is_none(), "absent is fine: {body}");
    }

    #[test]
    fn amounts_must_be_whole_francs() {
        for bad in [r#""12.5""#, "12.5", r#""abc""#, "true", "-3", r#""2000""#] {
            let mut fields = fields("application/json", &format!(r#"{{"amount": {bad}}}"#));
            assert_eq!(fields.francs("amount"), None, "{bad}");
        }
        let mut whole = fields("application/json", r#"{"amount": 2000.0}"#);
        assert_eq!(whole.francs("amount"), Some(2000));
    }

    #[test]
    fn a_non_object_body_is_refused() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, "application/json".parse().unwrap());
        assert!(Fields::parse(&headers, b"[1]").is_err());
        assert!(Fields::parse(&headers, b"{").is_err());
        headers.insert(header::CONTENT_TYPE, "text/plain".parse().unwrap());
        assert!(Fields::parse(&headers, b"x").is_err());
    }
}
