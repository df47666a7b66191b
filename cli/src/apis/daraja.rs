//! `pesa daraja …`: Safaricom's M-Pesa Daraja through the typed client.
//! An STK push is kept in the journal under your reference, so running
//! the command again shows the first push instead of prompting the
//! customer twice; a B2C payout goes out under your reference as its
//! `OriginatorConversationID`, journaled by the client.

use std::time::Duration;

use daraja::types::{CheckoutRequestId, MerchantRequestId};
use daraja::{
    B2cPayment, Business, Certificate, Client, ClientBuilder, Environment, Express, Initiator,
    OriginatorConversationId, PhoneNumber, ResultUrls, ShortCode, StkPush, StkStatus, Submitted,
};
use pesa_core::journal::{self, Intent, Journal};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::apis::{self, whole};
use crate::args::{Daraja, Global};
use crate::config::Config;
use crate::live;
use crate::output::{Exit, Failure, Shown};
use crate::settings::{self, Resolved};
use crate::wait::{self, Progress};

/// The journal's operation of an STK push.
const STK_PUSH: &str = "stk_push";

/// A push as the journal keeps it: what finds it again.
#[derive(Debug, Serialize, Deserialize)]
struct Pushed {
    checkout_request_id: CheckoutRequestId,
    merchant_request_id: MerchantRequestId,
}

/// `test` (Safaricom's sandbox), `production`, or a base URL: a gateway
/// of your own, whose certificate is the `certificate` setting's PEM file
/// (by default `daraja-sandbox`'s published test certificate).
fn environment(settings: &Resolved) -> Result<Environment, Failure> {
    Ok(match settings.gateway() {
        "test" => Environment::Sandbox,
        "production" | "live" => Environment::Production,
        url => {
            let pem = match settings.get("certificate") {
                Some(path) => std::fs::read_to_string(&path.value)
                    .map_err(|e| Failure::new(Exit::Config, format!("certificate {}: {e}", path.value)))?,
                None => daraja_sandbox::CERTIFICATE.to_owned(),
            };
            Environment::Custom {
                base_url: url.to_owned(),
                certificate: Certificate::from_pem(&pem)?,
            }
        }
    })
}

/// A client builder with the consumer key and secret of `settings`.
///
/// # Errors
/// Missing settings, an unreadable certificate.
pub fn builder(settings: &Resolved) -> Result<ClientBuilder, Failure> {
    Ok(Client::builder(environment(settings)?).credentials(
        settings.require("consumer_key")?.to_owned(),
        settings.require("consumer_secret")?.to_owned(),
    ))
}

/// Tries `settings` (a token): the consumer key.
///
/// # Errors
/// Missing or refused credentials.
pub async fn check_login(settings: &Resolved) -> Result<String, Failure> {
    builder(settings)?.build()?.authenticate().await?;
    Ok(settings.require("consumer_key")?.to_owned())
}

