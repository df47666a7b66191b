// Generated from openapi/ihela-sandbox.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the local gateway: The sandbox binary's default address.
    pub const LOCAL: &str = "http://127.0.0.1:8089";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`GET /_sandbox/bills/{code}`: the path of `show_bill`.
    pub const SHOW_BILL: &str = "/_sandbox/bills/{code}";
    ///`/_sandbox/bills/{code}` with its parameters filled in, percent-encoded.
    pub fn show_bill(code: &str) -> ::std::string::String {
        format!("/_sandbox/bills/{}", ::progenitor_client::encode_path(code))
    }
    ///`POST /_sandbox/bills/{code}/pay`: the path of `pay_bill`.
    pub const PAY_BILL: &str = "/_sandbox/bills/{code}/pay";
    ///`/_sandbox/bills/{code}/pay` with its parameters filled in, percent-encoded.
    pub fn pay_bill(code: &str) -> ::std::string::String {
        format!("/_sandbox/bills/{}/pay", ::progenitor_client::encode_path(code))
    }
    ///`POST /_sandbox/bills/{code}/callback`: the path of `replay_callback`.
    pub const REPLAY_CALLBACK: &str = "/_sandbox/bills/{code}/callback";
    ///`/_sandbox/bills/{code}/callback` with its parameters filled in, percent-encoded.
    pub fn replay_callback(code: &str) -> ::std::string::String {
        format!("/_sandbox/bills/{}/callback", ::progenitor_client::encode_path(code))
    }
    ///`POST /_sandbox/bills/{code}/expire`: the path of `expire_bill`.
    pub const EXPIRE_BILL: &str = "/_sandbox/bills/{code}/expire";
    ///`/_sandbox/bills/{code}/expire` with its parameters filled in, percent-encoded.
    pub fn expire_bill(code: &str) -> ::std::string::String {
        format!("/_sandbox/bills/{}/expire", ::progenitor_client::encode_path(code))
    }
    ///`POST /_sandbox/authorize`: the path of `decide_sign_in`.
    pub const DECIDE_SIGN_IN: &str = "/_sandbox/authorize";
    ///`GET /_sandbox/`: the path of `dashboard`.
    pub const DASHBOARD: &str = "/_sandbox/";
    ///`GET /_sandbox/state`: the path of `read_state`.
    pub const READ_STATE: &str = "/_sandbox/state";
    ///`POST /_sandbox/reset`: the path of `reset`.
    pub const RESET: &str = "/_sandbox/reset";
    ///`GET /_sandbox/banking`: the path of `read_banking`.
    pub const READ_BANKING: &str = "/_sandbox/banking";
    ///`POST /_sandbox/banking/cash-out-requests`: the path of `request_cash_out`.
    pub const REQUEST_CASH_OUT: &str = "/_sandbox/banking/cash-out-requests";
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `Payment`'s properties.
    pub mod payment {
        pub const ERROR: &str = "error";
        pub const ERROR_MESSAGE: &str = "error_message";
    }
    ///The wire names of `SignInDecision`'s properties.
    pub mod sign_in_decision {
        pub const CLIENT_ID: &str = "client_id";
        pub const REDIRECT_URI: &str = "redirect_uri";
        pub const STATE: &str = "state";
        pub const CUSTOMER: &str = "customer";
        pub const DECISION: &str = "decision";
    }
    ///The wire names of `ControlRefusal`'s properties.
    pub mod control_refusal {
        pub const DETAIL: &str = "detail";
    }
    ///The wire names of `BillRecord`'s properties.
    pub mod bill_record {
        pub const CODE: &str = "code";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const AMOUNT: &str = "amount";
        pub const DESCRIPTION: &str = "description";
        pub const BANK: &str = "bank";
        pub const CUSTOMER: &str = "customer";
        pub const REDIRECT_URI: &str = "redirect_uri";
        pub const GENERATION: &str = "generation";
        pub const STATE: &str = "state";
        pub const BANK_REFERENCE: &str = "bank_reference";
        pub const ERROR_MESSAGE: &str = "error_message";
        pub const CREATED_AT: &str = "created_at";
        pub const EXPIRES_AT: &str = "expires_at";
    }
    ///The wire names of `CashInRecord`'s properties.
    pub mod cash_in_record {
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const BANK: &str = "bank";
        pub const ACCOUNT: &str = "account";
        pub const AMOUNT: &str = "amount";
        pub const DESCRIPTION: &str = "description";
        pub const GENERATION: &str = "generation";
        pub const ACCEPTED: &str = "accepted";
        pub const REFERENCE: &str = "reference";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `CallbackAttempt`'s properties.
    pub mod callback_attempt {
        pub const BILL_CODE: &str = "bill_code";
        pub const ATTEMPT: &str = "attempt";
        pub const REQUEST: &str = "request";
        pub const STATUS: &str = "status";
        pub const ANSWER: &str = "answer";
        pub const ERROR: &str = "error";
    }
    ///The wire names of `Delivery`'s properties.
    pub mod delivery {
        pub const ATTEMPTS: &str = "attempts";
        pub const REFUNDED: &str = "refunded";
    }
    ///The wire names of `BillView`'s properties.
    pub mod bill_view {
        pub const BILL: &str = "bill";
        pub const STATUS: &str = "status";
        pub const REDIRECT_URL: &str = "redirect_url";
        pub const CALLBACK: &str = "callback";
    }
    ///The wire names of `Snapshot`'s properties.
    pub mod snapshot {
        pub const BILLS: &str = "bills";
        pub const CASH_INS: &str = "cash_ins";
        pub const CALLBACKS: &str = "callbacks";
        pub const BALANCE: &str = "balance";
        pub const TOKENS_ISSUED: &str = "tokens_issued";
    }
    ///The wire names of `BankAccountRecord`'s properties.
    pub mod bank_account_record {
        pub const ACCOUNT_NUMBER: &str = "account_number";
        pub const HOLDER: &str = "holder";
        pub const BALANCE: &str = "balance";
    }
    ///The wire names of `BankingOperationRecord`'s properties.
    pub mod banking_operation_record {
        pub const REFERENCE: &str = "reference";
        pub const EXTERNAL_REFERENCE: &str = "external_reference";
        pub const KIND: &str = "kind";
        pub const ACCOUNT_NUMBER: &str = "account_number";
        pub const AMOUNT: &str = "amount";
        pub const FEE: &str = "fee";
        pub const BY: &str = "by";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `CashOutAsk`'s properties.
    pub mod cash_out_ask {
        pub const ACCOUNT_NUMBER: &str = "account_number";
        pub const AMOUNT: &str = "amount";
    }
    ///The wire names of `CashOutRequestRecord`'s properties.
    pub mod cash_out_request_record {
        pub const OPERATION_CODE: &str = "operation_code";
        pub const VALIDATION_OPERATION_CODE: &str = "validation_operation_code";
        pub const ACCOUNT_NUMBER: &str = "account_number";
        pub const AMOUNT: &str = "amount";
        pub const EXPIRES_AT: &str = "expires_at";
        pub const LOOKED_UP: &str = "looked_up";
        pub const PAID_UNDER: &str = "paid_under";
    }
    ///The wire names of `BankingSnapshot`'s properties.
    pub mod banking_snapshot {
        pub const ACCOUNTS: &str = "accounts";
        pub const OPERATIONS: &str = "operations";
        pub const CASH_OUT_REQUESTS: &str = "cash_out_requests";
    }
}
/// The name of every header the spec defines.
pub mod headers {}
/// Extensible string enums: the values the spec lists, and `Unknown`
/// for any other, so that a new value never breaks decoding.
pub mod open_enums {}
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An account of the banking and agent services.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BankAccountRecord {
        ///The account.
        pub account_number: ::std::string::String,
        ///What it holds, in francs.
        pub balance: i64,
        ///Its holder's name.
        pub holder: ::std::string::String,
    }
    impl BankAccountRecord {
        pub fn builder() -> builder::BankAccountRecord {
            Default::default()
        }
    }
    ///What an operation did.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum BankingOperationKind {
        #[serde(rename = "deposit")]
        Deposit,
        #[serde(rename = "withdrawal")]
        Withdrawal,
        #[serde(rename = "agent_deposit")]
        AgentDeposit,
        #[serde(rename = "cash_out")]
        CashOut,
    }
    impl ::std::fmt::Display for BankingOperationKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Deposit => f.write_str("deposit"),
                Self::Withdrawal => f.write_str("withdrawal"),
                Self::AgentDeposit => f.write_str("agent_deposit"),
                Self::CashOut => f.write_str("cash_out"),
            }
        }
    }
    impl ::std::str::FromStr for BankingOperationKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "deposit" => Ok(Self::Deposit),
                "withdrawal" => Ok(Self::Withdrawal),
                "agent_deposit" => Ok(Self::AgentDeposit),
                "cash_out" => Ok(Self::CashOut),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BankingOperationKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BankingOperationKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A money-moving operation the banking or agent service carried out.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BankingOperationRecord {
        ///The customer's account it credited or debited.
        pub account_number: ::std::string::String,
        ///The amount, in francs.
        pub amount: ::ihela::types::Francs,
        ///The partner or agent who made it (its username).
        pub by: ::std::string::String,
        ///When.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The caller's reference.
        pub external_reference: ::std::string::String,
        ///The fee charged to the customer's account, in francs.
        pub fee: i64,
        ///What it did.
        pub kind: BankingOperationKind,
        ///iHela's reference.
        pub reference: ::std::string::String,
    }
    impl BankingOperationRecord {
        pub fn builder() -> builder::BankingOperationRecord {
            Default::default()
        }
    }
    ///What the banking and agent services hold.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BankingSnapshot {
        ///Every account, as configured first.
        pub accounts: ::std::vec::Vec<BankAccountRecord>,
        ///Every cash-out request, oldest first.
        pub cash_out_requests: ::std::vec::Vec<CashOutRequestRecord>,
        ///Every operation carried out, oldest first.
        pub operations: ::std::vec::Vec<BankingOperationRecord>,
    }
    impl BankingSnapshot {
        pub fn builder() -> builder::BankingSnapshot {
            Default::default()
        }
    }
    ///A bill the sandbox holds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillRecord {
        ///Whole francs.
        pub amount: ::ihela::types::Francs,
        ///The bank the customer pays from.
        pub bank: ::ihela::types::BankSlug,
        ///The bank reference of the payment, once paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_reference: ::std::option::Option<::std::string::String>,
        ///`BILL-YYYYMMDD-XXXXXXXXXX`.
        pub code: ::ihela::types::BillCode,
        ///When it was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The customer: an iHela user, or an account or phone number in `bank`.
        pub customer: ::std::string::String,
        ///What the customer pays for.
        pub description: ::ihela::types::Description,
        ///Why the payment failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_message: ::std::option::Option<::std::string::String>,
        ///When it expires unpaid.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The API generation that asked.
        pub generation: Generation,
        ///The merchant's reference.
        pub merchant_reference: ::ihela::types::MerchantReference,
        ///Where iHela sends the customer's browser after payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_uri: ::std::option::Option<::std::string::String>,
        ///Where it stands: `Pending`, `Paid`, `Expired`, `Error` (failed) or `Canceled` (refunded after the merchant refused it).
        pub state: ::ihela::types::BillStatus,
    }
    impl BillRecord {
        pub fn builder() -> builder::BillRecord {
            Default::default()
        }
    }
    ///A bill as a control leaves it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillView {
        ///The full bill, as bill init answers it.
        pub bill: ::ihela::types::Bill,
        ///The callback's delivery, after a payment, when the sandbox has a callback URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback: ::std::option::Option<Delivery>,
        ///Where iHela sends the customer's browser, when the bill has a redirect URI.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_url: ::std::option::Option<::std::string::String>,
        ///Its status.
        pub status: ::ihela::types::BillStatus,
    }
    impl BillView {
        pub fn builder() -> builder::BillView {
            Default::default()
        }
    }
    ///One delivery attempt of a bill callback.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CallbackAttempt {
        ///The merchant's answer, when it was a JSON object.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answer: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///1 for the first attempt.
        pub attempt: ::std::num::NonZeroU64,
        ///The bill.
        pub bill_code: ::ihela::types::BillCode,
        ///Why there was no answer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///The body sent.
        pub request: ::ihela::types::BillCallback,
        ///The merchant's HTTP status, if it answered.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
    }
    impl CallbackAttempt {
        pub fn builder() -> builder::CallbackAttempt {
            Default::default()
        }
    }
    ///A cash-in the sandbox holds, accepted or refused.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CashInRecord {
        ///Whether it was accepted (the merchant's balance covered it).
        pub accepted: bool,
        ///The account credited.
        pub account: ::ihela::types::AccountNumber,
        ///Whole francs.
        pub amount: ::ihela::types::Francs,
        ///The bank credited.
        pub bank: ::ihela::types::BankSlug,
        ///When it was asked.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///What the payout is for.
        pub description: ::ihela::types::Description,
        ///The API generation that asked.
        pub generation: Generation,
        ///The merchant's reference.
        pub merchant_reference: ::ihela::types::MerchantReference,
        ///iHela's reference, when accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
    }
    impl CashInRecord {
        pub fn builder() -> builder::CashInRecord {
            Default::default()
        }
    }
    ///A customer's request to withdraw cash at an agent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CashOutAsk {
        ///The customer's account.
        pub account_number: ::std::string::String,
        ///The amount, in francs.
        pub amount: ::ihela::types::Francs,
    }
    impl CashOutAsk {
        pub fn builder() -> builder::CashOutAsk {
            Default::default()
        }
    }
    ///A customer's cash-out request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CashOutRequestRecord {
        ///The customer's account.
        pub account_number: ::std::string::String,
        ///The amount, in francs.
        pub amount: ::ihela::types::Francs,
        ///Until when the code works.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Whether an agent looked it up.
        pub looked_up: bool,
        ///The code the customer shows the agent.
        pub operation_code: ::std::string::String,
        ///The agent's reference of the cash-out that paid it, once paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paid_under: ::std::option::Option<::std::string::String>,
        ///The code the lookup answers, which validates the withdrawal.
        pub validation_operation_code: ::std::string::String,
    }
    impl CashOutRequestRecord {
        pub fn builder() -> builder::CashOutRequestRecord {
            Default::default()
        }
    }
    ///Why a control cannot be done.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ControlRefusal {
        ///What is wrong, in words.
        pub detail: ::std::string::String,
    }
    impl ControlRefusal {
        pub fn builder() -> builder::ControlRefusal {
            Default::default()
        }
    }
    ///How a callback's delivery ended.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Delivery {
        ///Every attempt, first to last.
        pub attempts: ::std::vec::Vec<CallbackAttempt>,
        ///Whether the merchant refused a paid bill, and the customer was refunded.
        pub refunded: bool,
    }
    impl Delivery {
        pub fn builder() -> builder::Delivery {
            Default::default()
        }
    }
    ///The API generation a bill or cash-in was made with (`gen1`: `bill/init/`, `bank_slug` + `account`; `gen2`: `bill-init/`, `credit_bank` + `credit_account`); it decides the shape of the answers about it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum Generation {
        #[serde(rename = "gen1")]
        Gen1,
        #[serde(rename = "gen2")]
        Gen2,
    }
    impl ::std::fmt::Display for Generation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Gen1 => f.write_str("gen1"),
                Self::Gen2 => f.write_str("gen2"),
            }
        }
    }
    impl ::std::str::FromStr for Generation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "gen1" => Ok(Self::Gen1),
                "gen2" => Ok(Self::Gen2),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Generation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Generation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///How the customer's payment goes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Payment {
        ///true when the payment fails.
        #[serde(default)]
        pub error: bool,
        ///Why the payment fails.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_message: ::std::option::Option<::std::string::String>,
    }
    impl Payment {
        pub fn builder() -> builder::Payment {
            Default::default()
        }
    }
    ///The consent page's form.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInDecision {
        ///The merchant's client id, as `authorize` received it.
        pub client_id: ::std::string::String,
        ///Who signs in (`76000111`); absent when the customer refuses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<::std::string::String>,
        ///The customer's answer.
        pub decision: SignInDecisionDecision,
        ///Where to send the browser back, as `authorize` received it.
        pub redirect_uri: ::std::string::String,
        ///The merchant's `state`, as `authorize` received it.
        pub state: ::std::string::String,
    }
    impl SignInDecision {
        pub fn builder() -> builder::SignInDecision {
            Default::default()
        }
    }
    ///The customer's answer.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SignInDecisionDecision {
        #[serde(rename = "approve")]
        Approve,
        #[serde(rename = "deny")]
        Deny,
    }
    impl ::std::fmt::Display for SignInDecisionDecision {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Approve => f.write_str("approve"),
                Self::Deny => f.write_str("deny"),
            }
        }
    }
    impl ::std::str::FromStr for SignInDecisionDecision {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "approve" => Ok(Self::Approve),
                "deny" => Ok(Self::Deny),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SignInDecisionDecision {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SignInDecisionDecision {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Everything the sandbox holds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Snapshot {
        ///The merchant's balance, in francs.
        pub balance: i64,
        ///Every bill, oldest first.
        pub bills: ::std::vec::Vec<BillRecord>,
        ///Every callback delivery attempt.
        pub callbacks: ::std::vec::Vec<CallbackAttempt>,
        ///Every cash-in, accepted or refused, oldest first.
        pub cash_ins: ::std::vec::Vec<CashInRecord>,
        ///How many access tokens were issued.
        pub tokens_issued: i64,
    }
    impl Snapshot {
        pub fn builder() -> builder::Snapshot {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BankAccountRecord {
            account_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            balance: ::std::result::Result<i64, ::std::string::String>,
            holder: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for BankAccountRecord {
            fn default() -> Self {
                Self {
                    account_number: Err(
                        "no value supplied for account_number".to_string(),
                    ),
                    balance: Err("no value supplied for balance".to_string()),
                    holder: Err("no value supplied for holder".to_string()),
                }
            }
        }
        impl BankAccountRecord {
            pub fn account_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_number: {e}"
                        )
                    });
                self
            }
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn holder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.holder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for holder: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BankAccountRecord> for super::BankAccountRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BankAccountRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_number: value.account_number?,
                    balance: value.balance?,
                    holder: value.holder?,
                })
            }
        }
        impl ::std::convert::From<super::BankAccountRecord> for BankAccountRecord {
            fn from(value: super::BankAccountRecord) -> Self {
                Self {
                    account_number: Ok(value.account_number),
                    balance: Ok(value.balance),
                    holder: Ok(value.holder),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BankingOperationRecord {
            account_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            amount: ::std::result::Result<::ihela::types::Francs, ::std::string::String>,
            by: ::std::result::Result<::std::string::String, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            external_reference: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            fee: ::std::result::Result<i64, ::std::string::String>,
            kind: ::std::result::Result<
                super::BankingOperationKind,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BankingOperationRecord {
            fn default() -> Self {
                Self {
                    account_number: Err(
                        "no value supplied for account_number".to_string(),
                    ),
                    amount: Err("no value supplied for amount".to_string()),
                    by: Err("no value supplied for by".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    external_reference: Err(
                        "no value supplied for external_reference".to_string(),
                    ),
                    fee: Err("no value supplied for fee".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    reference: Err("no value supplied for reference".to_string()),
                }
            }
        }
        impl BankingOperationRecord {
            pub fn account_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_number: {e}"
                        )
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::Francs>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.by = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for by: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn external_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.external_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_reference: {e}"
                        )
                    });
                self
            }
            pub fn fee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.fee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fee: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BankingOperationKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BankingOperationRecord>
        for super::BankingOperationRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BankingOperationRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_number: value.account_number?,
                    amount: value.amount?,
                    by: value.by?,
                    created_at: value.created_at?,
                    external_reference: value.external_reference?,
                    fee: value.fee?,
                    kind: value.kind?,
                    reference: value.reference?,
                })
            }
        }
        impl ::std::convert::From<super::BankingOperationRecord>
        for BankingOperationRecord {
            fn from(value: super::BankingOperationRecord) -> Self {
                Self {
                    account_number: Ok(value.account_number),
                    amount: Ok(value.amount),
                    by: Ok(value.by),
                    created_at: Ok(value.created_at),
                    external_reference: Ok(value.external_reference),
                    fee: Ok(value.fee),
                    kind: Ok(value.kind),
                    reference: Ok(value.reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BankingSnapshot {
            accounts: ::std::result::Result<
                ::std::vec::Vec<super::BankAccountRecord>,
                ::std::string::String,
            >,
            cash_out_requests: ::std::result::Result<
                ::std::vec::Vec<super::CashOutRequestRecord>,
                ::std::string::String,
            >,
            operations: ::std::result::Result<
                ::std::vec::Vec<super::BankingOperationRecord>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BankingSnapshot {
            fn default() -> Self {
                Self {
                    accounts: Err("no value supplied for accounts".to_string()),
                    cash_out_requests: Err(
                        "no value supplied for cash_out_requests".to_string(),
                    ),
                    operations: Err("no value supplied for operations".to_string()),
                }
            }
        }
        impl BankingSnapshot {
            pub fn accounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BankAccountRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.accounts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accounts: {e}")
                    });
                self
            }
            pub fn cash_out_requests<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CashOutRequestRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.cash_out_requests = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cash_out_requests: {e}"
                        )
                    });
                self
            }
            pub fn operations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::BankingOperationRecord>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.operations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operations: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BankingSnapshot> for super::BankingSnapshot {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BankingSnapshot,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accounts: value.accounts?,
                    cash_out_requests: value.cash_out_requests?,
                    operations: value.operations?,
                })
            }
        }
        impl ::std::convert::From<super::BankingSnapshot> for BankingSnapshot {
            fn from(value: super::BankingSnapshot) -> Self {
                Self {
                    accounts: Ok(value.accounts),
                    cash_out_requests: Ok(value.cash_out_requests),
                    operations: Ok(value.operations),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillRecord {
            amount: ::std::result::Result<::ihela::types::Francs, ::std::string::String>,
            bank: ::std::result::Result<::ihela::types::BankSlug, ::std::string::String>,
            bank_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            code: ::std::result::Result<::ihela::types::BillCode, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::ihela::types::Description,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            generation: ::std::result::Result<super::Generation, ::std::string::String>,
            merchant_reference: ::std::result::Result<
                ::ihela::types::MerchantReference,
                ::std::string::String,
            >,
            redirect_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::ihela::types::BillStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillRecord {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    bank: Err("no value supplied for bank".to_string()),
                    bank_reference: Ok(Default::default()),
                    code: Err("no value supplied for code".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    customer: Err("no value supplied for customer".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    error_message: Ok(Default::default()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    generation: Err("no value supplied for generation".to_string()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    redirect_uri: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl BillRecord {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::Francs>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn bank<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::BankSlug>,
                T::Error: ::std::fmt::Display,
            {
                self.bank = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank: {e}")
                    });
                self
            }
            pub fn bank_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bank_reference: {e}"
                        )
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::BillCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::Description>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn error_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_message: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn generation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Generation>,
                T::Error: ::std::fmt::Display,
            {
                self.generation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for generation: {e}")
                    });
                self
            }
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::MerchantReference>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_reference: {e}"
                        )
                    });
                self
            }
            pub fn redirect_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect_uri: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::BillStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BillRecord> for super::BillRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    bank: value.bank?,
                    bank_reference: value.bank_reference?,
                    code: value.code?,
                    created_at: value.created_at?,
                    customer: value.customer?,
                    description: value.description?,
                    error_message: value.error_message?,
                    expires_at: value.expires_at?,
                    generation: value.generation?,
                    merchant_reference: value.merchant_reference?,
                    redirect_uri: value.redirect_uri?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::BillRecord> for BillRecord {
            fn from(value: super::BillRecord) -> Self {
                Self {
                    amount: Ok(value.amount),
                    bank: Ok(value.bank),
                    bank_reference: Ok(value.bank_reference),
                    code: Ok(value.code),
                    created_at: Ok(value.created_at),
                    customer: Ok(value.customer),
                    description: Ok(value.description),
                    error_message: Ok(value.error_message),
                    expires_at: Ok(value.expires_at),
                    generation: Ok(value.generation),
                    merchant_reference: Ok(value.merchant_reference),
                    redirect_uri: Ok(value.redirect_uri),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillView {
            bill: ::std::result::Result<::ihela::types::Bill, ::std::string::String>,
            callback: ::std::result::Result<
                ::std::option::Option<super::Delivery>,
                ::std::string::String,
            >,
            redirect_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::ihela::types::BillStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillView {
            fn default() -> Self {
                Self {
                    bill: Err("no value supplied for bill".to_string()),
                    callback: Ok(Default::default()),
                    redirect_url: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl BillView {
            pub fn bill<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::Bill>,
                T::Error: ::std::fmt::Display,
            {
                self.bill = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bill: {e}")
                    });
                self
            }
            pub fn callback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Delivery>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback: {e}")
                    });
                self
            }
            pub fn redirect_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect_url: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::BillStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BillView> for super::BillView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bill: value.bill?,
                    callback: value.callback?,
                    redirect_url: value.redirect_url?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::BillView> for BillView {
            fn from(value: super::BillView) -> Self {
                Self {
                    bill: Ok(value.bill),
                    callback: Ok(value.callback),
                    redirect_url: Ok(value.redirect_url),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallbackAttempt {
            answer: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            attempt: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            bill_code: ::std::result::Result<
                ::ihela::types::BillCode,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request: ::std::result::Result<
                ::ihela::types::BillCallback,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallbackAttempt {
            fn default() -> Self {
                Self {
                    answer: Ok(Default::default()),
                    attempt: Err("no value supplied for attempt".to_string()),
                    bill_code: Err("no value supplied for bill_code".to_string()),
                    error: Ok(Default::default()),
                    request: Err("no value supplied for request".to_string()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl CallbackAttempt {
            pub fn answer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.answer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for answer: {e}")
                    });
                self
            }
            pub fn attempt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.attempt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempt: {e}")
                    });
                self
            }
            pub fn bill_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::BillCode>,
                T::Error: ::std::fmt::Display,
            {
                self.bill_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bill_code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::BillCallback>,
                T::Error: ::std::fmt::Display,
            {
                self.request = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallbackAttempt> for super::CallbackAttempt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallbackAttempt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answer: value.answer?,
                    attempt: value.attempt?,
                    bill_code: value.bill_code?,
                    error: value.error?,
                    request: value.request?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CallbackAttempt> for CallbackAttempt {
            fn from(value: super::CallbackAttempt) -> Self {
                Self {
                    answer: Ok(value.answer),
                    attempt: Ok(value.attempt),
                    bill_code: Ok(value.bill_code),
                    error: Ok(value.error),
                    request: Ok(value.request),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CashInRecord {
            accepted: ::std::result::Result<bool, ::std::string::String>,
            account: ::std::result::Result<
                ::ihela::types::AccountNumber,
                ::std::string::String,
            >,
            amount: ::std::result::Result<::ihela::types::Francs, ::std::string::String>,
            bank: ::std::result::Result<::ihela::types::BankSlug, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::ihela::types::Description,
                ::std::string::String,
            >,
            generation: ::std::result::Result<super::Generation, ::std::string::String>,
            merchant_reference: ::std::result::Result<
                ::ihela::types::MerchantReference,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CashInRecord {
            fn default() -> Self {
                Self {
                    accepted: Err("no value supplied for accepted".to_string()),
                    account: Err("no value supplied for account".to_string()),
                    amount: Err("no value supplied for amount".to_string()),
                    bank: Err("no value supplied for bank".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    generation: Err("no value supplied for generation".to_string()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    reference: Ok(Default::default()),
                }
            }
        }
        impl CashInRecord {
            pub fn accepted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accepted: {e}")
                    });
                self
            }
            pub fn account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::AccountNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.account = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::Francs>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn bank<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::BankSlug>,
                T::Error: ::std::fmt::Display,
            {
                self.bank = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::Description>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn generation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Generation>,
                T::Error: ::std::fmt::Display,
            {
                self.generation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for generation: {e}")
                    });
                self
            }
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::MerchantReference>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_reference: {e}"
                        )
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CashInRecord> for super::CashInRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CashInRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accepted: value.accepted?,
                    account: value.account?,
                    amount: value.amount?,
                    bank: value.bank?,
                    created_at: value.created_at?,
                    description: value.description?,
                    generation: value.generation?,
                    merchant_reference: value.merchant_reference?,
                    reference: value.reference?,
                })
            }
        }
        impl ::std::convert::From<super::CashInRecord> for CashInRecord {
            fn from(value: super::CashInRecord) -> Self {
                Self {
                    accepted: Ok(value.accepted),
                    account: Ok(value.account),
                    amount: Ok(value.amount),
                    bank: Ok(value.bank),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    generation: Ok(value.generation),
                    merchant_reference: Ok(value.merchant_reference),
                    reference: Ok(value.reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CashOutAsk {
            account_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            amount: ::std::result::Result<::ihela::types::Francs, ::std::string::String>,
        }
        impl ::std::default::Default for CashOutAsk {
            fn default() -> Self {
                Self {
                    account_number: Err(
                        "no value supplied for account_number".to_string(),
                    ),
                    amount: Err("no value supplied for amount".to_string()),
                }
            }
        }
        impl CashOutAsk {
            pub fn account_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_number: {e}"
                        )
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::Francs>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CashOutAsk> for super::CashOutAsk {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CashOutAsk,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_number: value.account_number?,
                    amount: value.amount?,
                })
            }
        }
        impl ::std::convert::From<super::CashOutAsk> for CashOutAsk {
            fn from(value: super::CashOutAsk) -> Self {
                Self {
                    account_number: Ok(value.account_number),
                    amount: Ok(value.amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CashOutRequestRecord {
            account_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            amount: ::std::result::Result<::ihela::types::Francs, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            looked_up: ::std::result::Result<bool, ::std::string::String>,
            operation_code: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            paid_under: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            validation_operation_code: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CashOutRequestRecord {
            fn default() -> Self {
                Self {
                    account_number: Err(
                        "no value supplied for account_number".to_string(),
                    ),
                    amount: Err("no value supplied for amount".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    looked_up: Err("no value supplied for looked_up".to_string()),
                    operation_code: Err(
                        "no value supplied for operation_code".to_string(),
                    ),
                    paid_under: Ok(Default::default()),
                    validation_operation_code: Err(
                        "no value supplied for validation_operation_code".to_string(),
                    ),
                }
            }
        }
        impl CashOutRequestRecord {
            pub fn account_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_number: {e}"
                        )
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::ihela::types::Francs>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn looked_up<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.looked_up = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for looked_up: {e}")
                    });
                self
            }
            pub fn operation_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_code: {e}"
                        )
                    });
                self
            }
            pub fn paid_under<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.paid_under = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paid_under: {e}")
                    });
                self
            }
            pub fn validation_operation_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.validation_operation_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for validation_operation_code: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CashOutRequestRecord>
        for super::CashOutRequestRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CashOutRequestRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_number: value.account_number?,
                    amount: value.amount?,
                    expires_at: value.expires_at?,
                    looked_up: value.looked_up?,
                    operation_code: value.operation_code?,
                    paid_under: value.paid_under?,
                    validation_operation_code: value.validation_operation_code?,
                })
            }
        }
        impl ::std::convert::From<super::CashOutRequestRecord> for CashOutRequestRecord {
            fn from(value: super::CashOutRequestRecord) -> Self {
                Self {
                    account_number: Ok(value.account_number),
                    amount: Ok(value.amount),
                    expires_at: Ok(value.expires_at),
                    looked_up: Ok(value.looked_up),
                    operation_code: Ok(value.operation_code),
                    paid_under: Ok(value.paid_under),
                    validation_operation_code: Ok(value.validation_operation_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ControlRefusal {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ControlRefusal {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                }
            }
        }
        impl ControlRefusal {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ControlRefusal> for super::ControlRefusal {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ControlRefusal,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { detail: value.detail? })
            }
        }
        impl ::std::convert::From<super::ControlRefusal> for ControlRefusal {
            fn from(value: super::ControlRefusal) -> Self {
                Self { detail: Ok(value.detail) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Delivery {
            attempts: ::std::result::Result<
                ::std::vec::Vec<super::CallbackAttempt>,
                ::std::string::String,
            >,
            refunded: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for Delivery {
            fn default() -> Self {
                Self {
                    attempts: Err("no value supplied for attempts".to_string()),
                    refunded: Err("no value supplied for refunded".to_string()),
                }
            }
        }
        impl Delivery {
            pub fn attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CallbackAttempt>>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempts: {e}")
                    });
                self
            }
            pub fn refunded<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.refunded = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refunded: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Delivery> for super::Delivery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Delivery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempts: value.attempts?,
                    refunded: value.refunded?,
                })
            }
        }
        impl ::std::convert::From<super::Delivery> for Delivery {
            fn from(value: super::Delivery) -> Self {
                Self {
                    attempts: Ok(value.attempts),
                    refunded: Ok(value.refunded),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Payment {
            error: ::std::result::Result<bool, ::std::string::String>,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Payment {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    error_message: Ok(Default::default()),
                }
            }
        }
        impl Payment {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Payment> for super::Payment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Payment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    error_message: value.error_message?,
                })
            }
        }
        impl ::std::convert::From<super::Payment> for Payment {
            fn from(value: super::Payment) -> Self {
                Self {
                    error: Ok(value.error),
                    error_message: Ok(value.error_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInDecision {
            client_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            decision: ::std::result::Result<
                super::SignInDecisionDecision,
                ::std::string::String,
            >,
            redirect_uri: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            state: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SignInDecision {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    customer: Ok(Default::default()),
                    decision: Err("no value supplied for decision".to_string()),
                    redirect_uri: Err("no value supplied for redirect_uri".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl SignInDecision {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            pub fn decision<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SignInDecisionDecision>,
                T::Error: ::std::fmt::Display,
            {
                self.decision = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for decision: {e}")
                    });
                self
            }
            pub fn redirect_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect_uri: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInDecision> for super::SignInDecision {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInDecision,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    customer: value.customer?,
                    decision: value.decision?,
                    redirect_uri: value.redirect_uri?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::SignInDecision> for SignInDecision {
            fn from(value: super::SignInDecision) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    customer: Ok(value.customer),
                    decision: Ok(value.decision),
                    redirect_uri: Ok(value.redirect_uri),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Snapshot {
            balance: ::std::result::Result<i64, ::std::string::String>,
            bills: ::std::result::Result<
                ::std::vec::Vec<super::BillRecord>,
                ::std::string::String,
            >,
            callbacks: ::std::result::Result<
                ::std::vec::Vec<super::CallbackAttempt>,
                ::std::string::String,
            >,
            cash_ins: ::std::result::Result<
                ::std::vec::Vec<super::CashInRecord>,
                ::std::string::String,
            >,
            tokens_issued: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for Snapshot {
            fn default() -> Self {
                Self {
                    balance: Err("no value supplied for balance".to_string()),
                    bills: Err("no value supplied for bills".to_string()),
                    callbacks: Err("no value supplied for callbacks".to_string()),
                    cash_ins: Err("no value supplied for cash_ins".to_string()),
                    tokens_issued: Err("no value supplied for tokens_issued".to_string()),
                }
            }
        }
        impl Snapshot {
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn bills<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BillRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.bills = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bills: {e}")
                    });
                self
            }
            pub fn callbacks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CallbackAttempt>>,
                T::Error: ::std::fmt::Display,
            {
                self.callbacks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callbacks: {e}")
                    });
                self
            }
            pub fn cash_ins<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CashInRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.cash_ins = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cash_ins: {e}")
                    });
                self
            }
            pub fn tokens_issued<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.tokens_issued = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tokens_issued: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Snapshot> for super::Snapshot {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Snapshot,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    balance: value.balance?,
                    bills: value.bills?,
                    callbacks: value.callbacks?,
                    cash_ins: value.cash_ins?,
                    tokens_issued: value.tokens_issued?,
                })
            }
        }
        impl ::std::convert::From<super::Snapshot> for Snapshot {
            fn from(value: super::Snapshot) -> Self {
                Self {
                    balance: Ok(value.balance),
                    bills: Ok(value.bills),
                    callbacks: Ok(value.callbacks),
                    cash_ins: Ok(value.cash_ins),
                    tokens_issued: Ok(value.tokens_issued),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for iHela sandbox controls

The test controls of `ihela-sandbox`, the stateful fake of iHela's
merchant gateway, under `/_sandbox/` (a prefix iHela does not use): the
customer paying, failing or letting a bill expire, the customer's answer
on the "log in with iHela" consent page, and everything the sandbox
holds. The controls every sandbox shares (faults, clock) are in
`pesa-sandbox`'s `sandbox-controls.yaml`; the gateway's own operations
are in `openapi/ihela-merchant.yaml`, whose schemas this document uses.

Nothing here exists on iHela's gateway.


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**A bill, its status and where iHela would send the customer

Sends a `GET` request to `/_sandbox/bills/{code}`

Arguments:
- `code`: The bill's code.
```ignore
let response = client.show_bill()
    .code(code)
    .send()
    .await;
```*/
    pub fn show_bill(&self) -> builder::ShowBill<'_> {
        builder::ShowBill::new(self)
    }
    /**The customer pays a pending bill (or the payment fails)

The callback is delivered to the sandbox's callback URL before the
answer, which shows how it went. With `error: true` the payment
fails instead, with `error_message`.


Sends a `POST` request to `/_sandbox/bills/{code}/pay`

Arguments:
- `code`: The bill's code.
- `body`
```ignore
let response = client.pay_bill()
    .code(code)
    .body(body)
    .send()
    .await;
```*/
    pub fn pay_bill(&self) -> builder::PayBill<'_> {
        builder::PayBill::new(self)
    }
    /**Delivers a paid or failed bill's callback again, as iHela may

For testing a merchant's duplicate handling: the same callback,
delivered again to the sandbox's callback URL before the answer.


Sends a `POST` request to `/_sandbox/bills/{code}/callback`

Arguments:
- `code`: The bill's code.
```ignore
let response = client.replay_callback()
    .code(code)
    .send()
    .await;
```*/
    pub fn replay_callback(&self) -> builder::ReplayCallback<'_> {
        builder::ReplayCallback::new(self)
    }
    /**A pending bill expires now

Sends a `POST` request to `/_sandbox/bills/{code}/expire`

Arguments:
- `code`: The bill's code.
```ignore
let response = client.expire_bill()
    .code(code)
    .send()
    .await;
```*/
    pub fn expire_bill(&self) -> builder::ExpireBill<'_> {
        builder::ExpireBill::new(self)
    }
    /**The customer's answer on the consent page of "log in with iHela"

What the sandbox's consent page (`GET /oAuth2/authorize/`) posts:
the browser is sent back to the merchant's redirect URI with a
one-time code, or with `error=access_denied`.


Sends a `POST` request to `/_sandbox/authorize`

```ignore
let response = client.decide_sign_in()
    .body(body)
    .send()
    .await;
```*/
    pub fn decide_sign_in(&self) -> builder::DecideSignIn<'_> {
        builder::DecideSignIn::new(self)
    }
    /**The sandbox's dashboard, a web page

Bills, cash-ins, callback deliveries and their answers, and the
banking accounts, with buttons for the controls (pay, fail, expire,
deliver a callback again); it refreshes itself.


Sends a `GET` request to `/_sandbox/`

```ignore
let response = client.dashboard()
    .send()
    .await;
```*/
    pub fn dashboard(&self) -> builder::Dashboard<'_> {
        builder::Dashboard::new(self)
    }
    /**Everything the sandbox holds

Sends a `GET` request to `/_sandbox/state`

```ignore
let response = client.read_state()
    .send()
    .await;
```*/
    pub fn read_state(&self) -> builder::ReadState<'_> {
        builder::ReadState::new(self)
    }
    /**Forgets bills, cash-ins, callbacks, faults and banking operations (tokens stay valid)

The banking accounts' balances go back to where they started; cash-out requests are forgotten.

Sends a `POST` request to `/_sandbox/reset`

```ignore
let response = client.reset()
    .send()
    .await;
```*/
    pub fn reset(&self) -> builder::Reset<'_> {
        builder::Reset::new(self)
    }
    /**The banking and agent services' accounts, operations and cash-out requests

Sends a `GET` request to `/_sandbox/banking`

```ignore
let response = client.read_banking()
    .send()
    .await;
```*/
    pub fn read_banking(&self) -> builder::ReadBanking<'_> {
        builder::ReadBanking::new(self)
    }
    /**A customer asks to withdraw cash at an agent, and gets the code to show

What a customer does in iHela's app ("Withdrawal by QR Code or
Token"): the code the agent then looks up (`operation_lookup`) and
validates (`validate_withdrawal`). It works once, until it expires.


Sends a `POST` request to `/_sandbox/banking/cash-out-requests`

```ignore
let response = client.request_cash_out()
    .body(body)
    .send()
    .await;
```*/
    pub fn request_cash_out(&self) -> builder::RequestCashOut<'_> {
        builder::RequestCashOut::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::show_bill`]

[`Client::show_bill`]: super::Client::show_bill*/
    #[derive(Debug, Clone)]
    pub struct ShowBill<'a> {
        client: &'a super::Client,
        code: Result<::ihela::types::BillCode, String>,
    }
    impl<'a> ShowBill<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                code: Err("code was not initialized".to_string()),
            }
        }
        pub fn code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::ihela::types::BillCode>,
        {
            self.code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: ihela :: types :: BillCode` for code failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/_sandbox/bills/{code}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BillView>, Error<types::ControlRefusal>> {
            let Self { client, code } = self;
            let code = code.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/_sandbox/bills/{}", client.baseurl, encode_path(& code.to_string()),
            );
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_bill",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::pay_bill`]

