//! What the banking and agent clients share: being built, the operations
//! both services offer (ping, account lookup and balance, transaction
//! status), and sending money once under the caller's reference.

use std::marker::PhantomData;

use pesa_core::journal::{self, Intent};
use pesa_core::{Operation, Settings};
use reqwest::StatusCode;
use rust_decimal::Decimal;

use super::auth::{BankingState, Login};
use super::generated::{Client as Api, open_enums, types};
use crate::callback::SignatureKey;
use crate::client::{Environment, USER_AGENT};
use crate::error::{Error, Result};
use crate::secret::Pin;

/// An operation iHela carried out (a deposit, a withdrawal, an agent's
/// cash-in or cash-out), or holds, as it answers it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Receipt {
    /// iHela's reference of the operation.
    pub reference: String,
    /// The caller's reference it was made under.
    pub external_reference: types::ExternalReference,
    /// How it stands: anything but `Success` or `Failed` is not final.
    pub status: open_enums::OperationStatus,
    /// Its amount, when iHela gives it.
    pub amount: Option<Decimal>,
    /// The fee charged, when iHela gives it.
    pub fee: Option<Decimal>,
}

impl Receipt {
    /// The receipt of `operation`, which must name itself.
    fn of(operation: types::Operation, asked: &types::ExternalReference, name: &'static str) -> Result<Self> {
        let reference = operation.reference.clone().ok_or_else(|| Error::Decode {
            operation: name,
            status: StatusCode::OK,
            reason: "the operation has no reference".to_owned(),
            body: serde_json::to_vec(&operation).unwrap_or_default().into(),
        })?;
        Ok(Self {
            reference,
            external_reference: operation.external_reference.unwrap_or_else(|| asked.clone()),
            status: operation.status.unwrap_or(open_enums::OperationStatus::Pending),
            amount: operation.amount,
            fee: operation.fee,
        })
    }
}

/// A client of one service, as [`ServiceBuilder`] makes it (not
/// implementable outside the crate).
pub trait Service: sealed::FromApi {}

pub(crate) mod sealed {
    /// How a service client is made.
    pub trait FromApi: Sized {
        /// The client, from the generated one.
        fn from_api(api: super::Api) -> Self;
    }
}

/// Configures a [`BankingClient`](super::BankingClient) or an
/// [`AgentClient`](super::AgentClient): start with its `builder`.
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ServiceBuilder<S> {
    environment: Environment,
    login: Login,
    pin: Pin,
    signature_key: Option<SignatureKey>,
    settings: Settings,
    service: PhantomData<S>,
}

impl<S: Service> ServiceBuilder<S> {
    pub(crate) fn new(environment: Environment, login: Login, pin: Pin) -> Self {
        Self {
            environment,
            login,
            pin,
            signature_key: None,
            settings: Settings::default(),
            service: PhantomData,
        }
    }

    pesa_core::settings_setters!();

    /// Signs the money-moving calls: `X-iHela-Signature`, the HMAC-SHA256
    /// of the exact bytes sent under the key shared with iHela.
    pub fn signature_key(mut self, key: SignatureKey) -> Self {
        self.signature_key = Some(key);
        self
    }

    /// Builds the client. Fails when the base URL is not an `http(s)` URL.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for the base URL; [`Error::Transport`] when
    /// the HTTP client cannot be made.
    pub fn build(self) -> Result<S> {
        let base_url = pesa_core::base_url(self.environment.base_url())?;
        let http = self.settings.http(USER_AGENT).map_err(|source| Error::Transport {
            operation: "build_client",
            source,
        })?;
        let state = BankingState::new(self.login, self.pin, self.signature_key, &self.settings);
        Ok(S::from_api(Api::new_with_client(base_url, http, state)))
    }
}

/// The shared operations, on the generated client.
pub(crate) struct Shared<'a>(pub &'a Api);