/// Runs `command`.
///
/// # Errors
/// What the command met, with its exit code.
pub async fn run(command: Daraja, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let (settings, live) = apis::profiled(&settings::DARAJA, global, config)?;
    let store = apis::journal(config).await?;
    let client = builder(&settings)?.journal(store.clone()).build()?;
    match command {
        Daraja::StkPush {
            phone,
            amount,
            reference,
            description,
            callback_url,
            wait,
            wait_seconds,
        } => {
            let express = express(&client, &settings)?;
            let phone = PhoneNumber::parse(&phone)?;
            let amount = whole(amount)?;
            live::confirm(
                live,
                global,
                &format!("Prompt {} to pay KES {amount} for {reference}", phone.masked()),
            )?;
            let push = StkPush::new(phone.clone(), amount, reference.clone(), callback_url).description(description);
            let journal = Journal::new(store, "pesa-cli/daraja");
            let intent = Intent::new(format!("{amount} KES"), phone.as_str());
            let send = || async {
                let prompt = express.push(push).await?;
                Ok(Pushed {
                    checkout_request_id: prompt.checkout_request_id,
                    merchant_request_id: prompt.merchant_request_id,
                })
            };
            let pushed: Pushed = journal::send(
                Some(&journal),
                STK_PUSH,
                &reference,
                &intent,
                send,
                journal::no_lookup(),
            )
            .await?;
            if wait {
                let what = format!("push {}", pushed.checkout_request_id);
                let id = &pushed.checkout_request_id;
                return wait::until(&what, Duration::from_secs(wait_seconds), || async {
                    Ok(match express.status(id).await? {
                        StkStatus::Pending => Progress::Pending("pending".to_owned()),
                        StkStatus::Paid => Progress::Settled(status_shown(id, &StkStatus::Paid)),
                        failed @ StkStatus::Failed { .. } => Progress::Failed(failed_push(id, &failed)),
                    })
                })
                .await;
            }
            Ok(Shown::json(&json!({
                "checkout_request_id": pushed.checkout_request_id,
                "merchant_request_id": pushed.merchant_request_id,
                "reference": reference,
            })))
        }
        Daraja::StkStatus { checkout_request_id } => {
            let express = express(&client, &settings)?;
            let id = CheckoutRequestId::try_from(checkout_request_id.as_str())
                .map_err(|e| Failure::new(Exit::InvalidInput, format!("checkout request id: {e}")))?;
            Ok(status_shown(&id, &express.status(&id).await?))
        }
        Daraja::B2c {
            phone,
            amount,
            reference,
            remarks,
            result_url,
            timeout_url,
        } => {
            let business = business(&client, &settings, result_url, timeout_url)?;
            let phone = PhoneNumber::parse(&phone)?;
            let amount = whole(amount)?;
            let key = OriginatorConversationId::try_from(reference.as_str())
                .map_err(|e| Failure::new(Exit::InvalidInput, format!("reference: {e}")))?;
            live::confirm(
                live,
                global,
                &format!("Pay KES {amount} to {} under {reference}", phone.masked()),
            )?;
            let submitted = business
                .pay_customer(B2cPayment::new(key, phone, amount, remarks))
                .await?;
            Ok(match submitted {
                Submitted::Accepted {
                    conversation_id,
                    originator_conversation_id,
                } => Shown::json(&json!({
                    "state": "accepted",
                    "conversation_id": conversation_id,
                    "originator_conversation_id": originator_conversation_id,
                })),
                Submitted::AlreadySubmitted {
                    originator_conversation_id,
                } => Shown::json(&json!({
                    "state": "already_submitted",
                    "originator_conversation_id": originator_conversation_id,
                })),
            })
        }
    }
}

/// M-Pesa Express for the profile's shortcode and passkey.
///
/// # Errors
/// Missing or malformed settings.
pub fn express(client: &Client, settings: &Resolved) -> Result<Express, Failure> {
    let shortcode = ShortCode::parse(settings.require("shortcode")?)?;
    Ok(client.express(shortcode, settings.require("passkey")?.to_owned()))
}

/// The profile's business (its B2C shortcode, else its shortcode, and
/// its initiator), its results to the URLs given.
fn business(client: &Client, settings: &Resolved, result: String, timeout: String) -> Result<Business, Failure> {
    let shortcode = match settings.get("b2c_shortcode") {
        Some(setting) => &setting.value,
        None => settings.require("shortcode")?,
    };
    let shortcode = ShortCode::parse(shortcode)?;
    let initiator = Initiator::new(
        settings.require("initiator")?,
        settings.require("initiator_password")?.to_owned(),
    );
    Ok(client.business(shortcode, initiator, ResultUrls::new(result, timeout)?)?)
}

/// A push's status, shown.
fn status_shown(id: &CheckoutRequestId, status: &StkStatus) -> Shown {
    let (state, code, description) = match status {
        StkStatus::Paid => ("paid", None, None),
        StkStatus::Pending => ("pending", None, None),
        StkStatus::Failed { code, description } => ("failed", Some(code.to_string()), description.clone()),
    };
    Shown::json(&json!({
        "checkout_request_id": id,
        "state": state,
        "result_code": code,
        "description": description,
    }))
}

/// A push that ended without a payment, as the command's failure.
fn failed_push(id: &CheckoutRequestId, status: &StkStatus) -> Failure {
    let StkStatus::Failed { code, description } = status else {
        return Failure::new(Exit::Refused, format!("push {id} did not end in a payment"));
    };
    let mut failure = Failure::new(
        Exit::Refused,
        format!(
            "push {id} failed: {}",
            description.as_deref().unwrap_or("no description")
        ),
    );
    failure.code = Some(code.to_string());
    failure
}
