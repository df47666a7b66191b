//! Building a client: the environment (and its certificate), the app's
//! consumer key and secret, timeouts and retries, in code or from the
//! environment.

use std::time::Duration;

use pesa_core::{Secret, Settings};

use crate::auth::{ClientState, Credentials};
use crate::credential::Certificate;
use crate::error::{Error, InvalidInput, Result};
use crate::generated::{self, servers};

/// Which Daraja to talk to.
#[derive(Debug, Clone)]
pub enum Environment {
    /// Safaricom's sandbox (`https://sandbox.safaricom.co.ke`), with its certificate.
    Sandbox,
    /// Production (`https://api.safaricom.co.ke`), with its certificate.
    Production,
    /// Any other base URL (a sandbox of your own, a proxy, a mock server)
    /// and the certificate whose key encrypts initiator passwords there.
    Custom {
        /// The base URL.
        base_url: String,
        /// The certificate of that gateway.
        certificate: Certificate,
    },
}

impl Environment {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        match self {
            Environment::Sandbox => servers::SANDBOX,
            Environment::Production => servers::PRODUCTION,
            Environment::Custom { base_url, .. } => base_url.trim_end_matches('/'),
        }
    }

    /// The certificate whose key encrypts initiator passwords.
    pub fn certificate(&self) -> Certificate {
        match self {
            Environment::Sandbox => Certificate::sandbox(),
            Environment::Production => Certificate::production(),
            Environment::Custom { certificate, .. } => certificate.clone(),
        }
    }
}

/// The `User-Agent` of every request: this crate and its version.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "-rust/", env!("CARGO_PKG_VERSION"));

/// Configures a [`Client`]. Start with [`Client::builder`].
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    environment: Environment,
    credentials: Option<Credentials>,
    token: Option<(Secret, Option<Duration>)>,
    settings: Settings,
}

impl ClientBuilder {
    /// The Daraja app's consumer key and consumer secret.
    pub fn credentials(mut self, consumer_key: impl Into<String>, consumer_secret: impl Into<Secret>) -> Self {
        self.credentials = Some(Credentials::new(consumer_key, consumer_secret));
        self
    }

    /// An access token obtained elsewhere, valid for `lifetime` if known.
    /// With credentials too, the client renews it when it expires or is
    /// refused; without, such a call fails with
    /// [`AuthError::NoCredentials`](crate::AuthError::NoCredentials).
    pub fn access_token(mut self, token: impl Into<Secret>, lifetime: Option<Duration>) -> Self {
        self.token = Some((token.into(), lifetime));
        self
    }

    pesa_core::settings_setters!();

    /// Builds the client. Fails when the base URL is not an `http(s)` URL or
    /// when neither credentials nor a token were given.
    pub fn build(self) -> Result<Client> {
        let base_url = pesa_core::base_url(self.environment.base_url())?;
        if self.credentials.is_none() && self.token.is_none() {
            return Err(
                InvalidInput::new("credentials", "give the consumer key and secret, or an access token").into(),
            );
        }
        let http = self.settings.http(USER_AGENT).map_err(|source| Error::Transport {
            operation: "build_client",
            source,
        })?;
        let state = ClientState::new(self.credentials.as_ref(), self.token.as_ref(), &self.settings);
        Ok(Client {
            api: generated::Client::new_with_client(base_url, http, state),
            certificate: self.environment.certificate(),
        })
    }
}

/// A client of Daraja. Cheap to clone; clones share the connection pool and
/// the token (each new Daraja token invalidates the last, so one client
/// should serve a whole process).
///
/// What it does is grouped by who acts: [`Client::express`] for payment
/// prompts, [`Client::business`] for what the business's API user
/// (initiator) does, [`Client::c2b`](crate::C2b) for customers' payments to
/// a shortcode.
#[derive(Debug, Clone)]
pub struct Client {
    api: generated::Client,
    certificate: Certificate,
}

impl Client {
    /// Starts configuring a client for `environment`.
    pub fn builder(environment: Environment) -> ClientBuilder {
        ClientBuilder {
            environment,
            credentials: None,
            token: None,
            settings: Settings::default(),
        }
    }

