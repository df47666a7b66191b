//! `pesa trigger EVENT`: an event made to happen through a sandbox's test
//! controls, so that the sandbox delivers its callback as the gateway
//! would: a bill paid (iHela), an STK push answered (Daraja), a request to
//! pay settled (MoMo). Only against a sandbox: a profile whose gateway is
//! not on loopback is refused before anything is sent.

use daraja::types::CheckoutRequestId;
use daraja::{PhoneNumber, StkPush};
use daraja_sandbox::controls::types::{StkAnswer, StkOutcome};
use ihela::{BillCode, MerchantReference};
use ihela_sandbox::controls::types::Payment as BillPayment;
use momo::callback::{CallbackKind, callback_url};
use momo::{Currency, Money, Msisdn, Payment};
use momo_sandbox::controls::types::{Settlement, SettlementOutcome};

use crate::apis::{self, daraja as daraja_api, ihela as ihela_api, momo as momo_api};
use crate::args::{Event, Global, Trigger};
use crate::config::Config;
use crate::output::{Exit, Failure, Shown};
use crate::settings::{self, Resolved};

/// The sandbox's iHela customer a triggered bill goes to.
const IHELA_CUSTOMER: &str = "76000111";
/// A triggered bill's amount, in francs; a push's, in shillings; a
/// request's, in the MoMo sandbox's currency.
const AMOUNT: i64 = 100;
/// The MoMo sandbox's customer a triggered request asks.
const MOMO_CUSTOMER: &str = "256772123456";

/// Makes `asked.event` happen.
///
/// # Errors
/// A profile that is not a sandbox's; what the sandbox refused.
pub async fn trigger(asked: Trigger, global: &Global, config: &Config) -> Result<Shown, Failure> {
    match asked.event {
        Event::BillPaid | Event::BillFailed | Event::BillExpired => bill(asked, global, config).await,
        Event::StkPaid | Event::StkCancelled | Event::StkWrongPin | Event::StkUnreachable => {
            push(asked, global, config).await
        }
        Event::MomoApproved | Event::MomoRejected | Event::MomoExpired | Event::MomoFailed => {
            request(asked, global, config).await
        }
    }
}

/// The profile's settings of `api`, when its gateway is a sandbox on this
/// machine: the sandbox's base URL.
fn sandbox(api: &'static settings::Api, global: &Global, config: &Config) -> Result<(Resolved, String), Failure> {
    let (settings, _) = apis::profiled(api, global, config)?;
    let gateway = settings.gateway().to_owned();
    if !apis::is_loopback(&gateway) {
        return Err(Failure::new(
            Exit::Live,
            format!(
                "trigger works against a sandbox: profile {}'s {} gateway is {gateway}",
                global.profile, api.command
            ),
        ));
    }
    Ok((settings, gateway))
}

/// A bill paid, failed or expired.
async fn bill(asked: Trigger, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let (_, base) = sandbox(&settings::IHELA, global, config)?;
    let (client, _) = ihela_api::connect(global, config).await?;
    let code = match asked.id {
        Some(code) => BillCode::parse(code)?,
        None => {
            let reference = MerchantReference::parse(format!("trigger-{}", unique()))?;
            let description = "Triggered by pesa".to_owned();
            ihela_api::create_bill(
                &client,
                apis::whole(AMOUNT)?,
                IHELA_CUSTOMER,
                None,
                &reference,
                description,
            )
            .await?
            .code
        }
    };
    let controls = ihela_sandbox::controls::Client::new(&base);
    let paid = |error: bool, message: Option<String>| BillPayment {
        error,
        error_message: message,
    };
    let view = match asked.event {
        Event::BillFailed => {
            let payment = paid(true, Some(asked.message));
            controls.pay_bill().code(code).body(payment).send().await
        }
        Event::BillExpired => controls.expire_bill().code(code).send().await,
        _ => controls.pay_bill().code(code).body(paid(false, None)).send().await,
    }
    .map_err(refused)?;
    Ok(Shown::json(&view.into_inner()))
}

/// An STK push answered by the sandbox's customer.
async fn push(asked: Trigger, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let (settings, base) = sandbox(&settings::DARAJA, global, config)?;
    let id = match asked.id {
        Some(id) => CheckoutRequestId::try_from(id.as_str())
            .map_err(|e| Failure::new(Exit::InvalidInput, format!("id: {e}")))?,
        None => {
            let express = daraja_api::express(&daraja_api::builder(&settings)?.build()?, &settings)?;
            let customer = daraja_sandbox::CUSTOMERS.first().map_or("", |customer| customer.phone);
            let push = StkPush::new(
                PhoneNumber::parse(customer)?,
                apis::whole(AMOUNT)?,
                "TRIGGER",
                format!("{}/daraja/stk", asked.callback_root.trim_end_matches('/')),
            );
            express.push(push).await?.checkout_request_id
        }
    };
    let outcome = match asked.event {
        Event::StkCancelled => StkOutcome::Cancelled,
        Event::StkWrongPin => StkOutcome::WrongPin,
        Event::StkUnreachable => StkOutcome::Unreachable,
        _ => StkOutcome::Paid,
    };
    let record = daraja_sandbox::controls::Client::new(&base)
        .answer_stk()
        .checkout_request_id(id)
        .body(StkAnswer { outcome })
        .send()
        .await
        .map_err(refused)?;
    Ok(Shown::json(&record.into_inner()))
}

/// A MoMo request to pay settled by the sandbox's customer.
async fn request(asked: Trigger, global: &Global, config: &Config) -> Result<Shown, Failure> {
    let (settings, base) = sandbox(&settings::MOMO, global, config)?;
    let reference = match asked.id {
        Some(id) => momo_api::reference_id(&id)?,
        None => {
            let reference = momo_api::reference_id(&format!("trigger-{}", unique()))?;
            let money = Money::whole(AMOUNT.unsigned_abs(), Currency::parse(momo_sandbox::CURRENCY)?)?;
            let root = format!("{}/momo", asked.callback_root.trim_end_matches('/'));
            let payment = Payment::new(reference.clone(), money, Msisdn::parse(MOMO_CUSTOMER)?, "trigger")
                .callback_url(callback_url(&root, CallbackKind::RequestToPay, &reference));
            momo_api::collection(&settings)?
                .build()?
                .request_to_pay(&payment)
                .await?;
            reference
        }
    };
    let outcome = match asked.event {
        Event::MomoRejected => SettlementOutcome::Rejected,
        Event::MomoExpired => SettlementOutcome::Expired,
        Event::MomoFailed => SettlementOutcome::Failed,
        _ => SettlementOutcome::Approved,
    };
    let record = momo_sandbox::controls::Client::new(&base)
        .settle_request()
        .reference_id(reference)
        .body(Settlement { outcome })
        .send()
        .await
        .map_err(refused)?;
    Ok(Shown::json(&record.into_inner()))
}

/// A control the sandbox refused.
fn refused<E: std::fmt::Debug>(error: progenitor_client::Error<E>) -> Failure {
    let exit = match error.status().map(|s| s.as_u16()) {
        Some(404) => Exit::NotFound,
        _ => Exit::Refused,
    };
    Failure::new(exit, format!("the sandbox refused: {error}"))
}

/// A reference part unique enough for a sandbox: the time, in microseconds.
fn unique() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros())
}
