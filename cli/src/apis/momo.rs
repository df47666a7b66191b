//! `pesa momo …`: MTN MoMo through the typed clients. A request's
//! identity at MTN is a UUID version 4 (`X-Reference-Id`): the command
//! derives one from your reference (the same every time: the bits of
//! its name-based UUID, in version 4's form, since MTN takes no other;
//! a UUID given is used as it is), sends your reference as the
//! `externalId`, and goes through the client's journal, so running it
//! again never pays twice.

use std::time::Duration;

use momo::callback::{CallbackKind, callback_url};
use momo::{
    ClientBuilder, Collection, Credentials, Currency, Disbursement, Environment, Money, Msisdn, Outcome, Payment,
    ReferenceId, TargetEnvironment, Transaction,
};
use serde_json::json;
use uuid::Uuid;

use crate::apis;
use crate::args::{Global, Momo, MomoPayment};
use crate::config::Config;
use crate::live;
use crate::output::{Exit, Failure, Shown};
use crate::settings::{self, Resolved};
use crate::wait::{self, Progress};

/// The namespace of the UUIDs derived from references (a UUID of its own).
const REFERENCES: Uuid = Uuid::from_u128(0x6a1f_3c2e_9b4d_4e0a_8f11_5d7c_2b9e_0c41);

/// The request UUID of `reference`: itself when it is a UUID, else the
/// bytes of its UUID version 5, marked as version 4.
pub fn reference_id(reference: &str) -> Result<ReferenceId, Failure> {
    let uuid = Uuid::parse_str(reference).unwrap_or_else(|_| {
        let named = Uuid::new_v5(&REFERENCES, reference.as_bytes());
        uuid::Builder::from_random_bytes(named.into_bytes()).into_uuid()
    });
    ReferenceId::try_from(uuid.to_string()).map_err(|e| Failure::new(Exit::InvalidInput, format!("reference: {e}")))
}

/// `test` (MTN's sandbox), `production` in the `target` market, or a base
/// URL (a sandbox of your own) with `target`.
fn environment(settings: &Resolved) -> Result<Environment, Failure> {
    let target = settings.require("target")?;
    let target: TargetEnvironment = target
        .parse()
        .map_err(|e| Failure::new(Exit::InvalidInput, format!("target {target}: {e}")))?;
    Ok(match settings.gateway() {
        "test" => Environment::Sandbox,
        "production" | "live" => Environment::Production(target),
        url => Environment::Custom {
            base_url: url.to_owned(),
            target,
        },
    })
}

/// The credentials of a product whose subscription key is the setting `key`.
fn credentials(settings: &Resolved, key: &str) -> Result<Credentials, Failure> {
    let user = settings.require("api_user")?;
    let user = ReferenceId::try_from(user).map_err(|e| Failure::new(Exit::InvalidInput, format!("api_user: {e}")))?;
    Ok(Credentials::new(
        settings.require(key)?.to_owned(),
        user,
        settings.require("api_key")?.to_owned(),
    ))
}

/// A collection client builder with the profile's credentials.
///
/// # Errors
/// Missing or malformed settings.
pub fn collection(settings: &Resolved) -> Result<ClientBuilder<Collection>, Failure> {
    Ok(Collection::builder(
        environment(settings)?,
        credentials(settings, "collection_key")?,
    ))
}

/// A disbursement client builder with the profile's credentials.
fn disbursement(settings: &Resolved) -> Result<ClientBuilder<Disbursement>, Failure> {
    Ok(Disbursement::builder(
        environment(settings)?,
        credentials(settings, "disbursement_key")?,
    ))
}

/// Tries `settings` (a collection token): the API user.
///
/// # Errors
/// Missing or refused credentials.
pub async fn check_login(settings: &Resolved) -> Result<String, Failure> {
    collection(settings)?.build()?.balance().await?;
    Ok(settings.require("api_user")?.to_owned())
}

