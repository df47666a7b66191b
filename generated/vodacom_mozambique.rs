// Generated from openapi/vodacom-mozambique.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the sandbox gateway: The sandbox's host (TK `sandbox_host`, PDS); each operation has its port.
    pub const SANDBOX: &str = "https://api.sandbox.vm.co.mz";
    ///Base URL of the production gateway: Production's host (PDS; TK has `api.vm.co.mz`); each operation has its port.
    pub const PRODUCTION: &str = "https://api.mpesa.vm.co.mz";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`POST /ipg/v1x/c2bPayment/singleStage/`: the path of `c2b_payment`.
    pub const C2B_PAYMENT: &str = "/ipg/v1x/c2bPayment/singleStage/";
    ///The servers of `c2b_payment`'s path, its own (a port of its own), in the spec's order.
    pub const C2B_PAYMENT_SERVERS: &[&str] = &[
        "https://api.sandbox.vm.co.mz:18352",
        "https://api.mpesa.vm.co.mz:18352",
    ];
    ///`POST /ipg/v1x/b2cPayment/`: the path of `b2c_payment`.
    pub const B2C_PAYMENT: &str = "/ipg/v1x/b2cPayment/";
    ///The servers of `b2c_payment`'s path, its own (a port of its own), in the spec's order.
    pub const B2C_PAYMENT_SERVERS: &[&str] = &[
        "https://api.sandbox.vm.co.mz:18345",
        "https://api.mpesa.vm.co.mz:18345",
    ];
    ///`POST /ipg/v1x/b2bPayment/`: the path of `b2b_payment`.
    pub const B2B_PAYMENT: &str = "/ipg/v1x/b2bPayment/";
    ///The servers of `b2b_payment`'s path, its own (a port of its own), in the spec's order.
    pub const B2B_PAYMENT_SERVERS: &[&str] = &[
        "https://api.sandbox.vm.co.mz:18349",
        "https://api.mpesa.vm.co.mz:18349",
    ];
    ///`PUT /ipg/v1x/reversal/`: the path of `reversal`.
    pub const REVERSAL: &str = "/ipg/v1x/reversal/";
    ///The servers of `reversal`'s path, its own (a port of its own), in the spec's order.
    pub const REVERSAL_SERVERS: &[&str] = &[
        "https://api.sandbox.vm.co.mz:18354",
        "https://api.mpesa.vm.co.mz:18354",
    ];
    ///`GET /ipg/v1x/queryTransactionStatus/`: the path of `query_transaction_status`.
    pub const QUERY_TRANSACTION_STATUS: &str = "/ipg/v1x/queryTransactionStatus/";
    ///The servers of `query_transaction_status`'s path, its own (a port of its own), in the spec's order.
    pub const QUERY_TRANSACTION_STATUS_SERVERS: &[&str] = &[
        "https://api.sandbox.vm.co.mz:18353",
        "https://api.mpesa.vm.co.mz:18353",
    ];
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `C2bRequest`'s properties.
    pub mod c2b_request {
        pub const INPUT_AMOUNT: &str = "input_Amount";
        pub const INPUT_CUSTOMER_MSISDN: &str = "input_CustomerMSISDN";
        pub const INPUT_SERVICE_PROVIDER_CODE: &str = "input_ServiceProviderCode";
        pub const INPUT_THIRD_PARTY_REFERENCE: &str = "input_ThirdPartyReference";
        pub const INPUT_TRANSACTION_REFERENCE: &str = "input_TransactionReference";
    }
    ///The wire names of `B2cRequest`'s properties.
    pub mod b2c_request {
        pub const INPUT_AMOUNT: &str = "input_Amount";
        pub const INPUT_CUSTOMER_MSISDN: &str = "input_CustomerMSISDN";
        pub const INPUT_SERVICE_PROVIDER_CODE: &str = "input_ServiceProviderCode";
        pub const INPUT_THIRD_PARTY_REFERENCE: &str = "input_ThirdPartyReference";
        pub const INPUT_TRANSACTION_REFERENCE: &str = "input_TransactionReference";
    }
    ///The wire names of `B2bRequest`'s properties.
    pub mod b2b_request {
        pub const INPUT_AMOUNT: &str = "input_Amount";
        pub const INPUT_PRIMARY_PARTY_CODE: &str = "input_PrimaryPartyCode";
        pub const INPUT_RECEIVER_PARTY_CODE: &str = "input_ReceiverPartyCode";
        pub const INPUT_THIRD_PARTY_REFERENCE: &str = "input_ThirdPartyReference";
        pub const INPUT_TRANSACTION_REFERENCE: &str = "input_TransactionReference";
    }
    ///The wire names of `ReversalRequest`'s properties.
    pub mod reversal_request {
        pub const INPUT_INITIATOR_IDENTIFIER: &str = "input_InitiatorIdentifier";
        pub const INPUT_REVERSAL_AMOUNT: &str = "input_ReversalAmount";
        pub const INPUT_SECURITY_CREDENTIAL: &str = "input_SecurityCredential";
        pub const INPUT_SERVICE_PROVIDER_CODE: &str = "input_ServiceProviderCode";
        pub const INPUT_THIRD_PARTY_REFERENCE: &str = "input_ThirdPartyReference";
        pub const INPUT_TRANSACTION_ID: &str = "input_TransactionID";
    }
    ///The wire names of `PaymentAnswer`'s properties.
    pub mod payment_answer {
        pub const OUTPUT_RESPONSE_CODE: &str = "output_ResponseCode";
        pub const OUTPUT_RESPONSE_DESC: &str = "output_ResponseDesc";
        pub const OUTPUT_CONVERSATION_ID: &str = "output_ConversationID";
        pub const OUTPUT_TRANSACTION_ID: &str = "output_TransactionID";
        pub const OUTPUT_THIRD_PARTY_REFERENCE: &str = "output_ThirdPartyReference";
    }
    ///The wire names of `StatusAnswer`'s properties.
    pub mod status_answer {
        pub const OUTPUT_RESPONSE_CODE: &str = "output_ResponseCode";
        pub const OUTPUT_RESPONSE_DESC: &str = "output_ResponseDesc";
        pub const OUTPUT_CONVERSATION_ID: &str = "output_ConversationID";
        pub const OUTPUT_RESPONSE_TRANSACTION_STATUS: &str = "output_ResponseTransactionStatus";
        pub const OUTPUT_THIRD_PARTY_REFERENCE: &str = "output_ThirdPartyReference";
    }
    ///The wire names of `Refusal`'s properties.
    pub mod refusal {
        pub const OUTPUT_RESPONSE_CODE: &str = "output_ResponseCode";
        pub const OUTPUT_RESPONSE_DESC: &str = "output_ResponseDesc";
        pub const OUTPUT_CONVERSATION_ID: &str = "output_ConversationID";
        pub const OUTPUT_THIRD_PARTY_REFERENCE: &str = "output_ThirdPartyReference";
    }
}
/// The name of every header the spec defines.
pub mod headers {
    ///The `Authorization` header.
    pub const AUTHORIZATION: &str = "Authorization";
    ///The `Origin` header.
    pub const ORIGIN: &str = "Origin";
}
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
    ///A payment to another business (TK `b2b`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct B2bRequest {
        ///How much is paid.
        #[serde(rename = "input_Amount")]
        pub input_amount: crate::money::Amount,
        ///The business paying.
        #[serde(rename = "input_PrimaryPartyCode")]
        pub input_primary_party_code: crate::types::ServiceProviderCode,
        ///The business paid.
        #[serde(rename = "input_ReceiverPartyCode")]
        pub input_receiver_party_code: crate::types::ServiceProviderCode,
        ///The caller's reference of this request.
        #[serde(rename = "input_ThirdPartyReference")]
        pub input_third_party_reference: crate::types::ThirdPartyConversationId,
        ///The business's reference.
        #[serde(rename = "input_TransactionReference")]
        pub input_transaction_reference: crate::types::TransactionReference,
    }
    impl B2bRequest {
        pub fn builder() -> builder::B2bRequest {
            Default::default()
        }
    }
    ///A payment to a customer (TK `b2c`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct B2cRequest {
        ///How much the customer is paid.
        #[serde(rename = "input_Amount")]
        pub input_amount: crate::money::Amount,
        ///The customer paid.
        #[serde(rename = "input_CustomerMSISDN")]
        pub input_customer_msisdn: Msisdn,
        ///The business paying.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: crate::types::ServiceProviderCode,
        ///The caller's reference of this request.
        #[serde(rename = "input_ThirdPartyReference")]
        pub input_third_party_reference: crate::types::ThirdPartyConversationId,
        ///The business's reference.
        #[serde(rename = "input_TransactionReference")]
        pub input_transaction_reference: crate::types::TransactionReference,
    }
    impl B2cRequest {
        pub fn builder() -> builder::B2cRequest {
            Default::default()
        }
    }
    ///A customer's payment to the business (TK `c2b`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct C2bRequest {
        ///How much the customer pays.
        #[serde(rename = "input_Amount")]
        pub input_amount: crate::money::Amount,
        ///The customer who pays.
        #[serde(rename = "input_CustomerMSISDN")]
        pub input_customer_msisdn: Msisdn,
        ///The business paid.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: crate::types::ServiceProviderCode,
        ///The caller's reference of this request.
        #[serde(rename = "input_ThirdPartyReference")]
        pub input_third_party_reference: crate::types::ThirdPartyConversationId,
        ///The business's reference.
        #[serde(rename = "input_TransactionReference")]
        pub input_transaction_reference: crate::types::TransactionReference,
    }
    impl C2bRequest {
        pub fn builder() -> builder::C2bRequest {
            Default::default()
        }
    }
    ///A Vodacom Mozambique number, `2588[45]…` (PDS `^((00|\+)?(258))?8[45][0-9]{7}$`, sent with the country code).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct Msisdn(::std::string::String);
    impl ::std::ops::Deref for Msisdn {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Msisdn> for ::std::string::String {
        fn from(value: Msisdn) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Msisdn {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^2588[45][0-9]{7}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^2588[45][0-9]{7}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for Msisdn {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Msisdn {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Msisdn {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A payment or reversal processed (S3's samples, prefix restored).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaymentAnswer {
        ///The gateway's key of the request.
        #[serde(
            rename = "output_ConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_conversation_id: ::std::option::Option<crate::types::ConversationId>,
        ///How it went, `INS-0` for success.
        #[serde(rename = "output_ResponseCode")]
        pub output_response_code: crate::types::ResponseCode,
        ///The code, in words.
        #[serde(
            rename = "output_ResponseDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_desc: ::std::option::Option<::std::string::String>,
        ///The caller's reference, as sent.
        #[serde(
            rename = "output_ThirdPartyReference",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_third_party_reference: ::std::option::Option<::std::string::String>,
        ///M-Pesa's id of the transaction made.
        #[serde(
            rename = "output_TransactionID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_transaction_id: ::std::option::Option<crate::types::TransactionId>,
    }
    impl PaymentAnswer {
        pub fn builder() -> builder::PaymentAnswer {
            Default::default()
        }
    }
    ///A refusal or failure; the code says why.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Refusal {
        ///The gateway's key of the request, when it gave one.
        #[serde(
            rename = "output_ConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_conversation_id: ::std::option::Option<crate::types::ConversationId>,
        ///Why.
        #[serde(rename = "output_ResponseCode")]
        pub output_response_code: crate::types::ResponseCode,
        ///Why, in words.
        #[serde(
            rename = "output_ResponseDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_desc: ::std::option::Option<::std::string::String>,
        ///The caller's reference, as sent.
        #[serde(
            rename = "output_ThirdPartyReference",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_third_party_reference: ::std::option::Option<::std::string::String>,
    }
    impl Refusal {
        pub fn builder() -> builder::Refusal {
            Default::default()
        }
    }
    ///A reversal of a successful transaction (TK `reverse`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ReversalRequest {
        ///The initiator, as Vodacom named it.
        #[serde(rename = "input_InitiatorIdentifier")]
        pub input_initiator_identifier: ReversalRequestInputInitiatorIdentifier,
        ///How much is reversed.
        #[serde(rename = "input_ReversalAmount")]
        pub input_reversal_amount: crate::money::Amount,
        ///The initiator's credential.
        #[serde(rename = "input_SecurityCredential")]
        pub input_security_credential: ::pesa_core::Secret,
        ///The business.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: crate::types::ServiceProviderCode,
        ///The caller's reference of this request.
        #[serde(rename = "input_ThirdPartyReference")]
        pub input_third_party_reference: crate::types::ThirdPartyConversationId,
        ///The transaction reversed.
        #[serde(rename = "input_TransactionID")]
        pub input_transaction_id: crate::types::TransactionId,
    }
    impl ReversalRequest {
        pub fn builder() -> builder::ReversalRequest {
            Default::default()
        }
    }
    ///The initiator, as Vodacom named it.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ReversalRequestInputInitiatorIdentifier(::std::string::String);
    impl ::std::ops::Deref for ReversalRequestInputInitiatorIdentifier {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReversalRequestInputInitiatorIdentifier>
    for ::std::string::String {
        fn from(value: ReversalRequestInputInitiatorIdentifier) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReversalRequestInputInitiatorIdentifier {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReversalRequestInputInitiatorIdentifier {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ReversalRequestInputInitiatorIdentifier {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReversalRequestInputInitiatorIdentifier {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A transaction's status (S3's sample, prefix restored).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StatusAnswer {
        ///The gateway's key of the query.
        #[serde(
            rename = "output_ConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_conversation_id: ::std::option::Option<crate::types::ConversationId>,
        ///How the query went.
        #[serde(rename = "output_ResponseCode")]
        pub output_response_code: crate::types::ResponseCode,
        ///The code, in words.
        #[serde(
            rename = "output_ResponseDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_desc: ::std::option::Option<::std::string::String>,
        ///Where the transaction stands.
        #[serde(
            rename = "output_ResponseTransactionStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_transaction_status: ::std::option::Option<
            crate::types::TransactionStatus,
        >,
        ///The query's reference, as sent.
        #[serde(
            rename = "output_ThirdPartyReference",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_third_party_reference: ::std::option::Option<::std::string::String>,
    }
    impl StatusAnswer {
        pub fn builder() -> builder::StatusAnswer {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct B2bRequest {
            input_amount: ::std::result::Result<
                crate::money::Amount,
                ::std::string::String,
            >,
            input_primary_party_code: ::std::result::Result<
                crate::types::ServiceProviderCode,
                ::std::string::String,
            >,
            input_receiver_party_code: ::std::result::Result<
                crate::types::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_reference: ::std::result::Result<
                crate::types::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_transaction_reference: ::std::result::Result<
                crate::types::TransactionReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for B2bRequest {
            fn default() -> Self {
                Self {
                    input_amount: Err("no value supplied for input_amount".to_string()),
                    input_primary_party_code: Err(
                        "no value supplied for input_primary_party_code".to_string(),
                    ),
                    input_receiver_party_code: Err(
                        "no value supplied for input_receiver_party_code".to_string(),
                    ),
                    input_third_party_reference: Err(
                        "no value supplied for input_third_party_reference".to_string(),
                    ),
                    input_transaction_reference: Err(
                        "no value supplied for input_transaction_reference".to_string(),
                    ),
                }
            }
        }
        impl B2bRequest {
            pub fn input_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
                T::Error: ::std::fmt::Display,
            {
                self.input_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_amount: {e}")
                    });
                self
            }
            pub fn input_primary_party_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ServiceProviderCode>,
                T::Error: ::std::fmt::Display,
            {
                self.input_primary_party_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_primary_party_code: {e}"
                        )
                    });
                self
            }
            pub fn input_receiver_party_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ServiceProviderCode>,
                T::Error: ::std::fmt::Display,
            {
                self.input_receiver_party_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_receiver_party_code: {e}"
                        )
                    });
                self
            }
            pub fn input_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_reference: {e}"
                        )
                    });
                self
            }
            pub fn input_transaction_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::TransactionReference>,
                T::Error: ::std::fmt::Display,
            {
                self.input_transaction_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_transaction_reference: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<B2bRequest> for super::B2bRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: B2bRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_amount: value.input_amount?,
                    input_primary_party_code: value.input_primary_party_code?,
                    input_receiver_party_code: value.input_receiver_party_code?,
                    input_third_party_reference: value.input_third_party_reference?,
                    input_transaction_reference: value.input_transaction_reference?,
                })
            }
        }
        impl ::std::convert::From<super::B2bRequest> for B2bRequest {
            fn from(value: super::B2bRequest) -> Self {
                Self {
                    input_amount: Ok(value.input_amount),
                    input_primary_party_code: Ok(value.input_primary_party_code),
                    input_receiver_party_code: Ok(value.input_receiver_party_code),
                    input_third_party_reference: Ok(value.input_third_party_reference),
                    input_transaction_reference: Ok(value.input_transaction_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct B2cRequest {
            input_amount: ::std::result::Result<
                crate::money::Amount,
                ::std::string::String,
            >,
            input_customer_msisdn: ::std::result::Result<
                super::Msisdn,
                ::std::string::String,
            >,
            input_service_provider_code: ::std::result::Result<
                crate::types::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_reference: ::std::result::Result<
                crate::types::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_transaction_reference: ::std::result::Result<
                crate::types::TransactionReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for B2cRequest {
            fn default() -> Self {
                Self {
                    input_amount: Err("no value supplied for input_amount".to_string()),
                    input_customer_msisdn: Err(
                        "no value supplied for input_customer_msisdn".to_string(),
                    ),
                    input_service_provider_code: Err(
                        "no value supplied for input_service_provider_code".to_string(),
                    ),
                    input_third_party_reference: Err(
                        "no value supplied for input_third_party_reference".to_string(),
                    ),
                    input_transaction_reference: Err(
                        "no value supplied for input_transaction_reference".to_string(),
                    ),
                }
            }
        }
        impl B2cRequest {
            pub fn input_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
                T::Error: ::std::fmt::Display,
            {
                self.input_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_amount: {e}")
                    });
                self
            }
            pub fn input_customer_msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Msisdn>,
                T::Error: ::std::fmt::Display,
            {
                self.input_customer_msisdn = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_customer_msisdn: {e}"
                        )
                    });
                self
            }
            pub fn input_service_provider_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ServiceProviderCode>,
                T::Error: ::std::fmt::Display,
            {
                self.input_service_provider_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_service_provider_code: {e}"
                        )
                    });
                self
            }
            pub fn input_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_reference: {e}"
                        )
                    });
                self
            }
            pub fn input_transaction_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::TransactionReference>,
                T::Error: ::std::fmt::Display,
            {
                self.input_transaction_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_transaction_reference: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<B2cRequest> for super::B2cRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: B2cRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_amount: value.input_amount?,
                    input_customer_msisdn: value.input_customer_msisdn?,
                    input_service_provider_code: value.input_service_provider_code?,
                    input_third_party_reference: value.input_third_party_reference?,
                    input_transaction_reference: value.input_transaction_reference?,
                })
            }
        }
        impl ::std::convert::From<super::B2cRequest> for B2cRequest {
            fn from(value: super::B2cRequest) -> Self {
                Self {
                    input_amount: Ok(value.input_amount),
                    input_customer_msisdn: Ok(value.input_customer_msisdn),
                    input_service_provider_code: Ok(value.input_service_provider_code),
                    input_third_party_reference: Ok(value.input_third_party_reference),
                    input_transaction_reference: Ok(value.input_transaction_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct C2bRequest {
            input_amount: ::std::result::Result<
                crate::money::Amount,
                ::std::string::String,
            >,
            input_customer_msisdn: ::std::result::Result<
                super::Msisdn,
                ::std::string::String,
            >,
            input_service_provider_code: ::std::result::Result<
                crate::types::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_reference: ::std::result::Result<
                crate::types::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_transaction_reference: ::std::result::Result<
                crate::types::TransactionReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for C2bRequest {
            fn default() -> Self {
                Self {
                    input_amount: Err("no value supplied for input_amount".to_string()),
                    input_customer_msisdn: Err(
                        "no value supplied for input_customer_msisdn".to_string(),
                    ),
                    input_service_provider_code: Err(
                        "no value supplied for input_service_provider_code".to_string(),
                    ),
                    input_third_party_reference: Err(
                        "no value supplied for input_third_party_reference".to_string(),
                    ),
                    input_transaction_reference: Err(
                        "no value supplied for input_transaction_reference".to_string(),
                    ),
                }
            }
        }
        impl C2bRequest {
            pub fn input_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
                T::Error: ::std::fmt::Display,
            {
                self.input_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_amount: {e}")
                    });
                self
            }
            pub fn input_customer_msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Msisdn>,
                T::Error: ::std::fmt::Display,
            {
                self.input_customer_msisdn = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_customer_msisdn: {e}"
                        )
                    });
                self
            }
            pub fn input_service_provider_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ServiceProviderCode>,
                T::Error: ::std::fmt::Display,
            {
                self.input_service_provider_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_service_provider_code: {e}"
                        )
                    });
                self
            }
            pub fn input_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_reference: {e}"
                        )
                    });
                self
            }
            pub fn input_transaction_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::TransactionReference>,
                T::Error: ::std::fmt::Display,
            {
                self.input_transaction_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_transaction_reference: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<C2bRequest> for super::C2bRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: C2bRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_amount: value.input_amount?,
                    input_customer_msisdn: value.input_customer_msisdn?,
                    input_service_provider_code: value.input_service_provider_code?,
                    input_third_party_reference: value.input_third_party_reference?,
                    input_transaction_reference: value.input_transaction_reference?,
                })
            }
        }
        impl ::std::convert::From<super::C2bRequest> for C2bRequest {
            fn from(value: super::C2bRequest) -> Self {
                Self {
                    input_amount: Ok(value.input_amount),
                    input_customer_msisdn: Ok(value.input_customer_msisdn),
                    input_service_provider_code: Ok(value.input_service_provider_code),
                    input_third_party_reference: Ok(value.input_third_party_reference),
                    input_transaction_reference: Ok(value.input_transaction_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentAnswer {
            output_conversation_id: ::std::result::Result<
                ::std::option::Option<crate::types::ConversationId>,
                ::std::string::String,
            >,
            output_response_code: ::std::result::Result<
                crate::types::ResponseCode,
                ::std::string::String,
            >,
            output_response_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_third_party_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_transaction_id: ::std::result::Result<
                ::std::option::Option<crate::types::TransactionId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentAnswer {
            fn default() -> Self {
                Self {
                    output_conversation_id: Ok(Default::default()),
                    output_response_code: Err(
                        "no value supplied for output_response_code".to_string(),
                    ),
                    output_response_desc: Ok(Default::default()),
                    output_third_party_reference: Ok(Default::default()),
                    output_transaction_id: Ok(Default::default()),
                }
            }
        }
        impl PaymentAnswer {
            pub fn output_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::ConversationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn output_response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ResponseCode>,
                T::Error: ::std::fmt::Display,
            {
                self.output_response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_response_code: {e}"
                        )
                    });
                self
            }
            pub fn output_response_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_response_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_response_desc: {e}"
                        )
                    });
                self
            }
            pub fn output_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_third_party_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_third_party_reference: {e}"
                        )
                    });
                self
            }
            pub fn output_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::TransactionId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_transaction_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentAnswer> for super::PaymentAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    output_conversation_id: value.output_conversation_id?,
                    output_response_code: value.output_response_code?,
                    output_response_desc: value.output_response_desc?,
                    output_third_party_reference: value.output_third_party_reference?,
                    output_transaction_id: value.output_transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentAnswer> for PaymentAnswer {
            fn from(value: super::PaymentAnswer) -> Self {
                Self {
                    output_conversation_id: Ok(value.output_conversation_id),
                    output_response_code: Ok(value.output_response_code),
                    output_response_desc: Ok(value.output_response_desc),
                    output_third_party_reference: Ok(value.output_third_party_reference),
                    output_transaction_id: Ok(value.output_transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Refusal {
            output_conversation_id: ::std::result::Result<
                ::std::option::Option<crate::types::ConversationId>,
                ::std::string::String,
            >,
            output_response_code: ::std::result::Result<
                crate::types::ResponseCode,
                ::std::string::String,
            >,
            output_response_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_third_party_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Refusal {
            fn default() -> Self {
                Self {
                    output_conversation_id: Ok(Default::default()),
                    output_response_code: Err(
                        "no value supplied for output_response_code".to_string(),
                    ),
                    output_response_desc: Ok(Default::default()),
                    output_third_party_reference: Ok(Default::default()),
                }
            }
        }
        impl Refusal {
            pub fn output_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::ConversationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn output_response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ResponseCode>,
                T::Error: ::std::fmt::Display,
            {
                self.output_response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_response_code: {e}"
                        )
                    });
                self
            }
            pub fn output_response_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_response_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_response_desc: {e}"
                        )
                    });
                self
            }
            pub fn output_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_third_party_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_third_party_reference: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Refusal> for super::Refusal {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Refusal,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    output_conversation_id: value.output_conversation_id?,
                    output_response_code: value.output_response_code?,
                    output_response_desc: value.output_response_desc?,
                    output_third_party_reference: value.output_third_party_reference?,
                })
            }
        }
        impl ::std::convert::From<super::Refusal> for Refusal {
            fn from(value: super::Refusal) -> Self {
                Self {
                    output_conversation_id: Ok(value.output_conversation_id),
                    output_response_code: Ok(value.output_response_code),
                    output_response_desc: Ok(value.output_response_desc),
                    output_third_party_reference: Ok(value.output_third_party_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReversalRequest {
            input_initiator_identifier: ::std::result::Result<
                super::ReversalRequestInputInitiatorIdentifier,
                ::std::string::String,
            >,
            input_reversal_amount: ::std::result::Result<
                crate::money::Amount,
                ::std::string::String,
            >,
            input_security_credential: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
            input_service_provider_code: ::std::result::Result<
                crate::types::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_reference: ::std::result::Result<
                crate::types::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_transaction_id: ::std::result::Result<
                crate::types::TransactionId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReversalRequest {
            fn default() -> Self {
                Self {
                    input_initiator_identifier: Err(
                        "no value supplied for input_initiator_identifier".to_string(),
                    ),
                    input_reversal_amount: Err(
                        "no value supplied for input_reversal_amount".to_string(),
                    ),
                    input_security_credential: Err(
                        "no value supplied for input_security_credential".to_string(),
                    ),
                    input_service_provider_code: Err(
                        "no value supplied for input_service_provider_code".to_string(),
                    ),
                    input_third_party_reference: Err(
                        "no value supplied for input_third_party_reference".to_string(),
                    ),
                    input_transaction_id: Err(
                        "no value supplied for input_transaction_id".to_string(),
                    ),
                }
            }
        }
        impl ReversalRequest {
            pub fn input_initiator_identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::ReversalRequestInputInitiatorIdentifier,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.input_initiator_identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_initiator_identifier: {e}"
                        )
                    });
                self
            }
            pub fn input_reversal_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
                T::Error: ::std::fmt::Display,
            {
                self.input_reversal_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_reversal_amount: {e}"
                        )
                    });
                self
            }
            pub fn input_security_credential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.input_security_credential = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_security_credential: {e}"
                        )
                    });
                self
            }
            pub fn input_service_provider_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ServiceProviderCode>,
                T::Error: ::std::fmt::Display,
            {
                self.input_service_provider_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_service_provider_code: {e}"
                        )
                    });
                self
            }
            pub fn input_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_reference: {e}"
                        )
                    });
                self
            }
            pub fn input_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::TransactionId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_transaction_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_transaction_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReversalRequest> for super::ReversalRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReversalRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_initiator_identifier: value.input_initiator_identifier?,
                    input_reversal_amount: value.input_reversal_amount?,
                    input_security_credential: value.input_security_credential?,
                    input_service_provider_code: value.input_service_provider_code?,
                    input_third_party_reference: value.input_third_party_reference?,
                    input_transaction_id: value.input_transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::ReversalRequest> for ReversalRequest {
            fn from(value: super::ReversalRequest) -> Self {
                Self {
                    input_initiator_identifier: Ok(value.input_initiator_identifier),
                    input_reversal_amount: Ok(value.input_reversal_amount),
                    input_security_credential: Ok(value.input_security_credential),
                    input_service_provider_code: Ok(value.input_service_provider_code),
                    input_third_party_reference: Ok(value.input_third_party_reference),
                    input_transaction_id: Ok(value.input_transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StatusAnswer {
            output_conversation_id: ::std::result::Result<
                ::std::option::Option<crate::types::ConversationId>,
                ::std::string::String,
            >,
            output_response_code: ::std::result::Result<
                crate::types::ResponseCode,
                ::std::string::String,
            >,
            output_response_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_response_transaction_status: ::std::result::Result<
                ::std::option::Option<crate::types::TransactionStatus>,
                ::std::string::String,
            >,
            output_third_party_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StatusAnswer {
            fn default() -> Self {
                Self {
                    output_conversation_id: Ok(Default::default()),
                    output_response_code: Err(
                        "no value supplied for output_response_code".to_string(),
                    ),
                    output_response_desc: Ok(Default::default()),
                    output_response_transaction_status: Ok(Default::default()),
                    output_third_party_reference: Ok(Default::default()),
                }
            }
        }
        impl StatusAnswer {
            pub fn output_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::ConversationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn output_response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::ResponseCode>,
                T::Error: ::std::fmt::Display,
            {
                self.output_response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_response_code: {e}"
                        )
                    });
                self
            }
            pub fn output_response_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_response_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_response_desc: {e}"
                        )
                    });
                self
            }
            pub fn output_response_transaction_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::TransactionStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_response_transaction_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_response_transaction_status: {e}"
                        )
                    });
                self
            }
            pub fn output_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_third_party_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_third_party_reference: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StatusAnswer> for super::StatusAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StatusAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    output_conversation_id: value.output_conversation_id?,
                    output_response_code: value.output_response_code?,
                    output_response_desc: value.output_response_desc?,
                    output_response_transaction_status: value
                        .output_response_transaction_status?,
                    output_third_party_reference: value.output_third_party_reference?,
                })
            }
        }
        impl ::std::convert::From<super::StatusAnswer> for StatusAnswer {
            fn from(value: super::StatusAnswer) -> Self {
                Self {
                    output_conversation_id: Ok(value.output_conversation_id),
                    output_response_code: Ok(value.output_response_code),
                    output_response_desc: Ok(value.output_response_desc),
                    output_response_transaction_status: Ok(
                        value.output_response_transaction_status,
                    ),
                    output_third_party_reference: Ok(value.output_third_party_reference),
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
/**Client for M-Pesa API (Vodacom Mozambique)

M-Pesa in Mozambique (`api.sandbox.vm.co.mz`), the variant of Vodacom's
OpenAPI that Mozambique speaks: no session, every request authorised by
the API key itself, one port per operation, `input_ThirdPartyReference`
where the other markets send a `ThirdPartyConversationID`, amounts in
meticais (MZN) with no country or currency sent.

Vodacom publishes no OpenAPI document. This one is written by hand from
the seed SDK `tekmpesa` 1.0.2 (seed `003_38800e619030bf23.txt`, S3; its
source `TralahM/tekmpesa` `mpesa/mozambique/__init__.py`, TK), the
paymentsds clients (`paymentsds/mpesa-js-sdk` `src/constants.js`, PDS)
and the `INS-*` tables of `vodacom.yaml` (CODES, MOOVI); the `ihela`
repository's `shared/reference/mobile-money.md` (end of §1) lists the
facts. Nothing in it was checked against the live gateway.

Reading rules: those of `vodacom.yaml` (its schemas are used here),
with one more: each operation has its own server, on its own port
(TK: c2b 18352, b2c 18345, b2b 18349, status 18353, reversal 18354);
the `servers` of the document give the hosts, each path's `servers`
the port. TK's B2C path is misspelt (`/ipg/v1x/b2cPaymemt/`); the path
here is the one other clients use (`/ipg/v1x/b2cPayment/`, public code
search, mobile-money.md §1).


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::mozambique::auth::ClientState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::mozambique::auth::ClientState) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::mozambique::auth::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::mozambique::auth::ClientState> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::mozambique::auth::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::mozambique::auth::ClientState>,
    {}
};
impl Client {
    /**A customer pays the business (C2B single stage)

The customer confirms on their phone; the answer comes once they did or did not (TK `c2b`).

Sends a `POST` request to `/ipg/v1x/c2bPayment/singleStage/`

Arguments:
- `origin`: TK sends `Origin: *` with every request; so does the Rust client.
- `body`
```ignore
let response = client.c2b_payment()
    .origin(origin)
    .body(body)
    .send()
    .await;
```*/
    pub fn c2b_payment(&self) -> builder::C2bPayment<'_> {
        builder::C2bPayment::new(self)
    }
    /**The business pays a customer (B2C single stage)

TK `b2c` (whose path is misspelt `b2cPaymemt`).

Sends a `POST` request to `/ipg/v1x/b2cPayment/`

Arguments:
- `origin`: TK sends `Origin: *` with every request; so does the Rust client.
- `body`
```ignore
let response = client.b2c_payment()
    .origin(origin)
    .body(body)
    .send()
    .await;
```*/
    pub fn b2c_payment(&self) -> builder::B2cPayment<'_> {
        builder::B2cPayment::new(self)
    }
    /**The business pays another business (B2B single stage)

TK `b2b`.

Sends a `POST` request to `/ipg/v1x/b2bPayment/`

Arguments:
- `origin`: TK sends `Origin: *` with every request; so does the Rust client.
- `body`
```ignore
let response = client.b2b_payment()
    .origin(origin)
    .body(body)
    .send()
    .await;
```*/
    pub fn b2b_payment(&self) -> builder::B2bPayment<'_> {
        builder::B2bPayment::new(self)
    }
    /**Reverses a successful transaction

Needs the initiator's identifier and security credential, given by
Vodacom (TK `reverse`, a PUT).


Sends a `PUT` request to `/ipg/v1x/reversal/`

Arguments:
- `origin`: TK sends `Origin: *` with every request; so does the Rust client.
- `body`
```ignore
let response = client.reversal()
    .origin(origin)
    .body(body)
    .send()
    .await;
```*/
    pub fn reversal(&self) -> builder::Reversal<'_> {
        builder::Reversal::new(self)
    }
    /**How a transaction stands

The parameters go in the query string (TK `transaction_status`).

Sends a `GET` request to `/ipg/v1x/queryTransactionStatus/`

Arguments:
- `input_query_reference`: The transaction asked about (its id, or the reference it was sent under).
- `input_service_provider_code`: The business's code.
- `input_third_party_reference`: This query's own reference.
- `origin`: TK sends `Origin: *` with every request; so does the Rust client.
```ignore
let response = client.query_transaction_status()
    .input_query_reference(input_query_reference)
    .input_service_provider_code(input_service_provider_code)
    .input_third_party_reference(input_third_party_reference)
    .origin(origin)
    .send()
    .await;
```*/
    pub fn query_transaction_status(&self) -> builder::QueryTransactionStatus<'_> {
        builder::QueryTransactionStatus::new(self)
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
    /**Builder for [`Client::c2b_payment`]

[`Client::c2b_payment`]: super::Client::c2b_payment*/
    #[derive(Debug, Clone)]
    pub struct C2bPayment<'a> {
        client: &'a super::Client,
        origin: Result<Option<crate::types::Origin>, String>,
        body: Result<types::builder::C2bRequest, String>,
    }
    impl<'a> C2bPayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                origin: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: Origin` for origin failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::C2bRequest>,
            <V as std::convert::TryInto<types::C2bRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `C2bRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::C2bRequest,
            ) -> types::builder::C2bRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ipg/v1x/c2bPayment/singleStage/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::C2bRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ipg/v1x/c2bPayment/singleStage/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = origin {
                header_map.append("Origin", value.to_string().try_into()?);
            }
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
                operation_id: "c2b_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                201u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::b2c_payment`]

