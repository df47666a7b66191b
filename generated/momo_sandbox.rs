// Generated from openapi/momo-sandbox.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the local gateway: The sandbox binary's default address.
    pub const LOCAL: &str = "http://127.0.0.1:8091";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`POST /_sandbox/requests/{referenceId}`: the path of `settle_request`.
    pub const SETTLE_REQUEST: &str = "/_sandbox/requests/{referenceId}";
    ///`/_sandbox/requests/{referenceId}` with its parameters filled in, percent-encoded.
    pub fn settle_request(reference_id: &str) -> ::std::string::String {
        format!("/_sandbox/requests/{}", ::progenitor_client::encode_path(reference_id))
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
    ///The wire names of `Settlement`'s properties.
    pub mod settlement {
        pub const OUTCOME: &str = "outcome";
    }
    ///The wire names of `ControlRefusal`'s properties.
    pub mod control_refusal {
        pub const DETAIL: &str = "detail";
    }
    ///The wire names of `RequestRecord`'s properties.
    pub mod request_record {
        pub const REFERENCE: &str = "reference";
        pub const KIND: &str = "kind";
        pub const PRODUCT: &str = "product";
        pub const CALLBACK_METHOD: &str = "callback_method";
        pub const API_USER: &str = "api_user";
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const EXTERNAL_ID: &str = "external_id";
        pub const PARTY: &str = "party";
        pub const REFUNDED: &str = "refunded";
        pub const PAYER_MESSAGE: &str = "payer_message";
        pub const PAYEE_NOTE: &str = "payee_note";
        pub const STATUS: &str = "status";
        pub const REASON: &str = "reason";
        pub const FINANCIAL_TRANSACTION_ID: &str = "financial_transaction_id";
        pub const CALLBACK_URL: &str = "callback_url";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `Delivery`'s properties.
    pub mod delivery {
        pub const REFERENCE: &str = "reference";
        pub const METHOD: &str = "method";
        pub const URL: &str = "url";
        pub const BODY: &str = "body";
        pub const STATUS: &str = "status";
        pub const ERROR: &str = "error";
    }
    ///The wire names of `UserRecord`'s properties.
    pub mod user_record {
        pub const ID: &str = "id";
        pub const CALLBACK_HOST: &str = "callback_host";
        pub const HAS_KEY: &str = "has_key";
    }
    ///The wire names of `Balances`'s properties.
    pub mod balances {
        pub const COLLECTION: &str = "collection";
        pub const DISBURSEMENT: &str = "disbursement";
        pub const REMITTANCE: &str = "remittance";
    }
    ///The wire names of `Snapshot`'s properties.
    pub mod snapshot {
        pub const USERS: &str = "users";
        pub const REQUESTS: &str = "requests";
        pub const DELIVERIES: &str = "deliveries";
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
    ///The merchant's account of each product.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Balances {
        ///The collection account's balance.
        pub collection: ::momo::types::ReceivedAmount,
        ///The disbursement account's balance.
        pub disbursement: ::momo::types::ReceivedAmount,
        ///The remittance account's balance.
        pub remittance: ::momo::types::ReceivedAmount,
    }
    impl Balances {
        pub fn builder() -> builder::Balances {
            Default::default()
        }
    }
    ///How its callback goes (POST for v1 operations, PUT for v2).
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
    pub enum CallbackMethod {
        #[serde(rename = "POST")]
        Post,
        #[serde(rename = "PUT")]
        Put,
    }
    impl ::std::fmt::Display for CallbackMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Post => f.write_str("POST"),
                Self::Put => f.write_str("PUT"),
            }
        }
    }
    impl ::std::str::FromStr for CallbackMethod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "POST" => Ok(Self::Post),
                "PUT" => Ok(Self::Put),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CallbackMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CallbackMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Why a control cannot act.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ControlRefusal {
        ///Why, in words.
        pub detail: ::std::string::String,
    }
    impl ControlRefusal {
        pub fn builder() -> builder::ControlRefusal {
            Default::default()
        }
    }
    ///A callback the sandbox delivered (once, as MTN does).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Delivery {
        ///What was sent.
        pub body: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Why it could not be sent, when it could not.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///POST (v1) or PUT (v2).
        pub method: CallbackMethod,
        ///The `X-Reference-Id` it was created under.
        pub reference: ::momo::types::ReferenceId,
        ///The merchant's HTTP status, when it answered.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
        ///Where it went.
        pub url: ::std::string::String,
    }
    impl Delivery {
        pub fn builder() -> builder::Delivery {
            Default::default()
        }
    }
    ///What a request is.
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
        #[serde(rename = "request_to_pay")]
        RequestToPay,
        #[serde(rename = "request_to_withdraw")]
        RequestToWithdraw,
        #[serde(rename = "deposit")]
        Deposit,
        #[serde(rename = "transfer")]
        Transfer,
        #[serde(rename = "refund")]
        Refund,
        #[serde(rename = "cash_transfer")]
        CashTransfer,
    }
    impl ::std::fmt::Display for RequestKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::RequestToPay => f.write_str("request_to_pay"),
                Self::RequestToWithdraw => f.write_str("request_to_withdraw"),
                Self::Deposit => f.write_str("deposit"),
                Self::Transfer => f.write_str("transfer"),
                Self::Refund => f.write_str("refund"),
                Self::CashTransfer => f.write_str("cash_transfer"),
            }
        }
    }
    impl ::std::str::FromStr for RequestKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "request_to_pay" => Ok(Self::RequestToPay),
                "request_to_withdraw" => Ok(Self::RequestToWithdraw),
                "deposit" => Ok(Self::Deposit),
                "transfer" => Ok(Self::Transfer),
                "refund" => Ok(Self::Refund),
                "cash_transfer" => Ok(Self::CashTransfer),
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
    ///A request the sandbox accepted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RequestRecord {
        ///Its amount.
        pub amount: ::momo::types::Amount,
        ///The API user that made it.
        pub api_user: ::momo::types::ReferenceId,
        ///How its callback goes.
        pub callback_method: CallbackMethod,
        ///Where its callback goes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///When it was created, by the sandbox clock.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its currency.
        pub currency: ::momo::types::Currency,
        ///The merchant's id for reconciliation.
        pub external_id: ::std::string::String,
        ///MTN's id of the movement, once money moved.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub financial_transaction_id: ::std::option::Option<::std::string::String>,
        ///What it is.
        pub kind: RequestKind,
        ///The payer or payee (none for a refund).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub party: ::std::option::Option<::momo::types::Party>,
        ///The note in the payee's history.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payee_note: ::std::option::Option<::std::string::String>,
        ///The message in the payer's history.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payer_message: ::std::option::Option<::std::string::String>,
        ///The product it was made with.
        pub product: ::momo::types::Product,
        ///Why it failed, or why it is still pending.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::momo::types::ErrorReason>,
        ///The `X-Reference-Id` it was created under.
        pub reference: ::momo::types::ReferenceId,
        ///The request to pay a refund is for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refunded: ::std::option::Option<::momo::types::ReferenceId>,
        ///Its state.
        pub status: ::momo::types::Status,
    }
    impl RequestRecord {
        pub fn builder() -> builder::RequestRecord {
            Default::default()
        }
    }
    ///How a pending request ends.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Settlement {
        ///How it ends.
        pub outcome: SettlementOutcome,
    }
    impl Settlement {
        pub fn builder() -> builder::Settlement {
            Default::default()
        }
    }
    /**How the request ends: `approved` (SUCCESSFUL, the money moves, or
FAILED `NOT_ENOUGH_FUNDS` when the account paying cannot),
`rejected` (`APPROVAL_REJECTED`), `expired` (`EXPIRED`), `failed`
(`INTERNAL_PROCESSING_ERROR`).
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
    pub enum SettlementOutcome {
        #[serde(rename = "approved")]
        Approved,
        #[serde(rename = "rejected")]
        Rejected,
        #[serde(rename = "expired")]
        Expired,
        #[serde(rename = "failed")]
        Failed,
    }
    impl ::std::fmt::Display for SettlementOutcome {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Approved => f.write_str("approved"),
                Self::Rejected => f.write_str("rejected"),
                Self::Expired => f.write_str("expired"),
                Self::Failed => f.write_str("failed"),
            }
        }
    }
    impl ::std::str::FromStr for SettlementOutcome {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "approved" => Ok(Self::Approved),
                "rejected" => Ok(Self::Rejected),
                "expired" => Ok(Self::Expired),
                "failed" => Ok(Self::Failed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SettlementOutcome {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SettlementOutcome {
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
        ///The merchant's accounts.
        pub balances: Balances,
        ///Every callback delivered.
        pub deliveries: ::std::vec::Vec<Delivery>,
        ///Every request accepted.
        pub requests: ::std::vec::Vec<RequestRecord>,
        ///How many tokens were issued.
        pub tokens_issued: u64,
        ///Every API user.
        pub users: ::std::vec::Vec<UserRecord>,
    }
    impl Snapshot {
        pub fn builder() -> builder::Snapshot {
            Default::default()
        }
    }
    ///An API user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UserRecord {
        ///The host its callbacks may go to.
        pub callback_host: ::std::string::String,
        ///Whether it has an API key.
        pub has_key: bool,
        ///The user's id.
        pub id: ::momo::types::ReferenceId,
    }
    impl UserRecord {
        pub fn builder() -> builder::UserRecord {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Balances {
            collection: ::std::result::Result<
                ::momo::types::ReceivedAmount,
                ::std::string::String,
            >,
            disbursement: ::std::result::Result<
                ::momo::types::ReceivedAmount,
                ::std::string::String,
            >,
            remittance: ::std::result::Result<
                ::momo::types::ReceivedAmount,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Balances {
            fn default() -> Self {
                Self {
                    collection: Err("no value supplied for collection".to_string()),
                    disbursement: Err("no value supplied for disbursement".to_string()),
                    remittance: Err("no value supplied for remittance".to_string()),
                }
            }
        }
        impl Balances {
            pub fn collection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::ReceivedAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.collection = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for collection: {e}")
                    });
                self
            }
            pub fn disbursement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::ReceivedAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.disbursement = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for disbursement: {e}")
                    });
                self
            }
            pub fn remittance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::ReceivedAmount>,
                T::Error: ::std::fmt::Display,
            {
                self.remittance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remittance: {e}")
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
                    collection: value.collection?,
                    disbursement: value.disbursement?,
                    remittance: value.remittance?,
                })
            }
        }
        impl ::std::convert::From<super::Balances> for Balances {
            fn from(value: super::Balances) -> Self {
                Self {
                    collection: Ok(value.collection),
                    disbursement: Ok(value.disbursement),
                    remittance: Ok(value.remittance),
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
            body: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<super::CallbackMethod, ::std::string::String>,
            reference: ::std::result::Result<
                ::momo::types::ReferenceId,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Delivery {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    error: Ok(Default::default()),
                    method: Err("no value supplied for method".to_string()),
                    reference: Err("no value supplied for reference".to_string()),
                    status: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Delivery {
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
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackMethod>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::ReferenceId>,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference: {e}")
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
                    body: value.body?,
                    error: value.error?,
                    method: value.method?,
                    reference: value.reference?,
                    status: value.status?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Delivery> for Delivery {
            fn from(value: super::Delivery) -> Self {
                Self {
                    body: Ok(value.body),
                    error: Ok(value.error),
                    method: Ok(value.method),
                    reference: Ok(value.reference),
                    status: Ok(value.status),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestRecord {
            amount: ::std::result::Result<::momo::types::Amount, ::std::string::String>,
            api_user: ::std::result::Result<
                ::momo::types::ReferenceId,
                ::std::string::String,
            >,
            callback_method: ::std::result::Result<
                super::CallbackMethod,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::momo::types::Currency,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            financial_transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::RequestKind, ::std::string::String>,
            party: ::std::result::Result<
                ::std::option::Option<::momo::types::Party>,
                ::std::string::String,
            >,
            payee_note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payer_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::momo::types::Product,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::momo::types::ErrorReason>,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::momo::types::ReferenceId,
                ::std::string::String,
            >,
            refunded: ::std::result::Result<
                ::std::option::Option<::momo::types::ReferenceId>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::momo::types::Status, ::std::string::String>,
        }
        impl ::std::default::Default for RequestRecord {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    api_user: Err("no value supplied for api_user".to_string()),
                    callback_method: Err(
                        "no value supplied for callback_method".to_string(),
                    ),
                    callback_url: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    external_id: Err("no value supplied for external_id".to_string()),
                    financial_transaction_id: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    party: Ok(Default::default()),
                    payee_note: Ok(Default::default()),
                    payer_message: Ok(Default::default()),
                    product: Err("no value supplied for product".to_string()),
                    reason: Ok(Default::default()),
                    reference: Err("no value supplied for reference".to_string()),
                    refunded: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl RequestRecord {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::Amount>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn api_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::ReferenceId>,
                T::Error: ::std::fmt::Display,
            {
                self.api_user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_user: {e}")
                    });
                self
            }
            pub fn callback_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackMethod>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for callback_method: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
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
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn financial_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.financial_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for financial_transaction_id: {e}"
                        )
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
            pub fn party<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::momo::types::Party>>,
                T::Error: ::std::fmt::Display,
            {
                self.party = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party: {e}")
                    });
                self
            }
            pub fn payee_note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee_note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee_note: {e}")
                    });
                self
            }
            pub fn payer_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_message: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::Product>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::momo::types::ErrorReason>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::ReferenceId>,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference: {e}")
                    });
                self
            }
            pub fn refunded<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::momo::types::ReferenceId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refunded = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refunded: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::Status>,
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
        impl ::std::convert::TryFrom<RequestRecord> for super::RequestRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    api_user: value.api_user?,
                    callback_method: value.callback_method?,
                    callback_url: value.callback_url?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    external_id: value.external_id?,
                    financial_transaction_id: value.financial_transaction_id?,
                    kind: value.kind?,
                    party: value.party?,
                    payee_note: value.payee_note?,
                    payer_message: value.payer_message?,
                    product: value.product?,
                    reason: value.reason?,
                    reference: value.reference?,
                    refunded: value.refunded?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::RequestRecord> for RequestRecord {
            fn from(value: super::RequestRecord) -> Self {
                Self {
                    amount: Ok(value.amount),
                    api_user: Ok(value.api_user),
                    callback_method: Ok(value.callback_method),
                    callback_url: Ok(value.callback_url),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    external_id: Ok(value.external_id),
                    financial_transaction_id: Ok(value.financial_transaction_id),
                    kind: Ok(value.kind),
                    party: Ok(value.party),
                    payee_note: Ok(value.payee_note),
                    payer_message: Ok(value.payer_message),
                    product: Ok(value.product),
                    reason: Ok(value.reason),
                    reference: Ok(value.reference),
                    refunded: Ok(value.refunded),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Settlement {
            outcome: ::std::result::Result<
                super::SettlementOutcome,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Settlement {
            fn default() -> Self {
                Self {
                    outcome: Err("no value supplied for outcome".to_string()),
                }
            }
        }
        impl Settlement {
            pub fn outcome<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SettlementOutcome>,
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
        impl ::std::convert::TryFrom<Settlement> for super::Settlement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Settlement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { outcome: value.outcome? })
            }
        }
        impl ::std::convert::From<super::Settlement> for Settlement {
            fn from(value: super::Settlement) -> Self {
                Self { outcome: Ok(value.outcome) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Snapshot {
            balances: ::std::result::Result<super::Balances, ::std::string::String>,
            deliveries: ::std::result::Result<
                ::std::vec::Vec<super::Delivery>,
                ::std::string::String,
            >,
            requests: ::std::result::Result<
                ::std::vec::Vec<super::RequestRecord>,
                ::std::string::String,
            >,
            tokens_issued: ::std::result::Result<u64, ::std::string::String>,
            users: ::std::result::Result<
                ::std::vec::Vec<super::UserRecord>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Snapshot {
            fn default() -> Self {
                Self {
                    balances: Err("no value supplied for balances".to_string()),
                    deliveries: Err("no value supplied for deliveries".to_string()),
                    requests: Err("no value supplied for requests".to_string()),
                    tokens_issued: Err(
                        "no value supplied for tokens_issued".to_string(),
                    ),
                    users: Err("no value supplied for users".to_string()),
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
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for users: {e}")
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
                    deliveries: value.deliveries?,
                    requests: value.requests?,
                    tokens_issued: value.tokens_issued?,
                    users: value.users?,
                })
            }
        }
        impl ::std::convert::From<super::Snapshot> for Snapshot {
            fn from(value: super::Snapshot) -> Self {
                Self {
                    balances: Ok(value.balances),
                    deliveries: Ok(value.deliveries),
                    requests: Ok(value.requests),
                    tokens_issued: Ok(value.tokens_issued),
                    users: Ok(value.users),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserRecord {
            callback_host: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            has_key: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::momo::types::ReferenceId, ::std::string::String>,
        }
        impl ::std::default::Default for UserRecord {
            fn default() -> Self {
                Self {
                    callback_host: Err(
                        "no value supplied for callback_host".to_string(),
                    ),
                    has_key: Err("no value supplied for has_key".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl UserRecord {
            pub fn callback_host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_host = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_host: {e}")
                    });
                self
            }
            pub fn has_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_key: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::momo::types::ReferenceId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<UserRecord> for super::UserRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_host: value.callback_host?,
                    has_key: value.has_key?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::UserRecord> for UserRecord {
            fn from(value: super::UserRecord) -> Self {
                Self {
                    callback_host: Ok(value.callback_host),
                    has_key: Ok(value.has_key),
                    id: Ok(value.id),
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
/**Client for MTN MoMo sandbox controls

The test controls of `mtn-momo-sandbox`, the stateful fake of MTN's
Mobile Money Open API, under `/_sandbox/` (a prefix MTN does not use):
the customer's answer to a pending request, and everything the sandbox
holds. The controls every sandbox shares (faults, clock) are in
`pesa-sandbox`'s `sandbox-controls.yaml`; MTN's own operations are in
`momo/openapi/momo.yaml`, whose schemas this document uses.

Nothing here exists on MTN's gateway.


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
    /**A pending request ends as the body says

The customer approves or declines a request to pay or to withdraw,
or MTN ends any pending request; the money moves on success, and
the callback (POST for v1, PUT for v2) is delivered, once, before
the answer, which shows how it went.


Sends a `POST` request to `/_sandbox/requests/{referenceId}`

Arguments:
- `reference_id`: The request's `X-Reference-Id`.
- `body`
```ignore
let response = client.settle_request()
    .reference_id(reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn settle_request(&self) -> builder::SettleRequest<'_> {
        builder::SettleRequest::new(self)
    }
    /**The sandbox's dashboard, a web page

Requests to pay, transfers and the others (with buttons to settle
a pending one: approve, reject, expire, fail), callback deliveries
and the merchant's answers, and the balances; it refreshes itself.


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
    /**Forgets requests, deliveries and faults, and restores the balances (API users stay)

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
    /**Builder for [`Client::settle_request`]

[`Client::settle_request`]: super::Client::settle_request*/
    #[derive(Debug, Clone)]
    pub struct SettleRequest<'a> {
        client: &'a super::Client,
        reference_id: Result<::momo::types::ReferenceId, String>,
        body: Result<types::builder::Settlement, String>,
    }
    impl<'a> SettleRequest<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                reference_id: Err("reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::momo::types::ReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: momo :: types :: ReferenceId` for reference_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Settlement>,
            <V as std::convert::TryInto<types::Settlement>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `Settlement` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::Settlement,
            ) -> types::builder::Settlement,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/_sandbox/requests/{referenceId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RequestRecord>, Error<types::ControlRefusal>> {
            let Self { client, reference_id, body } = self;
            let reference_id = reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Settlement::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/_sandbox/requests/{}", client.baseurl, encode_path(& reference_id
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
                operation_id: "settle_request",
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
    ///The path and query parameters of `settle_request` (`POST /_sandbox/requests/{referenceId}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct SettleRequest {
        ///The request's `X-Reference-Id`.
        #[serde(rename = "referenceId")]
        pub reference_id: ::momo::types::ReferenceId,
    }
}
