// Generated from openapi/vodacom-sandbox.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the local gateway: The sandbox binary's default address.
    pub const LOCAL: &str = "http://127.0.0.1:8092";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`GET /_sandbox/state`: the path of `read_state`.
    pub const READ_STATE: &str = "/_sandbox/state";
    ///`POST /_sandbox/reset`: the path of `reset`.
    pub const RESET: &str = "/_sandbox/reset";
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `ControlRefusal`'s properties.
    pub mod control_refusal {
        pub const DETAIL: &str = "detail";
    }
    ///The wire names of `Sessions`'s properties.
    pub mod sessions {
        pub const OPENED: &str = "opened";
        pub const LIVE: &str = "live";
    }
    ///The wire names of `TransactionRecord`'s properties.
    pub mod transaction_record {
        pub const THIRD_PARTY_CONVERSATION_ID: &str = "third_party_conversation_id";
        pub const KIND: &str = "kind";
        pub const COUNTRY: &str = "country";
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const PARTY: &str = "party";
        pub const RESPONSE_CODE: &str = "response_code";
        pub const STATUS: &str = "status";
        pub const TRANSACTION_ID: &str = "transaction_id";
        pub const CONVERSATION_ID: &str = "conversation_id";
        pub const REVERSED: &str = "reversed";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `MandateRecord`'s properties.
    pub mod mandate_record {
        pub const THIRD_PARTY_CONVERSATION_ID: &str = "third_party_conversation_id";
        pub const REFERENCE: &str = "reference";
        pub const CUSTOMER: &str = "customer";
        pub const COUNTRY: &str = "country";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `MarketBalance`'s properties.
    pub mod market_balance {
        pub const COUNTRY: &str = "country";
        pub const CURRENCY: &str = "currency";
        pub const BALANCE: &str = "balance";
    }
    ///The wire names of `MozambiqueTransaction`'s properties.
    pub mod mozambique_transaction {
        pub const THIRD_PARTY_REFERENCE: &str = "third_party_reference";
        pub const KIND: &str = "kind";
        pub const AMOUNT: &str = "amount";
        pub const PARTY: &str = "party";
        pub const RESPONSE_CODE: &str = "response_code";
        pub const STATUS: &str = "status";
        pub const TRANSACTION_ID: &str = "transaction_id";
        pub const CONVERSATION_ID: &str = "conversation_id";
        pub const REVERSED: &str = "reversed";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `Mozambique`'s properties.
    pub mod mozambique {
        pub const TRANSACTIONS: &str = "transactions";
        pub const BALANCE: &str = "balance";
    }
    ///The wire names of `Snapshot`'s properties.
    pub mod snapshot {
        pub const MOZAMBIQUE: &str = "mozambique";
        pub const SESSIONS: &str = "sessions";
        pub const TRANSACTIONS: &str = "transactions";
        pub const MANDATES: &str = "mandates";
        pub const BALANCES: &str = "balances";
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
    ///A customer's direct debit mandate.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MandateRecord {
        ///The market's country.
        pub country: ::vodacom::types::Country,
        ///When, by the sandbox's clock.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The customer who gave it.
        pub customer: ::vodacom::types::Msisdn,
        ///The business's reference of the mandate.
        pub reference: ::std::string::String,
        ///The caller's key it was created under.
        pub third_party_conversation_id: ::vodacom::types::ThirdPartyConversationId,
    }
    impl MandateRecord {
        pub fn builder() -> builder::MandateRecord {
            Default::default()
        }
    }
    ///The business's account in one market.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MarketBalance {
        ///What the business holds there.
        pub balance: ::rust_decimal::Decimal,
        ///The market's country.
        pub country: ::vodacom::types::Country,
        ///Its currency.
        pub currency: ::vodacom::types::Currency,
    }
    impl MarketBalance {
        pub fn builder() -> builder::MarketBalance {
            Default::default()
        }
    }
    ///Mozambique's side of the sandbox (no sessions; a port per operation).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Mozambique {
        ///What the business holds, in meticais.
        pub balance: ::rust_decimal::Decimal,
        ///Every money-moving request answered, oldest first.
        pub transactions: ::std::vec::Vec<MozambiqueTransaction>,
    }
    impl Mozambique {
        pub fn builder() -> builder::Mozambique {
            Default::default()
        }
    }
    ///A money-moving request of Mozambique's (`vodacom-mozambique.yaml`) the sandbox answered, carried out or refused.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MozambiqueTransaction {
        ///How much, in meticais.
        pub amount: ::vodacom::types::Amount,
        ///The gateway's key of the request.
        pub conversation_id: ::vodacom::types::ConversationId,
        ///When, by the sandbox's clock.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///What it is.
        pub kind: TransactionKind,
        ///The other side, a customer's number or a business's code, or the transaction reversed.
        pub party: ::std::string::String,
        ///How the gateway answered it.
        pub response_code: ::vodacom::types::ResponseCode,
        ///Whether a reversal undid it.
        pub reversed: bool,
        ///Where it stands, as `queryTransactionStatus` says.
        pub status: ::vodacom::types::TransactionStatus,
        ///The caller's key it was sent under.
        pub third_party_reference: ::vodacom::types::ThirdPartyConversationId,
        ///M-Pesa's id of the transaction, when one was made.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_id: ::std::option::Option<::vodacom::types::TransactionId>,
    }
    impl MozambiqueTransaction {
        pub fn builder() -> builder::MozambiqueTransaction {
            Default::default()
        }
    }
    ///The sessions opened, and how many are live by the sandbox's clock (their ids are secrets, never shown).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Sessions {
        ///Of those, the ones live now.
        pub live: u64,
        ///Sessions opened since the start or the last reset.
        pub opened: u64,
    }
    impl Sessions {
        pub fn builder() -> builder::Sessions {
            Default::default()
        }
    }
    ///Everything the sandbox holds.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Snapshot {
        ///The business's account in each market.
        pub balances: ::std::vec::Vec<MarketBalance>,
        ///Every mandate created, oldest first.
        pub mandates: ::std::vec::Vec<MandateRecord>,
        ///Mozambique's transactions and the business's balance there.
        pub mozambique: Mozambique,
        ///The sessions.
        pub sessions: Sessions,
        ///Every money-moving request answered, oldest first.
        pub transactions: ::std::vec::Vec<TransactionRecord>,
    }
    impl Snapshot {
        pub fn builder() -> builder::Snapshot {
            Default::default()
        }
    }
    ///What a transaction is.
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
    pub enum TransactionKind {
        #[serde(rename = "c2b_payment")]
        C2bPayment,
        #[serde(rename = "b2c_payment")]
        B2cPayment,
        #[serde(rename = "b2b_payment")]
        B2bPayment,
        #[serde(rename = "reversal")]
        Reversal,
        #[serde(rename = "direct_debit_payment")]
        DirectDebitPayment,
    }
    impl ::std::fmt::Display for TransactionKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::C2bPayment => f.write_str("c2b_payment"),
                Self::B2cPayment => f.write_str("b2c_payment"),
                Self::B2bPayment => f.write_str("b2b_payment"),
                Self::Reversal => f.write_str("reversal"),
                Self::DirectDebitPayment => f.write_str("direct_debit_payment"),
            }
        }
    }
    impl ::std::str::FromStr for TransactionKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "c2b_payment" => Ok(Self::C2bPayment),
                "b2c_payment" => Ok(Self::B2cPayment),
                "b2b_payment" => Ok(Self::B2bPayment),
                "reversal" => Ok(Self::Reversal),
                "direct_debit_payment" => Ok(Self::DirectDebitPayment),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TransactionKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransactionKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A money-moving request the sandbox answered, carried out or refused.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TransactionRecord {
        ///How much.
        pub amount: ::vodacom::types::Amount,
        ///The gateway's key of the request.
        pub conversation_id: ::vodacom::types::ConversationId,
        ///The market's country.
        pub country: ::vodacom::types::Country,
        ///When, by the sandbox's clock.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///In the market's currency.
        pub currency: ::vodacom::types::Currency,
        ///What it is.
        pub kind: TransactionKind,
        ///The other side, a customer's number or a business's code, or the transaction reversed.
        pub party: ::std::string::String,
        ///How the gateway answered it.
        pub response_code: ::vodacom::types::ResponseCode,
        ///Whether a reversal undid it.
        pub reversed: bool,
        ///Where it stands, as `queryTransactionStatus` says.
        pub status: ::vodacom::types::TransactionStatus,
        ///The caller's key it was sent under.
        pub third_party_conversation_id: ::vodacom::types::ThirdPartyConversationId,
        ///M-Pesa's id of the transaction, when one was made.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_id: ::std::option::Option<::vodacom::types::TransactionId>,
    }
    impl TransactionRecord {
        pub fn builder() -> builder::TransactionRecord {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
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
        pub struct MandateRecord {
            country: ::std::result::Result<
                ::vodacom::types::Country,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::vodacom::types::Msisdn,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            third_party_conversation_id: ::std::result::Result<
                ::vodacom::types::ThirdPartyConversationId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MandateRecord {
            fn default() -> Self {
                Self {
                    country: Err("no value supplied for country".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    customer: Err("no value supplied for customer".to_string()),
                    reference: Err("no value supplied for reference".to_string()),
                    third_party_conversation_id: Err(
                        "no value supplied for third_party_conversation_id".to_string(),
                    ),
                }
            }
        }
        impl MandateRecord {
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
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
                T: ::std::convert::TryInto<::vodacom::types::Msisdn>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
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
            pub fn third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for third_party_conversation_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MandateRecord> for super::MandateRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MandateRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country: value.country?,
                    created_at: value.created_at?,
                    customer: value.customer?,
                    reference: value.reference?,
                    third_party_conversation_id: value.third_party_conversation_id?,
                })
            }
        }
        impl ::std::convert::From<super::MandateRecord> for MandateRecord {
            fn from(value: super::MandateRecord) -> Self {
                Self {
                    country: Ok(value.country),
                    created_at: Ok(value.created_at),
                    customer: Ok(value.customer),
                    reference: Ok(value.reference),
                    third_party_conversation_id: Ok(value.third_party_conversation_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MarketBalance {
            balance: ::std::result::Result<
                ::rust_decimal::Decimal,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::vodacom::types::Country,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::vodacom::types::Currency,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MarketBalance {
            fn default() -> Self {
                Self {
                    balance: Err("no value supplied for balance".to_string()),
                    country: Err("no value supplied for country".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                }
            }
        }
        impl MarketBalance {
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::rust_decimal::Decimal>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MarketBalance> for super::MarketBalance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MarketBalance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    balance: value.balance?,
                    country: value.country?,
                    currency: value.currency?,
                })
            }
        }
        impl ::std::convert::From<super::MarketBalance> for MarketBalance {
            fn from(value: super::MarketBalance) -> Self {
                Self {
                    balance: Ok(value.balance),
                    country: Ok(value.country),
                    currency: Ok(value.currency),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Mozambique {
            balance: ::std::result::Result<
                ::rust_decimal::Decimal,
                ::std::string::String,
            >,
            transactions: ::std::result::Result<
                ::std::vec::Vec<super::MozambiqueTransaction>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Mozambique {
            fn default() -> Self {
                Self {
                    balance: Err("no value supplied for balance".to_string()),
                    transactions: Err("no value supplied for transactions".to_string()),
                }
            }
        }
        impl Mozambique {
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::rust_decimal::Decimal>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn transactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::MozambiqueTransaction>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.transactions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for transactions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Mozambique> for super::Mozambique {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Mozambique,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    balance: value.balance?,
                    transactions: value.transactions?,
                })
            }
        }
        impl ::std::convert::From<super::Mozambique> for Mozambique {
            fn from(value: super::Mozambique) -> Self {
                Self {
                    balance: Ok(value.balance),
                    transactions: Ok(value.transactions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MozambiqueTransaction {
            amount: ::std::result::Result<
                ::vodacom::types::Amount,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::vodacom::types::ConversationId,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::TransactionKind, ::std::string::String>,
            party: ::std::result::Result<::std::string::String, ::std::string::String>,
            response_code: ::std::result::Result<
                ::vodacom::types::ResponseCode,
                ::std::string::String,
            >,
            reversed: ::std::result::Result<bool, ::std::string::String>,
            status: ::std::result::Result<
                ::vodacom::types::TransactionStatus,
                ::std::string::String,
            >,
            third_party_reference: ::std::result::Result<
                ::vodacom::types::ThirdPartyConversationId,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::vodacom::types::TransactionId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MozambiqueTransaction {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    conversation_id: Err(
                        "no value supplied for conversation_id".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    party: Err("no value supplied for party".to_string()),
                    response_code: Err(
                        "no value supplied for response_code".to_string(),
                    ),
                    reversed: Err("no value supplied for reversed".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    third_party_reference: Err(
                        "no value supplied for third_party_reference".to_string(),
                    ),
                    transaction_id: Ok(Default::default()),
                }
            }
        }
        impl MozambiqueTransaction {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::Amount>,
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
                T: ::std::convert::TryInto<::vodacom::types::ConversationId>,
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
                T: ::std::convert::TryInto<super::TransactionKind>,
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.party = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party: {e}")
                    });
                self
            }
            pub fn response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::ResponseCode>,
                T::Error: ::std::fmt::Display,
            {
                self.response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_code: {e}")
                    });
                self
            }
            pub fn reversed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.reversed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reversed: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::TransactionStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.third_party_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for third_party_reference: {e}"
                        )
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::vodacom::types::TransactionId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MozambiqueTransaction>
        for super::MozambiqueTransaction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MozambiqueTransaction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    conversation_id: value.conversation_id?,
                    created_at: value.created_at?,
                    kind: value.kind?,
                    party: value.party?,
                    response_code: value.response_code?,
                    reversed: value.reversed?,
                    status: value.status?,
                    third_party_reference: value.third_party_reference?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::MozambiqueTransaction>
        for MozambiqueTransaction {
            fn from(value: super::MozambiqueTransaction) -> Self {
                Self {
                    amount: Ok(value.amount),
                    conversation_id: Ok(value.conversation_id),
                    created_at: Ok(value.created_at),
                    kind: Ok(value.kind),
                    party: Ok(value.party),
                    response_code: Ok(value.response_code),
                    reversed: Ok(value.reversed),
                    status: Ok(value.status),
                    third_party_reference: Ok(value.third_party_reference),
                    transaction_id: Ok(value.transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Sessions {
            live: ::std::result::Result<u64, ::std::string::String>,
            opened: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for Sessions {
            fn default() -> Self {
                Self {
                    live: Err("no value supplied for live".to_string()),
                    opened: Err("no value supplied for opened".to_string()),
                }
            }
        }
        impl Sessions {
            pub fn live<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.live = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for live: {e}")
                    });
                self
            }
            pub fn opened<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.opened = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for opened: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Sessions> for super::Sessions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Sessions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    live: value.live?,
                    opened: value.opened?,
                })
            }
        }
        impl ::std::convert::From<super::Sessions> for Sessions {
            fn from(value: super::Sessions) -> Self {
                Self {
                    live: Ok(value.live),
                    opened: Ok(value.opened),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Snapshot {
            balances: ::std::result::Result<
                ::std::vec::Vec<super::MarketBalance>,
                ::std::string::String,
            >,
            mandates: ::std::result::Result<
                ::std::vec::Vec<super::MandateRecord>,
                ::std::string::String,
            >,
            mozambique: ::std::result::Result<super::Mozambique, ::std::string::String>,
            sessions: ::std::result::Result<super::Sessions, ::std::string::String>,
            transactions: ::std::result::Result<
                ::std::vec::Vec<super::TransactionRecord>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Snapshot {
            fn default() -> Self {
                Self {
                    balances: Err("no value supplied for balances".to_string()),
                    mandates: Err("no value supplied for mandates".to_string()),
                    mozambique: Err("no value supplied for mozambique".to_string()),
                    sessions: Err("no value supplied for sessions".to_string()),
                    transactions: Err("no value supplied for transactions".to_string()),
                }
            }
        }
        impl Snapshot {
            pub fn balances<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MarketBalance>>,
                T::Error: ::std::fmt::Display,
            {
                self.balances = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balances: {e}")
                    });
                self
            }
            pub fn mandates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MandateRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.mandates = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mandates: {e}")
                    });
                self
            }
            pub fn mozambique<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Mozambique>,
                T::Error: ::std::fmt::Display,
            {
                self.mozambique = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mozambique: {e}")
                    });
                self
            }
            pub fn sessions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Sessions>,
                T::Error: ::std::fmt::Display,
            {
                self.sessions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sessions: {e}")
                    });
                self
            }
            pub fn transactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TransactionRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.transactions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for transactions: {e}")
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
                    mandates: value.mandates?,
                    mozambique: value.mozambique?,
                    sessions: value.sessions?,
                    transactions: value.transactions?,
                })
            }
        }
        impl ::std::convert::From<super::Snapshot> for Snapshot {
            fn from(value: super::Snapshot) -> Self {
                Self {
                    balances: Ok(value.balances),
                    mandates: Ok(value.mandates),
                    mozambique: Ok(value.mozambique),
                    sessions: Ok(value.sessions),
                    transactions: Ok(value.transactions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionRecord {
            amount: ::std::result::Result<
                ::vodacom::types::Amount,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::vodacom::types::ConversationId,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::vodacom::types::Country,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::vodacom::types::Currency,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::TransactionKind, ::std::string::String>,
            party: ::std::result::Result<::std::string::String, ::std::string::String>,
            response_code: ::std::result::Result<
                ::vodacom::types::ResponseCode,
                ::std::string::String,
            >,
            reversed: ::std::result::Result<bool, ::std::string::String>,
            status: ::std::result::Result<
                ::vodacom::types::TransactionStatus,
                ::std::string::String,
            >,
            third_party_conversation_id: ::std::result::Result<
                ::vodacom::types::ThirdPartyConversationId,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::vodacom::types::TransactionId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransactionRecord {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    conversation_id: Err(
                        "no value supplied for conversation_id".to_string(),
                    ),
                    country: Err("no value supplied for country".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    party: Err("no value supplied for party".to_string()),
                    response_code: Err(
                        "no value supplied for response_code".to_string(),
                    ),
                    reversed: Err("no value supplied for reversed".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    third_party_conversation_id: Err(
                        "no value supplied for third_party_conversation_id".to_string(),
                    ),
                    transaction_id: Ok(Default::default()),
                }
            }
        }
        impl TransactionRecord {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::Amount>,
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
                T: ::std::convert::TryInto<::vodacom::types::ConversationId>,
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
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
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
                T: ::std::convert::TryInto<::vodacom::types::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionKind>,
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.party = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party: {e}")
                    });
                self
            }
            pub fn response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::ResponseCode>,
                T::Error: ::std::fmt::Display,
            {
                self.response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_code: {e}")
                    });
                self
            }
            pub fn reversed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.reversed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reversed: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::TransactionStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::vodacom::types::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::vodacom::types::TransactionId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransactionRecord> for super::TransactionRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    conversation_id: value.conversation_id?,
                    country: value.country?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    kind: value.kind?,
                    party: value.party?,
                    response_code: value.response_code?,
                    reversed: value.reversed?,
                    status: value.status?,
                    third_party_conversation_id: value.third_party_conversation_id?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionRecord> for TransactionRecord {
            fn from(value: super::TransactionRecord) -> Self {
                Self {
                    amount: Ok(value.amount),
                    conversation_id: Ok(value.conversation_id),
                    country: Ok(value.country),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    kind: Ok(value.kind),
                    party: Ok(value.party),
                    response_code: Ok(value.response_code),
                    reversed: Ok(value.reversed),
                    status: Ok(value.status),
                    third_party_conversation_id: Ok(value.third_party_conversation_id),
                    transaction_id: Ok(value.transaction_id),
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
/**Client for Vodacom M-Pesa sandbox controls

The test controls of `vodacom-sandbox`, the stateful fake of Vodacom's
M-Pesa OpenAPI gateway (Tanzania, Ghana), under `/_sandbox/` (a prefix
the gateway does not use): everything the sandbox holds, and a reset.
The controls every sandbox shares (faults, clock, the requests
received) are in `pesa-sandbox`'s `sandbox-controls.yaml`; the
gateway's own operations are in `vodacom/openapi/vodacom.yaml`, whose
schemas this document uses.

Nothing here exists on Vodacom's gateway.


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
    /**Forgets sessions, transactions (Mozambique's too), mandates and faults, and restores the balances

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
}