[`Client::b2c_payment`]: super::Client::b2c_payment*/
    #[derive(Debug, Clone)]
    pub struct B2cPayment<'a> {
        client: &'a super::Client,
        origin: Result<Option<crate::types::Origin>, String>,
        body: Result<types::builder::B2cRequest, String>,
    }
    impl<'a> B2cPayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                origin: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: Origin` for origin failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::B2cRequest>,
            <V as std::convert::TryInto<types::B2cRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `B2cRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::B2cRequest,
            ) -> types::builder::B2cRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ipg/v1x/b2cPayment/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::B2cRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ipg/v1x/b2cPayment/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = origin {
                header_map.append("Origin", value.to_string().try_into()?);
            }
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
                operation_id: "b2c_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                201u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::b2b_payment`]

[`Client::b2b_payment`]: super::Client::b2b_payment*/
    #[derive(Debug, Clone)]
    pub struct B2bPayment<'a> {
        client: &'a super::Client,
        origin: Result<Option<crate::types::Origin>, String>,
        body: Result<types::builder::B2bRequest, String>,
    }
    impl<'a> B2bPayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                origin: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: Origin` for origin failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::B2bRequest>,
            <V as std::convert::TryInto<types::B2bRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `B2bRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::B2bRequest,
            ) -> types::builder::B2bRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ipg/v1x/b2bPayment/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::B2bRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ipg/v1x/b2bPayment/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = origin {
                header_map.append("Origin", value.to_string().try_into()?);
            }
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
                operation_id: "b2b_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                201u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::reversal`]

