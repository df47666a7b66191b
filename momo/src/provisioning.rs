//! Sandbox provisioning: the merchant creates its own API user and API key
//! with a subscription key (production users come from MTN's partner
//! portal). No token: these calls carry the subscription key alone.

use pesa_core::{Secret, Settings};

use crate::auth::Credentials;
use crate::client::{Client, Environment};
use crate::error::Result;
use crate::types::{self, Product, ReferenceId};

/// Creates API users and keys, with one product's subscription key.
#[derive(Debug, Clone)]
pub struct Provisioning {
    client: Client,
    subscription_key: Secret,
}

impl Provisioning {
    /// Provisioning in `environment` (the sandbox) with `subscription_key`.
    pub fn new(environment: &Environment, subscription_key: impl Into<Secret>) -> Result<Self> {
        let subscription_key = subscription_key.into();
        // The product only names a token, which provisioning never fetches.
        let client = Client::new(
            environment,
            Product::Collection,
            &subscription_key,
            None,
            &Settings::default(),
        )?;
        Ok(Self {
            client,
            subscription_key,
        })
    }

    /// Creates the API user `id` (choose it with [`ReferenceId::new`]) whose
    /// callbacks may go to `callback_host` (`merchant.example.com`), then
    /// its API key: the credentials of a product client. A lost answer to
    /// the first step is answered by reading the user: it is never created
    /// twice.
    pub async fn create_user(&self, id: &ReferenceId, callback_host: &str) -> Result<Credentials> {
        let api = self.client.api();
        let body = types::ApiUser {
            provider_callback_host: pesa_core::checked(callback_host, "callback_host")?,
        };
        let operation = api.create_api_user().x_reference_id(id.clone()).body(body);
        let send = || {
            let operation = operation.clone();
            async move { pesa_core::call_once(api, operation).await }
        };
        let find = || async {
            match self.user(id).await {
                Ok(_) => Ok(Some(())),
                Err(error) if crate::error::not_found(&error) => Ok(None),
                Err(error) => Err(error),
            }
        };
        pesa_core::sent_by_reference(
            "create_api_user",
            id.as_str(),
            self.client.retry(),
            send,
            find,
            crate::error::duplicate,
        )
        .await?;
        let key = self.create_key(id).await?;
        Ok(Credentials::new(self.subscription_key.clone(), id.clone(), key))
    }

    /// The user `id`: its callback host and target environment.
    pub async fn user(&self, id: &ReferenceId) -> Result<types::ApiUserResult> {
        let api = self.client.api();
        pesa_core::call(api, api.get_api_user().api_user(id.clone())).await
    }

    /// A new API key for the user `id` (each call makes another; the last
    /// one made is the one that works).
    pub async fn create_key(&self, id: &ReferenceId) -> Result<Secret> {
        let api = self.client.api();
        Ok(pesa_core::call_once(api, api.create_api_key().api_user(id.clone()))
            .await?
            .api_key)
    }
}
