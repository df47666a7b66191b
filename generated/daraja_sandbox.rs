// Generated from openapi/daraja-sandbox.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the local gateway: The sandbox binary's default address.
    pub const LOCAL: &str = "http://127.0.0.1:8090";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`POST /_sandbox/stk/{checkout_request_id}`: the path of `answer_stk`.
    pub const ANSWER_STK: &str = "/_sandbox/stk/{checkout_request_id}";
    ///`/_sandbox/stk/{checkout_request_id}` with its parameters filled in, percent-encoded.
    pub fn answer_stk(checkout_request_id: &str) -> ::std::string::String {
        format!(
            "/_sandbox/stk/{}", ::progenitor_client::encode_path(checkout_request_id)
        )
    }
    ///`GET /_sandbox/`: the path of `dashboard`.
    pub const DASHBOARD: &str = "/_sandbox/";
    ///`GET /_sandbox/state`: the path of `read_state`.
    pub const READ_STATE: &str = "/_sandbox/state";
    ///`POST /_sandbox/reset`: the path of `reset`.
    pub const RESET: &str = "/_sandbox/reset";
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `StkAnswer`'s properties.
    pub mod stk_answer {
        pub const OUTCOME: &str = "outcome";
    }
    ///The wire names of `ControlRefusal`'s properties.
    pub mod control_refusal {
        pub const DETAIL: &str = "detail";
    }
    ///The wire names of `PushRecord`'s properties.
    pub mod push_record {
        pub const CHECKOUT_REQUEST_ID: &str = "checkout_request_id";
        pub const MERCHANT_REQUEST_ID: &str = "merchant_request_id";
        pub const SHORTCODE: &str = "shortcode";
        pub const PHONE: &str = "phone";
        pub const AMOUNT: &str = "amount";
        pub const ACCOUNT_REFERENCE: &str = "account_reference";
        pub const CALLBACK_URL: &str = "callback_url";
        pub const RESULT_CODE: &str = "result_code";
        pub const RECEIPT: &str = "receipt";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `RequestRecord`'s properties.
    pub mod request_record {
        pub const KIND: &str = "kind";
        pub const CONVERSATION_ID: &str = "conversation_id";
        pub const ORIGINATOR_CONVERSATION_ID: &str = "originator_conversation_id";
        pub const RESULT_CODE: &str = "result_code";
        pub const AMOUNT: &str = "amount";
        pub const RECEIPT: &str = "receipt";
        pub const RESULT_URL: &str = "result_url";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `C2bRecord`'s properties.
    pub mod c2b_record {
        pub const RECEIPT: &str = "receipt";
        pub const SHORTCODE: &str = "shortcode";
        pub const PHONE: &str = "phone";
        pub const AMOUNT: &str = "amount";
        pub const ACCOUNT: &str = "account";
        pub const STATE: &str = "state";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `Delivery`'s properties.
    pub mod delivery {
        pub const KIND: &str = "kind";
        pub const URL: &str = "url";
        pub const ATTEMPT: &str = "attempt";
        pub const BODY: &str = "body";
        pub const STATUS: &str = "status";
        pub const ANSWER: &str = "answer";
        pub const ERROR: &str = "error";
    }
    ///The wire names of `Registration`'s properties.
    pub mod registration {
        pub const SHORTCODE: &str = "shortcode";
        pub const CONFIRMATION_URL: &str = "confirmation_url";
        pub const VALIDATION_URL: &str = "validation_url";
        pub const RESPONSE_TYPE: &str = "response_type";
    }
    ///The wire names of `Balances`'s properties.
    pub mod balances {
        pub const UTILITY: &str = "utility";
        pub const WORKING: &str = "working";
    }
    ///The wire names of `Snapshot`'s properties.
    pub mod snapshot {
        pub const PUSHES: &str = "pushes";
        pub const REQUESTS: &str = "requests";
        pub const C2B_PAYMENTS: &str = "c2b_payments";
        pub const DELIVERIES: &str = "deliveries";
        pub const REGISTRATIONS: &str = "registrations";
        pub const BALANCES: &str = "balances";
        pub const TOKENS_ISSUED: &str = "tokens_issued";
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
    ///The business shortcode's accounts, in shillings (decimals as text).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Balances {
        ///The utility account, which B2C and B2B pay from.
        pub utility: ::std::string::String,
        ///The working account, which customers' payments credit.
        pub working: ::std::string::String,
    }
    impl Balances {
        pub fn builder() -> builder::Balances {
            Default::default()
        }
    }
    ///A customer's payment to a shortcode (simulated, or the payment of an STK push).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct C2bRecord {
        ///The account, for a paybill.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<::std::string::String>,
        ///Whole shillings.
        pub amount: ::daraja::types::Amount,
        ///When it was paid.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The paying customer.
        pub phone: ::daraja::types::Msisdn,
        ///Its M-Pesa receipt.
        pub receipt: ::daraja::types::TransactionId,
        ///The shortcode paid.
        pub shortcode: ::daraja::types::ShortCode,
        ///Where it stands.
        pub state: C2bState,
    }
    impl C2bRecord {
        pub fn builder() -> builder::C2bRecord {
            Default::default()
        }
    }
    ///Where a customer's payment stands: completed, rejected by validation, or reversed.
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
    pub enum C2bState {
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "rejected")]
        Rejected,
        #[serde(rename = "reversed")]
        Reversed,
    }
    impl ::std::fmt::Display for C2bState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Completed => f.write_str("completed"),
                Self::Rejected => f.write_str("rejected"),
                Self::Reversed => f.write_str("reversed"),
            }
        }
    }
    impl ::std::str::FromStr for C2bState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "completed" => Ok(Self::Completed),
                "rejected" => Ok(Self::Rejected),
                "reversed" => Ok(Self::Reversed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for C2bState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for C2bState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Which callback a delivery was.
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
    pub enum CallbackKind {
        #[serde(rename = "stk")]
        Stk,
        #[serde(rename = "result")]
        Result,
        #[serde(rename = "c2b_validation")]
        C2bValidation,
        #[serde(rename = "c2b_confirmation")]
        C2bConfirmation,
    }
    impl ::std::fmt::Display for CallbackKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Stk => f.write_str("stk"),
                Self::Result => f.write_str("result"),
                Self::C2bValidation => f.write_str("c2b_validation"),
                Self::C2bConfirmation => f.write_str("c2b_confirmation"),
            }
        }
    }
    impl ::std::str::FromStr for CallbackKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "stk" => Ok(Self::Stk),
                "result" => Ok(Self::Result),
                "c2b_validation" => Ok(Self::C2bValidation),
                "c2b_confirmation" => Ok(Self::C2bConfirmation),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CallbackKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CallbackKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    ///One attempt at delivering a callback.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Delivery {
        ///The merchant's answer, when it was a JSON object.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answer: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///1 for the first attempt.
        pub attempt: ::std::num::NonZeroU64,
        ///The body sent.
        pub body: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Why there was no answer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Which callback.
        pub kind: CallbackKind,
        ///The merchant's HTTP status, if it answered.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
        ///Where it was POSTed.
        pub url: ::std::string::String,
    }
    impl Delivery {
        pub fn builder() -> builder::Delivery {
            Default::default()
        }
    }
    ///An STK push the sandbox holds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PushRecord {
        ///The account shown to the customer.
        pub account_reference: ::std::string::String,
        ///Whole shillings.
        pub amount: ::daraja::types::Amount,
        ///Where the outcome is POSTed.
        pub callback_url: ::std::string::String,
        ///Its checkout id.
        pub checkout_request_id: ::daraja::types::CheckoutRequestId,
        ///When it was pushed.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its merchant request id.
        pub merchant_request_id: ::daraja::types::MerchantRequestId,
        ///The phone prompted.
        pub phone: ::daraja::types::Msisdn,
        ///The M-Pesa receipt, when paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt: ::std::option::Option<::daraja::types::TransactionId>,
        ///How it ended; absent while pending.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result_code: ::std::option::Option<::daraja::types::StkResultCode>,
        ///The paybill or till paid.
        pub shortcode: ::daraja::types::ShortCode,
    }
    impl PushRecord {
        pub fn builder() -> builder::PushRecord {
            Default::default()
        }
    }
    ///The C2B URLs of a shortcode.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Registration {
        ///Where completed payments are POSTed.
        pub confirmation_url: ::std::string::String,
        ///What happens when validation cannot be reached.
        pub response_type: ::daraja::types::C2bResponseType,
        ///The shortcode.
        pub shortcode: ::daraja::types::ShortCode,
        ///Where payments are POSTed for validation.
        pub validation_url: ::std::string::String,
    }
    impl Registration {
        pub fn builder() -> builder::Registration {
            Default::default()
        }
    }
    ///Which asynchronous operation a request was.
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
    pub enum RequestKind {
        #[serde(rename = "b2c")]
        B2c,
        #[serde(rename = "b2b")]
        B2b,
        #[serde(rename = "transaction_status")]
        TransactionStatus,
        #[serde(rename = "account_balance")]
        AccountBalance,
        #[serde(rename = "reversal")]
        Reversal,
    }
    impl ::std::fmt::Display for RequestKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::B2c => f.write_str("b2c"),
                Self::B2b => f.write_str("b2b"),
                Self::TransactionStatus => f.write_str("transaction_status"),
                Self::AccountBalance => f.write_str("account_balance"),
                Self::Reversal => f.write_str("reversal"),
            }
        }
    }
    impl ::std::str::FromStr for RequestKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "b2c" => Ok(Self::B2c),
                "b2b" => Ok(Self::B2b),
                "transaction_status" => Ok(Self::TransactionStatus),
                "account_balance" => Ok(Self::AccountBalance),
                "reversal" => Ok(Self::Reversal),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RequestKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RequestKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An asynchronous request the sandbox accepted, and its result.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RequestRecord {
        ///The amount moved, for a payment or reversal; absent otherwise.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::daraja::types::Amount>,
        ///M-Pesa's key of the request.
        pub conversation_id: ::daraja::types::ConversationId,
        ///When it was accepted.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Which operation.
        pub kind: RequestKind,
        ///The request's key (the merchant's, for a B2C v3).
        pub originator_conversation_id: ::daraja::types::OriginatorConversationId,
        ///The M-Pesa receipt of the transaction it made, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt: ::std::option::Option<::daraja::types::TransactionId>,
        ///How it ended.
        pub result_code: ::daraja::types::ResultCode,
        ///Where its result is POSTed.
        pub result_url: ::std::string::String,
    }
    impl RequestRecord {
        pub fn builder() -> builder::RequestRecord {
            Default::default()
        }
    }
    ///Everything the sandbox holds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Snapshot {
        ///The business shortcode's accounts.
        pub balances: Balances,
        ///Every customer payment to a shortcode, oldest first.
        pub c2b_payments: ::std::vec::Vec<C2bRecord>,
        ///Every callback delivery attempt, oldest first.
        pub deliveries: ::std::vec::Vec<Delivery>,
        ///Every STK push, oldest first.
        pub pushes: ::std::vec::Vec<PushRecord>,
        ///The C2B URLs registered.
        pub registrations: ::std::vec::Vec<Registration>,
        ///Every asynchronous request accepted, oldest first.
        pub requests: ::std::vec::Vec<RequestRecord>,
        ///How many access tokens were issued.
        pub tokens_issued: u64,
    }
    impl Snapshot {
        pub fn builder() -> builder::Snapshot {
            Default::default()
        }
    }
    ///The customer's answer to a prompt.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StkAnswer {
        ///How the customer answers.
        pub outcome: StkOutcome,
    }
    impl StkAnswer {
        pub fn builder() -> builder::StkAnswer {
            Default::default()
        }
    }
    /**How the customer answers: pays, cancels (`1032`), enters a wrong PIN
(`2001`), or never answers (`1037`, the phone cannot be reached).
*/
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
    pub enum StkOutcome {
        #[serde(rename = "paid")]
        Paid,
        #[serde(rename = "cancelled")]
        Cancelled,
        #[serde(rename = "wrong_pin")]
        WrongPin,
        #[serde(rename = "unreachable")]
        Unreachable,
    }
    impl ::std::fmt::Display for StkOutcome {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Paid => f.write_str("paid"),
                Self::Cancelled => f.write_str("cancelled"),
                Self::WrongPin => f.write_str("wrong_pin"),
                Self::Unreachable => f.write_str("unreachable"),
            }
        }
    }
    impl ::std::str::FromStr for StkOutcome {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "paid" => Ok(Self::Paid),
                "cancelled" => Ok(Self::Cancelled),
                "wrong_pin" => Ok(Self::WrongPin),
                "unreachable" => Ok(Self::Unreachable),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for StkOutcome {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StkOutcome {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Balances {
            utility: ::std::result::Result<::std::string::String, ::std::string::String>,
            working: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Balances {
            fn default() -> Self {
                Self {
                    utility: Err("no value supplied for utility".to_string()),
                    working: Err("no value supplied for working".to_string()),
                }
            }
        }
        impl Balances {
            pub fn utility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.utility = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for utility: {e}")
                    });
                self
            }
            pub fn working<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.working = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for working: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Balances> for super::Balances {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Balances,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    utility: value.utility?,
                    working: value.working?,
                })
            }
        }
        impl ::std::convert::From<super::Balances> for Balances {
            fn from(value: super::Balances) -> Self {
                Self {
                    utility: Ok(value.utility),
                    working: Ok(value.working),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct C2bRecord {
            account: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::daraja::types::Amount,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<::daraja::types::Msisdn, ::std::string::String>,
            receipt: ::std::result::Result<
                ::daraja::types::TransactionId,
                ::std::string::String,
            >,
            shortcode: ::std::result::Result<
                ::daraja::types::ShortCode,
                ::std::string::String,
            >,
            state: ::std::result::Result<super::C2bState, ::std::string::String>,
        }
        impl ::std::default::Default for C2bRecord {
            fn default() -> Self {
                Self {
                    account: Ok(Default::default()),
                    amount: Err("no value supplied for amount".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    phone: Err("no value supplied for phone".to_string()),
                    receipt: Err("no value supplied for receipt".to_string()),
                    shortcode: Err("no value supplied for shortcode".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl C2bRecord {
            pub fn account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::daraja::types::Amount>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
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
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::Msisdn>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn receipt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::TransactionId>,
                T::Error: ::std::fmt::Display,
            {
                self.receipt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receipt: {e}")
                    });
                self
            }
            pub fn shortcode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.shortcode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shortcode: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::C2bState>,
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
        impl ::std::convert::TryFrom<C2bRecord> for super::C2bRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: C2bRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account: value.account?,
                    amount: value.amount?,
                    created_at: value.created_at?,
                    phone: value.phone?,
                    receipt: value.receipt?,
                    shortcode: value.shortcode?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::C2bRecord> for C2bRecord {
            fn from(value: super::C2bRecord) -> Self {
                Self {
                    account: Ok(value.account),
                    amount: Ok(value.amount),
                    created_at: Ok(value.created_at),
                    phone: Ok(value.phone),
                    receipt: Ok(value.receipt),
                    shortcode: Ok(value.shortcode),
                    state: Ok(value.state),
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
            body: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::CallbackKind, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Delivery {
            fn default() -> Self {
                Self {
                    answer: Ok(Default::default()),
                    attempt: Err("no value supplied for attempt".to_string()),
                    body: Err("no value supplied for body".to_string()),
                    error: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    status: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Delivery {
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
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
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
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
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
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
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
                    answer: value.answer?,
                    attempt: value.attempt?,
                    body: value.body?,
                    error: value.error?,
                    kind: value.kind?,
                    status: value.status?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Delivery> for Delivery {
            fn from(value: super::Delivery) -> Self {
                Self {
                    answer: Ok(value.answer),
                    attempt: Ok(value.attempt),
                    body: Ok(value.body),
                    error: Ok(value.error),
                    kind: Ok(value.kind),
                    status: Ok(value.status),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PushRecord {
            account_reference: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::daraja::types::Amount,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            checkout_request_id: ::std::result::Result<
                ::daraja::types::CheckoutRequestId,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            merchant_request_id: ::std::result::Result<
                ::daraja::types::MerchantRequestId,
                ::std::string::String,
            >,
            phone: ::std::result::Result<::daraja::types::Msisdn, ::std::string::String>,
            receipt: ::std::result::Result<
                ::std::option::Option<::daraja::types::TransactionId>,
                ::std::string::String,
            >,
            result_code: ::std::result::Result<
                ::std::option::Option<::daraja::types::StkResultCode>,
                ::std::string::String,
            >,
            shortcode: ::std::result::Result<
                ::daraja::types::ShortCode,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PushRecord {
            fn default() -> Self {
                Self {
                    account_reference: Err(
                        "no value supplied for account_reference".to_string(),
                    ),
                    amount: Err("no value supplied for amount".to_string()),
                    callback_url: Err("no value supplied for callback_url".to_string()),
                    checkout_request_id: Err(
                        "no value supplied for checkout_request_id".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    merchant_request_id: Err(
                        "no value supplied for merchant_request_id".to_string(),
                    ),
                    phone: Err("no value supplied for phone".to_string()),
                    receipt: Ok(Default::default()),
                    result_code: Ok(Default::default()),
                    shortcode: Err("no value supplied for shortcode".to_string()),
                }
            }
        }
        impl PushRecord {
            pub fn account_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_reference: {e}"
                        )
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::Amount>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn checkout_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::CheckoutRequestId>,
                T::Error: ::std::fmt::Display,
            {
                self.checkout_request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for checkout_request_id: {e}"
                        )
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
            pub fn merchant_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::MerchantRequestId>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_request_id: {e}"
                        )
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::Msisdn>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn receipt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::daraja::types::TransactionId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.receipt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receipt: {e}")
                    });
                self
            }
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::daraja::types::StkResultCode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_code: {e}")
                    });
                self
            }
            pub fn shortcode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.shortcode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shortcode: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PushRecord> for super::PushRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PushRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_reference: value.account_reference?,
                    amount: value.amount?,
                    callback_url: value.callback_url?,
                    checkout_request_id: value.checkout_request_id?,
                    created_at: value.created_at?,
                    merchant_request_id: value.merchant_request_id?,
                    phone: value.phone?,
                    receipt: value.receipt?,
                    result_code: value.result_code?,
                    shortcode: value.shortcode?,
                })
            }
        }
        impl ::std::convert::From<super::PushRecord> for PushRecord {
            fn from(value: super::PushRecord) -> Self {
                Self {
                    account_reference: Ok(value.account_reference),
                    amount: Ok(value.amount),
                    callback_url: Ok(value.callback_url),
                    checkout_request_id: Ok(value.checkout_request_id),
                    created_at: Ok(value.created_at),
                    merchant_request_id: Ok(value.merchant_request_id),
                    phone: Ok(value.phone),
                    receipt: Ok(value.receipt),
                    result_code: Ok(value.result_code),
                    shortcode: Ok(value.shortcode),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Registration {
            confirmation_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_type: ::std::result::Result<
                ::daraja::types::C2bResponseType,
                ::std::string::String,
            >,
            shortcode: ::std::result::Result<
                ::daraja::types::ShortCode,
                ::std::string::String,
            >,
            validation_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Registration {
            fn default() -> Self {
                Self {
                    confirmation_url: Err(
                        "no value supplied for confirmation_url".to_string(),
                    ),
                    response_type: Err(
                        "no value supplied for response_type".to_string(),
                    ),
                    shortcode: Err("no value supplied for shortcode".to_string()),
                    validation_url: Err(
                        "no value supplied for validation_url".to_string(),
                    ),
                }
            }
        }
        impl Registration {
            pub fn confirmation_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.confirmation_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for confirmation_url: {e}"
                        )
                    });
                self
            }
            pub fn response_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::C2bResponseType>,
                T::Error: ::std::fmt::Display,
            {
                self.response_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_type: {e}")
                    });
                self
            }
            pub fn shortcode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.shortcode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shortcode: {e}")
                    });
                self
            }
            pub fn validation_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.validation_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for validation_url: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Registration> for super::Registration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Registration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    confirmation_url: value.confirmation_url?,
                    response_type: value.response_type?,
                    shortcode: value.shortcode?,
                    validation_url: value.validation_url?,
                })
            }
        }
        impl ::std::convert::From<super::Registration> for Registration {
            fn from(value: super::Registration) -> Self {
                Self {
                    confirmation_url: Ok(value.confirmation_url),
                    response_type: Ok(value.response_type),
                    shortcode: Ok(value.shortcode),
                    validation_url: Ok(value.validation_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestRecord {
            amount: ::std::result::Result<
                ::std::option::Option<::daraja::types::Amount>,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::daraja::types::ConversationId,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::RequestKind, ::std::string::String>,
            originator_conversation_id: ::std::result::Result<
                ::daraja::types::OriginatorConversationId,
                ::std::string::String,
            >,
            receipt: ::std::result::Result<
                ::std::option::Option<::daraja::types::TransactionId>,
                ::std::string::String,
            >,
            result_code: ::std::result::Result<
                ::daraja::types::ResultCode,
                ::std::string::String,
            >,
            result_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestRecord {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    conversation_id: Err(
                        "no value supplied for conversation_id".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    originator_conversation_id: Err(
                        "no value supplied for originator_conversation_id".to_string(),
                    ),
                    receipt: Ok(Default::default()),
                    result_code: Err("no value supplied for result_code".to_string()),
                    result_url: Err("no value supplied for result_url".to_string()),
                }
            }
        }
        impl RequestRecord {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::daraja::types::Amount>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::ConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
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
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RequestKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn originator_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::OriginatorConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.originator_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for originator_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn receipt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::daraja::types::TransactionId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.receipt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receipt: {e}")
                    });
                self
            }
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::daraja::types::ResultCode>,
                T::Error: ::std::fmt::Display,
            {
                self.result_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_code: {e}")
                    });
                self
            }
            pub fn result_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.result_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestRecord> for super::RequestRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    conversation_id: value.conversation_id?,
                    created_at: value.created_at?,
                    kind: value.kind?,
                    originator_conversation_id: value.originator_conversation_id?,
                    receipt: value.receipt?,
                    result_code: value.result_code?,
                    result_url: value.result_url?,
                })
            }
        }
        impl ::std::convert::From<super::RequestRecord> for RequestRecord {
            fn from(value: super::RequestRecord) -> Self {
                Self {
                    amount: Ok(value.amount),
                    conversation_id: Ok(value.conversation_id),
                    created_at: Ok(value.created_at),
                    kind: Ok(value.kind),
                    originator_conversation_id: Ok(value.originator_conversation_id),
                    receipt: Ok(value.receipt),
                    result_code: Ok(value.result_code),
                    result_url: Ok(value.result_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Snapshot {
            balances: ::std::result::Result<super::Balances, ::std::string::String>,
            c2b_payments: ::std::result::Result<
                ::std::vec::Vec<super::C2bRecord>,
                ::std::string::String,
            >,
            deliveries: ::std::result::Result<
                ::std::vec::Vec<super::Delivery>,
                ::std::string::String,
            >,
            pushes: ::std::result::Result<
                ::std::vec::Vec<super::PushRecord>,
                ::std::string::String,
            >,
            registrations: ::std::result::Result<
                ::std::vec::Vec<super::Registration>,
                ::std::string::String,
            >,
            requests: ::std::result::Result<
                ::std::vec::Vec<super::RequestRecord>,
                ::std::string::String,
            >,
            tokens_issued: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for Snapshot {
            fn default() -> Self {
                Self {
                    balances: Err("no value supplied for balances".to_string()),
                    c2b_payments: Err("no value supplied for c2b_payments".to_string()),
                    deliveries: Err("no value supplied for deliveries".to_string()),
                    pushes: Err("no value supplied for pushes".to_string()),
                    registrations: Err(
                        "no value supplied for registrations".to_string(),
                    ),
                    requests: Err("no value supplied for requests".to_string()),
                    tokens_issued: Err("no value supplied for tokens_issued".to_string()),
                }
            }
        }
        impl Snapshot {
            pub fn balances<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Balances>,
                T::Error: ::std::fmt::Display,
            {
                self.balances = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balances: {e}")
                    });
                self
            }
            pub fn c2b_payments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::C2bRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.c2b_payments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for c2b_payments: {e}")
                    });
                self
            }
            pub fn deliveries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Delivery>>,
                T::Error: ::std::fmt::Display,
            {
                self.deliveries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deliveries: {e}")
                    });
                self
            }
            pub fn pushes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PushRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.pushes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pushes: {e}")
                    });
                self
            }
            pub fn registrations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Registration>>,
                T::Error: ::std::fmt::Display,
            {
                self.registrations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for registrations: {e}")
                    });
                self
            }
            pub fn requests<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RequestRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.requests = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requests: {e}")
                    });
                self
            }
            pub fn tokens_issued<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
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
                    balances: value.balances?,
                    c2b_payments: value.c2b_payments?,
                    deliveries: value.deliveries?,
                    pushes: value.pushes?,
                    registrations: value.registrations?,
                    requests: value.requests?,
                    tokens_issued: value.tokens_issued?,
                })
            }
        }
        impl ::std::convert::From<super::Snapshot> for Snapshot {
            fn from(value: super::Snapshot) -> Self {
                Self {
                    balances: Ok(value.balances),
                    c2b_payments: Ok(value.c2b_payments),
                    deliveries: Ok(value.deliveries),
                    pushes: Ok(value.pushes),
                    registrations: Ok(value.registrations),
                    requests: Ok(value.requests),
                    tokens_issued: Ok(value.tokens_issued),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StkAnswer {
            outcome: ::std::result::Result<super::StkOutcome, ::std::string::String>,
        }
        impl ::std::default::Default for StkAnswer {
            fn default() -> Self {
                Self {
                    outcome: Err("no value supplied for outcome".to_string()),
                }
            }
        }
        impl StkAnswer {
            pub fn outcome<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StkOutcome>,
                T::Error: ::std::fmt::Display,
            {
                self.outcome = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for outcome: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StkAnswer> for super::StkAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StkAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { outcome: value.outcome? })
            }
        }
        impl ::std::convert::From<super::StkAnswer> for StkAnswer {
            fn from(value: super::StkAnswer) -> Self {
                Self { outcome: Ok(value.outcome) }
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
/**Client for Daraja sandbox controls

The test controls of `daraja-sandbox`, the stateful fake of Safaricom's
Daraja, under `/_sandbox/` (a prefix Daraja does not use): the
customer's answer to an STK prompt, and everything the sandbox holds.
The controls every sandbox shares (faults, clock) are in
`pesa-sandbox`'s `sandbox-controls.yaml`; Daraja's own operations are in
`daraja/openapi/daraja.yaml`, whose schemas this document uses.

Nothing here exists on Daraja.


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
    /**The customer answers a pending STK prompt

The push ends as the body says; its callback is POSTed to the
push's `CallBackURL` before the answer, which shows how it went.


Sends a `POST` request to `/_sandbox/stk/{checkout_request_id}`

Arguments:
- `checkout_request_id`: The push's checkout id.
- `body`
```ignore
let response = client.answer_stk()
    .checkout_request_id(checkout_request_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn answer_stk(&self) -> builder::AnswerStk<'_> {
        builder::AnswerStk::new(self)
    }
    /**The sandbox's dashboard, a web page

STK pushes (with buttons for the customer's answer: pay, cancel,
wrong PIN, unreachable), asynchronous requests and their results,
C2B payments, callback deliveries and the merchant's answers, and
the balances; it refreshes itself.


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
    /**Forgets pushes, requests, payments, deliveries and faults, and restores the balances

Sends a `POST` request to `/_sandbox/reset`

```ignore
let response = client.reset()
    .send()
    .await;
```*/
    pub fn reset(&self) -> builder::Reset<'_> {
        builder::Reset::new(self)
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
    /**Builder for [`Client::answer_stk`]

[`Client::answer_stk`]: super::Client::answer_stk*/
    #[derive(Debug, Clone)]
    pub struct AnswerStk<'a> {
        client: &'a super::Client,
        checkout_request_id: Result<::daraja::types::CheckoutRequestId, String>,
        body: Result<types::builder::StkAnswer, String>,
    }
    impl<'a> AnswerStk<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                checkout_request_id: Err(
                    "checkout_request_id was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn checkout_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::daraja::types::CheckoutRequestId>,
        {
            self.checkout_request_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: daraja :: types :: CheckoutRequestId` for checkout_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StkAnswer>,
            <V as std::convert::TryInto<types::StkAnswer>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `StkAnswer` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::StkAnswer) -> types::builder::StkAnswer,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/_sandbox/stk/{checkout_request_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PushRecord>, Error<types::ControlRefusal>> {
            let Self { client, checkout_request_id, body } = self;
            let checkout_request_id = checkout_request_id
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::StkAnswer::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/_sandbox/stk/{}", client.baseurl, encode_path(& checkout_request_id
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
                operation_id: "answer_stk",
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `answer_stk` (`POST /_sandbox/stk/{checkout_request_id}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct AnswerStk {
        ///The push's checkout id.
        #[serde(rename = "checkout_request_id")]
        pub checkout_request_id: ::daraja::types::CheckoutRequestId,
    }
}
