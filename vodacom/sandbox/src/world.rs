//! The sandbox's world: its app's API key and business, the money the
//! business starts with in each market, and the test numbers whose
//! customers answer otherwise than "yes" (the sandbox's own: Vodacom
//! publishes no test numbers).

use vodacom::types::ResponseCode;

/// The API key of the sandbox's app (a test value, published).
pub const API_KEY: &str = "vodacom-sandbox-api-key-for-tests";

/// The sandbox's business, in every market (S3's samples use `000000`).
pub const SERVICE_PROVIDER_CODE: &str = "000000";

/// Mozambique's initiator of reversals (TK's sample) and its security
/// credential (a test value, published).
pub const MOZAMBIQUE_INITIATOR: (&str, &str) = ("SJGW67fK", "vodacom-sandbox-security-credential");

/// What the business holds in each market when the sandbox starts, in
/// whole units of the market's currency.
pub const STARTING_BALANCE: u64 = 1_000_000;

/// A customer number ending in one of these four digits answers with the
/// code beside it (the first two only when the customer is asked to
/// confirm: a C2B payment, a mandate); any other number confirms.
pub const CUSTOMER_ANSWERS: [(&str, ResponseCode); 4] = [
    ("0005", ResponseCode::CancelledByCustomer),
    ("0009", ResponseCode::RequestTimeout),
    ("0996", ResponseCode::CustomerAccountNotActive),
    ("2051", ResponseCode::InvalidMsisdn),
];

/// How the customer `msisdn` answers, `asked` to confirm or not: `None`
/// when all is well.
pub fn customer_answer(msisdn: &str, asked: bool) -> Option<ResponseCode> {
    let (_, code) = CUSTOMER_ANSWERS.iter().find(|(ending, _)| msisdn.ends_with(ending))?;
    let asks_the_customer = matches!(code, ResponseCode::CancelledByCustomer | ResponseCode::RequestTimeout);
    (asked || !asks_the_customer).then(|| code.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_test_number_answers_by_its_last_digits() {
        assert_eq!(
            customer_answer("255700000005", true),
            Some(ResponseCode::CancelledByCustomer)
        );
        assert_eq!(customer_answer("255700000005", false), None, "not asked, cannot cancel");
        assert_eq!(
            customer_answer("233200002051", false),
            Some(ResponseCode::InvalidMsisdn)
        );
        assert_eq!(customer_answer("255744553111", true), None);
    }
}