[`Client::pay_bill`]: super::Client::pay_bill*/
    #[derive(Debug, Clone)]
    pub struct PayBill<'a> {
        client: &'a super::Client,
        code: Result<::ihela::types::BillCode, String>,
        body: Result<types::builder::Payment, String>,
    }
    impl<'a> PayBill<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                code: Err("code was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::ihela::types::BillCode>,
        {
            self.code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: ihela :: types :: BillCode` for code failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Payment>,
            <V as std::convert::TryInto<types::Payment>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Payment` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Payment) -> types::builder::Payment,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/_sandbox/bills/{code}/pay`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BillView>, Error<types::ControlRefusal>> {
            let Self { client, code, body } = self;
            let code = code.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Payment::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/_sandbox/bills/{}/pay", client.baseurl, encode_path(& code
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "pay_bill",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::replay_callback`]

[`Client::replay_callback`]: super::Client::replay_callback*/
    #[derive(Debug, Clone)]
    pub struct ReplayCallback<'a> {
        client: &'a super::Client,
        code: Result<::ihela::types::BillCode, String>,
    }
    impl<'a> ReplayCallback<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                code: Err("code was not initialized".to_string()),
            }
        }
        pub fn code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::ihela::types::BillCode>,
        {
            self.code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: ihela :: types :: BillCode` for code failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/_sandbox/bills/{code}/callback`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BillView>, Error<types::ControlRefusal>> {
            let Self { client, code } = self;
            let code = code.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/_sandbox/bills/{}/callback", client.baseurl, encode_path(& code
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "replay_callback",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::expire_bill`]

[`Client::expire_bill`]: super::Client::expire_bill*/
    #[derive(Debug, Clone)]
    pub struct ExpireBill<'a> {
        client: &'a super::Client,
        code: Result<::ihela::types::BillCode, String>,
    }
    impl<'a> ExpireBill<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                code: Err("code was not initialized".to_string()),
            }
        }
        pub fn code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::ihela::types::BillCode>,
        {
            self.code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: ihela :: types :: BillCode` for code failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/_sandbox/bills/{code}/expire`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BillView>, Error<types::ControlRefusal>> {
            let Self { client, code } = self;
            let code = code.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/_sandbox/bills/{}/expire", client.baseurl, encode_path(& code
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "expire_bill",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::decide_sign_in`]

[`Client::decide_sign_in`]: super::Client::decide_sign_in*/
    #[derive(Debug, Clone)]
    pub struct DecideSignIn<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignInDecision, String>,
    }
    impl<'a> DecideSignIn<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignInDecision>,
            <V as std::convert::TryInto<
                types::SignInDecision,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SignInDecision` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SignInDecision,
            ) -> types::builder::SignInDecision,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/_sandbox/authorize`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SignInDecision::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/_sandbox/authorize", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "decide_sign_in",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => {
                    Err(Error::ErrorResponse(ResponseValue::stream(response)))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::dashboard`]

[`Client::dashboard`]: super::Client::dashboard*/
    #[derive(Debug, Clone)]
    pub struct Dashboard<'a> {
        client: &'a super::Client,
    }
    impl<'a> Dashboard<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/_sandbox/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::ControlRefusal>> {
            let Self { client } = self;
            let url = format!("{}/_sandbox/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "dashboard",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::read_state`]