/// Runs `command`.
///
/// # Errors
/// What the command met, with its exit code.
pub async fn run(command: Momo, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let (settings, live) = apis::profiled(&settings::MOMO, global, config)?;
    let store = apis::journal(config).await?;
    let collection = || -> Result<Collection, Failure> { Ok(collection(&settings)?.journal(store.clone()).build()?) };
    let disbursement =
        || -> Result<Disbursement, Failure> { Ok(disbursement(&settings)?.journal(store.clone()).build()?) };
    match command {
        Momo::RequestToPay(asked) => {
            let collection = collection()?;
            let (payment, reference) = payment(&asked, CallbackKind::RequestToPay)?;
            live::confirm(live, global, &describe("Ask", &asked))?;
            collection.request_to_pay(&payment).await?;
            let status = || async { Ok(collection.request_to_pay_status(&reference).await?) };
            settle(&asked, &reference, status).await
        }
        Momo::Transfer(asked) => {
            let disbursement = disbursement()?;
            let (payment, reference) = payment(&asked, CallbackKind::Transfer)?;
            live::confirm(live, global, &describe("Pay", &asked))?;
            disbursement.transfer(&payment).await?;
            let status = || async { Ok(disbursement.transfer_status(&reference).await?) };
            settle(&asked, &reference, status).await
        }
        Momo::RequestToPayStatus { reference } => {
            let id = reference_id(&reference)?;
            Ok(shown(&reference, &collection()?.request_to_pay_status(&id).await?))
        }
        Momo::TransferStatus { reference } => {
            let id = reference_id(&reference)?;
            Ok(shown(&reference, &disbursement()?.transfer_status(&id).await?))
        }
        Momo::Balance { disbursement: false } => Ok(Shown::json(&collection()?.balance().await?)),
        Momo::Balance { disbursement: true } => Ok(Shown::json(&disbursement()?.balance().await?)),
    }
}

/// The payment `asked` describes, and its request UUID.
fn payment(asked: &MomoPayment, kind: CallbackKind) -> Result<(Payment, ReferenceId), Failure> {
    let reference = reference_id(&asked.reference)?;
    let currency = Currency::parse(&asked.currency)?;
    let mut payment = Payment::new(
        reference.clone(),
        Money::new(asked.amount, currency)?,
        Msisdn::parse(&asked.payer)?,
        asked.reference.clone(),
    )
    .callback_url(callback_url(&asked.callback_root, kind, &reference));
    if let Some(message) = &asked.message {
        payment = payment.payer_message(message.clone());
    }
    Ok((payment, reference))
}

/// What a live confirmation shows.
fn describe(verb: &str, asked: &MomoPayment) -> String {
    let party = Msisdn::parse(&asked.payer).map_or_else(|_| "?".to_owned(), |number| number.masked());
    format!(
        "{verb} {party} {} {} under {}",
        asked.amount, asked.currency, asked.reference
    )
}

/// The request's status now, or with `--wait` once it ends.
async fn settle<T, F, Fut>(asked: &MomoPayment, reference: &ReferenceId, status: F) -> Result<Shown, Failure>
where
    T: Transaction + serde::Serialize,
    F: Fn() -> Fut,
    Fut: Future<Output = Result<T, Failure>>,
{
    if !asked.wait {
        return Ok(shown(&asked.reference, &status().await?));
    }
    let what = format!("{} ({reference})", asked.reference);
    wait::until(&what, Duration::from_secs(asked.wait_seconds), || async {
        let now = status().await?;
        Ok(match now.outcome() {
            Outcome::Successful { .. } => Progress::Settled(shown(&asked.reference, &now)),
            Outcome::Failed { reason } => {
                let mut failure = Failure::new(Exit::Refused, format!("{what} failed"));
                failure.code = reason.map(|reason| reason.code.to_string());
                Progress::Failed(failure)
            }
            Outcome::Pending | Outcome::Other(_) => Progress::Pending(now.status().to_string()),
        })
    })
    .await
}

/// A request as MTN holds it, with the reference it was sent under and
/// the UUID MTN knows it by.
fn shown(reference: &str, transaction: &(impl Transaction + serde::Serialize)) -> Shown {
    let mut json = serde_json::to_value(transaction).unwrap_or_default();
    if let (Some(object), Ok(id)) = (json.as_object_mut(), reference_id(reference)) {
        object.insert("reference".to_owned(), json!(reference));
        object.insert("reference_id".to_owned(), json!(id));
    }
    Shown::json(&json)
}
