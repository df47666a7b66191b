//! What the typed requests of both generations share ([`gen1`](crate::gen1),
//! [`gen2`](crate::gen2)): in the spirit of async-stripe, required values go
//! in the constructor and optional ones are set with plain values;
//! identifiers and amounts are typed when the request is made
//! ([`MerchantReference::parse`](crate::MerchantReference::parse),
//! [`Francs::new`](crate::Francs::new)), and the free text is checked
//! against the spec's constraints before anything is sent, with an error
//! that names the field.

use crate::error::InvalidInput;
use crate::money::Francs;
use crate::types;

pub(crate) use pesa_core::checked as text;

/// An optional text value checked against its generated type.
pub(crate) fn optional_text<T>(value: Option<String>, field: &'static str) -> Result<Option<T>, InvalidInput>
where
    T: TryFrom<String, Error = types::error::ConversionError>,
{
    value.map(|value| text(value, field)).transpose()
}

/// The fields both forms of a cash-in share.
#[derive(Debug, Clone)]
pub(crate) struct Payout {
    pub(crate) amount: Francs,
    pub(crate) merchant_reference: types::MerchantReference,
    pub(crate) description: String,
}

impl Payout {
    pub(crate) fn description(&self) -> Result<types::Description, InvalidInput> {
        text(self.description.clone(), "description")
    }
}

/// A cash-in in either generation's form, for
/// [`Client::cash_in`](crate::Client::cash_in):
/// [`gen1::CashIn`](crate::gen1::CashIn) or
/// [`gen2::CreditCashIn`](crate::gen2::CreditCashIn).
pub trait IntoCashIn: sealed::IntoCashIn {}

/// The methods of the public conversion traits, out of callers' reach.
pub(crate) mod sealed {
    use crate::error::InvalidInput;
    use crate::secret::Pin;
    use crate::types;

    pub trait IntoCashIn {
        /// The merchant reference it is sent under.
        fn merchant_reference(&self) -> &types::MerchantReference;
        /// The wire body, every field checked; `pin` is the client's.
        fn body(self, pin: Option<&Pin>) -> Result<types::CashInRequest, InvalidInput>;
    }
}