    /// A builder from the environment: `DARAJA_CONSUMER_KEY` and
    /// `DARAJA_CONSUMER_SECRET` (required), and `DARAJA_ENVIRONMENT`
    /// (`sandbox`, the default, or `production`), or `DARAJA_BASE_URL` with
    /// `DARAJA_CERTIFICATE` (a PEM file) for another gateway. A missing or
    /// bad variable is refused, naming it.
    pub fn from_env() -> Result<ClientBuilder> {
        Self::from_vars(
            |name| std::env::var(name).ok().filter(|value| !value.is_empty()),
            |path| std::fs::read_to_string(path),
        )
    }

    /// [`Client::from_env`] with the variables `var` gives and the files `read` reads.
    fn from_vars(
        var: impl Fn(&str) -> Option<String>,
        read: impl Fn(&str) -> std::io::Result<String>,
    ) -> Result<ClientBuilder> {
        let required = |name: &str| var(name).ok_or_else(|| InvalidInput::new(name, "is not set"));
        let environment = match (var("DARAJA_BASE_URL"), var("DARAJA_ENVIRONMENT").as_deref()) {
            (Some(base_url), _) => {
                let path = required("DARAJA_CERTIFICATE")?;
                let pem = read(&path).map_err(|e| InvalidInput::new("DARAJA_CERTIFICATE", format!("{path}: {e}")))?;
                let certificate = Certificate::from_pem(&pem)
                    .map_err(|e| InvalidInput::new("DARAJA_CERTIFICATE", e.reason().to_owned()))?;
                Environment::Custom { base_url, certificate }
            }
            (None, None | Some("sandbox")) => Environment::Sandbox,
            (None, Some("production")) => Environment::Production,
            (None, Some(_)) => {
                return Err(InvalidInput::new("DARAJA_ENVIRONMENT", "must be `sandbox` or `production`").into());
            }
        };
        Ok(Client::builder(environment).credentials(
            required("DARAJA_CONSUMER_KEY")?,
            Secret::new(required("DARAJA_CONSUMER_SECRET")?),
        ))
    }

    /// Asks Daraja for a new token now (which invalidates the previous
    /// one). Calls get tokens by themselves; this is for checking the
    /// consumer key and secret up front.
    pub async fn authenticate(&self) -> Result<()> {
        pesa_core::authenticate(&self.api).await
    }

    /// The generated client the operations drive (through `pesa_core::call`).
    pub(crate) fn api(&self) -> &generated::Client {
        &self.api
    }

    /// The certificate of the environment.
    pub(crate) fn certificate(&self) -> &Certificate {
        &self.certificate
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn from(vars: &[(&str, &str)]) -> Result<ClientBuilder> {
        let vars: HashMap<String, String> = vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        let files = |path: &str| match path {
            "sandbox.pem" => Ok(include_str!("../sandbox/keys/sandbox-certificate.pem").to_owned()),
            "garbage.pem" => Ok("garbage".to_owned()),
            _ => Err(std::io::Error::from(std::io::ErrorKind::NotFound)),
        };
        Client::from_vars(|name| vars.get(name).cloned(), files)
    }

    fn refused(result: Result<ClientBuilder>) -> String {
        match result {
            Err(Error::InvalidInput(input)) => input.field().to_owned(),
            other => panic!("not refused: {other:?}"),
        }
    }

    #[test]
    fn from_the_environment_each_missing_or_bad_variable_is_named() {
        let key = ("DARAJA_CONSUMER_KEY", "key");
        let secret = ("DARAJA_CONSUMER_SECRET", "secret");
        assert_eq!(refused(from(&[secret])), "DARAJA_CONSUMER_KEY");
        assert_eq!(refused(from(&[key])), "DARAJA_CONSUMER_SECRET");
        assert_eq!(
            refused(from(&[key, secret, ("DARAJA_ENVIRONMENT", "live")])),
            "DARAJA_ENVIRONMENT"
        );
        let custom = ("DARAJA_BASE_URL", "http://127.0.0.1:9");
        assert_eq!(refused(from(&[key, secret, custom])), "DARAJA_CERTIFICATE");
        let missing = ("DARAJA_CERTIFICATE", "nowhere.pem");
        assert_eq!(refused(from(&[key, secret, custom, missing])), "DARAJA_CERTIFICATE");
        let garbage = ("DARAJA_CERTIFICATE", "garbage.pem");
        assert_eq!(refused(from(&[key, secret, custom, garbage])), "DARAJA_CERTIFICATE");
        let good = ("DARAJA_CERTIFICATE", "sandbox.pem");
        assert!(from(&[key, secret, custom, good]).unwrap().build().is_ok());
        assert!(from(&[key, secret]).unwrap().build().is_ok());
    }
}
