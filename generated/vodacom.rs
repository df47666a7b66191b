// Generated from openapi/vodacom.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    /**Base URL of the openapi gateway: Vodacom's OpenAPI gateway (TK: host `openapi.m-pesa.com`, port 443,
prefixes `/sandbox/ipg/v2/vodacomTZN/` and `/openapi/ipg/v2/vodacomTZN/`,
`vodafoneGHA` for Ghana).
*/
    pub const OPENAPI: &str = "https://openapi.m-pesa.com/{environment}/ipg/v2/{market}";
    ///The variables of `https://openapi.m-pesa.com/{environment}/ipg/v2/{market}`.
    pub mod openapi {
        ///`sandbox`, or `openapi` for production (TK).
        pub mod environment {
            ///`sandbox`.
            pub const SANDBOX: &str = "sandbox";
            ///`openapi`.
            pub const OPENAPI: &str = "openapi";
            /// Its default.
            pub const DEFAULT: &str = "sandbox";
        }
        /**The market: `vodacomTZN` (Tanzania: country `TZN`, currency
`TZS`) or `vodafoneGHA` (Ghana: country `GHA`, currency `GHS`)
(TK `mpesa/tanzania`, `mpesa/ghana`).
*/
        pub mod market {
            ///`vodacomTZN`.
            pub const VODACOM_TZN: &str = "vodacomTZN";
            ///`vodafoneGHA`.
            pub const VODAFONE_GHA: &str = "vodafoneGHA";
            /// Its default.
            pub const DEFAULT: &str = "vodacomTZN";
        }
        /// The URL with each variable given its value.
        pub fn url(environment: &str, market: &str) -> ::std::string::String {
            let mut url = ::std::string::String::from(super::OPENAPI);
            url = url.replace("{environment}", environment);
            url = url.replace("{market}", market);
            url
        }
    }
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`GET /getSession/`: the path of `get_session`.
    pub const GET_SESSION: &str = "/getSession/";
    ///`POST /c2bPayment/singleStage/`: the path of `c2b_payment`.
    pub const C2B_PAYMENT: &str = "/c2bPayment/singleStage/";
    ///`POST /b2cPayment/`: the path of `b2c_payment`.
    pub const B2C_PAYMENT: &str = "/b2cPayment/";
    ///`POST /b2bPayment/`: the path of `b2b_payment`.
    pub const B2B_PAYMENT: &str = "/b2bPayment/";
    ///`PUT /reversal/`: the path of `reversal`.
    pub const REVERSAL: &str = "/reversal/";
    ///`GET /queryTransactionStatus/`: the path of `query_transaction_status`.
    pub const QUERY_TRANSACTION_STATUS: &str = "/queryTransactionStatus/";
    ///`POST /directDebitCreation/`: the path of `direct_debit_create`.
    pub const DIRECT_DEBIT_CREATE: &str = "/directDebitCreation/";
    ///`POST /directDebitPayment/`: the path of `direct_debit_payment`.
    pub const DIRECT_DEBIT_PAYMENT: &str = "/directDebitPayment/";
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `C2bRequest`'s properties.
    pub mod c2b_request {
        pub const INPUT_AMOUNT: &str = "input_Amount";
        pub const INPUT_COUNTRY: &str = "input_Country";
        pub const INPUT_CURRENCY: &str = "input_Currency";
        pub const INPUT_CUSTOMER_MSISDN: &str = "input_CustomerMSISDN";
        pub const INPUT_SERVICE_PROVIDER_CODE: &str = "input_ServiceProviderCode";
        pub const INPUT_THIRD_PARTY_CONVERSATION_ID: &str = "input_ThirdPartyConversationID";
        pub const INPUT_TRANSACTION_REFERENCE: &str = "input_TransactionReference";
        pub const INPUT_PURCHASED_ITEMS_DESC: &str = "input_PurchasedItemsDesc";
    }
    ///The wire names of `B2cRequest`'s properties.
    pub mod b2c_request {
        pub const INPUT_AMOUNT: &str = "input_Amount";
        pub const INPUT_COUNTRY: &str = "input_Country";
        pub const INPUT_CURRENCY: &str = "input_Currency";
        pub const INPUT_CUSTOMER_MSISDN: &str = "input_CustomerMSISDN";
        pub const INPUT_SERVICE_PROVIDER_CODE: &str = "input_ServiceProviderCode";
        pub const INPUT_THIRD_PARTY_CONVERSATION_ID: &str = "input_ThirdPartyConversationID";
        pub const INPUT_TRANSACTION_REFERENCE: &str = "input_TransactionReference";
        pub const INPUT_PAYMENT_ITEMS_DESC: &str = "input_PaymentItemsDesc";
    }
    ///The wire names of `B2bRequest`'s properties.
    pub mod b2b_request {
        pub const INPUT_AMOUNT: &str = "input_Amount";
        pub const INPUT_COUNTRY: &str = "input_Country";
        pub const INPUT_CURRENCY: &str = "input_Currency";
        pub const INPUT_PRIMARY_PARTY_CODE: &str = "input_PrimaryPartyCode";
        pub const INPUT_RECEIVER_PARTY_CODE: &str = "input_ReceiverPartyCode";
        pub const INPUT_THIRD_PARTY_CONVERSATION_ID: &str = "input_ThirdPartyConversationID";
        pub const INPUT_TRANSACTION_REFERENCE: &str = "input_TransactionReference";
        pub const INPUT_PURCHASED_ITEMS_DESC: &str = "input_PurchasedItemsDesc";
    }
    ///The wire names of `ReversalRequest`'s properties.
    pub mod reversal_request {
        pub const INPUT_COUNTRY: &str = "input_Country";
        pub const INPUT_REVERSAL_AMOUNT: &str = "input_ReversalAmount";
        pub const INPUT_SERVICE_PROVIDER_CODE: &str = "input_ServiceProviderCode";
        pub const INPUT_THIRD_PARTY_CONVERSATION_ID: &str = "input_ThirdPartyConversationID";
        pub const INPUT_TRANSACTION_ID: &str = "input_TransactionID";
    }
    ///The wire names of `MandateRequest`'s properties.
    pub mod mandate_request {
        pub const INPUT_AGREED_TC: &str = "input_AgreedTC";
        pub const INPUT_COUNTRY: &str = "input_Country";
        pub const INPUT_CUSTOMER_MSISDN: &str = "input_CustomerMSISDN";
        pub const INPUT_SERVICE_PROVIDER_CODE: &str = "input_ServiceProviderCode";
        pub const INPUT_THIRD_PARTY_CONVERSATION_ID: &str = "input_ThirdPartyConversationID";
        pub const INPUT_THIRD_PARTY_REFERENCE: &str = "input_ThirdPartyReference";
        pub const INPUT_START_RANGE_OF_DAYS: &str = "input_StartRangeOfDays";
        pub const INPUT_END_RANGE_OF_DAYS: &str = "input_EndRangeOfDays";
        pub const INPUT_EXPIRY_DATE: &str = "input_ExpiryDate";
        pub const INPUT_FIRST_PAYMENT_DATE: &str = "input_FirstPaymentDate";
        pub const INPUT_FREQUENCY: &str = "input_Frequency";
    }
    ///The wire names of `MandatePaymentRequest`'s properties.
    pub mod mandate_payment_request {
        pub const INPUT_AMOUNT: &str = "input_Amount";
        pub const INPUT_COUNTRY: &str = "input_Country";
        pub const INPUT_CURRENCY: &str = "input_Currency";
        pub const INPUT_CUSTOMER_MSISDN: &str = "input_CustomerMSISDN";
        pub const INPUT_SERVICE_PROVIDER_CODE: &str = "input_ServiceProviderCode";
        pub const INPUT_THIRD_PARTY_CONVERSATION_ID: &str = "input_ThirdPartyConversationID";
        pub const INPUT_THIRD_PARTY_REFERENCE: &str = "input_ThirdPartyReference";
    }
    ///The wire names of `SessionAnswer`'s properties.
    pub mod session_answer {
        pub const OUTPUT_RESPONSE_CODE: &str = "output_ResponseCode";
        pub const OUTPUT_RESPONSE_DESC: &str = "output_ResponseDesc";
        pub const OUTPUT_SESSION_ID: &str = "output_SessionID";
    }
    ///The wire names of `PaymentAnswer`'s properties.
    pub mod payment_answer {
        pub const OUTPUT_RESPONSE_CODE: &str = "output_ResponseCode";
        pub const OUTPUT_RESPONSE_DESC: &str = "output_ResponseDesc";
        pub const OUTPUT_CONVERSATION_ID: &str = "output_ConversationID";
        pub const OUTPUT_TRANSACTION_ID: &str = "output_TransactionID";
        pub const OUTPUT_THIRD_PARTY_CONVERSATION_ID: &str = "output_ThirdPartyConversationID";
    }
    ///The wire names of `StatusAnswer`'s properties.
    pub mod status_answer {
        pub const OUTPUT_RESPONSE_CODE: &str = "output_ResponseCode";
        pub const OUTPUT_RESPONSE_DESC: &str = "output_ResponseDesc";
        pub const OUTPUT_CONVERSATION_ID: &str = "output_ConversationID";
        pub const OUTPUT_RESPONSE_TRANSACTION_STATUS: &str = "output_ResponseTransactionStatus";
        pub const OUTPUT_THIRD_PARTY_CONVERSATION_ID: &str = "output_ThirdPartyConversationID";
    }
    ///The wire names of `MandateAnswer`'s properties.
    pub mod mandate_answer {
        pub const OUTPUT_RESPONSE_CODE: &str = "output_ResponseCode";
        pub const OUTPUT_RESPONSE_DESC: &str = "output_ResponseDesc";
        pub const OUTPUT_TRANSACTION_REFERENCE: &str = "output_TransactionReference";
        pub const OUTPUT_CONVERSATION_ID: &str = "output_ConversationID";
        pub const OUTPUT_THIRD_PARTY_CONVERSATION_ID: &str = "output_ThirdPartyConversationID";
    }
    ///The wire names of `Refusal`'s properties.
    pub mod refusal {
        pub const OUTPUT_RESPONSE_CODE: &str = "output_ResponseCode";
        pub const OUTPUT_RESPONSE_DESC: &str = "output_ResponseDesc";
        pub const OUTPUT_CONVERSATION_ID: &str = "output_ConversationID";
        pub const OUTPUT_TRANSACTION_ID: &str = "output_TransactionID";
        pub const OUTPUT_THIRD_PARTY_CONVERSATION_ID: &str = "output_ThirdPartyConversationID";
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
pub mod open_enums {
    /**How the gateway answered, `INS-0` for success. Meanings from CODES
and MOOVI, which agree; `INS-26`, `INS-993`…`INS-996` from MOOVI
only.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ResponseCode {
        ///`INS-0`: Request processed successfully (HTTP 201).
        Success,
        ///`INS-1`: Internal error (500).
        InternalError,
        ///`INS-2`: Invalid API key (401); the sandbox also answers it for a session that is not live, or not known.
        InvalidApiKey,
        ///`INS-4`: User is not active (401).
        UserNotActive,
        ///`INS-5`: Transaction cancelled by the customer (401).
        CancelledByCustomer,
        ///`INS-6`: Transaction failed (401).
        TransactionFailed,
        ///`INS-9`: Request timeout (408): the customer did not answer in time.
        RequestTimeout,
        ///`INS-10`: Duplicate transaction (409): the ThirdPartyConversationID was sent before.
        DuplicateTransaction,
        ///`INS-13`: Invalid shortcode used (400).
        InvalidShortcode,
        ///`INS-14`: Invalid reference used (400).
        InvalidReference,
        ///`INS-15`: Invalid amount used (400).
        InvalidAmount,
        ///`INS-16`: Unable to handle the request due to a temporary overloading (503).
        TemporaryOverload,
        ///`INS-17`: Invalid transaction reference; its length should be between 1 and 20 (400).
        InvalidTransactionReference,
        ///`INS-18`: Invalid TransactionID used (400).
        InvalidTransactionId,
        ///`INS-19`: Invalid ThirdPartyReference used (400).
        InvalidThirdPartyReference,
        ///`INS-20`: Not all parameters provided (400).
        MissingParameters,
        ///`INS-21`: Parameter validations failed (400).
        ParameterValidationFailed,
        ///`INS-22`: Invalid operation type (400).
        InvalidOperationType,
        ///`INS-23`: Unknown status; contact M-Pesa support (400).
        UnknownStatus,
        ///`INS-24`: Invalid InitiatorIdentifier used (MOOVI).
        InvalidInitiatorIdentifier,
        ///`INS-25`: Invalid SecurityCredential used (MOOVI).
        InvalidSecurityCredential,
        ///`INS-26`: Not authorized (MOOVI).
        NotAuthorized,
        ///`INS-993`: Direct debit missing (MOOVI).
        DirectDebitMissing,
        ///`INS-994`: Direct debit already exists (MOOVI).
        DirectDebitAlreadyExists,
        ///`INS-995`: The customer's profile has problems (MOOVI).
        CustomerProfileProblem,
        ///`INS-996`: The customer's account is not active (MOOVI).
        CustomerAccountNotActive,
        ///`INS-2001`: Initiator authentication error (400).
        InitiatorAuthenticationError,
        ///`INS-2002`: Receiver invalid (400).
        ReceiverInvalid,
        ///`INS-2006`: Insufficient balance (422).
        InsufficientBalance,
        ///`INS-2051`: MSISDN invalid (400).
        InvalidMsisdn,
        ///`INS-2057`: Language code invalid (400).
        InvalidLanguageCode,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl ResponseCode {
        ///Every value of `ResponseCode` the spec lists, in its order.
        pub const KNOWN: &'static [ResponseCode] = &[
            ResponseCode::Success,
            ResponseCode::InternalError,
            ResponseCode::InvalidApiKey,
            ResponseCode::UserNotActive,
            ResponseCode::CancelledByCustomer,
            ResponseCode::TransactionFailed,
            ResponseCode::RequestTimeout,
            ResponseCode::DuplicateTransaction,
            ResponseCode::InvalidShortcode,
            ResponseCode::InvalidReference,
            ResponseCode::InvalidAmount,
            ResponseCode::TemporaryOverload,
            ResponseCode::InvalidTransactionReference,
            ResponseCode::InvalidTransactionId,
            ResponseCode::InvalidThirdPartyReference,
            ResponseCode::MissingParameters,
            ResponseCode::ParameterValidationFailed,
            ResponseCode::InvalidOperationType,
            ResponseCode::UnknownStatus,
            ResponseCode::InvalidInitiatorIdentifier,
            ResponseCode::InvalidSecurityCredential,
            ResponseCode::NotAuthorized,
            ResponseCode::DirectDebitMissing,
            ResponseCode::DirectDebitAlreadyExists,
            ResponseCode::CustomerProfileProblem,
            ResponseCode::CustomerAccountNotActive,
            ResponseCode::InitiatorAuthenticationError,
            ResponseCode::ReceiverInvalid,
            ResponseCode::InsufficientBalance,
            ResponseCode::InvalidMsisdn,
            ResponseCode::InvalidLanguageCode,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                ResponseCode::Success => "INS-0",
                ResponseCode::InternalError => "INS-1",
                ResponseCode::InvalidApiKey => "INS-2",
                ResponseCode::UserNotActive => "INS-4",
                ResponseCode::CancelledByCustomer => "INS-5",
                ResponseCode::TransactionFailed => "INS-6",
                ResponseCode::RequestTimeout => "INS-9",
                ResponseCode::DuplicateTransaction => "INS-10",
                ResponseCode::InvalidShortcode => "INS-13",
                ResponseCode::InvalidReference => "INS-14",
                ResponseCode::InvalidAmount => "INS-15",
                ResponseCode::TemporaryOverload => "INS-16",
                ResponseCode::InvalidTransactionReference => "INS-17",
                ResponseCode::InvalidTransactionId => "INS-18",
                ResponseCode::InvalidThirdPartyReference => "INS-19",
                ResponseCode::MissingParameters => "INS-20",
                ResponseCode::ParameterValidationFailed => "INS-21",
                ResponseCode::InvalidOperationType => "INS-22",
                ResponseCode::UnknownStatus => "INS-23",
                ResponseCode::InvalidInitiatorIdentifier => "INS-24",
                ResponseCode::InvalidSecurityCredential => "INS-25",
                ResponseCode::NotAuthorized => "INS-26",
                ResponseCode::DirectDebitMissing => "INS-993",
                ResponseCode::DirectDebitAlreadyExists => "INS-994",
                ResponseCode::CustomerProfileProblem => "INS-995",
                ResponseCode::CustomerAccountNotActive => "INS-996",
                ResponseCode::InitiatorAuthenticationError => "INS-2001",
                ResponseCode::ReceiverInvalid => "INS-2002",
                ResponseCode::InsufficientBalance => "INS-2006",
                ResponseCode::InvalidMsisdn => "INS-2051",
                ResponseCode::InvalidLanguageCode => "INS-2057",
                ResponseCode::Unknown(other) => other,
            }
        }
        /// Reads a wire value; never fails.
        pub fn parse(value: &str) -> Self {
            Self::KNOWN
                .iter()
                .find(|known| known.as_str() == value)
                .or_else(|| {
                    Self::KNOWN.iter().find(|k| k.as_str().eq_ignore_ascii_case(value))
                })
                .cloned()
                .unwrap_or_else(|| ResponseCode::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, ResponseCode::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                ResponseCode::Success => {
                    Some("Request processed successfully (HTTP 201).")
                }
                ResponseCode::InternalError => Some("Internal error (500)."),
                ResponseCode::InvalidApiKey => {
                    Some(
                        "Invalid API key (401); the sandbox also answers it for a session that is not live, or not known.",
                    )
                }
                ResponseCode::UserNotActive => Some("User is not active (401)."),
                ResponseCode::CancelledByCustomer => {
                    Some("Transaction cancelled by the customer (401).")
                }
                ResponseCode::TransactionFailed => Some("Transaction failed (401)."),
                ResponseCode::RequestTimeout => {
                    Some("Request timeout (408): the customer did not answer in time.")
                }
                ResponseCode::DuplicateTransaction => {
                    Some(
                        "Duplicate transaction (409): the ThirdPartyConversationID was sent before.",
                    )
                }
                ResponseCode::InvalidShortcode => Some("Invalid shortcode used (400)."),
                ResponseCode::InvalidReference => Some("Invalid reference used (400)."),
                ResponseCode::InvalidAmount => Some("Invalid amount used (400)."),
                ResponseCode::TemporaryOverload => {
                    Some(
                        "Unable to handle the request due to a temporary overloading (503).",
                    )
                }
                ResponseCode::InvalidTransactionReference => {
                    Some(
                        "Invalid transaction reference; its length should be between 1 and 20 (400).",
                    )
                }
                ResponseCode::InvalidTransactionId => {
                    Some("Invalid TransactionID used (400).")
                }
                ResponseCode::InvalidThirdPartyReference => {
                    Some("Invalid ThirdPartyReference used (400).")
                }
                ResponseCode::MissingParameters => {
                    Some("Not all parameters provided (400).")
                }
                ResponseCode::ParameterValidationFailed => {
                    Some("Parameter validations failed (400).")
                }
                ResponseCode::InvalidOperationType => {
                    Some("Invalid operation type (400).")
                }
                ResponseCode::UnknownStatus => {
                    Some("Unknown status; contact M-Pesa support (400).")
                }
                ResponseCode::InvalidInitiatorIdentifier => {
                    Some("Invalid InitiatorIdentifier used (MOOVI).")
                }
                ResponseCode::InvalidSecurityCredential => {
                    Some("Invalid SecurityCredential used (MOOVI).")
                }
                ResponseCode::NotAuthorized => Some("Not authorized (MOOVI)."),
                ResponseCode::DirectDebitMissing => Some("Direct debit missing (MOOVI)."),
                ResponseCode::DirectDebitAlreadyExists => {
                    Some("Direct debit already exists (MOOVI).")
                }
                ResponseCode::CustomerProfileProblem => {
                    Some("The customer's profile has problems (MOOVI).")
                }
                ResponseCode::CustomerAccountNotActive => {
                    Some("The customer's account is not active (MOOVI).")
                }
                ResponseCode::InitiatorAuthenticationError => {
                    Some("Initiator authentication error (400).")
                }
                ResponseCode::ReceiverInvalid => Some("Receiver invalid (400)."),
                ResponseCode::InsufficientBalance => Some("Insufficient balance (422)."),
                ResponseCode::InvalidMsisdn => Some("MSISDN invalid (400)."),
                ResponseCode::InvalidLanguageCode => Some("Language code invalid (400)."),
                ResponseCode::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for ResponseCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for ResponseCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for ResponseCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResponseCode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    ///How often a mandate may be debited (S3's table). An open enum.
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum Frequency {
        ///`01`: Once off.
        OnceOff,
        ///`02`: Daily.
        Daily,
        ///`03`: Weekly.
        Weekly,
        ///`04`: Monthly.
        Monthly,
        ///`05`: Quarterly.
        Quarterly,
        ///`06`: Half yearly.
        HalfYearly,
        ///`07`: Yearly.
        Yearly,
        ///`08`: On demand.
        OnDemand,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl Frequency {
        ///Every value of `Frequency` the spec lists, in its order.
        pub const KNOWN: &'static [Frequency] = &[
            Frequency::OnceOff,
            Frequency::Daily,
            Frequency::Weekly,
            Frequency::Monthly,
            Frequency::Quarterly,
            Frequency::HalfYearly,
            Frequency::Yearly,
            Frequency::OnDemand,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Frequency::OnceOff => "01",
                Frequency::Daily => "02",
                Frequency::Weekly => "03",
                Frequency::Monthly => "04",
                Frequency::Quarterly => "05",
                Frequency::HalfYearly => "06",
                Frequency::Yearly => "07",
                Frequency::OnDemand => "08",
                Frequency::Unknown(other) => other,
            }
        }
        /// Reads a wire value; never fails.
        pub fn parse(value: &str) -> Self {
            Self::KNOWN
                .iter()
                .find(|known| known.as_str() == value)
                .or_else(|| {
                    Self::KNOWN.iter().find(|k| k.as_str().eq_ignore_ascii_case(value))
                })
                .cloned()
                .unwrap_or_else(|| Frequency::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Frequency::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                Frequency::OnceOff => Some("Once off."),
                Frequency::Daily => Some("Daily."),
                Frequency::Weekly => Some("Weekly."),
                Frequency::Monthly => Some("Monthly."),
                Frequency::Quarterly => Some("Quarterly."),
                Frequency::HalfYearly => Some("Half yearly."),
                Frequency::Yearly => Some("Yearly."),
                Frequency::OnDemand => Some("On demand."),
                Frequency::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for Frequency {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for Frequency {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for Frequency {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Frequency {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**Where a transaction stands (`Completed` in S3's sample; others
Assumed from the gateway's wording: `Cancelled`, `Expired`,
`Pending`, `N/A` when it is not known). An open enum.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum TransactionStatus {
        ///`Completed`: The transaction was carried out.
        Completed,
        ///`Cancelled`: It was cancelled.
        Cancelled,
        ///`Expired`: It expired.
        Expired,
        ///`Pending`: It is not final yet.
        Pending,
        ///`N/A`: No transaction is known under the reference.
        NotKnown,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl TransactionStatus {
        ///Every value of `TransactionStatus` the spec lists, in its order.
        pub const KNOWN: &'static [TransactionStatus] = &[
            TransactionStatus::Completed,
            TransactionStatus::Cancelled,
            TransactionStatus::Expired,
            TransactionStatus::Pending,
            TransactionStatus::NotKnown,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                TransactionStatus::Completed => "Completed",
                TransactionStatus::Cancelled => "Cancelled",
                TransactionStatus::Expired => "Expired",
                TransactionStatus::Pending => "Pending",
                TransactionStatus::NotKnown => "N/A",
                TransactionStatus::Unknown(other) => other,
            }
        }
        /// Reads a wire value; never fails.
        pub fn parse(value: &str) -> Self {
            Self::KNOWN
                .iter()
                .find(|known| known.as_str() == value)
                .or_else(|| {
                    Self::KNOWN.iter().find(|k| k.as_str().eq_ignore_ascii_case(value))
                })
                .cloned()
                .unwrap_or_else(|| TransactionStatus::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, TransactionStatus::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                TransactionStatus::Completed => Some("The transaction was carried out."),
                TransactionStatus::Cancelled => Some("It was cancelled."),
                TransactionStatus::Expired => Some("It expired."),
                TransactionStatus::Pending => Some("It is not final yet."),
                TransactionStatus::NotKnown => {
                    Some("No transaction is known under the reference.")
                }
                TransactionStatus::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for TransactionStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for TransactionStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for TransactionStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TransactionStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
}
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Whether the customer agreed to the terms and conditions, `1` or `0` (S3).
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
    pub enum AgreedTc {
        #[serde(rename = "1")]
        X1,
        #[serde(rename = "0")]
        X0,
    }
    impl ::std::fmt::Display for AgreedTc {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::X1 => f.write_str("1"),
                Self::X0 => f.write_str("0"),
            }
        }
    }
    impl ::std::str::FromStr for AgreedTc {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "1" => Ok(Self::X1),
                "0" => Ok(Self::X0),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AgreedTc {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AgreedTc {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A payment to another business (TK `b2b`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct B2bRequest {
        ///How much is paid.
        #[serde(rename = "input_Amount")]
        pub input_amount: crate::money::Amount,
        ///The market's country.
        #[serde(rename = "input_Country")]
        pub input_country: Country,
        ///The market's currency.
        #[serde(rename = "input_Currency")]
        pub input_currency: Currency,
        ///The business paying.
        #[serde(rename = "input_PrimaryPartyCode")]
        pub input_primary_party_code: ServiceProviderCode,
        ///What is bought.
        #[serde(rename = "input_PurchasedItemsDesc")]
        pub input_purchased_items_desc: Description,
        ///The business paid.
        #[serde(rename = "input_ReceiverPartyCode")]
        pub input_receiver_party_code: ServiceProviderCode,
        ///The caller's key of this request.
        #[serde(rename = "input_ThirdPartyConversationID")]
        pub input_third_party_conversation_id: ThirdPartyConversationId,
        ///The business's reference.
        #[serde(rename = "input_TransactionReference")]
        pub input_transaction_reference: TransactionReference,
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
        ///The market's country.
        #[serde(rename = "input_Country")]
        pub input_country: Country,
        ///The market's currency.
        #[serde(rename = "input_Currency")]
        pub input_currency: Currency,
        ///The customer paid.
        #[serde(rename = "input_CustomerMSISDN")]
        pub input_customer_msisdn: ::pesa_core::Msisdn,
        ///What the payment is for.
        #[serde(rename = "input_PaymentItemsDesc")]
        pub input_payment_items_desc: Description,
        ///The business paying.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: ServiceProviderCode,
        ///The caller's key of this request.
        #[serde(rename = "input_ThirdPartyConversationID")]
        pub input_third_party_conversation_id: ThirdPartyConversationId,
        ///The business's reference.
        #[serde(rename = "input_TransactionReference")]
        pub input_transaction_reference: TransactionReference,
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
        ///The market's country.
        #[serde(rename = "input_Country")]
        pub input_country: Country,
        ///The market's currency.
        #[serde(rename = "input_Currency")]
        pub input_currency: Currency,
        ///The customer who pays.
        #[serde(rename = "input_CustomerMSISDN")]
        pub input_customer_msisdn: ::pesa_core::Msisdn,
        ///What is bought.
        #[serde(rename = "input_PurchasedItemsDesc")]
        pub input_purchased_items_desc: Description,
        ///The business paid.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: ServiceProviderCode,
        ///The caller's key of this request.
        #[serde(rename = "input_ThirdPartyConversationID")]
        pub input_third_party_conversation_id: ThirdPartyConversationId,
        ///The business's reference.
        #[serde(rename = "input_TransactionReference")]
        pub input_transaction_reference: TransactionReference,
    }
    impl C2bRequest {
        pub fn builder() -> builder::C2bRequest {
            Default::default()
        }
    }
    ///A date written `YYYYMMDD` (Assumed).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CompactDate(::std::string::String);
    impl ::std::ops::Deref for CompactDate {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CompactDate> for ::std::string::String {
        fn from(value: CompactDate) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CompactDate {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{8}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{8}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CompactDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CompactDate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CompactDate {
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
    ///The gateway's key of a request (`d3502e5958774f7ba228d83d0d689761`, S3).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ConversationId(::std::string::String);
    impl ::std::ops::Deref for ConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConversationId> for ::std::string::String {
        fn from(value: ConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConversationId {
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
    impl ::std::convert::TryFrom<&str> for ConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConversationId {
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
    ///The market's country: `TZN` Tanzania, `GHA` Ghana (TK).
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
    pub enum Country {
        #[serde(rename = "TZN")]
        Tzn,
        #[serde(rename = "GHA")]
        Gha,
    }
    impl ::std::fmt::Display for Country {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Tzn => f.write_str("TZN"),
                Self::Gha => f.write_str("GHA"),
            }
        }
    }
    impl ::std::str::FromStr for Country {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "TZN" => Ok(Self::Tzn),
                "GHA" => Ok(Self::Gha),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Country {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Country {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The market's currency: `TZS` Tanzania, `GHS` Ghana (TK).
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
    pub enum Currency {
        #[serde(rename = "TZS")]
        Tzs,
        #[serde(rename = "GHS")]
        Ghs,
    }
    impl ::std::fmt::Display for Currency {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Tzs => f.write_str("TZS"),
                Self::Ghs => f.write_str("GHS"),
            }
        }
    }
    impl ::std::str::FromStr for Currency {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "TZS" => Ok(Self::Tzs),
                "GHS" => Ok(Self::Ghs),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Currency {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Currency {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A day of the month, `01` to `31` (S3 "the start / end range of days in the month").
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DayOfMonth(::std::string::String);
    impl ::std::ops::Deref for DayOfMonth {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DayOfMonth> for ::std::string::String {
        fn from(value: DayOfMonth) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DayOfMonth {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^(0[1-9]|[12][0-9]|3[01])$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^(0[1-9]|[12][0-9]|3[01])$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DayOfMonth {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DayOfMonth {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DayOfMonth {
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
    ///What is bought or paid for, shown to the customer (Assumed limit).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct Description(::std::string::String);
    impl ::std::ops::Deref for Description {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Description> for ::std::string::String {
        fn from(value: Description) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Description {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 256usize {
                return Err("longer than 256 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for Description {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Description {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Description {
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
    ///A mandate created, or a payment under it (S3's samples, prefix restored).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MandateAnswer {
        ///The gateway's key of the request.
        #[serde(
            rename = "output_ConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_conversation_id: ::std::option::Option<ConversationId>,
        ///How it went.
        #[serde(rename = "output_ResponseCode")]
        pub output_response_code: crate::generated::open_enums::ResponseCode,
        ///The code, in words.
        #[serde(
            rename = "output_ResponseDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_desc: ::std::option::Option<::std::string::String>,
        ///The caller's key, as sent.
        #[serde(
            rename = "output_ThirdPartyConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_third_party_conversation_id: ::std::option::Option<
            ThirdPartyConversationId,
        >,
        ///The gateway's reference of the mandate or payment.
        #[serde(
            rename = "output_TransactionReference",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_transaction_reference: ::std::option::Option<::std::string::String>,
    }
    impl MandateAnswer {
        pub fn builder() -> builder::MandateAnswer {
            Default::default()
        }
    }
    ///A payment under a mandate (TK `direct_debit_payment`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MandatePaymentRequest {
        ///How much is debited.
        #[serde(rename = "input_Amount")]
        pub input_amount: crate::money::Amount,
        ///The market's country.
        #[serde(rename = "input_Country")]
        pub input_country: Country,
        ///The market's currency.
        #[serde(rename = "input_Currency")]
        pub input_currency: Currency,
        ///The customer debited.
        #[serde(rename = "input_CustomerMSISDN")]
        pub input_customer_msisdn: ::pesa_core::Msisdn,
        ///The business paid.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: ServiceProviderCode,
        ///The caller's key of this request.
        #[serde(rename = "input_ThirdPartyConversationID")]
        pub input_third_party_conversation_id: ThirdPartyConversationId,
        ///The mandate's reference, as it was created.
        #[serde(rename = "input_ThirdPartyReference")]
        pub input_third_party_reference: MandatePaymentRequestInputThirdPartyReference,
    }
    impl MandatePaymentRequest {
        pub fn builder() -> builder::MandatePaymentRequest {
            Default::default()
        }
    }
    ///The mandate's reference, as it was created.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MandatePaymentRequestInputThirdPartyReference(::std::string::String);
    impl ::std::ops::Deref for MandatePaymentRequestInputThirdPartyReference {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MandatePaymentRequestInputThirdPartyReference>
    for ::std::string::String {
        fn from(value: MandatePaymentRequestInputThirdPartyReference) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MandatePaymentRequestInputThirdPartyReference {
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
    impl ::std::convert::TryFrom<&str>
    for MandatePaymentRequestInputThirdPartyReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MandatePaymentRequestInputThirdPartyReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for MandatePaymentRequestInputThirdPartyReference {
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
    ///A mandate to create (TK `direct_debit_create`; its last five fields optional, S3).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MandateRequest {
        ///Whether the customer agreed to the terms and conditions.
        #[serde(rename = "input_AgreedTC")]
        pub input_agreed_tc: AgreedTc,
        ///The market's country.
        #[serde(rename = "input_Country")]
        pub input_country: Country,
        ///The customer who gives the mandate.
        #[serde(rename = "input_CustomerMSISDN")]
        pub input_customer_msisdn: ::pesa_core::Msisdn,
        ///The last day of the month a debit may happen.
        #[serde(
            rename = "input_EndRangeOfDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub input_end_range_of_days: ::std::option::Option<DayOfMonth>,
        ///When the mandate ends.
        #[serde(
            rename = "input_ExpiryDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub input_expiry_date: ::std::option::Option<CompactDate>,
        ///When the mandate starts.
        #[serde(
            rename = "input_FirstPaymentDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub input_first_payment_date: ::std::option::Option<CompactDate>,
        ///How often it may be debited.
        #[serde(
            rename = "input_Frequency",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub input_frequency: ::std::option::Option<
            crate::generated::open_enums::Frequency,
        >,
        ///The business the mandate is for.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: ServiceProviderCode,
        ///The first day of the month a debit may happen.
        #[serde(
            rename = "input_StartRangeOfDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub input_start_range_of_days: ::std::option::Option<DayOfMonth>,
        ///The caller's key of this request.
        #[serde(rename = "input_ThirdPartyConversationID")]
        pub input_third_party_conversation_id: ThirdPartyConversationId,
        ///The business's reference of the mandate.
        #[serde(rename = "input_ThirdPartyReference")]
        pub input_third_party_reference: MandateRequestInputThirdPartyReference,
    }
    impl MandateRequest {
        pub fn builder() -> builder::MandateRequest {
            Default::default()
        }
    }
    ///The business's reference of the mandate.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MandateRequestInputThirdPartyReference(::std::string::String);
    impl ::std::ops::Deref for MandateRequestInputThirdPartyReference {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MandateRequestInputThirdPartyReference>
    for ::std::string::String {
        fn from(value: MandateRequestInputThirdPartyReference) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MandateRequestInputThirdPartyReference {
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
    impl ::std::convert::TryFrom<&str> for MandateRequestInputThirdPartyReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MandateRequestInputThirdPartyReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MandateRequestInputThirdPartyReference {
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
    ///The `Origin` every request carries.
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
    pub enum Origin {
        #[serde(rename = "*")]
        X,
    }
    impl ::std::fmt::Display for Origin {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::X => f.write_str("*"),
            }
        }
    }
    impl ::std::str::FromStr for Origin {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "*" => Ok(Self::X),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Origin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Origin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A payment or reversal processed (S3's samples, with the `output_` prefix TK trims).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaymentAnswer {
        ///The gateway's key of the request.
        #[serde(
            rename = "output_ConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_conversation_id: ::std::option::Option<ConversationId>,
        ///How it went, `INS-0` for success.
        #[serde(rename = "output_ResponseCode")]
        pub output_response_code: crate::generated::open_enums::ResponseCode,
        ///The code, in words.
        #[serde(
            rename = "output_ResponseDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_desc: ::std::option::Option<::std::string::String>,
        ///The caller's key, as sent.
        #[serde(
            rename = "output_ThirdPartyConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_third_party_conversation_id: ::std::option::Option<
            ThirdPartyConversationId,
        >,
        ///M-Pesa's id of the transaction made.
        #[serde(
            rename = "output_TransactionID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_transaction_id: ::std::option::Option<TransactionId>,
    }
    impl PaymentAnswer {
        pub fn builder() -> builder::PaymentAnswer {
            Default::default()
        }
    }
    ///What a status query asks about (a transaction's id, or the key it was sent under).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct QueryReference(::std::string::String);
    impl ::std::ops::Deref for QueryReference {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<QueryReference> for ::std::string::String {
        fn from(value: QueryReference) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for QueryReference {
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
    impl ::std::convert::TryFrom<&str> for QueryReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for QueryReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for QueryReference {
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
    ///A refusal or failure; the code says why.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Refusal {
        ///The gateway's key of the request, when it gave one.
        #[serde(
            rename = "output_ConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_conversation_id: ::std::option::Option<ConversationId>,
        ///Why.
        #[serde(rename = "output_ResponseCode")]
        pub output_response_code: crate::generated::open_enums::ResponseCode,
        ///Why, in words.
        #[serde(
            rename = "output_ResponseDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_desc: ::std::option::Option<::std::string::String>,
        ///The caller's key, as sent.
        #[serde(
            rename = "output_ThirdPartyConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_third_party_conversation_id: ::std::option::Option<
            ThirdPartyConversationId,
        >,
        ///A transaction's id, when the refusal names one.
        #[serde(
            rename = "output_TransactionID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_transaction_id: ::std::option::Option<TransactionId>,
    }
    impl Refusal {
        pub fn builder() -> builder::Refusal {
            Default::default()
        }
    }
    ///A reversal of a successful transaction (TK `reverse`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ReversalRequest {
        ///The market's country.
        #[serde(rename = "input_Country")]
        pub input_country: Country,
        ///How much is reversed.
        #[serde(rename = "input_ReversalAmount")]
        pub input_reversal_amount: crate::money::Amount,
        ///The business.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: ServiceProviderCode,
        ///The caller's key of this request.
        #[serde(rename = "input_ThirdPartyConversationID")]
        pub input_third_party_conversation_id: ThirdPartyConversationId,
        ///The transaction reversed.
        #[serde(rename = "input_TransactionID")]
        pub input_transaction_id: TransactionId,
    }
    impl ReversalRequest {
        pub fn builder() -> builder::ReversalRequest {
            Default::default()
        }
    }
    ///The business's shortcode, 5 or 6 digits (the paymentsds clients' pattern `^[0-9]{5,6}$`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ServiceProviderCode(::std::string::String);
    impl ::std::ops::Deref for ServiceProviderCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ServiceProviderCode> for ::std::string::String {
        fn from(value: ServiceProviderCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ServiceProviderCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{5,6}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{5,6}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ServiceProviderCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ServiceProviderCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ServiceProviderCode {
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
    ///A session opened (TK reads `output_SessionID`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SessionAnswer {
        ///How the gateway answered.
        #[serde(
            rename = "output_ResponseCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The code, in words.
        #[serde(
            rename = "output_ResponseDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_response_desc: ::std::option::Option<::std::string::String>,
        ///The session's id.
        #[serde(rename = "output_SessionID")]
        pub output_session_id: ::pesa_core::Secret,
    }
    impl SessionAnswer {
        pub fn builder() -> builder::SessionAnswer {
            Default::default()
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
        pub output_conversation_id: ::std::option::Option<ConversationId>,
        ///How the query went.
        #[serde(rename = "output_ResponseCode")]
        pub output_response_code: crate::generated::open_enums::ResponseCode,
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
            crate::generated::open_enums::TransactionStatus,
        >,
        ///The query's key, as sent.
        #[serde(
            rename = "output_ThirdPartyConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_third_party_conversation_id: ::std::option::Option<
            ThirdPartyConversationId,
        >,
    }
    impl StatusAnswer {
        pub fn builder() -> builder::StatusAnswer {
            Default::default()
        }
    }
    /**The caller's key of a request, chosen before sending: a request
sent again under it is refused `INS-10`, never done twice. Letters
and digits, up to 40 (Assumed from S3's samples, 32 and 37
characters).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ThirdPartyConversationId(::std::string::String);
    impl ::std::ops::Deref for ThirdPartyConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ThirdPartyConversationId> for ::std::string::String {
        fn from(value: ThirdPartyConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ThirdPartyConversationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9]{1,40}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9]{1,40}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ThirdPartyConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ThirdPartyConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ThirdPartyConversationId {
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
    ///M-Pesa's id of a transaction (`49XCD123F6`, S3).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TransactionId(::std::string::String);
    impl ::std::ops::Deref for TransactionId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TransactionId> for ::std::string::String {
        fn from(value: TransactionId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TransactionId {
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
    impl ::std::convert::TryFrom<&str> for TransactionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransactionId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TransactionId {
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
    ///The business's reference of a payment, 1 to 20 characters (CODES `INS-17`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TransactionReference(::std::string::String);
    impl ::std::ops::Deref for TransactionReference {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TransactionReference> for ::std::string::String {
        fn from(value: TransactionReference) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TransactionReference {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 20usize {
                return Err("longer than 20 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TransactionReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransactionReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TransactionReference {
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
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct B2bRequest {
            input_amount: ::std::result::Result<
                crate::money::Amount,
                ::std::string::String,
            >,
            input_country: ::std::result::Result<super::Country, ::std::string::String>,
            input_currency: ::std::result::Result<
                super::Currency,
                ::std::string::String,
            >,
            input_primary_party_code: ::std::result::Result<
                super::ServiceProviderCode,
                ::std::string::String,
            >,
            input_purchased_items_desc: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            input_receiver_party_code: ::std::result::Result<
                super::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_conversation_id: ::std::result::Result<
                super::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_transaction_reference: ::std::result::Result<
                super::TransactionReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for B2bRequest {
            fn default() -> Self {
                Self {
                    input_amount: Err("no value supplied for input_amount".to_string()),
                    input_country: Err(
                        "no value supplied for input_country".to_string(),
                    ),
                    input_currency: Err(
                        "no value supplied for input_currency".to_string(),
                    ),
                    input_primary_party_code: Err(
                        "no value supplied for input_primary_party_code".to_string(),
                    ),
                    input_purchased_items_desc: Err(
                        "no value supplied for input_purchased_items_desc".to_string(),
                    ),
                    input_receiver_party_code: Err(
                        "no value supplied for input_receiver_party_code".to_string(),
                    ),
                    input_third_party_conversation_id: Err(
                        "no value supplied for input_third_party_conversation_id"
                            .to_string(),
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
            pub fn input_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.input_country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_country: {e}")
                    });
                self
            }
            pub fn input_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.input_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_currency: {e}"
                        )
                    });
                self
            }
            pub fn input_primary_party_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceProviderCode>,
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
            pub fn input_purchased_items_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Description>,
                T::Error: ::std::fmt::Display,
            {
                self.input_purchased_items_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_purchased_items_desc: {e}"
                        )
                    });
                self
            }
            pub fn input_receiver_party_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceProviderCode>,
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
            pub fn input_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn input_transaction_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionReference>,
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
                    input_country: value.input_country?,
                    input_currency: value.input_currency?,
                    input_primary_party_code: value.input_primary_party_code?,
                    input_purchased_items_desc: value.input_purchased_items_desc?,
                    input_receiver_party_code: value.input_receiver_party_code?,
                    input_third_party_conversation_id: value
                        .input_third_party_conversation_id?,
                    input_transaction_reference: value.input_transaction_reference?,
                })
            }
        }
        impl ::std::convert::From<super::B2bRequest> for B2bRequest {
            fn from(value: super::B2bRequest) -> Self {
                Self {
                    input_amount: Ok(value.input_amount),
                    input_country: Ok(value.input_country),
                    input_currency: Ok(value.input_currency),
                    input_primary_party_code: Ok(value.input_primary_party_code),
                    input_purchased_items_desc: Ok(value.input_purchased_items_desc),
                    input_receiver_party_code: Ok(value.input_receiver_party_code),
                    input_third_party_conversation_id: Ok(
                        value.input_third_party_conversation_id,
                    ),
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
            input_country: ::std::result::Result<super::Country, ::std::string::String>,
            input_currency: ::std::result::Result<
                super::Currency,
                ::std::string::String,
            >,
            input_customer_msisdn: ::std::result::Result<
                ::pesa_core::Msisdn,
                ::std::string::String,
            >,
            input_payment_items_desc: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            input_service_provider_code: ::std::result::Result<
                super::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_conversation_id: ::std::result::Result<
                super::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_transaction_reference: ::std::result::Result<
                super::TransactionReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for B2cRequest {
            fn default() -> Self {
                Self {
                    input_amount: Err("no value supplied for input_amount".to_string()),
                    input_country: Err(
                        "no value supplied for input_country".to_string(),
                    ),
                    input_currency: Err(
                        "no value supplied for input_currency".to_string(),
                    ),
                    input_customer_msisdn: Err(
                        "no value supplied for input_customer_msisdn".to_string(),
                    ),
                    input_payment_items_desc: Err(
                        "no value supplied for input_payment_items_desc".to_string(),
                    ),
                    input_service_provider_code: Err(
                        "no value supplied for input_service_provider_code".to_string(),
                    ),
                    input_third_party_conversation_id: Err(
                        "no value supplied for input_third_party_conversation_id"
                            .to_string(),
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
            pub fn input_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.input_country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_country: {e}")
                    });
                self
            }
            pub fn input_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.input_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_currency: {e}"
                        )
                    });
                self
            }
            pub fn input_customer_msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Msisdn>,
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
            pub fn input_payment_items_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Description>,
                T::Error: ::std::fmt::Display,
            {
                self.input_payment_items_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_payment_items_desc: {e}"
                        )
                    });
                self
            }
            pub fn input_service_provider_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceProviderCode>,
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
            pub fn input_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn input_transaction_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionReference>,
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
                    input_country: value.input_country?,
                    input_currency: value.input_currency?,
                    input_customer_msisdn: value.input_customer_msisdn?,
                    input_payment_items_desc: value.input_payment_items_desc?,
                    input_service_provider_code: value.input_service_provider_code?,
                    input_third_party_conversation_id: value
                        .input_third_party_conversation_id?,
                    input_transaction_reference: value.input_transaction_reference?,
                })
            }
        }
        impl ::std::convert::From<super::B2cRequest> for B2cRequest {
            fn from(value: super::B2cRequest) -> Self {
                Self {
                    input_amount: Ok(value.input_amount),
                    input_country: Ok(value.input_country),
                    input_currency: Ok(value.input_currency),
                    input_customer_msisdn: Ok(value.input_customer_msisdn),
                    input_payment_items_desc: Ok(value.input_payment_items_desc),
                    input_service_provider_code: Ok(value.input_service_provider_code),
                    input_third_party_conversation_id: Ok(
                        value.input_third_party_conversation_id,
                    ),
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
            input_country: ::std::result::Result<super::Country, ::std::string::String>,
            input_currency: ::std::result::Result<
                super::Currency,
                ::std::string::String,
            >,
            input_customer_msisdn: ::std::result::Result<
                ::pesa_core::Msisdn,
                ::std::string::String,
            >,
            input_purchased_items_desc: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            input_service_provider_code: ::std::result::Result<
                super::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_conversation_id: ::std::result::Result<
                super::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_transaction_reference: ::std::result::Result<
                super::TransactionReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for C2bRequest {
            fn default() -> Self {
                Self {
                    input_amount: Err("no value supplied for input_amount".to_string()),
                    input_country: Err(
                        "no value supplied for input_country".to_string(),
                    ),
                    input_currency: Err(
                        "no value supplied for input_currency".to_string(),
                    ),
                    input_customer_msisdn: Err(
                        "no value supplied for input_customer_msisdn".to_string(),
                    ),
                    input_purchased_items_desc: Err(
                        "no value supplied for input_purchased_items_desc".to_string(),
                    ),
                    input_service_provider_code: Err(
                        "no value supplied for input_service_provider_code".to_string(),
                    ),
                    input_third_party_conversation_id: Err(
                        "no value supplied for input_third_party_conversation_id"
                            .to_string(),
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
            pub fn input_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.input_country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_country: {e}")
                    });
                self
            }
            pub fn input_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.input_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_currency: {e}"
                        )
                    });
                self
            }
            pub fn input_customer_msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Msisdn>,
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
            pub fn input_purchased_items_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Description>,
                T::Error: ::std::fmt::Display,
            {
                self.input_purchased_items_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_purchased_items_desc: {e}"
                        )
                    });
                self
            }
            pub fn input_service_provider_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceProviderCode>,
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
            pub fn input_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn input_transaction_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionReference>,
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
                    input_country: value.input_country?,
                    input_currency: value.input_currency?,
                    input_customer_msisdn: value.input_customer_msisdn?,
                    input_purchased_items_desc: value.input_purchased_items_desc?,
                    input_service_provider_code: value.input_service_provider_code?,
                    input_third_party_conversation_id: value
                        .input_third_party_conversation_id?,
                    input_transaction_reference: value.input_transaction_reference?,
                })
            }
        }
        impl ::std::convert::From<super::C2bRequest> for C2bRequest {
            fn from(value: super::C2bRequest) -> Self {
                Self {
                    input_amount: Ok(value.input_amount),
                    input_country: Ok(value.input_country),
                    input_currency: Ok(value.input_currency),
                    input_customer_msisdn: Ok(value.input_customer_msisdn),
                    input_purchased_items_desc: Ok(value.input_purchased_items_desc),
                    input_service_provider_code: Ok(value.input_service_provider_code),
                    input_third_party_conversation_id: Ok(
                        value.input_third_party_conversation_id,
                    ),
                    input_transaction_reference: Ok(value.input_transaction_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MandateAnswer {
            output_conversation_id: ::std::result::Result<
                ::std::option::Option<super::ConversationId>,
                ::std::string::String,
            >,
            output_response_code: ::std::result::Result<
                crate::generated::open_enums::ResponseCode,
                ::std::string::String,
            >,
            output_response_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_third_party_conversation_id: ::std::result::Result<
                ::std::option::Option<super::ThirdPartyConversationId>,
                ::std::string::String,
            >,
            output_transaction_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MandateAnswer {
            fn default() -> Self {
                Self {
                    output_conversation_id: Ok(Default::default()),
                    output_response_code: Err(
                        "no value supplied for output_response_code".to_string(),
                    ),
                    output_response_desc: Ok(Default::default()),
                    output_third_party_conversation_id: Ok(Default::default()),
                    output_transaction_reference: Ok(Default::default()),
                }
            }
        }
        impl MandateAnswer {
            pub fn output_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ConversationId>>,
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
                T: ::std::convert::TryInto<crate::generated::open_enums::ResponseCode>,
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
            pub fn output_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ThirdPartyConversationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn output_transaction_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_transaction_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_transaction_reference: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MandateAnswer> for super::MandateAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MandateAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    output_conversation_id: value.output_conversation_id?,
                    output_response_code: value.output_response_code?,
                    output_response_desc: value.output_response_desc?,
                    output_third_party_conversation_id: value
                        .output_third_party_conversation_id?,
                    output_transaction_reference: value.output_transaction_reference?,
                })
            }
        }
        impl ::std::convert::From<super::MandateAnswer> for MandateAnswer {
            fn from(value: super::MandateAnswer) -> Self {
                Self {
                    output_conversation_id: Ok(value.output_conversation_id),
                    output_response_code: Ok(value.output_response_code),
                    output_response_desc: Ok(value.output_response_desc),
                    output_third_party_conversation_id: Ok(
                        value.output_third_party_conversation_id,
                    ),
                    output_transaction_reference: Ok(value.output_transaction_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MandatePaymentRequest {
            input_amount: ::std::result::Result<
                crate::money::Amount,
                ::std::string::String,
            >,
            input_country: ::std::result::Result<super::Country, ::std::string::String>,
            input_currency: ::std::result::Result<
                super::Currency,
                ::std::string::String,
            >,
            input_customer_msisdn: ::std::result::Result<
                ::pesa_core::Msisdn,
                ::std::string::String,
            >,
            input_service_provider_code: ::std::result::Result<
                super::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_conversation_id: ::std::result::Result<
                super::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_third_party_reference: ::std::result::Result<
                super::MandatePaymentRequestInputThirdPartyReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MandatePaymentRequest {
            fn default() -> Self {
                Self {
                    input_amount: Err("no value supplied for input_amount".to_string()),
                    input_country: Err(
                        "no value supplied for input_country".to_string(),
                    ),
                    input_currency: Err(
                        "no value supplied for input_currency".to_string(),
                    ),
                    input_customer_msisdn: Err(
                        "no value supplied for input_customer_msisdn".to_string(),
                    ),
                    input_service_provider_code: Err(
                        "no value supplied for input_service_provider_code".to_string(),
                    ),
                    input_third_party_conversation_id: Err(
                        "no value supplied for input_third_party_conversation_id"
                            .to_string(),
                    ),
                    input_third_party_reference: Err(
                        "no value supplied for input_third_party_reference".to_string(),
                    ),
                }
            }
        }
        impl MandatePaymentRequest {
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
            pub fn input_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.input_country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_country: {e}")
                    });
                self
            }
            pub fn input_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.input_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_currency: {e}"
                        )
                    });
                self
            }
            pub fn input_customer_msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Msisdn>,
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
                T: ::std::convert::TryInto<super::ServiceProviderCode>,
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
            pub fn input_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn input_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::MandatePaymentRequestInputThirdPartyReference,
                >,
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
        }
        impl ::std::convert::TryFrom<MandatePaymentRequest>
        for super::MandatePaymentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MandatePaymentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_amount: value.input_amount?,
                    input_country: value.input_country?,
                    input_currency: value.input_currency?,
                    input_customer_msisdn: value.input_customer_msisdn?,
                    input_service_provider_code: value.input_service_provider_code?,
                    input_third_party_conversation_id: value
                        .input_third_party_conversation_id?,
                    input_third_party_reference: value.input_third_party_reference?,
                })
            }
        }
        impl ::std::convert::From<super::MandatePaymentRequest>
        for MandatePaymentRequest {
            fn from(value: super::MandatePaymentRequest) -> Self {
                Self {
                    input_amount: Ok(value.input_amount),
                    input_country: Ok(value.input_country),
                    input_currency: Ok(value.input_currency),
                    input_customer_msisdn: Ok(value.input_customer_msisdn),
                    input_service_provider_code: Ok(value.input_service_provider_code),
                    input_third_party_conversation_id: Ok(
                        value.input_third_party_conversation_id,
                    ),
                    input_third_party_reference: Ok(value.input_third_party_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MandateRequest {
            input_agreed_tc: ::std::result::Result<
                super::AgreedTc,
                ::std::string::String,
            >,
            input_country: ::std::result::Result<super::Country, ::std::string::String>,
            input_customer_msisdn: ::std::result::Result<
                ::pesa_core::Msisdn,
                ::std::string::String,
            >,
            input_end_range_of_days: ::std::result::Result<
                ::std::option::Option<super::DayOfMonth>,
                ::std::string::String,
            >,
            input_expiry_date: ::std::result::Result<
                ::std::option::Option<super::CompactDate>,
                ::std::string::String,
            >,
            input_first_payment_date: ::std::result::Result<
                ::std::option::Option<super::CompactDate>,
                ::std::string::String,
            >,
            input_frequency: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::Frequency>,
                ::std::string::String,
            >,
            input_service_provider_code: ::std::result::Result<
                super::ServiceProviderCode,
                ::std::string::String,
            >,
            input_start_range_of_days: ::std::result::Result<
                ::std::option::Option<super::DayOfMonth>,
                ::std::string::String,
            >,
            input_third_party_conversation_id: ::std::result::Result<
                super::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_third_party_reference: ::std::result::Result<
                super::MandateRequestInputThirdPartyReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MandateRequest {
            fn default() -> Self {
                Self {
                    input_agreed_tc: Err(
                        "no value supplied for input_agreed_tc".to_string(),
                    ),
                    input_country: Err(
                        "no value supplied for input_country".to_string(),
                    ),
                    input_customer_msisdn: Err(
                        "no value supplied for input_customer_msisdn".to_string(),
                    ),
                    input_end_range_of_days: Ok(Default::default()),
                    input_expiry_date: Ok(Default::default()),
                    input_first_payment_date: Ok(Default::default()),
                    input_frequency: Ok(Default::default()),
                    input_service_provider_code: Err(
                        "no value supplied for input_service_provider_code".to_string(),
                    ),
                    input_start_range_of_days: Ok(Default::default()),
                    input_third_party_conversation_id: Err(
                        "no value supplied for input_third_party_conversation_id"
                            .to_string(),
                    ),
                    input_third_party_reference: Err(
                        "no value supplied for input_third_party_reference".to_string(),
                    ),
                }
            }
        }
        impl MandateRequest {
            pub fn input_agreed_tc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgreedTc>,
                T::Error: ::std::fmt::Display,
            {
                self.input_agreed_tc = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_agreed_tc: {e}"
                        )
                    });
                self
            }
            pub fn input_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.input_country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_country: {e}")
                    });
                self
            }
            pub fn input_customer_msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Msisdn>,
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
            pub fn input_end_range_of_days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DayOfMonth>>,
                T::Error: ::std::fmt::Display,
            {
                self.input_end_range_of_days = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_end_range_of_days: {e}"
                        )
                    });
                self
            }
            pub fn input_expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CompactDate>>,
                T::Error: ::std::fmt::Display,
            {
                self.input_expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_expiry_date: {e}"
                        )
                    });
                self
            }
            pub fn input_first_payment_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CompactDate>>,
                T::Error: ::std::fmt::Display,
            {
                self.input_first_payment_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_first_payment_date: {e}"
                        )
                    });
                self
            }
            pub fn input_frequency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::Frequency>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.input_frequency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_frequency: {e}"
                        )
                    });
                self
            }
            pub fn input_service_provider_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceProviderCode>,
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
            pub fn input_start_range_of_days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DayOfMonth>>,
                T::Error: ::std::fmt::Display,
            {
                self.input_start_range_of_days = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_start_range_of_days: {e}"
                        )
                    });
                self
            }
            pub fn input_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn input_third_party_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::MandateRequestInputThirdPartyReference,
                >,
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
        }
        impl ::std::convert::TryFrom<MandateRequest> for super::MandateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MandateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    input_agreed_tc: value.input_agreed_tc?,
                    input_country: value.input_country?,
                    input_customer_msisdn: value.input_customer_msisdn?,
                    input_end_range_of_days: value.input_end_range_of_days?,
                    input_expiry_date: value.input_expiry_date?,
                    input_first_payment_date: value.input_first_payment_date?,
                    input_frequency: value.input_frequency?,
                    input_service_provider_code: value.input_service_provider_code?,
                    input_start_range_of_days: value.input_start_range_of_days?,
                    input_third_party_conversation_id: value
                        .input_third_party_conversation_id?,
                    input_third_party_reference: value.input_third_party_reference?,
                })
            }
        }
        impl ::std::convert::From<super::MandateRequest> for MandateRequest {
            fn from(value: super::MandateRequest) -> Self {
                Self {
                    input_agreed_tc: Ok(value.input_agreed_tc),
                    input_country: Ok(value.input_country),
                    input_customer_msisdn: Ok(value.input_customer_msisdn),
                    input_end_range_of_days: Ok(value.input_end_range_of_days),
                    input_expiry_date: Ok(value.input_expiry_date),
                    input_first_payment_date: Ok(value.input_first_payment_date),
                    input_frequency: Ok(value.input_frequency),
                    input_service_provider_code: Ok(value.input_service_provider_code),
                    input_start_range_of_days: Ok(value.input_start_range_of_days),
                    input_third_party_conversation_id: Ok(
                        value.input_third_party_conversation_id,
                    ),
                    input_third_party_reference: Ok(value.input_third_party_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentAnswer {
            output_conversation_id: ::std::result::Result<
                ::std::option::Option<super::ConversationId>,
                ::std::string::String,
            >,
            output_response_code: ::std::result::Result<
                crate::generated::open_enums::ResponseCode,
                ::std::string::String,
            >,
            output_response_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_third_party_conversation_id: ::std::result::Result<
                ::std::option::Option<super::ThirdPartyConversationId>,
                ::std::string::String,
            >,
            output_transaction_id: ::std::result::Result<
                ::std::option::Option<super::TransactionId>,
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
                    output_third_party_conversation_id: Ok(Default::default()),
                    output_transaction_id: Ok(Default::default()),
                }
            }
        }
        impl PaymentAnswer {
            pub fn output_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ConversationId>>,
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
                T: ::std::convert::TryInto<crate::generated::open_enums::ResponseCode>,
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
            pub fn output_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ThirdPartyConversationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn output_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TransactionId>>,
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
                    output_third_party_conversation_id: value
                        .output_third_party_conversation_id?,
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
                    output_third_party_conversation_id: Ok(
                        value.output_third_party_conversation_id,
                    ),
                    output_transaction_id: Ok(value.output_transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Refusal {
            output_conversation_id: ::std::result::Result<
                ::std::option::Option<super::ConversationId>,
                ::std::string::String,
            >,
            output_response_code: ::std::result::Result<
                crate::generated::open_enums::ResponseCode,
                ::std::string::String,
            >,
            output_response_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_third_party_conversation_id: ::std::result::Result<
                ::std::option::Option<super::ThirdPartyConversationId>,
                ::std::string::String,
            >,
            output_transaction_id: ::std::result::Result<
                ::std::option::Option<super::TransactionId>,
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
                    output_third_party_conversation_id: Ok(Default::default()),
                    output_transaction_id: Ok(Default::default()),
                }
            }
        }
        impl Refusal {
            pub fn output_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ConversationId>>,
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
                T: ::std::convert::TryInto<crate::generated::open_enums::ResponseCode>,
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
            pub fn output_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ThirdPartyConversationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn output_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TransactionId>>,
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
        impl ::std::convert::TryFrom<Refusal> for super::Refusal {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Refusal,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    output_conversation_id: value.output_conversation_id?,
                    output_response_code: value.output_response_code?,
                    output_response_desc: value.output_response_desc?,
                    output_third_party_conversation_id: value
                        .output_third_party_conversation_id?,
                    output_transaction_id: value.output_transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::Refusal> for Refusal {
            fn from(value: super::Refusal) -> Self {
                Self {
                    output_conversation_id: Ok(value.output_conversation_id),
                    output_response_code: Ok(value.output_response_code),
                    output_response_desc: Ok(value.output_response_desc),
                    output_third_party_conversation_id: Ok(
                        value.output_third_party_conversation_id,
                    ),
                    output_transaction_id: Ok(value.output_transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReversalRequest {
            input_country: ::std::result::Result<super::Country, ::std::string::String>,
            input_reversal_amount: ::std::result::Result<
                crate::money::Amount,
                ::std::string::String,
            >,
            input_service_provider_code: ::std::result::Result<
                super::ServiceProviderCode,
                ::std::string::String,
            >,
            input_third_party_conversation_id: ::std::result::Result<
                super::ThirdPartyConversationId,
                ::std::string::String,
            >,
            input_transaction_id: ::std::result::Result<
                super::TransactionId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReversalRequest {
            fn default() -> Self {
                Self {
                    input_country: Err(
                        "no value supplied for input_country".to_string(),
                    ),
                    input_reversal_amount: Err(
                        "no value supplied for input_reversal_amount".to_string(),
                    ),
                    input_service_provider_code: Err(
                        "no value supplied for input_service_provider_code".to_string(),
                    ),
                    input_third_party_conversation_id: Err(
                        "no value supplied for input_third_party_conversation_id"
                            .to_string(),
                    ),
                    input_transaction_id: Err(
                        "no value supplied for input_transaction_id".to_string(),
                    ),
                }
            }
        }
        impl ReversalRequest {
            pub fn input_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.input_country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_country: {e}")
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
            pub fn input_service_provider_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceProviderCode>,
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
            pub fn input_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ThirdPartyConversationId>,
                T::Error: ::std::fmt::Display,
            {
                self.input_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for input_third_party_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn input_transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionId>,
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
                    input_country: value.input_country?,
                    input_reversal_amount: value.input_reversal_amount?,
                    input_service_provider_code: value.input_service_provider_code?,
                    input_third_party_conversation_id: value
                        .input_third_party_conversation_id?,
                    input_transaction_id: value.input_transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::ReversalRequest> for ReversalRequest {
            fn from(value: super::ReversalRequest) -> Self {
                Self {
                    input_country: Ok(value.input_country),
                    input_reversal_amount: Ok(value.input_reversal_amount),
                    input_service_provider_code: Ok(value.input_service_provider_code),
                    input_third_party_conversation_id: Ok(
                        value.input_third_party_conversation_id,
                    ),
                    input_transaction_id: Ok(value.input_transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionAnswer {
            output_response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            output_response_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_session_id: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionAnswer {
            fn default() -> Self {
                Self {
                    output_response_code: Ok(Default::default()),
                    output_response_desc: Ok(Default::default()),
                    output_session_id: Err(
                        "no value supplied for output_session_id".to_string(),
                    ),
                }
            }
        }
        impl SessionAnswer {
            pub fn output_response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                >,
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
            pub fn output_session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.output_session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_session_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionAnswer> for super::SessionAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    output_response_code: value.output_response_code?,
                    output_response_desc: value.output_response_desc?,
                    output_session_id: value.output_session_id?,
                })
            }
        }
        impl ::std::convert::From<super::SessionAnswer> for SessionAnswer {
            fn from(value: super::SessionAnswer) -> Self {
                Self {
                    output_response_code: Ok(value.output_response_code),
                    output_response_desc: Ok(value.output_response_desc),
                    output_session_id: Ok(value.output_session_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StatusAnswer {
            output_conversation_id: ::std::result::Result<
                ::std::option::Option<super::ConversationId>,
                ::std::string::String,
            >,
            output_response_code: ::std::result::Result<
                crate::generated::open_enums::ResponseCode,
                ::std::string::String,
            >,
            output_response_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_response_transaction_status: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::TransactionStatus>,
                ::std::string::String,
            >,
            output_third_party_conversation_id: ::std::result::Result<
                ::std::option::Option<super::ThirdPartyConversationId>,
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
                    output_third_party_conversation_id: Ok(Default::default()),
                }
            }
        }
        impl StatusAnswer {
            pub fn output_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ConversationId>>,
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
                T: ::std::convert::TryInto<crate::generated::open_enums::ResponseCode>,
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
                    ::std::option::Option<
                        crate::generated::open_enums::TransactionStatus,
                    >,
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
            pub fn output_third_party_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ThirdPartyConversationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_third_party_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for output_third_party_conversation_id: {e}"
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
                    output_third_party_conversation_id: value
                        .output_third_party_conversation_id?,
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
                    output_third_party_conversation_id: Ok(
                        value.output_third_party_conversation_id,
                    ),
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
/**Client for M-Pesa OpenAPI (Vodacom Tanzania, Vodafone Ghana)

The M-Pesa OpenAPI gateway of Vodacom's markets (`openapi.m-pesa.com`),
as Tanzania and Ghana speak it: a session opened with the API key,
then customers' payments (C2B single stage), payouts to customers
(B2C) and businesses (B2B), reversals, a transaction's status, and
direct debits (a customer's mandate, then payments under it).

Vodacom publishes no OpenAPI document. This one is written by hand
from the seed SDK `tekmpesa` 1.0.2 (its reference, seed
`003_38800e619030bf23.txt`, cited as S3; its source `TralahM/tekmpesa`,
TK) and two public clients' tables of the `INS-*` codes (a Python
mapping "Official codes from Vodacom Mozambique", with HTTP statuses,
cited as CODES; a Kotlin client `mz.co.moovi.mpesalib`,
`TransactionResponseCode`, cited as MOOVI); the `ihela` repository's
`shared/reference/mobile-money.md` (end of §1) lists the facts.
Nothing in it was checked against the live gateway. Where a statement
has no source, its description says "Assumed".

Reading rules for clients generated from this document:

* Every request but `get_session` is authorised by the session: the
  header is `Authorization: Bearer base64(RSA-PKCS#1 v1.5(session
  id))`, encrypted with the market's public key from the developers'
  portal; `get_session` sends the API key encrypted the same way
  (TK `mpesa/portalsdk/api.py`, `create_bearer_token`). A new session
  "can take up to 30 seconds to become live in the system and will be
  invalid until it is" (TK `mpesa/tanzania/__init__.py`).
* Request bodies and query parameters are `input_*`, answers
  `output_*` (TK; the samples of S3 show answers with the prefix
  trimmed, as the SDK's `_pretty` does).
* Response codes are an open enum (`ResponseCode`): a new code
  decodes, it is not refused. `INS-0` is success.
* Unknown fields are ignored.
* The caller's key of a request is `input_ThirdPartyConversationID`,
  chosen before sending; a request sent twice under it is
  `INS-10` Duplicate Transaction (CODES, MOOVI), never done twice.
  Only `query_transaction_status` is safe to send again
  (`x-retry-safe: true`); any other request moves money, or a
  mandate, and must not be sent again before its outcome is known.


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::auth::ClientState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::auth::ClientState) -> Self {
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
        inner: crate::auth::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::auth::ClientState> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::auth::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::auth::ClientState>,
    {}
};
impl Client {
    /**A session for the API key

Authorised by the API key itself, encrypted with the market's
public key (TK `session_id`). The session answered is not live at
once: it "can take up to 30 seconds" (TK); until then, requests
authorised by it are refused. How long a live session lasts is not
published (Assumed: until the gateway refuses it).


Sends a `GET` request to `/getSession/`

Arguments:
- `origin`: TK and the paymentsds clients send `Origin: *` with every request; so does the Rust client.
```ignore
let response = client.get_session()
    .origin(origin)
    .send()
    .await;
```*/
    pub fn get_session(&self) -> builder::GetSession<'_> {
        builder::GetSession::new(self)
    }
    /**A customer pays the business (C2B single stage)

The customer is asked to confirm on their phone; the answer comes
once they did, or did not (TK `c2b`, S3).


Sends a `POST` request to `/c2bPayment/singleStage/`

Arguments:
- `origin`: TK and the paymentsds clients send `Origin: *` with every request; so does the Rust client.
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

"A standard business-to-customer funds disbursement": salaries,
transfers, charity pay-outs (S3, TK `b2c`).


Sends a `POST` request to `/b2cPayment/`

Arguments:
- `origin`: TK and the paymentsds clients send `Origin: *` with every request; so does the Rust client.
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

Stock purchases, bill payments, ad hoc payments (S3, TK `b2b`).

Sends a `POST` request to `/b2bPayment/`

Arguments:
- `origin`: TK and the paymentsds clients send `Origin: *` with every request; so does the Rust client.
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

The funds go back from the recipient's wallet to the initiating
party's, by the original transaction's id (S3, TK `reverse`, a PUT).


Sends a `PUT` request to `/reversal/`

Arguments:
- `origin`: TK and the paymentsds clients send `Origin: *` with every request; so does the Rust client.
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

By `input_QueryReference`: the transaction's id, its conversation
id, or the caller's `ThirdPartyConversationID` it was sent under
(Assumed: S3 says only "Query Reference"). The parameters go in the
query string (TK sends them as GET parameters).


Sends a `GET` request to `/queryTransactionStatus/`

Arguments:
- `input_country`: The market's country.
- `input_query_reference`: The transaction asked about.
- `input_service_provider_code`: The business's code.
- `input_third_party_conversation_id`: This query's own key.
- `origin`: TK and the paymentsds clients send `Origin: *` with every request; so does the Rust client.
```ignore
let response = client.query_transaction_status()
    .input_country(input_country)
    .input_query_reference(input_query_reference)
    .input_service_provider_code(input_service_provider_code)
    .input_third_party_conversation_id(input_third_party_conversation_id)
    .origin(origin)
    .send()
    .await;
```*/
    pub fn query_transaction_status(&self) -> builder::QueryTransactionStatus<'_> {
        builder::QueryTransactionStatus::new(self)
    }
    /**A customer's mandate for the business to debit them

The customer consents once; later payments under the mandate need
no action of theirs. The customer can see and cancel it from the
M-Pesa menu (S3, TK `direct_debit_create`).


Sends a `POST` request to `/directDebitCreation/`

Arguments:
- `origin`: TK and the paymentsds clients send `Origin: *` with every request; so does the Rust client.
- `body`
```ignore
let response = client.direct_debit_create()
    .origin(origin)
    .body(body)
    .send()
    .await;
```*/
    pub fn direct_debit_create(&self) -> builder::DirectDebitCreate<'_> {
        builder::DirectDebitCreate::new(self)
    }
    /**A payment under a customer's mandate

The customer is not asked (S3, TK `direct_debit_payment`).

Sends a `POST` request to `/directDebitPayment/`

Arguments:
- `origin`: TK and the paymentsds clients send `Origin: *` with every request; so does the Rust client.
- `body`
```ignore
let response = client.direct_debit_payment()
    .origin(origin)
    .body(body)
    .send()
    .await;
```*/
    pub fn direct_debit_payment(&self) -> builder::DirectDebitPayment<'_> {
        builder::DirectDebitPayment::new(self)
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
    /**Builder for [`Client::get_session`]

[`Client::get_session`]: super::Client::get_session*/
    #[derive(Debug, Clone)]
    pub struct GetSession<'a> {
        client: &'a super::Client,
        origin: Result<Option<types::Origin>, String>,
    }
    impl<'a> GetSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                origin: Ok(None),
            }
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Origin` for origin failed".to_string());
            self
        }
        ///Sends a `GET` request to `/getSession/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SessionAnswer>, Error<()>> {
            let Self { client, origin } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let url = format!("{}/getSession/", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_session",
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
    /**Builder for [`Client::c2b_payment`]

[`Client::c2b_payment`]: super::Client::c2b_payment*/
    #[derive(Debug, Clone)]
    pub struct C2bPayment<'a> {
        client: &'a super::Client,
        origin: Result<Option<types::Origin>, String>,
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
            V: std::convert::TryInto<types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Origin` for origin failed".to_string());
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
        ///Sends a `POST` request to `/c2bPayment/singleStage/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::C2bRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/c2bPayment/singleStage/", client.baseurl,);
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
        origin: Result<Option<types::Origin>, String>,
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
            V: std::convert::TryInto<types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Origin` for origin failed".to_string());
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
        ///Sends a `POST` request to `/b2cPayment/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::B2cRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/b2cPayment/", client.baseurl,);
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
        origin: Result<Option<types::Origin>, String>,
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
            V: std::convert::TryInto<types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Origin` for origin failed".to_string());
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
        ///Sends a `POST` request to `/b2bPayment/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaymentAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::B2bRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/b2bPayment/", client.baseurl,);
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
        origin: Result<Option<types::Origin>, String>,
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
            V: std::convert::TryInto<types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Origin` for origin failed".to_string());
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
        ///Sends a `PUT` request to `/reversal/`
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
            let url = format!("{}/reversal/", client.baseurl,);
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
        input_country: Result<types::Country, String>,
        input_query_reference: Result<types::QueryReference, String>,
        input_service_provider_code: Result<types::ServiceProviderCode, String>,
        input_third_party_conversation_id: Result<
            types::ThirdPartyConversationId,
            String,
        >,
        origin: Result<Option<types::Origin>, String>,
    }
    impl<'a> QueryTransactionStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                input_country: Err("input_country was not initialized".to_string()),
                input_query_reference: Err(
                    "input_query_reference was not initialized".to_string(),
                ),
                input_service_provider_code: Err(
                    "input_service_provider_code was not initialized".to_string(),
                ),
                input_third_party_conversation_id: Err(
                    "input_third_party_conversation_id was not initialized".to_string(),
                ),
                origin: Ok(None),
            }
        }
        pub fn input_country<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Country>,
        {
            self.input_country = value
                .try_into()
                .map_err(|_| {
                    "conversion to `Country` for input_country failed".to_string()
                });
            self
        }
        pub fn input_query_reference<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QueryReference>,
        {
            self.input_query_reference = value
                .try_into()
                .map_err(|_| {
                    "conversion to `QueryReference` for input_query_reference failed"
                        .to_string()
                });
            self
        }
        pub fn input_service_provider_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ServiceProviderCode>,
        {
            self.input_service_provider_code = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ServiceProviderCode` for input_service_provider_code failed"
                        .to_string()
                });
            self
        }
        pub fn input_third_party_conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ThirdPartyConversationId>,
        {
            self.input_third_party_conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ThirdPartyConversationId` for input_third_party_conversation_id failed"
                        .to_string()
                });
            self
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Origin` for origin failed".to_string());
            self
        }
        ///Sends a `GET` request to `/queryTransactionStatus/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StatusAnswer>, Error<()>> {
            let Self {
                client,
                input_country,
                input_query_reference,
                input_service_provider_code,
                input_third_party_conversation_id,
                origin,
            } = self;
            let input_country = input_country.map_err(Error::InvalidRequest)?;
            let input_query_reference = input_query_reference
                .map_err(Error::InvalidRequest)?;
            let input_service_provider_code = input_service_provider_code
                .map_err(Error::InvalidRequest)?;
            let input_third_party_conversation_id = input_third_party_conversation_id
                .map_err(Error::InvalidRequest)?;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let url = format!("{}/queryTransactionStatus/", client.baseurl,);
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
                    &progenitor_client::QueryParam::new("input_Country", &input_country),
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
                        "input_ThirdPartyConversationID",
                        &input_third_party_conversation_id,
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
    /**Builder for [`Client::direct_debit_create`]

[`Client::direct_debit_create`]: super::Client::direct_debit_create*/
    #[derive(Debug, Clone)]
    pub struct DirectDebitCreate<'a> {
        client: &'a super::Client,
        origin: Result<Option<types::Origin>, String>,
        body: Result<types::builder::MandateRequest, String>,
    }
    impl<'a> DirectDebitCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                origin: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Origin` for origin failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MandateRequest>,
            <V as std::convert::TryInto<
                types::MandateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MandateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MandateRequest,
            ) -> types::builder::MandateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/directDebitCreation/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MandateAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::MandateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/directDebitCreation/", client.baseurl,);
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
                operation_id: "direct_debit_create",
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
    /**Builder for [`Client::direct_debit_payment`]

[`Client::direct_debit_payment`]: super::Client::direct_debit_payment*/
    #[derive(Debug, Clone)]
    pub struct DirectDebitPayment<'a> {
        client: &'a super::Client,
        origin: Result<Option<types::Origin>, String>,
        body: Result<types::builder::MandatePaymentRequest, String>,
    }
    impl<'a> DirectDebitPayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                origin: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn origin<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Origin>,
        {
            self.origin = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Origin` for origin failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MandatePaymentRequest>,
            <V as std::convert::TryInto<
                types::MandatePaymentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `MandatePaymentRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MandatePaymentRequest,
            ) -> types::builder::MandatePaymentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/directDebitPayment/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MandateAnswer>, Error<()>> {
            let Self { client, origin, body } = self;
            let origin = origin.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::MandatePaymentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/directDebitPayment/", client.baseurl,);
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
                operation_id: "direct_debit_payment",
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
impl ::pesa_core::Operation for builder::GetSession<'_> {
    const ID: &'static str = "get_session";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::SessionAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::SessionAnswer>, Error>,
    > + Send {
        builder::GetSession::send(self)
    }
}
impl ::pesa_core::Operation for builder::C2bPayment<'_> {
    const ID: &'static str = "c2b_payment";
    const TOKEN: bool = true;
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
    const TOKEN: bool = true;
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
    const TOKEN: bool = true;
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
    const TOKEN: bool = true;
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
    const TOKEN: bool = true;
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
impl ::pesa_core::Operation for builder::DirectDebitCreate<'_> {
    const ID: &'static str = "direct_debit_create";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::MandateAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::MandateAnswer>, Error>,
    > + Send {
        builder::DirectDebitCreate::send(self)
    }
}
impl ::pesa_core::Operation for builder::DirectDebitPayment<'_> {
    const ID: &'static str = "direct_debit_payment";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::MandateAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::MandateAnswer>, Error>,
    > + Send {
        builder::DirectDebitPayment::send(self)
    }
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `query_transaction_status` (`GET /queryTransactionStatus/`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct QueryTransactionStatus {
        ///The transaction asked about.
        #[serde(rename = "input_QueryReference")]
        pub input_query_reference: types::QueryReference,
        ///The business's code.
        #[serde(rename = "input_ServiceProviderCode")]
        pub input_service_provider_code: types::ServiceProviderCode,
        ///This query's own key.
        #[serde(rename = "input_ThirdPartyConversationID")]
        pub input_third_party_conversation_id: types::ThirdPartyConversationId,
        ///The market's country.
        #[serde(rename = "input_Country")]
        pub input_country: types::Country,
    }
}
impl ::std::fmt::Display for types::ServiceProviderCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::ServiceProviderCode {
    ///Checks `value` against the spec's `ServiceProviderCode`; a refusal names the field `service_provider_code`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "service_provider_code",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::ThirdPartyConversationId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::ThirdPartyConversationId {
    ///Checks `value` against the spec's `ThirdPartyConversationId`; a refusal names the field `third_party_conversation_id`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "third_party_conversation_id",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::TransactionReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::TransactionReference {
    ///Checks `value` against the spec's `TransactionReference`; a refusal names the field `transaction_reference`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "transaction_reference",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::Description {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::Description {
    ///Checks `value` against the spec's `Description`; a refusal names the field `description`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("description", e.to_string()))
    }
}
impl ::std::fmt::Display for types::QueryReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::QueryReference {
    ///Checks `value` against the spec's `QueryReference`; a refusal names the field `query_reference`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "query_reference",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::TransactionId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::TransactionId {
    ///Checks `value` against the spec's `TransactionId`; a refusal names the field `transaction_id`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("transaction_id", e.to_string()))
    }
}
impl ::std::fmt::Display for types::ConversationId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::ConversationId {
    ///Checks `value` against the spec's `ConversationId`; a refusal names the field `conversation_id`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "conversation_id",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::DayOfMonth {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::DayOfMonth {
    ///Checks `value` against the spec's `DayOfMonth`; a refusal names the field `day_of_month`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("day_of_month", e.to_string()))
    }
}
impl ::std::fmt::Display for types::CompactDate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::CompactDate {
    ///Checks `value` against the spec's `CompactDate`; a refusal names the field `compact_date`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("compact_date", e.to_string()))
    }
}
