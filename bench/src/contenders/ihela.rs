//! iHela's call three ways: `GET` the bank list with the bearer token and
//! decode it into `ihela::types::BankList` and keep its banks.
//!
//! - [`Ihela`]: `ihela::Client::list_banks`, the code a merchant writes;
//! - [`RawReqwest`]: the hand-written reqwest call, with ihela's reqwest
//!   settings (user agent, connect and request timeouts) and the token
//!   fetched once beforehand;
//! - [`RawHyper`]: hyper's own client and serde, nothing else: the floor.
//!
//! Each decodes into the same generated type, so the difference is only
//! what each layer does around the request.

use bytes::Bytes;
use http_body_util::Empty;
use hyper::header::{AUTHORIZATION, HeaderValue, USER_AGENT};
use ihela::types::{BankList, Token, TokenRequest, TokenRequestGrantType};
use ihela::{Environment, paths};

use super::{CLIENT_ID, CLIENT_SECRET, Contender, Failure, RawHyper, hyper_body, reqwest_body};

/// `ihela::Client`, as a merchant builds and calls it.
#[derive(Clone)]
pub struct Ihela(ihela::Client);

impl Ihela {
    /// A client for the bench's gateway at `base_url`; it fetches its token
    /// on its first call.
    pub fn new(base_url: &str) -> Result<Ihela, Failure> {
        Ihela::with_credentials(base_url, CLIENT_ID, CLIENT_SECRET)
    }

    /// A client for any gateway, with its credentials.
    pub fn with_credentials(base_url: &str, client_id: &str, client_secret: &str) -> Result<Ihela, Failure> {
        let client = ihela::Client::builder(Environment::Custom(base_url.to_owned()))
            .credentials(client_id, client_secret)
            .build()?;
        Ok(Ihela(client))
    }
}

impl Contender for Ihela {
    async fn call(&self) -> Result<usize, Failure> {
        Ok(self.0.list_banks().await?.len())
    }
}

/// A hand-written reqwest client: the same reqwest settings as ihela's.
#[derive(Clone)]
pub struct RawReqwest {
    http: reqwest::Client,
    base_url: String,
    bearer: HeaderValue,
}

impl RawReqwest {
    /// The client, with `bearer` as its `Authorization`.
    pub fn new(base_url: &str, bearer: HeaderValue) -> Result<RawReqwest, Failure> {
        let http = reqwest::Client::builder()
            .user_agent(ihela::USER_AGENT)
            .connect_timeout(ihela::DEFAULT_CONNECT_TIMEOUT)
            .timeout(ihela::DEFAULT_TIMEOUT)
            .build()?;
        Ok(RawReqwest {
            http,
            base_url: base_url.to_owned(),
            bearer,
        })
    }

    /// The client, with a token fetched once from the token call.
    pub async fn connect(base_url: &str) -> Result<RawReqwest, Failure> {
        let unauthenticated = RawReqwest::new(base_url, HeaderValue::from_static(""))?;
        let request =
            TokenRequest::try_from(TokenRequest::builder().grant_type(TokenRequestGrantType::ClientCredentials))?;
        let answer = unauthenticated
            .http
            .post(format!("{base_url}{}", paths::CREATE_TOKEN))
            .basic_auth(CLIENT_ID, Some(CLIENT_SECRET))
            .form(&request)
            .send()
            .await?
            .error_for_status()?;
        let token: Token = serde_json::from_slice(&answer.bytes().await?)?;
        let mut bearer = HeaderValue::from_str(&format!("Bearer {}", token.access_token.expose()))?;
        bearer.set_sensitive(true);
        Ok(RawReqwest {
            bearer,
            ..unauthenticated
        })
    }
}

impl Contender for RawReqwest {
    /// `GET` the bank list, as one would write it by hand.
    async fn call(&self) -> Result<usize, Failure> {
        let response = self
            .http
            .get(format!("{}{}", self.base_url, paths::LIST_BANKS))
            .header(AUTHORIZATION, self.bearer.clone())
            .send()
            .await?;
        let body = reqwest_body(response).await?;
        Ok(serde_json::from_slice::<BankList>(&body)?.banks.len())
    }
}

impl Contender for RawHyper<Empty<Bytes>> {
    /// `GET` the bank list with hyper alone.
    async fn call(&self) -> Result<usize, Failure> {
        let request = hyper::Request::get(self.uri.clone())
            .header(AUTHORIZATION, self.bearer.clone())
            .header(USER_AGENT, ihela::USER_AGENT)
            .body(Empty::new())?;
        let body = hyper_body(self.http.request(request).await?).await?;
        Ok(serde_json::from_slice::<BankList>(&body)?.banks.len())
    }
}
