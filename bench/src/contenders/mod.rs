//! The clients under measurement, for each API the same call three ways:
//! hyper alone (the floor), a hand-written reqwest call with the client's
//! reqwest settings, and the client as a merchant writes it. Each decodes
//! into the same generated type, so the difference is only what each layer
//! does around the request.
//!
//! - [`ihela`]: `GET` the bank list;
//! - [`daraja`]: `POST` the STK query of a paid push;
//! - [`momo`]: `GET` the status of a request to pay that succeeded.

pub mod daraja;
pub mod ihela;
pub mod momo;

use std::time::Duration;

use bytes::Bytes;
use clap::ValueEnum;
use http_body_util::{Empty, Full};
use hyper::Uri;
use hyper::header::HeaderValue;
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

use crate::measure::{count, in_flight, sequential};

/// Any failure of a contender's call.
pub type Failure = Box<dyn std::error::Error + Send + Sync>;

/// Credentials the bench gateway accepts (it does not check them).
const CLIENT_ID: &str = "bench-client-id";
const CLIENT_SECRET: &str = "bench-client-secret";

/// hyper's client with serde: no timeouts, no URL building, no client
/// layer. `B` is the request body's type.
#[derive(Clone)]
pub struct RawHyper<B> {
    http: HyperClient<HttpConnector, B>,
    uri: Uri,
    bearer: HeaderValue,
}

impl<B: hyper::body::Body + Send + 'static> RawHyper<B>
where
    B::Data: Send,
{
    /// A client for `path` of the gateway at `base_url`, with the fixture's
    /// token.
    pub fn new(base_url: &str, path: &str) -> Result<RawHyper<B>, Failure> {
        Ok(RawHyper {
            http: HyperClient::builder(TokioExecutor::new()).build_http(),
            uri: format!("{base_url}{path}").parse()?,
            bearer: crate::gateway::bearer_of_fixture(),
        })
    }
}

/// The body of a reqwest answer; a status other than 2xx is a failure.
async fn reqwest_body(response: reqwest::Response) -> Result<bytes::Bytes, Failure> {
    let status = response.status();
    if !status.is_success() {
        return Err(format!("HTTP {status}").into());
    }
    Ok(response.bytes().await?)
}

/// The body of a hyper answer; a status other than 2xx is a failure.
async fn hyper_body(response: hyper::Response<hyper::body::Incoming>) -> Result<bytes::Bytes, Failure> {
    use http_body_util::BodyExt as _;
    let status = response.status();
    if !status.is_success() {
        return Err(format!("HTTP {status}").into());
    }
    Ok(response.into_body().collect().await?.to_bytes())
}

/// A client under measurement: one call, what it decoded counted.
pub trait Contender: Clone + Send + Sync + 'static {
    /// Makes the call and decodes the answer: how many items it read (the
    /// banks; 1 for a paid push).
    fn call(&self) -> impl Future<Output = Result<usize, Failure>> + Send;
}

/// Which API's call is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Api {
    /// iHela's bank list.
    Ihela,
    /// Daraja's STK query.
    Daraja,
    /// MoMo's request-to-pay status.
    Momo,
}

/// Which of the three ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// hyper alone.
    Hyper,
    /// A hand-written reqwest call.
    Reqwest,
    /// The client (`ihela`, `daraja` or `momo`).
    Client,
}

/// The three ways, in the order figures are printed.
pub const KINDS: [Kind; 3] = [Kind::Hyper, Kind::Reqwest, Kind::Client];

/// The three contenders of an API, for one gateway.
pub enum Contenders {
    /// iHela's.
    Ihela(RawHyper<Empty<Bytes>>, ihela::RawReqwest, ihela::Ihela),
    /// Daraja's.
    Daraja(RawHyper<Full<Bytes>>, daraja::RawReqwest, daraja::Daraja),
    /// MoMo's.
    Momo(momo::RawHyper, momo::RawReqwest, momo::Momo),
}

/// Runs `$body` with `$c` bound to the contender of `$kind` in `$contenders`.
macro_rules! with_contender {
    ($contenders:expr, $kind:expr, |$c:ident| $body:expr) => {
        match ($contenders, $kind) {
            (Contenders::Ihela(hyper, ..), Kind::Hyper) => {
                let $c = hyper;
                $body
            }
            (Contenders::Ihela(_, reqwest, _), Kind::Reqwest) => {
                let $c = reqwest;
                $body
            }
            (Contenders::Ihela(.., client), Kind::Client) => {
                let $c = client;
                $body
            }
            (Contenders::Daraja(hyper, ..), Kind::Hyper) => {
                let $c = hyper;
                $body
            }
            (Contenders::Daraja(_, reqwest, _), Kind::Reqwest) => {
                let $c = reqwest;
                $body
            }
            (Contenders::Daraja(.., client), Kind::Client) => {
                let $c = client;
                $body
            }
            (Contenders::Momo(hyper, ..), Kind::Hyper) => {
                let $c = hyper;
                $body
            }
            (Contenders::Momo(_, reqwest, _), Kind::Reqwest) => {
                let $c = reqwest;
                $body
            }
            (Contenders::Momo(.., client), Kind::Client) => {
                let $c = client;
                $body
            }
        }
    };
}

impl Contenders {
    /// The contenders of `api` for the gateway at `base_url` (the
    /// reqwest one fetches its token now, the client on its first call).
    pub async fn new(api: Api, base_url: &str) -> Result<Contenders, Failure> {
        Ok(match api {
            Api::Ihela => Contenders::Ihela(
                RawHyper::new(base_url, ::ihela::paths::LIST_BANKS)?,
                ihela::RawReqwest::connect(base_url).await?,
                ihela::Ihela::new(base_url)?,
            ),
            Api::Daraja => Contenders::Daraja(
                RawHyper::new(base_url, ::daraja::paths::STK_QUERY)?,
                daraja::RawReqwest::connect(base_url).await?,
                daraja::Daraja::new(base_url)?,
            ),
            Api::Momo => Contenders::Momo(
                momo::RawHyper::new(base_url)?,
                momo::RawReqwest::connect(base_url).await?,
                momo::Momo::new(base_url)?,
            ),
        })
    }

    /// The latency of each of `calls` calls of `kind`, one after another.
    pub async fn sequential(&self, kind: Kind, calls: usize) -> Result<Vec<Duration>, Failure> {
        with_contender!(self, kind, |contender| sequential(contender, calls).await)
    }

    /// Calls per second of `calls` calls of `kind`, `concurrency` in flight.
    pub async fn rate(&self, kind: Kind, calls: usize, concurrency: usize) -> Result<f64, Failure> {
        let elapsed = with_contender!(self, kind, |contender| in_flight(contender, calls, concurrency).await)?;
        Ok(count(calls) / elapsed.as_secs_f64())
    }

    /// The size of one call's future of `kind`: what is moved, and kept per
    /// call in flight.
    pub fn future_size(&self, kind: Kind) -> usize {
        with_contender!(self, kind, |contender| std::mem::size_of_val(&contender.call()))
    }
}
