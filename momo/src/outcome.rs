//! How a request stands: MTN's `status`, `reason` and
//! `financialTransactionId`, read as one [`Outcome`].

use crate::types::{self, FinancialTransactionId, Reason, Status};

/// Where a request is: still pending, or final.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Not final yet: the customer has not answered, or MTN is working on it.
    Pending,
    /// The money moved.
    Successful {
        /// MTN's id of the movement, when it gave one.
        financial_transaction_id: Option<FinancialTransactionId>,
    },
    /// It ended without moving money, and why (when MTN says).
    Failed {
        /// MTN's reason ([`ReasonCode::ApprovalRejected`](crate::types::ReasonCode::ApprovalRejected), …).
        reason: Option<Reason>,
    },
    /// A state this crate does not know (`CREATED`, or one MTN adds): not
    /// final as far as anyone can tell.
    Other(Status),
}

impl Outcome {
    /// Whether the request is over (successful or failed).
    pub fn is_final(&self) -> bool {
        matches!(self, Outcome::Successful { .. } | Outcome::Failed { .. })
    }
}

/// What every request MTN holds tells (a request to pay or to withdraw, a
/// transfer, deposit or refund, a cash transfer).
pub trait Transaction {
    /// Its state.
    fn status(&self) -> &Status;
    /// Why it failed, if it did.
    fn reason(&self) -> Option<&Reason>;
    /// MTN's id of the movement, once money moved.
    fn financial_transaction_id(&self) -> Option<&FinancialTransactionId>;
    /// Its amount.
    fn amount(&self) -> rust_decimal::Decimal;
    /// Its currency.
    fn currency(&self) -> types::Currency;
    /// The merchant's `externalId`, as MTN echoes it.
    fn external_id(&self) -> Option<&str>;

    /// Where it stands.
    fn outcome(&self) -> Outcome {
        match self.status() {
            Status::Pending => Outcome::Pending,
            Status::Successful => Outcome::Successful {
                financial_transaction_id: self.financial_transaction_id().cloned(),
            },
            Status::Failed => Outcome::Failed {
                reason: self.reason().cloned(),
            },
            other => Outcome::Other(other.clone()),
        }
    }
}

macro_rules! transactions {
    ($($ty:ident),*) => {$(
        impl Transaction for types::$ty {
            fn status(&self) -> &Status {
                &self.status
            }
            fn reason(&self) -> Option<&Reason> {
                self.reason.as_ref()
            }
            fn financial_transaction_id(&self) -> Option<&FinancialTransactionId> {
                self.financial_transaction_id.as_ref()
            }
            fn amount(&self) -> rust_decimal::Decimal {
                self.amount
            }
            fn currency(&self) -> types::Currency {
                self.currency
            }
            fn external_id(&self) -> Option<&str> {
                self.external_id.as_ref().map(types::Text::as_str)
            }
        }
    )*};
}
transactions!(RequestToPayResult, TransferResult, CashTransferResult);
