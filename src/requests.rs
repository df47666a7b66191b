//! What the generated request types lack: a cash-in request from either
//! account form's builder, and the fields both forms share.

use crate::types::{self, builder, error::ConversionError};

/// One conversion per form of the cash-in, so that
/// [`Client::cash_in`](crate::Client::cash_in) takes either builder.
macro_rules! cash_in_from_builder {
    ($($form:ident),*) => {$(
        impl TryFrom<builder::$form> for types::CashInRequest {
            type Error = ConversionError;
            fn try_from(value: builder::$form) -> Result<Self, ConversionError> {
                types::$form::try_from(value).map(Self::from)
            }
        }
    )*};
}

cash_in_from_builder!(AccountCashIn, CreditCashIn);

impl types::CashInRequest {
    /// The merchant reference, whichever form names the account.
    pub fn merchant_reference(&self) -> &types::MerchantReference {
        match self {
            Self::AccountCashIn(request) => &request.merchant_reference,
            Self::CreditCashIn(request) => &request.merchant_reference,
        }
    }
}
