//! Reading an answer's JSON body for the generated client (its calls are
//! rewritten to come here, see `ihela-codegen`): progenitor's own
//! `ResponseValue::from_response` copies the whole header map first; this
//! takes the headers out of the answer instead.

use progenitor_client::{Error, ResponseValue};
use serde::de::DeserializeOwned;

/// The answer's body decoded as `T`, with its status and headers.
pub(crate) async fn from_response<T: DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> Result<ResponseValue<T>, Error<E>> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let body = response.bytes().await.map_err(Error::ResponseBodyError)?;
    let inner = serde_json::from_slice(&body).map_err(|e| Error::InvalidResponsePayload(body, e))?;
    Ok(ResponseValue::new(inner, status, headers))
}
