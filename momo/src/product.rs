//! What every product client shares: being built, the merchant's account
//! (balance, account holders), and sending a request that moves money once
//! under its reference.

use std::future::Future;

use pesa_core::Operation;
use pesa_core::journal::{self, Intent, Lookup, Reconciled};

use crate::callback::CallbackKind;
use crate::client::Client;
use crate::error::{self, Error, Result};
use crate::money::Money;
use crate::outcome::Transaction;
use crate::types::{self, Product, ReferenceId};

/// A product client ([`Collection`](crate::Collection),
/// [`Disbursement`](crate::Disbursement), [`Remittance`](crate::Remittance)),
/// as [`ClientBuilder`](crate::ClientBuilder) makes it.
pub trait ProductClient: sealed::FromClient {}

pub(crate) mod sealed {
    /// How a product client is made (not implementable outside the crate).
    pub trait FromClient: Sized {
        /// Its product.
        const PRODUCT: crate::types::Product;
        /// The product client, from the shared one.
        fn from_client(client: crate::client::Client) -> Self;
    }
}

/// MoMo accepted a request: it exists under `reference`. Not paid: its
/// outcome comes from its status (or, once, its callback).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Accepted {
    /// The reference it was created under.
    pub reference: ReferenceId,
    /// Whether it existed before this call (a retry found it, or MTN
    /// answered 409 to a reused reference and its status matched).
    pub already_existed: bool,
}

/// A request being created: what a request found under its reference must
/// match to be the one asked for, and what the journal records of it.
pub(crate) struct Expected<'a> {
    /// What it is (its status is read as this kind's).
    pub kind: CallbackKind,
    pub money: &'a Money,
    pub external_id: &'a str,
    /// Its party, masked.
    pub party: String,
}

impl Expected<'_> {
    /// `found` if it is the request asked for; [`Error::Mismatch`] if the
    /// reference holds another.
    fn check(&self, operation: &'static str, found: &impl Transaction) -> Result<()> {
        let mismatch = |field, asked: String, answered: String| Error::Mismatch {
            operation,
            field,
            asked,
            answered,
        };
        if found.amount() != self.money.amount().get() {
            return Err(mismatch(
                "amount",
                self.money.amount().to_string(),
                found.amount().to_string(),
            ));
        }
        if found.currency() != self.money.currency() {
            return Err(mismatch(
                "currency",
                self.money.currency().to_string(),
                found.currency().to_string(),
            ));
        }
        match found.external_id() {
            Some(external_id) if external_id != self.external_id => Err(mismatch(
                "external_id",
                self.external_id.to_owned(),
                external_id.to_owned(),
            )),
            _ => Ok(()),
        }
    }
}

impl Client {
    /// Sends `operation` (a request created under `reference`) so that it is
    /// carried out once: a lost answer, or MTN's 409 for a reused
    /// reference, is answered by `find` (the request's status), and the
    /// request is sent again under the same reference only when it is not
    /// there (see `pesa_core::sent_by_reference`).
    pub(crate) async fn submit<O, T, F>(
        &self,
        reference: &ReferenceId,
        operation: O,
        expected: Expected<'_>,
        find: impl Fn() -> F,
    ) -> Result<Accepted>
    where
        O: Operation<Answer = ()>,
        T: Transaction,
        F: Future<Output = Result<T>>,
    {
        let api = self.api();
        let send = || {
            let operation = operation.clone();
            async move {
                pesa_core::call_once(api, operation).await?;
                Ok(Accepted {
                    reference: reference.clone(),
                    already_existed: false,
                })
            }
        };
        let look_up = || {
            let found = find();
            let expected = &expected;
            async move {
                match found.await {
                    Ok(found) => {
                        expected.check(O::ID, &found)?;
                        Ok(Some(Accepted {
                            reference: reference.clone(),
                            already_existed: true,
                        }))
                    }
                    Err(error) if error::not_found(&error) => Ok(None),
                    Err(error) => Err(error),
                }
            }
        };
        let intent = Intent {
            amount: expected.money.to_string(),
            party: expected.party.clone(),
        };
        let sent = || {
            pesa_core::sent_by_reference(
                O::ID,
                reference.as_str(),
                self.retry(),
                send,
                &look_up,
                error::duplicate,
            )
        };
        let journal = self.journal();
        journal::send(
            journal,
            expected.kind.segment(),
            reference.as_str(),
            &intent,
            sent,
            Some(&look_up),
        )
        .await
    }