impl Shared<'_> {
    pub(crate) async fn ping(&self) -> Result<()> {
        pesa_core::call(self.0, self.0.ping()).await
    }

    pub(crate) async fn account(&self, account: &types::AccountNumber) -> Result<types::Account> {
        let body = types::AccountQuery {
            account_number: account.clone(),
        };
        pesa_core::call(self.0, self.0.account_lookup().body(body)).await
    }

    pub(crate) async fn balance(&self, account: &types::AccountNumber) -> Result<types::Balance> {
        let body = types::AccountQuery {
            account_number: account.clone(),
        };
        pesa_core::call(self.0, self.0.account_balance().body(body)).await
    }

    /// The operation made under `reference`, or `None` when iHela has none (404).
    pub(crate) async fn status(&self, reference: &types::ExternalReference) -> Result<Option<Receipt>> {
        let body = types::TransactionStatusRequest {
            external_reference: Some(reference.to_string()),
            reference: None,
        };
        let operation = self.0.transaction_status().body(body);
        let id = <super::generated::builder::TransactionStatus<'_> as Operation>::ID;
        let found = crate::bills::not_found_as_none(pesa_core::call(self.0, operation).await)?;
        found.map(|found| Receipt::of(found, reference, id)).transpose()
    }

    /// Sends a money-moving `operation` under `reference`, once: journaled
    /// when the client has a journal; a lost answer is looked up by
    /// transaction status (found: its receipt, for the amount asked;
    /// nowhere: [`Error::OutcomeUnknown`]), never sent again under it.
    pub(crate) async fn send_once<O>(
        &self,
        operation: O,
        reference: &types::ExternalReference,
        intent: Intent,
        asked: Decimal,
    ) -> Result<Receipt>
    where
        O: Operation<Answer = types::OperationAnswer>,
    {
        let api = self.0;
        let find = || async {
            match self.status(reference).await? {
                Some(found) if found.amount.is_some_and(|amount| amount != asked) => Err(Error::Mismatch {
                    operation: O::ID,
                    field: "amount",
                    asked: asked.to_string(),
                    answered: found.amount.map(|a| a.to_string()).unwrap_or_default(),
                }),
                found => Ok(found),
            }
        };
        let send = || async {
            let sent = pesa_core::call_once(api, operation)
                .await
                .and_then(|done| Receipt::of(done, reference, O::ID));
            let retry = &pesa_core::Gateway::session(api).retry;
            pesa_core::sent_once_or_found(O::ID, reference.as_str(), retry, sent, &find).await
        };
        let journal = pesa_core::Gateway::session(api).journal.as_ref();
        journal::send(journal, O::ID, reference.as_str(), &intent, send, Some(&find)).await
    }

    /// Settles the money-moving operations the journal holds with an
    /// unknown outcome, by transaction status.
    pub(crate) async fn reconcile(&self) -> Result<Vec<pesa_core::journal::Reconciled>> {
        let Some(journal) = pesa_core::Gateway::session(self.0).journal.as_ref() else {
            return Ok(Vec::new());
        };
        let look_up = |_operation: String, reference: String| async move {
            let reference: types::ExternalReference = reference.parse()?;
            Ok(match self.status(&reference).await? {
                Some(found) => journal::Lookup::Found(found),
                None => journal::Lookup::NotFound,
            })
        };
        journal.reconcile(look_up).await
    }
}

/// The intent the journal records of `amount` for `account`.
pub(crate) fn intent(amount: crate::money::Francs, account: &types::AccountNumber) -> Intent {
    Intent::new(amount, account.as_str())
}

/// What both service clients (`$client`, holding the generated client in
/// `api`) offer the same way: being made, ping, account lookup and balance,
/// transaction status, and reconciling their journal.
macro_rules! shared_operations {
    ($client:ident) => {
        impl $crate::banking::service::Service for $client {}

        impl $crate::banking::service::sealed::FromApi for $client {
            fn from_api(api: $crate::banking::generated::Client) -> Self {
                Self { api }
            }
        }

        impl $client {
            fn shared(&self) -> $crate::banking::service::Shared<'_> {
                $crate::banking::service::Shared(&self.api)
            }

            /// Whether the service answers and takes the token.
            pub async fn ping(&self) -> $crate::Result<()> {
                self.shared().ping().await
            }

            /// The account `account` and its holder.
            pub async fn account(
                &self,
                account: &$crate::banking::types::AccountNumber,
            ) -> $crate::Result<$crate::banking::types::Account> {
                self.shared().account(account).await
            }

            /// The balance of `account`.
            pub async fn balance(
                &self,
                account: &$crate::banking::types::AccountNumber,
            ) -> $crate::Result<$crate::banking::types::Balance> {
                self.shared().balance(account).await
            }

            /// The operation made under your `reference`, or `None` when iHela has none.
            pub async fn status(
                &self,
                reference: &$crate::banking::types::ExternalReference,
            ) -> $crate::Result<Option<$crate::banking::Receipt>> {
                self.shared().status(reference).await
            }

            /// Settles the money-moving operations the journal (the
            /// builder's `journal`) holds with an unknown outcome, by
            /// transaction status: found, recorded as carried out; not
            /// there, as never arrived. Run it on start.
            pub async fn reconcile_pending(&self) -> $crate::Result<Vec<$crate::Reconciled>> {
                self.shared().reconcile().await
            }
        }
    };
}
pub(crate) use shared_operations;
