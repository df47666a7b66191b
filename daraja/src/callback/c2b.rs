//! A customer's payment to a shortcode, as validation asks about it and as
//! confirmation reports it once transaction status confirms it.

use std::fmt;

use rust_decimal::Decimal;

use crate::types;

/// The merchant's answer to a validation request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum C2bVerdict {
    /// Let the payment go through.
    Accept,
    /// Refuse it, with the reason shown to the customer
    /// (`C2bValidationCode::InvalidAccountNumber`, …).
    Reject(types::C2bValidationCode),
}

/// A customer's payment, confirmed by a transaction status query of its
/// receipt: Daraja's own result says it completed, for this amount.
#[derive(Clone)]
pub struct ConfirmedC2b {
    /// The M-Pesa receipt.
    pub receipt: types::TransactionId,
    /// The amount, as the status result confirms it.
    pub amount: Decimal,
    /// The payment as the confirmation reported it (the account in
    /// `bill_ref_number`; the customer's names and masked number, which are
    /// personal data: `Debug` leaves them out).
    pub payment: types::C2bPayment,
}

impl fmt::Debug for ConfirmedC2b {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConfirmedC2b")
            .field("receipt", &self.receipt)
            .field("amount", &self.amount)
            .field("business_short_code", &self.payment.business_short_code)
            .field("bill_ref_number", &self.payment.bill_ref_number)
            .finish_non_exhaustive()
    }
}