    /// Settles the journal's requests of this product whose outcome is
    /// unknown: `status(kind, reference)` reads one, found or not (404);
    /// `None` for a kind the product does not make.
    pub(crate) async fn reconcile<F, Fut>(&self, status: F) -> Result<Vec<Reconciled>>
    where
        F: Fn(CallbackKind, ReferenceId) -> Option<Fut>,
        Fut: Future<Output = Result<()>>,
    {
        let Some(journal) = self.journal() else {
            return Ok(Vec::new());
        };
        let look_up = |kind: String, reference: String| {
            let asked = CallbackKind::from_segment(&kind).zip(ReferenceId::try_from(reference.as_str()).ok());
            let status = asked.and_then(|(kind, reference)| Some((status(kind, reference.clone())?, reference)));
            async move {
                let Some((status, reference)) = status else {
                    return Ok(Lookup::Impossible);
                };
                match status.await {
                    Ok(()) => Ok(Lookup::Found(Accepted {
                        reference,
                        already_existed: true,
                    })),
                    Err(error) if error::not_found(&error) => Ok(Lookup::NotFound),
                    Err(error) => Err(error),
                }
            }
        };
        journal.reconcile(look_up).await
    }

    fn journal(&self) -> Option<&pesa_core::journal::Journal> {
        pesa_core::Gateway::session(self.api()).journal.as_ref()
    }

    /// The merchant's balance for the product (in `currency`, when given).
    pub(crate) async fn balance(&self, product: Product, currency: Option<types::Currency>) -> Result<types::Balance> {
        let api = self.api();
        match currency {
            None => {
                let operation = api.get_account_balance().product(product);
                pesa_core::call(api, operation).await
            }
            Some(currency) => {
                let operation = api
                    .get_account_balance_in_currency()
                    .product(product)
                    .currency(currency);
                pesa_core::call(api, operation).await
            }
        }
    }

    /// Whether the account holder is registered and active.
    pub(crate) async fn is_active(&self, product: Product, holder: &types::Party) -> Result<bool> {
        let kind = match holder {
            types::Party::Msisdn(_) => types::AccountHolderIdType::Msisdn,
            types::Party::Email(_) => types::AccountHolderIdType::Email,
            types::Party::PartyCode(_) => {
                return Err(
                    pesa_core::InvalidInput::new("holder", "MTN checks MSISDNs and e-mail addresses only").into(),
                );
            }
        };
        let api = self.api();
        let operation = api
            .validate_account_holder_status()
            .product(product)
            .account_holder_id_type(kind)
            .account_holder_id(holder.id());
        Ok(pesa_core::call(api, operation).await?.result)
    }

    /// An account holder's names.
    pub(crate) async fn basic_user_info(
        &self,
        product: Product,
        msisdn: &crate::Msisdn,
    ) -> Result<types::BasicUserInfo> {
        let api = self.api();
        let operation = api
            .get_basic_userinfo()
            .product(product)
            .account_holder_msisdn(msisdn.clone());
        pesa_core::call(api, operation).await
    }
}

/// The generated builder `$operation` of `$client` (a [`Client`]) for a
/// request created under `$reference`: its headers (the reference, the
/// callback URL of the checked `$notes` when there is one) and `$body`.
macro_rules! creating {
    ($client:expr, $operation:ident, $reference:expr, $notes:expr, $body:expr) => {{
        let operation = $client
            .api()
            .$operation()
            .x_reference_id($reference.clone())
            .body($body);
        match $notes.callback_url.clone() {
            Some(url) => operation.x_callback_url(url),
            None => operation,
        }
    }};
}
pub(crate) use creating;

/// The account operations every product has, as methods of the product
/// client `$product` (its `client` field).
macro_rules! account_operations {
    ($product:ident) => {
        impl $product {
            /// The merchant's available balance for this product.
            pub async fn balance(&self) -> $crate::Result<$crate::types::Balance> {
                self.client.balance(Self::PRODUCT_ID, None).await
            }

            /// The merchant's available balance in `currency`.
            pub async fn balance_in(&self, currency: $crate::Currency) -> $crate::Result<$crate::types::Balance> {
                self.client.balance(Self::PRODUCT_ID, Some(currency)).await
            }

            /// Whether `holder` (an MSISDN or e-mail address) is registered
            /// and active; `false` for one MTN does not know.
            pub async fn is_active(&self, holder: &$crate::Party) -> $crate::Result<bool> {
                self.client.is_active(Self::PRODUCT_ID, holder).await
            }

            /// The names of the holder of `msisdn`, without their consent.
            /// Personal data: keep it out of logs.
            pub async fn basic_user_info(
                &self,
                msisdn: &$crate::Msisdn,
            ) -> $crate::Result<$crate::types::BasicUserInfo> {
                self.client.basic_user_info(Self::PRODUCT_ID, msisdn).await
            }
        }

        impl $crate::product::ProductClient for $product {}

        impl $crate::product::sealed::FromClient for $product {
            const PRODUCT: $crate::types::Product = Self::PRODUCT_ID;
            fn from_client(client: $crate::client::Client) -> Self {
                Self { client }
            }
        }
    };
}
pub(crate) use account_operations;