[`Client::read_state`]: super::Client::read_state*/
    #[derive(Debug, Clone)]
    pub struct ReadState<'a> {
        client: &'a super::Client,
    }
    impl<'a> ReadState<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/_sandbox/state`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Snapshot>, Error<types::ControlRefusal>> {
            let Self { client } = self;
            let url = format!("{}/_sandbox/state", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "read_state",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::reset`]

[`Client::reset`]: super::Client::reset*/
    #[derive(Debug, Clone)]
    pub struct Reset<'a> {
        client: &'a super::Client,
    }
    impl<'a> Reset<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/_sandbox/reset`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ControlRefusal>> {
            let Self { client } = self;
            let url = format!("{}/_sandbox/reset", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reset",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::read_banking`]

[`Client::read_banking`]: super::Client::read_banking*/
    #[derive(Debug, Clone)]
    pub struct ReadBanking<'a> {
        client: &'a super::Client,
    }
    impl<'a> ReadBanking<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/_sandbox/banking`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::BankingSnapshot>,
            Error<types::ControlRefusal>,
        > {
            let Self { client } = self;
            let url = format!("{}/_sandbox/banking", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "read_banking",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::request_cash_out`]

[`Client::request_cash_out`]: super::Client::request_cash_out*/
    #[derive(Debug, Clone)]
    pub struct RequestCashOut<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CashOutAsk, String>,
    }
    impl<'a> RequestCashOut<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CashOutAsk>,
            <V as std::convert::TryInto<types::CashOutAsk>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CashOutAsk` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CashOutAsk,
            ) -> types::builder::CashOutAsk,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/_sandbox/banking/cash-out-requests`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CashOutRequestRecord>,
            Error<types::ControlRefusal>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CashOutAsk::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/_sandbox/banking/cash-out-requests", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "request_cash_out",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `show_bill` (`GET /_sandbox/bills/{code}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct ShowBill {
        ///The bill's code.
        #[serde(rename = "code")]
        pub code: ::ihela::types::BillCode,
    }
    ///The path and query parameters of `pay_bill` (`POST /_sandbox/bills/{code}/pay`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct PayBill {
        ///The bill's code.
        #[serde(rename = "code")]
        pub code: ::ihela::types::BillCode,
    }
    ///The path and query parameters of `replay_callback` (`POST /_sandbox/bills/{code}/callback`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct ReplayCallback {
        ///The bill's code.
        #[serde(rename = "code")]
        pub code: ::ihela::types::BillCode,
    }
    ///The path and query parameters of `expire_bill` (`POST /_sandbox/bills/{code}/expire`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct ExpireBill {
        ///The bill's code.
        #[serde(rename = "code")]
        pub code: ::ihela::types::BillCode,
    }
}
