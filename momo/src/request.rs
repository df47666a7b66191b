//! What a merchant asks MoMo to do with money: a [`Payment`] to or from a
//! party (request to pay or to withdraw, transfer, deposit), a [`Refund`],
//! a [`CashTransfer`]; each under the caller's [`ReferenceId`], checked
//! before anything is sent.

use pesa_core::checked;

use crate::callback::CallbackKind;
use crate::error::Result;
use crate::money::Money;
use crate::party::Party;
use crate::product::Expected;
use crate::types::{self, ReferenceId};

impl ReferenceId {
    /// A new random reference (a UUID version 4): keep it with the order
    /// before sending, it is how the request is found again.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        ReferenceId::try_from(uuid::Uuid::new_v4().to_string())
            .unwrap_or_else(|e| unreachable!("a UUID v4 matches the spec's pattern: {e}"))
    }
}

/// The notes and callback of a request, checked when it is sent.
#[derive(Debug, Clone, Default)]
pub(crate) struct Notes {
    payer_message: Option<String>,
    payee_note: Option<String>,
    callback_url: Option<String>,
}

/// Checked notes, as the wire takes them.
pub(crate) struct CheckedNotes {
    pub payer_message: Option<types::Message>,
    pub payee_note: Option<types::Message>,
    pub callback_url: Option<types::CallbackUrl>,
}

impl Notes {
    pub(crate) fn checked(&self) -> Result<CheckedNotes> {
        let message = |text: &Option<String>, field| text.clone().map(|text| checked(text, field)).transpose();
        Ok(CheckedNotes {
            payer_message: message(&self.payer_message, "payer_message")?,
            payee_note: message(&self.payee_note, "payee_note")?,
            callback_url: self
                .callback_url
                .clone()
                .map(|url| checked(url, "callback_url"))
                .transpose()?,
        })
    }
}

/// The setters of the notes every request has.
macro_rules! note_setters {
    () => {
        /// The message in the payer's history: 1 to 160 characters, none of
        /// `'`, `&`, `<`, `>` (MTN refuses them).
        pub fn payer_message(mut self, message: impl Into<String>) -> Self {
            self.notes.payer_message = Some(message.into());
            self
        }

        /// The note in the payee's history, with the same rules.
        pub fn payee_note(mut self, note: impl Into<String>) -> Self {
            self.notes.payee_note = Some(note.into());
            self
        }

        /// Where MTN sends the outcome, once: put the reference in it (see
        /// [`callback`](crate::callback)). Its host must be the API
        /// user's callback host.
        pub fn callback_url(mut self, url: impl Into<String>) -> Self {
            self.notes.callback_url = Some(url.into());
            self
        }
    };
}

/// Money to or from a party, under the caller's reference: a request to pay
/// or to withdraw (the party pays), a transfer or deposit (the party is
/// paid).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Payment {
    pub(crate) reference: ReferenceId,
    pub(crate) money: Money,
    pub(crate) party: Party,
    pub(crate) external_id: String,
    pub(crate) notes: Notes,
}

impl Payment {
    /// `money` from or to `party`, created under `reference`, with the
    /// merchant's `external_id` (in MTN's reports; 1 to 128 characters).
    pub fn new(reference: ReferenceId, money: Money, party: impl Into<Party>, external_id: impl Into<String>) -> Self {
        Self {
            reference,
            money,
            party: party.into(),
            external_id: external_id.into(),
            notes: Notes::default(),
        }
    }

    note_setters!();

    /// The reference it is created under.
    pub fn reference(&self) -> &ReferenceId {
        &self.reference
    }

    /// What a request of `kind` found under its reference must match.
    pub(crate) fn expected(&self, kind: CallbackKind) -> Expected<'_> {
        Expected {
            kind,
            money: &self.money,
            external_id: &self.external_id,
            party: self.party.masked(),
        }
    }

    /// The request to pay (or withdraw) body.
    pub(crate) fn request_to_pay(&self, notes: &CheckedNotes) -> Result<types::RequestToPay> {
        Ok(types::RequestToPay {
            amount: self.money.amount(),
            currency: self.money.currency(),
            external_id: checked(self.external_id.clone(), "external_id")?,
            payer: self.party.clone(),
            payer_message: notes.payer_message.clone(),
            payee_note: notes.payee_note.clone(),
        })
    }

    /// The transfer (or deposit) body.
    pub(crate) fn transfer(&self, notes: &CheckedNotes) -> Result<types::Transfer> {
        Ok(types::Transfer {
            amount: self.money.amount(),
            currency: self.money.currency(),
            external_id: checked(self.external_id.clone(), "external_id")?,
            payee: self.party.clone(),
            payer_message: notes.payer_message.clone(),
            payee_note: notes.payee_note.clone(),
        })
    }
}

