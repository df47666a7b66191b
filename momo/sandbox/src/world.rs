//! The sandbox's world: its subscription keys, the merchant's starting
//! balances, and MTN's published test numbers, each forcing one outcome
//! (https://momodeveloper.mtn.com/api-documentation/testing, as AEN
//! `sandbox/mtn-group-sandbox.yml` lists them; "any other number results in
//! Success").

use momo::types::{ReasonCode, Status};

/// The collection subscription key the sandbox accepts by default.
pub const COLLECTION_KEY: &str = "sandbox-collection-subscription-key";
/// The disbursement subscription key the sandbox accepts by default.
pub const DISBURSEMENT_KEY: &str = "sandbox-disbursement-subscription-key";
/// The remittance subscription key the sandbox accepts by default.
pub const REMITTANCE_KEY: &str = "sandbox-remittance-subscription-key";

/// The sandbox's only currency (AEN `test_currency`).
pub const CURRENCY: &str = "EUR";

/// The merchant's starting balance on each product's account.
pub const STARTING_BALANCE: i64 = 1_000_000;

/// How a request ends.
pub type Ending = (Status, Option<ReasonCode>);

/// The outcome MTN's test number `msisdn` forces on a request where it pays
/// (request to pay or to withdraw) or receives a deposit; `None` for any
/// other number.
pub fn payer_scenario(msisdn: &str) -> Option<Ending> {
    let failed = |code| Some((Status::Failed, Some(code)));
    match msisdn.strip_prefix("467331234")? {
        "50" => failed(ReasonCode::InternalProcessingError),
        "51" => failed(ReasonCode::ApprovalRejected),
        "52" => failed(ReasonCode::Expired),
        "53" => Some((Status::Pending, Some(ReasonCode::Ongoing))),
        "54" => Some((Status::Pending, Some(ReasonCode::PayerDelayed))),
        "55" => failed(ReasonCode::PayerNotFound),
        "56" => failed(ReasonCode::PayeeNotAllowedToReceive),
        "57" => failed(ReasonCode::NotAllowed),
        "58" => failed(ReasonCode::NotAllowedTargetEnvironment),
        "59" => failed(ReasonCode::InvalidCallbackUrlHost),
        "60" => failed(ReasonCode::InvalidCurrency),
        "61" => failed(ReasonCode::InternalProcessingError),
        "62" => failed(ReasonCode::ServiceUnavailable),
        "63" => failed(ReasonCode::CouldNotPerformTransaction),
        // "TransfertypeUnknown": no reason code is published for it (Assumed).
        "64" => failed(ReasonCode::NotAllowed),
        _ => None,
    }
}

/// The outcome MTN's test number `msisdn` forces on a transfer to it.
pub fn payee_scenario(msisdn: &str) -> Option<Ending> {
    let failed = |code| Some((Status::Failed, Some(code)));
    match msisdn.strip_prefix("467331234")? {
        "50" => failed(ReasonCode::InternalProcessingError),
        "51" => failed(ReasonCode::ApprovalRejected),
        "52" => failed(ReasonCode::Expired),
        "53" => Some((Status::Pending, Some(ReasonCode::Ongoing))),
        "54" => Some((Status::Pending, Some(ReasonCode::PayeeDelayed))),
        "55" => failed(ReasonCode::NotEnoughFunds),
        "56" => failed(ReasonCode::PayerLimitReached),
        "57" => failed(ReasonCode::PayeeNotFound),
        "58" => failed(ReasonCode::NotAllowed),
        "59" => failed(ReasonCode::NotAllowedTargetEnvironment),
        "60" => failed(ReasonCode::InvalidCallbackUrlHost),
        "61" => failed(ReasonCode::InvalidCurrency),
        "62" => failed(ReasonCode::InternalProcessingError),
        "63" => failed(ReasonCode::ServiceUnavailable),
        "64" => failed(ReasonCode::NotAllowed),
        _ => None,
    }
}

/// What `active` answers for a test number: `Ok(active)`, or the error code
/// of a refusal.
pub fn active_scenario(msisdn: &str) -> Result<bool, ReasonCode> {
    match msisdn.strip_prefix("467331234") {
        Some("50" | "51") => Ok(false),
        Some("52") => Err(ReasonCode::NotAllowed),
        Some("53") => Err(ReasonCode::NotAllowedTargetEnvironment),
        Some("54") => Err(ReasonCode::InternalProcessingError),
        Some("55") => Err(ReasonCode::ServiceUnavailable),
        _ => Ok(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_numbers_force_their_outcomes_and_others_do_not() {
        assert_eq!(
            payer_scenario("46733123451"),
            Some((Status::Failed, Some(ReasonCode::ApprovalRejected)))
        );
        assert_eq!(
            payee_scenario("46733123455"),
            Some((Status::Failed, Some(ReasonCode::NotEnoughFunds)))
        );
        assert_eq!(payer_scenario("46733123453").map(|e| e.0), Some(Status::Pending));
        assert_eq!(payer_scenario("256772123456"), None);
        assert_eq!(payer_scenario("46733123499"), None);
        assert_eq!(active_scenario("46733123450"), Ok(false));
        assert_eq!(active_scenario("256772123456"), Ok(true));
    }
}
