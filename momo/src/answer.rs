//! MoMo's success answers carry no refusal: a failed request is data (its
//! `status` FAILED and its `reason`), read by [`Outcome`](crate::Outcome).

use crate::types::{self, ReasonCode};

pesa_core::plain_answers!(
    ReasonCode;
    types::AccessTokenAnswer,
    types::ApiUserResult,
    types::ApiKeyResult,
    types::Balance,
    types::ActiveResult,
    types::BasicUserInfo,
    types::RequestToPayResult,
    types::TransferResult,
    types::CashTransferResult,
);
