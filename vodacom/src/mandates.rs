//! Direct debits: a customer's mandate for the business to debit them,
//! given once on their phone, then payments under it that need nothing of
//! theirs (S3). Both go out once under their `ThirdPartyConversationID`,
//! as the other payments do.

use chrono::NaiveDate;
use pesa_core::{InvalidInput, Msisdn};

use crate::client::Client;
use crate::error::Result;
use crate::money::Amount;
use crate::payments::Processed;
use crate::types::{self, AgreedTc, Frequency, ThirdPartyConversationId};

/// A mandate to ask a customer for ([`Client::create_mandate`]).
#[derive(Debug, Clone)]
pub struct Mandate {
    reference: ThirdPartyConversationId,
    customer: Msisdn,
    mandate_reference: String,
    frequency: Option<Frequency>,
    days: Option<(u8, u8)>,
    period: Option<(NaiveDate, NaiveDate)>,
}

impl Mandate {
    /// A mandate of `customer` for the business, known to it as
    /// `mandate_reference` (its payments name it), asked under `reference`;
    /// the customer agreed to the terms and conditions.
    pub fn new(reference: ThirdPartyConversationId, customer: Msisdn, mandate_reference: impl Into<String>) -> Self {
        Self {
            reference,
            customer,
            mandate_reference: mandate_reference.into(),
            frequency: None,
            days: None,
            period: None,
        }
    }

    /// How often it may be debited.
    pub fn frequency(mut self, frequency: Frequency) -> Self {
        self.frequency = Some(frequency);
        self
    }

    /// The days of the month a debit may happen, `first` to `last` (1 to
    /// 31), checked when it is sent.
    pub fn days(mut self, first: u8, last: u8) -> Self {
        self.days = Some((first, last));
        self
    }

    /// When it starts (`first_payment`) and ends (`expiry`), checked when
    /// it is sent.
    pub fn period(mut self, first_payment: NaiveDate, expiry: NaiveDate) -> Self {
        self.period = Some((first_payment, expiry));
        self
    }
}

/// A payment under a customer's mandate ([`Client::pay_under_mandate`]).
#[derive(Debug, Clone)]
pub struct MandatePayment {
    reference: ThirdPartyConversationId,
    customer: Msisdn,
    amount: Amount,
    mandate_reference: String,
}

impl MandatePayment {
    /// `amount` debited from `customer` under the mandate they gave as
    /// `mandate_reference`, under `reference`.
    pub fn new(
        reference: ThirdPartyConversationId,
        customer: Msisdn,
        amount: Amount,
        mandate_reference: impl Into<String>,
    ) -> Self {
        Self {
            reference,
            customer,
            amount,
            mandate_reference: mandate_reference.into(),
        }
    }
}

/// A day of the month as the gateway writes it (`01`), refused naming `field`.
fn day(day: u8, field: &'static str) -> Result<types::DayOfMonth, InvalidInput> {
    pesa_core::checked(format!("{day:02}"), field)
}

/// A date as the gateway writes it (`20261205`).
fn date(date: NaiveDate, field: &'static str) -> Result<types::CompactDate, InvalidInput> {
    pesa_core::checked(date.format("%Y%m%d").to_string(), field)
}

impl Client {
    /// Asks a customer for a mandate (direct debit creation). Never asked
    /// twice under its reference.
    pub async fn create_mandate(&self, mandate: &Mandate) -> Result<Processed> {
        if let Some((first, last)) = mandate.days
            && first > last
        {
            return Err(InvalidInput::new("days", format!("the first ({first}) comes after the last ({last})")).into());
        }
        if let Some((first_payment, expiry)) = mandate.period
            && first_payment > expiry
        {
            return Err(InvalidInput::new("period", "the first payment comes after the expiry").into());
        }
        let body = types::MandateRequest {
            input_agreed_tc: AgreedTc::X1,
            input_country: self.market().country(),
            input_customer_msisdn: mandate.customer.clone(),
            input_service_provider_code: self.service_provider_code().clone(),
            input_third_party_conversation_id: mandate.reference.clone(),
            input_third_party_reference: pesa_core::checked(mandate.mandate_reference.clone(), "mandate_reference")?,
            input_frequency: mandate.frequency.clone(),
            input_start_range_of_days: mandate.days.map(|(first, _)| day(first, "days")).transpose()?,
            input_end_range_of_days: mandate.days.map(|(_, last)| day(last, "days")).transpose()?,
            input_first_payment_date: mandate.period.map(|(first, _)| date(first, "period")).transpose()?,
            input_expiry_date: mandate.period.map(|(_, expiry)| date(expiry, "period")).transpose()?,
        };
        let operation = self.api().direct_debit_create().body(body);
        let intent = pesa_core::journal::Intent::new("mandate", mandate.customer.as_str());
        self.submit("direct_debit_create", &mandate.reference, intent, operation)
            .await
    }

    /// Debits a customer under their mandate. Never made twice under its reference.
    pub async fn pay_under_mandate(&self, payment: &MandatePayment) -> Result<Processed> {
        let market = self.market();
        let body = types::MandatePaymentRequest {
            input_amount: payment.amount,
            input_country: market.country(),
            input_currency: market.currency(),
            input_customer_msisdn: payment.customer.clone(),
            input_service_provider_code: self.service_provider_code().clone(),
            input_third_party_conversation_id: payment.reference.clone(),
            input_third_party_reference: pesa_core::checked(payment.mandate_reference.clone(), "mandate_reference")?,
        };
        let operation = self.api().direct_debit_payment().body(body);
        let intent = pesa_core::journal::Intent::new(
            format!("{} {}", payment.amount, market.currency()),
            payment.customer.as_str(),
        );
        self.submit("direct_debit_payment", &payment.reference, intent, operation)
            .await
    }
}
