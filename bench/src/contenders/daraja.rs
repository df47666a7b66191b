//! Daraja's call three ways: the STK query of a paid push, with the
//! `Password` and `Timestamp` made from one instant in Nairobi, decoded into
//! `daraja::types::StkQueryAnswer` and read as paid or not.
//!
//! - [`Daraja`]: `daraja::Express::status`, the code a merchant writes;
//! - [`RawReqwest`]: the hand-written reqwest call, with daraja's reqwest
//!   settings and the token fetched once beforehand;
//! - [`RawHyper`]: hyper's own client and serde, nothing else: the floor.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use bytes::Bytes;
use chrono::{FixedOffset, Utc};
use daraja::types::{AccessTokenAnswer, CheckoutRequestId, StkQueryAnswer, StkQueryRequest, StkResultCode, Timestamp};
use daraja::{Environment, ShortCode, StkStatus, paths};
use http_body_util::Full;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue, USER_AGENT};
use std::sync::LazyLock;

use super::{CLIENT_ID, CLIENT_SECRET, Contender, Failure, RawHyper, hyper_body, reqwest_body};

/// The paybill and passkey of the queries (Safaricom's public sandbox pair).
pub const PAYBILL: &str = "174379";
pub const PASSKEY: &str = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
/// The push queried (the `stk_query_paid` fixture's).
pub const CHECKOUT: &str = "ws_CO_13012021093521236557";

/// `daraja::Express`, as a merchant builds and calls it.
#[derive(Clone)]
pub struct Daraja {
    express: daraja::Express,
    checkout: CheckoutRequestId,
}

impl Daraja {
    /// A client for the bench's gateway at `base_url`.
    pub fn new(base_url: &str) -> Result<Daraja, Failure> {
        Daraja::with_credentials(
            base_url,
            daraja::Certificate::sandbox(),
            CLIENT_ID,
            CLIENT_SECRET,
            CHECKOUT,
        )
    }

    /// A client for any gateway (a sandbox), with its certificate and
    /// credentials, querying the push `checkout`.
    pub fn with_credentials(
        base_url: &str,
        certificate: daraja::Certificate,
        consumer_key: &str,
        consumer_secret: &str,
        checkout: &str,
    ) -> Result<Daraja, Failure> {
        let environment = Environment::Custom {
            base_url: base_url.to_owned(),
            certificate,
        };
        let client = daraja::Client::builder(environment)
            .credentials(consumer_key, consumer_secret)
            .build()?;
        Ok(Daraja {
            express: client.express(ShortCode::parse(PAYBILL)?, PASSKEY),
            checkout: CheckoutRequestId::try_from(checkout)?,
        })
    }
}

impl Contender for Daraja {
    async fn call(&self) -> Result<usize, Failure> {
        Ok(usize::from(
            self.express.status(&self.checkout).await? == StkStatus::Paid,
        ))
    }
}

/// The query's body, made by hand as `Express::status` makes it: the
/// generated request type (so both encode the same type), its `Password`
/// and `Timestamp` from one instant in Nairobi, the paybill and the push
/// cloned from parsed values.
fn query() -> Result<StkQueryRequest, Failure> {
    static PARSED: LazyLock<(ShortCode, CheckoutRequestId)> = LazyLock::new(|| {
        let paybill = ShortCode::parse(PAYBILL).unwrap_or_else(|e| unreachable!("{PAYBILL}: {e}"));
        let checkout = CheckoutRequestId::try_from(CHECKOUT).unwrap_or_else(|e| unreachable!("{CHECKOUT}: {e}"));
        (paybill, checkout)
    });
    let nairobi = FixedOffset::east_opt(3 * 3600).unwrap_or_else(|| unreachable!("UTC+3 is an offset"));
    let timestamp = Utc::now().with_timezone(&nairobi).format("%Y%m%d%H%M%S").to_string();
    let password = STANDARD.encode(format!("{PAYBILL}{PASSKEY}{timestamp}"));
    Ok(StkQueryRequest {
        business_short_code: PARSED.0.clone(),
        password: password.into(),
        timestamp: Timestamp::try_from(timestamp)?,
        checkout_request_id: PARSED.1.clone(),
    })
}

/// Whether `body` is a query answer saying paid.
fn paid(body: &[u8]) -> Result<usize, Failure> {
    let answer: StkQueryAnswer = serde_json::from_slice(body)?;
    Ok(usize::from(answer.result_code == StkResultCode::Paid))
}

/// A hand-written reqwest client: the same reqwest settings as daraja's.
#[derive(Clone)]
pub struct RawReqwest {
    http: reqwest::Client,
    url: String,
    bearer: HeaderValue,
}

impl RawReqwest {
    /// The client, with a token fetched once from the token call.
    pub async fn connect(base_url: &str) -> Result<RawReqwest, Failure> {
        let http = reqwest::Client::builder()
            .user_agent(daraja::USER_AGENT)
            .connect_timeout(daraja::DEFAULT_CONNECT_TIMEOUT)
            .timeout(daraja::DEFAULT_TIMEOUT)
            .build()?;
        let answer = http
            .get(format!(
                "{base_url}{}?grant_type=client_credentials",
                paths::CREATE_TOKEN
            ))
            .basic_auth(CLIENT_ID, Some(CLIENT_SECRET))
            .send()
            .await?
            .error_for_status()?;
        let token: AccessTokenAnswer = serde_json::from_slice(&answer.bytes().await?)?;
        let mut bearer = HeaderValue::from_str(&format!("Bearer {}", token.access_token.expose()))?;
        bearer.set_sensitive(true);
        Ok(RawReqwest {
            http,
            url: format!("{base_url}{}", paths::STK_QUERY),
            bearer,
        })
    }
}

impl Contender for RawReqwest {
    /// `POST` the query, as one would write it by hand.
    async fn call(&self) -> Result<usize, Failure> {
        let response = self
            .http
            .post(&self.url)
            .header(AUTHORIZATION, self.bearer.clone())
            .json(&query()?)
            .send()
            .await?;
        paid(&reqwest_body(response).await?)
    }
}

impl Contender for RawHyper<Full<Bytes>> {
    /// `POST` the query with hyper alone.
    async fn call(&self) -> Result<usize, Failure> {
        let body = serde_json::to_vec(&query()?)?;
        let request = hyper::Request::post(self.uri.clone())
            .header(AUTHORIZATION, self.bearer.clone())
            .header(USER_AGENT, daraja::USER_AGENT)
            .header(CONTENT_TYPE, "application/json")
            .body(Full::new(Bytes::from(body)))?;
        paid(&hyper_body(self.http.request(request).await?).await?)
    }
}