/// A refund of a request to pay, wholly or in part, under the caller's
/// reference.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Refund {
    pub(crate) reference: ReferenceId,
    pub(crate) money: Money,
    pub(crate) refunded: ReferenceId,
    pub(crate) external_id: String,
    pub(crate) notes: Notes,
}

impl Refund {
    /// `money` back on the request to pay `refunded`, created under
    /// `reference`, with the merchant's `external_id`.
    pub fn new(reference: ReferenceId, money: Money, refunded: ReferenceId, external_id: impl Into<String>) -> Self {
        Self {
            reference,
            money,
            refunded,
            external_id: external_id.into(),
            notes: Notes::default(),
        }
    }

    note_setters!();

    /// The reference it is created under.
    pub fn reference(&self) -> &ReferenceId {
        &self.reference
    }

    /// What a refund found under its reference must match.
    pub(crate) fn expected(&self) -> Expected<'_> {
        Expected {
            kind: CallbackKind::Refund,
            money: &self.money,
            external_id: &self.external_id,
            party: format!("refund of {}", self.refunded),
        }
    }

    /// The refund body.
    pub(crate) fn body(&self, notes: &CheckedNotes) -> Result<types::Refund> {
        Ok(types::Refund {
            amount: self.money.amount(),
            currency: self.money.currency(),
            external_id: checked(self.external_id.clone(), "external_id")?,
            payer_message: notes.payer_message.clone(),
            payee_note: notes.payee_note.clone(),
            reference_id_to_refund: self.refunded.clone(),
        })
    }
}

/// A remittance paid out to the payee, with where it came from and what
/// was sent before exchange (MTY `CashTransfer`).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CashTransfer {
    pub(crate) payment: Payment,
    pub(crate) originating_country: String,
    pub(crate) original: Money,
    pub(crate) payer: PayerIdentity,
}

/// Who sends a cash transfer. Personal data.
#[derive(Clone, Default)]
pub struct PayerIdentity {
    /// The identity document's type.
    pub identification_type: Option<types::IdentificationType>,
    /// The identity document's number.
    pub identification_number: Option<String>,
    /// The payer's first name.
    pub first_name: Option<String>,
    /// The payer's surname.
    pub surname: Option<String>,
    /// The payer's mobile number.
    pub msisdn: Option<crate::Msisdn>,
}

impl std::fmt::Debug for PayerIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PayerIdentity")
            .field("identification_type", &self.identification_type)
            .finish_non_exhaustive()
    }
}

impl CashTransfer {
    /// `payment` (to its payee), sent from `originating_country` (ISO 3166
    /// alpha-2, `SE`) as `original` before exchange, by `payer`.
    pub fn new(
        payment: Payment,
        originating_country: impl Into<String>,
        original: Money,
        payer: PayerIdentity,
    ) -> Self {
        Self {
            payment,
            originating_country: originating_country.into(),
            original,
            payer,
        }
    }

    /// The body.
    pub(crate) fn body(&self, notes: &CheckedNotes) -> Result<types::CashTransfer> {
        let payment = &self.payment;
        Ok(types::CashTransfer {
            amount: payment.money.amount(),
            currency: payment.money.currency(),
            external_id: checked(payment.external_id.clone(), "external_id")?,
            payee: payment.party.clone(),
            orginating_country: checked(self.originating_country.clone(), "originating_country")?,
            original_amount: self.original.amount(),
            original_currency: self.original.currency(),
            payer_message: notes.payer_message.clone(),
            payee_note: notes.payee_note.clone(),
            payer_identification_type: self.payer.identification_type,
            payer_identification_number: self.payer.identification_number.clone(),
            payer_identity: None,
            payer_first_name: self.payer.first_name.clone(),
            payer_sur_name: self.payer.surname.clone(),
            payer_language_code: None,
            payer_email: None,
            payer_msisdn: self.payer.msisdn.clone(),
            payer_gender: None,
        })
    }
}