[`Client::reversal`]: super::Client::reversal*/
    #[derive(Debug, Clone)]
    pub struct Reversal<'a> {
        client: &'a super::Client,
        origin: Result<Option<crate::types::Origin>, String>,
        body: Result<types::builder::ReversalRequest, String>,
    }
    impl<'a> Reversal<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                origin: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: Origin` for origin failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReversalRequest>,
            <V as std::convert::TryInto<
                types::ReversalRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ReversalRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReversalRequest,
            ) -> types::builder::ReversalRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/ipg/v1x/reversal/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ReversalRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ipg/v1x/reversal/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = origin {
                header_map.append("Origin", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reversal",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                201u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::query_transaction_status`]

[`Client::query_transaction_status`]: super::Client::query_transaction_status*/
    #[derive(Debug, Clone)]
    pub struct QueryTransactionStatus<'a> {
        client: &'a super::Client,
        input_query_reference: Result<crate::types::QueryReference, String>,
        input_service_provider_code: Result<crate::types::ServiceProviderCode, String>,
        input_third_party_reference: Result<
            crate::types::ThirdPartyConversationId,
            String,
        >,
        origin: Result<Option<crate::types::Origin>, String>,
    }
    impl<'a> QueryTransactionStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                input_query_reference: Err(
                    "input_query_reference was not initialized".to_string(),
                ),
                input_service_provider_code: Err(
                    "input_service_provider_code was not initialized".to_string(),
                ),
                input_third_party_reference: Err(
                    "input_third_party_reference was not initialized".to_string(),
                ),
                origin: Ok(None),
            }
        }
        pub fn input_query_reference<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::QueryReference>,
        {
            self.input_query_reference = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: types :: QueryReference` for input_query_reference failed"
                        .to_string()
                });
            self
        }
        pub fn input_service_provider_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::ServiceProviderCode>,
        {
            self.input_service_provider_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: types :: ServiceProviderCode` for input_service_provider_code failed"
                        .to_string()
                });
            self
        }
        pub fn input_third_party_reference<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::ThirdPartyConversationId>,
        {
            self.input_third_party_reference = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: types :: ThirdPartyConversationId` for input_third_party_reference failed"
                        .to_string()
                });
            self
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: Origin` for origin failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/ipg/v1x/queryTransactionStatus/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StatusAnswer>, Error<()>> {
            let Self {
                client,
                input_query_reference,
                input_service_provider_code,
                input_third_party_reference,
                origin,
            } = self;
            let input_query_reference = input_query_reference
                .map_err(Error::InvalidRequest)?;
            let input_service_provider_code = input_service_provider_code
                .map_err(Error::InvalidRequest)?;
            let input_third_party_reference = input_third_party_reference
                .map_err(Error::InvalidRequest)?;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let url = format!("{}/ipg/v1x/queryTransactionStatus/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = origin {
                header_map.append("Origin", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "input_QueryReference",
                        &input_query_reference,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "input_ServiceProviderCode",
                        &input_service_provider_code,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "input_ThirdPartyReference",
                        &input_third_party_reference,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "query_transaction_status",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                201u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
impl ::pesa_core::Operation for builder::C2bPayment<'_> {
    const ID: &'static str = "c2b_payment";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::PaymentAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::PaymentAnswer>, Error>,
    > + Send {
        builder::C2bPayment::send(self)
    }
}
impl ::pesa_core::Operation for builder::B2cPayment<'_> {
    const ID: &'static str = "b2c_payment";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::PaymentAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::PaymentAnswer>, Error>,
    > + Send {
        builder::B2cPayment::send(self)
    }
}
impl ::pesa_core::Operation for builder::B2bPayment<'_> {
    const ID: &'static str = "b2b_payment";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::PaymentAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::PaymentAnswer>, Error>,
    > + Send {
        builder::B2bPayment::send(self)
    }
}
impl ::pesa_core::Operation for builder::Reversal<'_> {
    const ID: &'static str = "reversal";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::PaymentAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::PaymentAnswer>, Error>,
    > + Send {
        builder::Reversal::send(self)
    }
}
impl ::pesa_core::Operation for builder::QueryTransactionStatus<'_> {
    const ID: &'static str = "query_transaction_status";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::StatusAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::StatusAnswer>, Error>,
    > + Send {
        builder::QueryTransactionStatus::send(self)
    }
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `query_transaction_status` (`GET /ipg/v1x/queryTransactionStatus/`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct QueryTransactionStatus {
        ///The transaction asked about (its id, or the reference it was sent under).
        #[serde(rename = "input_QueryReference")]
        pub input_query_reference: crate::types::QueryReference,
        ///The business's code.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: crate::types::ServiceProviderCode,
        ///This query's own reference.
        #[serde(rename = "input_ThirdPartyReference")]
        pub input_third_party_reference: crate::types::ThirdPartyConversationId,
    }
}
impl ::std::fmt::Display for types::Msisdn {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::Msisdn {
    ///Checks `value` against the spec's `Msisdn`; a refusal names the field `msisdn`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("msisdn", e.to_string()))
    }
}
