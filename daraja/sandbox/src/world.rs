//! What the sandbox's M-Pesa holds before any request: the app's
//! credentials, a paybill with its passkey, a business shortcode with its
//! API user, and customers with their balances.

use rust_decimal::Decimal;

/// The consumer key the token endpoint accepts unless told otherwise.
pub const CONSUMER_KEY: &str = "sandbox-consumer-key";
/// The consumer secret the token endpoint accepts unless told otherwise.
pub const CONSUMER_SECRET: &str = "sandbox-consumer-secret";
/// The paybill of M-Pesa Express in Safaricom's own sandbox (MR's test credentials).
pub const PAYBILL: &str = "174379";
/// Its passkey, Safaricom's public sandbox passkey (MR `DEFAULT_PASSKEY`).
pub const PASSKEY: &str = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
/// A till that takes Buy Goods prompts for the paybill's store.
pub const TILL: &str = "174380";
/// The business shortcode of B2C, B2B, status, balance and reversal (DJ samples use 600992).
pub const BUSINESS: &str = "600992";
/// Its API user.
pub const INITIATOR: &str = "testapi";
/// Its API user's password (MR's sandbox default).
pub const INITIATOR_PASSWORD: &str = "Safaricom999!*!";

/// A customer of the sandbox's M-Pesa.
#[derive(Debug)]
pub struct Customer {
    /// The number, `2547…`.
    pub phone: &'static str,
    /// The name M-Pesa registers. Personal data.
    pub name: &'static str,
    /// Their M-Pesa balance at start, in shillings.
    pub balance: u64,
}

/// The sandbox's customers; any other valid number is a customer with
/// the default balance and no name.
pub const CUSTOMERS: &[Customer] = &[
    Customer {
        phone: "254708374149",
        name: "JOHN DOE",
        balance: 100_000,
    },
    Customer {
        phone: "254712345678",
        name: "JANE WANJIKU",
        balance: 50_000,
    },
    Customer {
        phone: "254110123456",
        name: "PETER OTIENO",
        balance: 500,
    },
];

/// The balance of a customer the table does not list.
pub const DEFAULT_BALANCE: u64 = 100_000;

/// The customer with `phone`, if the table lists them.
pub fn customer(phone: &str) -> Option<&'static Customer> {
    CUSTOMERS.iter().find(|customer| customer.phone == phone)
}

/// How a party shows in results: `number - NAME`.
pub fn public_name(phone: &str) -> String {
    match customer(phone) {
        Some(customer) => format!("{phone} - {}", customer.name),
        None => phone.to_owned(),
    }
}

/// The business's accounts at start: utility 10,000,000, working 1,000,000.
pub fn opening_balances() -> (Decimal, Decimal) {
    (Decimal::from(10_000_000), Decimal::from(1_000_000))
}
