//! What an STK callback settles, once the query confirms it.

use crate::express::StkStatus;
use crate::money::Shillings;
use crate::phone::PhoneNumber;
use crate::types::{self, MetadataName};
use crate::wire::Value;

/// A push the merchant made, settled: confirmed with the STK query of its
/// checkout id (the callback alone proves nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StkSettlement {
    /// The push.
    pub checkout_request_id: types::CheckoutRequestId,
    /// The amount the merchant pushed for (what a paid push paid).
    pub amount: Shillings,
    /// [`StkStatus::Paid`] or [`StkStatus::Failed`], as the query says.
    pub status: StkStatus,
    /// The M-Pesa receipt the callback gives for a payment.
    pub receipt: Option<types::TransactionId>,
    /// The number that paid, as the callback gives it. Personal data:
    /// `Debug` shows three digits.
    pub phone: Option<PhoneNumber>,
}

/// The details of a paid push's callback, by name.
pub(crate) struct Metadata<'a>(&'a [types::MetadataItem]);

impl<'a> Metadata<'a> {
    pub(crate) fn of(outcome: &'a types::StkOutcome) -> Self {
        Self(
            outcome
                .callback_metadata
                .as_ref()
                .map_or(&[], |metadata| metadata.item.as_slice()),
        )
    }

    fn value(&self, name: &MetadataName) -> Option<&'a Value> {
        self.0
            .iter()
            .find(|item| item.name == *name)
            .and_then(|item| item.value.as_ref())
    }

    /// The amount the callback claims was paid.
    pub(crate) fn amount(&self) -> Option<rust_decimal::Decimal> {
        self.value(&MetadataName::Amount).and_then(Value::decimal)
    }

    /// The receipt the callback gives.
    pub(crate) fn receipt(&self) -> Option<types::TransactionId> {
        let text = self.value(&MetadataName::MpesaReceiptNumber)?.text();
        types::TransactionId::try_from(text).ok()
    }

    /// The number the callback says paid.
    pub(crate) fn phone(&self) -> Option<PhoneNumber> {
        PhoneNumber::parse(&self.value(&MetadataName::PhoneNumber)?.text()).ok()
    }
}
