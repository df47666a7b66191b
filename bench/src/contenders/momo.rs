//! MTN MoMo's call three ways: the status of a request to pay that
//! succeeded, decoded into `momo::types::RequestToPayResult` and read as
//! successful or not.
//!
//! - [`Momo`]: `momo::Collection::request_to_pay_status`, the code a
//!   merchant writes;
//! - [`RawReqwest`]: the hand-written reqwest call, with momo's reqwest
//!   settings, its subscription key, target environment and the token
//!   fetched once beforehand;
//! - [`RawHyper`]: hyper's own client and serde, nothing else: the floor.

use std::sync::LazyLock;

use bytes::Bytes;
use http_body_util::Empty;
use hyper::header::{AUTHORIZATION, HeaderName, HeaderValue, USER_AGENT};
use momo::types::{AccessTokenAnswer, Product, ReferenceId, RequestToPayResult, Status, TargetEnvironment};
use momo::{Collection, Credentials, Environment, headers, paths};

use super::{CLIENT_ID, CLIENT_SECRET, Contender, Failure, hyper_body, reqwest_body};

/// The request to pay asked about.
pub const REFERENCE: &str = "6f1c2c3e-5b7a-4d2e-9c1f-2a3b4c5d6e7f";
/// The API user of the bench (the gateway does not check it).
const API_USER: &str = "0b6c1c6e-7d1f-4e43-9d55-7b0a2c3d4e5f";

/// The headers every call carries besides its token: the subscription key
/// and the target environment, named as the spec names them.
static HEADERS: LazyLock<[(HeaderName, HeaderValue); 2]> = LazyLock::new(|| {
    let name = |name: &str| HeaderName::try_from(name).unwrap_or_else(|e| unreachable!("{name}: {e}"));
    let mut key = HeaderValue::from_static(CLIENT_SECRET);
    key.set_sensitive(true);
    [
        (name(headers::OCP_APIM_SUBSCRIPTION_KEY), key),
        (name(headers::X_TARGET_ENVIRONMENT), HeaderValue::from_static("sandbox")),
    ]
});

/// `momo::Collection`, as a merchant builds and calls it: the status of
/// the request to pay `reference`, or without one the balance (the call
/// `mobilemoney-py` can make too, for `bench/peers.sh`).
#[derive(Clone)]
pub struct Momo {
    collection: Collection,
    reference: Option<ReferenceId>,
}

impl Momo {
    /// Its collection client (for the store bench's callback endpoint).
    pub fn collection(&self) -> Collection {
        self.collection.clone()
    }

    /// A client for the bench's gateway at `base_url`.
    pub fn new(base_url: &str) -> Result<Momo, Failure> {
        Momo::with_credentials(base_url, CLIENT_SECRET, API_USER, CLIENT_ID, Some(REFERENCE))
    }

    /// A client for any gateway (a sandbox), with a product's subscription
    /// key and an API user and key, asking about `reference` (or the balance).
    pub fn with_credentials(
        base_url: &str,
        subscription_key: &str,
        api_user: &str,
        api_key: &str,
        reference: Option<&str>,
    ) -> Result<Momo, Failure> {
        let environment = Environment::Custom {
            base_url: base_url.to_owned(),
            target: TargetEnvironment::Sandbox,
        };
        let credentials = Credentials::new(subscription_key, ReferenceId::parse(api_user)?, api_key);
        Ok(Momo {
            collection: Collection::builder(environment, credentials).build()?,
            reference: reference.map(ReferenceId::parse).transpose()?,
        })
    }
}

impl Contender for Momo {
    async fn call(&self) -> Result<usize, Failure> {
        match &self.reference {
            Some(reference) => {
                let result = self.collection.request_to_pay_status(reference).await?;
                Ok(usize::from(result.status == Status::Successful))
            }
            None => Ok(usize::from(
                self.collection.balance().await?.currency == momo::Currency::EUR,
            )),
        }
    }
}

/// Whether `body` is a request to pay that succeeded.
fn successful(body: &[u8]) -> Result<usize, Failure> {
    let result: RequestToPayResult = serde_json::from_slice(body)?;
    Ok(usize::from(result.status == Status::Successful))
}

/// The status URL of the request `reference`, made for each call as a
/// hand-written status call for a given request makes it.
fn status_url(base_url: &str, reference: &str) -> String {
    format!("{base_url}{}", paths::get_request_to_pay_status(reference))
}

/// A hand-written reqwest client: the same reqwest settings as momo's.
#[derive(Clone)]
pub struct RawReqwest {
    http: reqwest::Client,
    base_url: String,
    bearer: HeaderValue,
}

impl RawReqwest {
    /// The client, with a token fetched once from the token call.
    pub async fn connect(base_url: &str) -> Result<RawReqwest, Failure> {
        let http = reqwest::Client::builder()
            .user_agent(momo::USER_AGENT)
            .connect_timeout(momo::DEFAULT_CONNECT_TIMEOUT)
            .timeout(momo::DEFAULT_TIMEOUT)
            .build()?;
        let [(key_name, key), _] = &*HEADERS;
        let product = Product::Collection.to_string();
        let answer = http
            .post(format!("{base_url}{}", paths::create_access_token(&product)))
            .basic_auth(API_USER, Some(CLIENT_ID))
            .header(key_name, key)
            .send()
            .await?
            .error_for_status()?;
        let token: AccessTokenAnswer = serde_json::from_slice(&answer.bytes().await?)?;
        let mut bearer = HeaderValue::from_str(&format!("Bearer {}", token.access_token.expose()))?;
        bearer.set_sensitive(true);
        Ok(RawReqwest {
            http,
            base_url: base_url.to_owned(),
            bearer,
        })
    }
}

impl Contender for RawReqwest {
    /// `GET` the status, as one would write it by hand.
    async fn call(&self) -> Result<usize, Failure> {
        let url = status_url(&self.base_url, REFERENCE);
        let mut request = self.http.get(url).header(AUTHORIZATION, self.bearer.clone());
        for (name, value) in &*HEADERS {
            request = request.header(name, value);
        }
        successful(&reqwest_body(request.send().await?).await?)
    }
}

/// hyper alone for MoMo's `GET`: iHela's bank list is a `GET` too, so this
/// wraps the shared [`super::RawHyper`] to call with MoMo's headers.
#[derive(Clone)]
pub struct RawHyper(super::RawHyper<Empty<Bytes>>, String);

impl RawHyper {
    /// A client for the gateway at `base_url`, with the fixture's token.
    pub fn new(base_url: &str) -> Result<RawHyper, Failure> {
        let hyper = super::RawHyper::new(base_url, &paths::get_request_to_pay_status(REFERENCE))?;
        Ok(RawHyper(hyper, base_url.to_owned()))
    }
}

impl Contender for RawHyper {
    /// `GET` the status with hyper alone.
    async fn call(&self) -> Result<usize, Failure> {
        let hyper = &self.0;
        let uri: hyper::Uri = status_url(&self.1, REFERENCE).parse()?;
        let mut request = hyper::Request::get(uri)
            .header(AUTHORIZATION, hyper.bearer.clone())
            .header(USER_AGENT, momo::USER_AGENT);
        for (name, value) in &*HEADERS {
            request = request.header(name, value);
        }
        successful(&hyper_body(hyper.http.request(request.body(Empty::new())?).await?).await?)
    }
}
