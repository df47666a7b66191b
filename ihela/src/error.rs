//! The one error type of the crate: `pesa-core`'s [`Error`], named for
//! iHela ([`Ihela`]), so that its refusals carry iHela's [`ResponseCode`].
//!
//! Every call returns [`Result<T>`]. The variants say who failed: the caller
//! ([`Error::InvalidInput`], nothing was sent), the network
//! ([`Error::Transport`]), the gateway ([`Error::Http`], [`Error::Decode`]),
//! authentication ([`Error::Auth`]), the business rules ([`Error::Refused`],
//! a refusal that came with HTTP 200), the bill a callback named
//! ([`Error::Mismatch`]), or a payment whose outcome is unknown
//! ([`Error::OutcomeUnknown`]). A caller using `?` can therefore never take a
//! refused cash-in for a success.

pub use pesa_core::{AuthError, CallbackError, ErrorBody, InvalidInput, LoginError};

use crate::generated::open_enums::ResponseCode;
use crate::types;

/// iHela, as the errors of this crate name it: its refusals carry a
/// [`ResponseCode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ihela;

impl pesa_core::Provider for Ihela {
    const NAME: &'static str = "iHela";
    type Code = ResponseCode;
}

/// Everything that can go wrong with a call: who failed is in the variant
/// (the caller, the network, the gateway, authentication, the business
/// rules, a confirmation, or an outcome that is unknown).
pub type Error = pesa_core::Error<Ihela>;

/// The result of every call of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A refusal iHela reported inside an HTTP 200 answer: its `response_code`
/// when there is one (`Code05` insufficient funds, `Code07` transient) and
/// its message.
pub type Refusal = pesa_core::Refusal<ResponseCode>;

/// A generated type made by hand (`types::BankSlug::try_from("..")?`). The
/// type does not know which field it is for, so the field is `value`; the
/// identifiers' own `parse` names theirs.
macro_rules! conversion_errors {
    ($($error:ty),*) => {$(
        impl From<$error> for Error {
            fn from(error: $error) -> Self {
                InvalidInput::new("value", error.to_string()).into()
            }
        }
    )*};
}
conversion_errors!(
    types::error::ConversionError,
    crate::banking::types::error::ConversionError
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_mark_works_on_every_conversion_a_caller_makes() {
        fn field_of<T: std::fmt::Debug>(made: Result<T>) -> String {
            match made.unwrap_err() {
                Error::InvalidInput(input) => input.field().to_owned(),
                other => panic!("not an input error: {other}"),
            }
        }
        let slug = || -> Result<types::BankSlug> { Ok(types::BankSlug::try_from("")?) };
        let pin = || -> Result<crate::Pin> { Ok("12".parse::<crate::Pin>()?) };
        let amount = || -> Result<crate::Francs> { Ok(crate::Francs::try_from(0_u64)?) };
        assert_eq!(field_of(slug()), "value");
        assert_eq!(field_of(pin()), "pin_code");
        assert_eq!(field_of(amount()), "amount");
    }
}
