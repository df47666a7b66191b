// Generated from openapi/daraja.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the sandbox gateway: Daraja's sandbox (DJ:Authorization, MR `src/environment.rs`).
    pub const SANDBOX: &str = "https://sandbox.safaricom.co.ke";
    ///Base URL of the production gateway: Production (DJ:BusinessToCustomer, MR `src/environment.rs`).
    pub const PRODUCTION: &str = "https://api.safaricom.co.ke";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`GET /oauth/v1/generate`: the path of `create_token`.
    pub const CREATE_TOKEN: &str = "/oauth/v1/generate";
    ///`POST /mpesa/stkpush/v1/processrequest`: the path of `stk_push`.
    pub const STK_PUSH: &str = "/mpesa/stkpush/v1/processrequest";
    ///`POST /mpesa/stkpushquery/v1/query`: the path of `stk_query`.
    pub const STK_QUERY: &str = "/mpesa/stkpushquery/v1/query";
    ///`POST /mpesa/c2b/v2/registerurl`: the path of `c2b_register_urls`.
    pub const C2B_REGISTER_URLS: &str = "/mpesa/c2b/v2/registerurl";
    ///`POST /mpesa/c2b/v1/registerurl`: the path of `c2b_register_urls_v1`.
    pub const C2B_REGISTER_URLS_V1: &str = "/mpesa/c2b/v1/registerurl";
    ///`POST /mpesa/c2b/v2/simulate`: the path of `c2b_simulate`.
    pub const C2B_SIMULATE: &str = "/mpesa/c2b/v2/simulate";
    ///`POST /mpesa/c2b/v1/simulate`: the path of `c2b_simulate_v1`.
    pub const C2B_SIMULATE_V1: &str = "/mpesa/c2b/v1/simulate";
    ///`POST /mpesa/b2c/v3/paymentrequest`: the path of `b2c_payment`.
    pub const B2C_PAYMENT: &str = "/mpesa/b2c/v3/paymentrequest";
    ///`POST /mpesa/b2c/v1/paymentrequest`: the path of `b2c_payment_v1`.
    pub const B2C_PAYMENT_V1: &str = "/mpesa/b2c/v1/paymentrequest";
    ///`POST /mpesa/b2b/v1/paymentrequest`: the path of `b2b_payment`.
    pub const B2B_PAYMENT: &str = "/mpesa/b2b/v1/paymentrequest";
    ///`POST /mpesa/transactionstatus/v1/query`: the path of `transaction_status`.
    pub const TRANSACTION_STATUS: &str = "/mpesa/transactionstatus/v1/query";
    ///`POST /mpesa/accountbalance/v1/query`: the path of `account_balance`.
    pub const ACCOUNT_BALANCE: &str = "/mpesa/accountbalance/v1/query";
    ///`POST /mpesa/reversal/v1/request`: the path of `reversal`.
    pub const REVERSAL: &str = "/mpesa/reversal/v1/request";
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `AccessTokenAnswer`'s properties.
    pub mod access_token_answer {
        pub const ACCESS_TOKEN: &str = "access_token";
        pub const EXPIRES_IN: &str = "expires_in";
    }
    ///The wire names of `StkPushRequest`'s properties.
    pub mod stk_push_request {
        pub const BUSINESS_SHORT_CODE: &str = "BusinessShortCode";
        pub const PASSWORD: &str = "Password";
        pub const TIMESTAMP: &str = "Timestamp";
        pub const TRANSACTION_TYPE: &str = "TransactionType";
        pub const AMOUNT: &str = "Amount";
        pub const PARTY_A: &str = "PartyA";
        pub const PARTY_B: &str = "PartyB";
        pub const PHONE_NUMBER: &str = "PhoneNumber";
        pub const CALL_BACK_URL: &str = "CallBackURL";
        pub const ACCOUNT_REFERENCE: &str = "AccountReference";
        pub const TRANSACTION_DESC: &str = "TransactionDesc";
    }
    ///The wire names of `StkPushAnswer`'s properties.
    pub mod stk_push_answer {
        pub const MERCHANT_REQUEST_ID: &str = "MerchantRequestID";
        pub const CHECKOUT_REQUEST_ID: &str = "CheckoutRequestID";
        pub const RESPONSE_CODE: &str = "ResponseCode";
        pub const RESPONSE_DESCRIPTION: &str = "ResponseDescription";
        pub const CUSTOMER_MESSAGE: &str = "CustomerMessage";
    }
    ///The wire names of `StkQueryRequest`'s properties.
    pub mod stk_query_request {
        pub const BUSINESS_SHORT_CODE: &str = "BusinessShortCode";
        pub const PASSWORD: &str = "Password";
        pub const TIMESTAMP: &str = "Timestamp";
        pub const CHECKOUT_REQUEST_ID: &str = "CheckoutRequestID";
    }
    ///The wire names of `StkQueryAnswer`'s properties.
    pub mod stk_query_answer {
        pub const RESPONSE_CODE: &str = "ResponseCode";
        pub const RESPONSE_DESCRIPTION: &str = "ResponseDescription";
        pub const MERCHANT_REQUEST_ID: &str = "MerchantRequestID";
        pub const CHECKOUT_REQUEST_ID: &str = "CheckoutRequestID";
        pub const RESULT_CODE: &str = "ResultCode";
        pub const RESULT_DESC: &str = "ResultDesc";
    }
    ///The wire names of `StkCallback`'s properties.
    pub mod stk_callback {
        pub const BODY: &str = "Body";
    }
    ///The wire names of `StkCallbackBody`'s properties.
    pub mod stk_callback_body {
        pub const STK_CALLBACK: &str = "stkCallback";
    }
    ///The wire names of `StkOutcome`'s properties.
    pub mod stk_outcome {
        pub const MERCHANT_REQUEST_ID: &str = "MerchantRequestID";
        pub const CHECKOUT_REQUEST_ID: &str = "CheckoutRequestID";
        pub const RESULT_CODE: &str = "ResultCode";
        pub const RESULT_DESC: &str = "ResultDesc";
        pub const CALLBACK_METADATA: &str = "CallbackMetadata";
    }
    ///The wire names of `CallbackMetadata`'s properties.
    pub mod callback_metadata {
        pub const ITEM: &str = "Item";
    }
    ///The wire names of `MetadataItem`'s properties.
    pub mod metadata_item {
        pub const NAME: &str = "Name";
        pub const VALUE: &str = "Value";
    }
    ///The wire names of `C2bRegisterRequest`'s properties.
    pub mod c2b_register_request {
        pub const SHORT_CODE: &str = "ShortCode";
        pub const RESPONSE_TYPE: &str = "ResponseType";
        pub const CONFIRMATION_URL: &str = "ConfirmationURL";
        pub const VALIDATION_URL: &str = "ValidationURL";
    }
    ///The wire names of `C2bSimulateRequest`'s properties.
    pub mod c2b_simulate_request {
        pub const SHORT_CODE: &str = "ShortCode";
        pub const COMMAND_ID: &str = "CommandID";
        pub const AMOUNT: &str = "Amount";
        pub const MSISDN: &str = "Msisdn";
        pub const BILL_REF_NUMBER: &str = "BillRefNumber";
    }
    ///The wire names of `C2bAnswer`'s properties.
    pub mod c2b_answer {
        pub const ORIGINATOR_COVERSATION_ID: &str = "OriginatorCoversationID";
        pub const CONVERSATION_ID: &str = "ConversationID";
        pub const RESPONSE_CODE: &str = "ResponseCode";
        pub const RESPONSE_DESCRIPTION: &str = "ResponseDescription";
    }
    ///The wire names of `C2bPayment`'s properties.
    pub mod c2b_payment {
        pub const TRANSACTION_TYPE: &str = "TransactionType";
        pub const TRANS_ID: &str = "TransID";
        pub const TRANS_TIME: &str = "TransTime";
        pub const TRANS_AMOUNT: &str = "TransAmount";
        pub const BUSINESS_SHORT_CODE: &str = "BusinessShortCode";
        pub const BILL_REF_NUMBER: &str = "BillRefNumber";
        pub const INVOICE_NUMBER: &str = "InvoiceNumber";
        pub const ORG_ACCOUNT_BALANCE: &str = "OrgAccountBalance";
        pub const THIRD_PARTY_TRANS_ID: &str = "ThirdPartyTransID";
        pub const MSISDN: &str = "MSISDN";
        pub const FIRST_NAME: &str = "FirstName";
        pub const MIDDLE_NAME: &str = "MiddleName";
        pub const LAST_NAME: &str = "LastName";
    }
    ///The wire names of `C2bValidationAnswer`'s properties.
    pub mod c2b_validation_answer {
        pub const RESULT_CODE: &str = "ResultCode";
        pub const RESULT_DESC: &str = "ResultDesc";
        pub const THIRD_PARTY_TRANS_ID: &str = "ThirdPartyTransID";
    }
    ///The wire names of `Acknowledgement`'s properties.
    pub mod acknowledgement {
        pub const RESULT_CODE: &str = "ResultCode";
        pub const RESULT_DESC: &str = "ResultDesc";
    }
    ///The wire names of `B2cRequest`'s properties.
    pub mod b2c_request {
        pub const ORIGINATOR_CONVERSATION_ID: &str = "OriginatorConversationID";
        pub const INITIATOR_NAME: &str = "InitiatorName";
        pub const SECURITY_CREDENTIAL: &str = "SecurityCredential";
        pub const COMMAND_ID: &str = "CommandID";
        pub const AMOUNT: &str = "Amount";
        pub const PARTY_A: &str = "PartyA";
        pub const PARTY_B: &str = "PartyB";
        pub const REMARKS: &str = "Remarks";
        pub const QUEUE_TIME_OUT_URL: &str = "QueueTimeOutURL";
        pub const RESULT_URL: &str = "ResultURL";
        pub const OCCASSION: &str = "Occassion";
    }
    ///The wire names of `B2cRequestV1`'s properties.
    pub mod b2c_request_v1 {
        pub const INITIATOR_NAME: &str = "InitiatorName";
        pub const SECURITY_CREDENTIAL: &str = "SecurityCredential";
        pub const COMMAND_ID: &str = "CommandID";
        pub const AMOUNT: &str = "Amount";
        pub const PARTY_A: &str = "PartyA";
        pub const PARTY_B: &str = "PartyB";
        pub const REMARKS: &str = "Remarks";
        pub const QUEUE_TIME_OUT_URL: &str = "QueueTimeOutURL";
        pub const RESULT_URL: &str = "ResultURL";
        pub const OCCASSION: &str = "Occassion";
    }
    ///The wire names of `B2bRequest`'s properties.
    pub mod b2b_request {
        pub const INITIATOR: &str = "Initiator";
        pub const SECURITY_CREDENTIAL: &str = "SecurityCredential";
        pub const COMMAND_ID: &str = "CommandID";
        pub const SENDER_IDENTIFIER_TYPE: &str = "SenderIdentifierType";
        pub const RECIEVER_IDENTIFIER_TYPE: &str = "RecieverIdentifierType";
        pub const AMOUNT: &str = "Amount";
        pub const PARTY_A: &str = "PartyA";
        pub const PARTY_B: &str = "PartyB";
        pub const ACCOUNT_REFERENCE: &str = "AccountReference";
        pub const REQUESTER: &str = "Requester";
        pub const REMARKS: &str = "Remarks";
        pub const QUEUE_TIME_OUT_URL: &str = "QueueTimeOutURL";
        pub const RESULT_URL: &str = "ResultURL";
    }
    ///The wire names of `TransactionStatusRequest`'s properties.
    pub mod transaction_status_request {
        pub const INITIATOR: &str = "Initiator";
        pub const SECURITY_CREDENTIAL: &str = "SecurityCredential";
        pub const COMMAND_ID: &str = "CommandID";
        pub const TRANSACTION_ID: &str = "TransactionID";
        pub const ORIGINAL_CONVERSATION_ID: &str = "OriginalConversationID";
        pub const PARTY_A: &str = "PartyA";
        pub const IDENTIFIER_TYPE: &str = "IdentifierType";
        pub const RESULT_URL: &str = "ResultURL";
        pub const QUEUE_TIME_OUT_URL: &str = "QueueTimeOutURL";
        pub const REMARKS: &str = "Remarks";
        pub const OCCASION: &str = "Occasion";
    }
    ///The wire names of `AccountBalanceRequest`'s properties.
    pub mod account_balance_request {
        pub const INITIATOR: &str = "Initiator";
        pub const SECURITY_CREDENTIAL: &str = "SecurityCredential";
        pub const COMMAND_ID: &str = "CommandID";
        pub const PARTY_A: &str = "PartyA";
        pub const IDENTIFIER_TYPE: &str = "IdentifierType";
        pub const REMARKS: &str = "Remarks";
        pub const QUEUE_TIME_OUT_URL: &str = "QueueTimeOutURL";
        pub const RESULT_URL: &str = "ResultURL";
    }
    ///The wire names of `ReversalRequest`'s properties.
    pub mod reversal_request {
        pub const INITIATOR: &str = "Initiator";
        pub const SECURITY_CREDENTIAL: &str = "SecurityCredential";
        pub const COMMAND_ID: &str = "CommandID";
        pub const TRANSACTION_ID: &str = "TransactionID";
        pub const AMOUNT: &str = "Amount";
        pub const RECEIVER_PARTY: &str = "ReceiverParty";
        pub const RECIEVER_IDENTIFIER_TYPE: &str = "RecieverIdentifierType";
        pub const RESULT_URL: &str = "ResultURL";
        pub const QUEUE_TIME_OUT_URL: &str = "QueueTimeOutURL";
        pub const REMARKS: &str = "Remarks";
        pub const OCCASION: &str = "Occasion";
    }
    ///The wire names of `AcceptedAnswer`'s properties.
    pub mod accepted_answer {
        pub const CONVERSATION_ID: &str = "ConversationID";
        pub const ORIGINATOR_CONVERSATION_ID: &str = "OriginatorConversationID";
        pub const RESPONSE_CODE: &str = "ResponseCode";
        pub const RESPONSE_DESCRIPTION: &str = "ResponseDescription";
    }
    ///The wire names of `ResultCallback`'s properties.
    pub mod result_callback {
        pub const RESULT: &str = "Result";
    }
    ///The wire names of `Result`'s properties.
    pub mod result {
        pub const RESULT_TYPE: &str = "ResultType";
        pub const RESULT_CODE: &str = "ResultCode";
        pub const RESULT_DESC: &str = "ResultDesc";
        pub const ORIGINATOR_CONVERSATION_ID: &str = "OriginatorConversationID";
        pub const CONVERSATION_ID: &str = "ConversationID";
        pub const TRANSACTION_ID: &str = "TransactionID";
        pub const RESULT_PARAMETERS: &str = "ResultParameters";
        pub const REFERENCE_DATA: &str = "ReferenceData";
    }
    ///The wire names of `ResultParameters`'s properties.
    pub mod result_parameters {
        pub const RESULT_PARAMETER: &str = "ResultParameter";
    }
    ///The wire names of `ReferenceData`'s properties.
    pub mod reference_data {
        pub const REFERENCE_ITEM: &str = "ReferenceItem";
    }
    ///The wire names of `Parameter`'s properties.
    pub mod parameter {
        pub const KEY: &str = "Key";
        pub const VALUE: &str = "Value";
    }
    ///The wire names of `ErrorEnvelope`'s properties.
    pub mod error_envelope {
        pub const REQUEST_ID: &str = "requestId";
        pub const ERROR_CODE: &str = "errorCode";
        pub const ERROR_MESSAGE: &str = "errorMessage";
    }
}
/// The name of every header the spec defines.
pub mod headers {}
/// Extensible string enums: the values the spec lists, and `Unknown`
/// for any other, so that a new value never breaks decoding.
pub mod open_enums {
    /**What a party number is: `1` MSISDN, `2` till number, `4`
organization shortcode, `11` a reversal's receiver (DJ:AccountBalance,
DJ:Reversal; S3 describes `3` as shortcode for transaction status,
where Daraja and MR use `4`). A string in the DJ samples (`"4"`).
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum IdentifierType {
        ///`1`
        Msisdn,
        ///`2`
        Till,
        ///`4`
        ShortCode,
        ///`11`
        ReversalReceiver,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl IdentifierType {
        ///Every value of `IdentifierType` the spec lists, in its order.
        pub const KNOWN: &'static [IdentifierType] = &[
            IdentifierType::Msisdn,
            IdentifierType::Till,
            IdentifierType::ShortCode,
            IdentifierType::ReversalReceiver,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                IdentifierType::Msisdn => "1",
                IdentifierType::Till => "2",
                IdentifierType::ShortCode => "4",
                IdentifierType::ReversalReceiver => "11",
                IdentifierType::Unknown(other) => other,
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
                .unwrap_or_else(|| IdentifierType::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, IdentifierType::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                IdentifierType::Msisdn => None,
                IdentifierType::Till => None,
                IdentifierType::ShortCode => None,
                IdentifierType::ReversalReceiver => None,
                IdentifierType::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for IdentifierType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for IdentifierType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for IdentifierType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IdentifierType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(untagged)]
            enum Wire {
                Text(String),
                Number(i64),
            }
            let value = match Wire::deserialize(deserializer)? {
                Wire::Text(text) => text,
                Wire::Number(number) => number.to_string(),
            };
            Ok(Self::parse(&value))
        }
    }
    /**Whether Daraja accepted a request: `0` yes, anything else an error
(DJ pages). A string in every sample (`"0"`).
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ResponseCode {
        ///`0`
        Accepted,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl ResponseCode {
        ///Every value of `ResponseCode` the spec lists, in its order.
        pub const KNOWN: &'static [ResponseCode] = &[ResponseCode::Accepted];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                ResponseCode::Accepted => "0",
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
                ResponseCode::Accepted => None,
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
            #[derive(::serde::Deserialize)]
            #[serde(untagged)]
            enum Wire {
                Text(String),
                Number(i64),
            }
            let value = match Wire::deserialize(deserializer)? {
                Wire::Text(text) => text,
                Wire::Number(number) => number.to_string(),
            };
            Ok(Self::parse(&value))
        }
    }
    /**How an STK push ended (DJ:MpesaExpressSimulate, "Result codes"): a
number in the callback, a string in the query's answer. Written as
a number.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum StkResultCode {
        ///`0`: The service request is processed successfully.
        Paid,
        ///`1`: The balance is insufficient for the transaction.
        InsufficientBalance,
        ///`2`: Declined due to limit rule: less than the minimum (KSh 1).
        BelowMinimum,
        ///`3`: Declined due to limit rule: greater than the maximum transaction amount.
        AboveMaximum,
        ///`4`: Declined due to limit rule: would exceed the daily transfer limit (KSh 500,000).
        DailyLimitExceeded,
        ///`8`: Declined due to limit rule: would exceed the maximum balance.
        MaximumBalanceExceeded,
        ///`17`: Rule limited: the same amount to the same customer within 2 minutes.
        RuleLimited,
        ///`1019`: Transaction has expired.
        Expired,
        ///`1025`: An error occurred while sending a push request (the prompt is too long).
        PromptTooLong,
        ///`1032`: Request cancelled by user.
        CancelledByUser,
        ///`1037`: DS timeout: the customer's phone cannot be reached.
        PhoneUnreachable,
        ///`2001`: The initiator information is invalid (a wrong M-Pesa PIN).
        WrongPin,
        ///`2028`: The request is not permitted according to product assignment (wrong TransactionType or PartyB).
        NotPermitted,
        ///`8006`: The security credential is locked.
        CredentialLocked,
        ///`SFC_IC0003`: The operator does not exist (wrong TransactionType or PartyB).
        OperatorDoesNotExist,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl StkResultCode {
        ///Every value of `StkResultCode` the spec lists, in its order.
        pub const KNOWN: &'static [StkResultCode] = &[
            StkResultCode::Paid,
            StkResultCode::InsufficientBalance,
            StkResultCode::BelowMinimum,
            StkResultCode::AboveMaximum,
            StkResultCode::DailyLimitExceeded,
            StkResultCode::MaximumBalanceExceeded,
            StkResultCode::RuleLimited,
            StkResultCode::Expired,
            StkResultCode::PromptTooLong,
            StkResultCode::CancelledByUser,
            StkResultCode::PhoneUnreachable,
            StkResultCode::WrongPin,
            StkResultCode::NotPermitted,
            StkResultCode::CredentialLocked,
            StkResultCode::OperatorDoesNotExist,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                StkResultCode::Paid => "0",
                StkResultCode::InsufficientBalance => "1",
                StkResultCode::BelowMinimum => "2",
                StkResultCode::AboveMaximum => "3",
                StkResultCode::DailyLimitExceeded => "4",
                StkResultCode::MaximumBalanceExceeded => "8",
                StkResultCode::RuleLimited => "17",
                StkResultCode::Expired => "1019",
                StkResultCode::PromptTooLong => "1025",
                StkResultCode::CancelledByUser => "1032",
                StkResultCode::PhoneUnreachable => "1037",
                StkResultCode::WrongPin => "2001",
                StkResultCode::NotPermitted => "2028",
                StkResultCode::CredentialLocked => "8006",
                StkResultCode::OperatorDoesNotExist => "SFC_IC0003",
                StkResultCode::Unknown(other) => other,
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
                .unwrap_or_else(|| StkResultCode::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, StkResultCode::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                StkResultCode::Paid => {
                    Some("The service request is processed successfully.")
                }
                StkResultCode::InsufficientBalance => {
                    Some("The balance is insufficient for the transaction.")
                }
                StkResultCode::BelowMinimum => {
                    Some("Declined due to limit rule: less than the minimum (KSh 1).")
                }
                StkResultCode::AboveMaximum => {
                    Some(
                        "Declined due to limit rule: greater than the maximum transaction amount.",
                    )
                }
                StkResultCode::DailyLimitExceeded => {
                    Some(
                        "Declined due to limit rule: would exceed the daily transfer limit (KSh 500,000).",
                    )
                }
                StkResultCode::MaximumBalanceExceeded => {
                    Some("Declined due to limit rule: would exceed the maximum balance.")
                }
                StkResultCode::RuleLimited => {
                    Some(
                        "Rule limited: the same amount to the same customer within 2 minutes.",
                    )
                }
                StkResultCode::Expired => Some("Transaction has expired."),
                StkResultCode::PromptTooLong => {
                    Some(
                        "An error occurred while sending a push request (the prompt is too long).",
                    )
                }
                StkResultCode::CancelledByUser => Some("Request cancelled by user."),
                StkResultCode::PhoneUnreachable => {
                    Some("DS timeout: the customer's phone cannot be reached.")
                }
                StkResultCode::WrongPin => {
                    Some("The initiator information is invalid (a wrong M-Pesa PIN).")
                }
                StkResultCode::NotPermitted => {
                    Some(
                        "The request is not permitted according to product assignment (wrong TransactionType or PartyB).",
                    )
                }
                StkResultCode::CredentialLocked => {
                    Some("The security credential is locked.")
                }
                StkResultCode::OperatorDoesNotExist => {
                    Some(
                        "The operator does not exist (wrong TransactionType or PartyB).",
                    )
                }
                StkResultCode::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for StkResultCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for StkResultCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for StkResultCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match self.as_str().parse::<i64>() {
                Ok(number) if number.to_string() == self.as_str() => {
                    serializer.serialize_i64(number)
                }
                _ => serializer.serialize_str(self.as_str()),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StkResultCode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(untagged)]
            enum Wire {
                Text(String),
                Number(i64),
            }
            let value = match Wire::deserialize(deserializer)? {
                Wire::Text(text) => text,
                Wire::Number(number) => number.to_string(),
            };
            Ok(Self::parse(&value))
        }
    }
    ///The details of a paid STK push (DJ:MpesaExpressSimulate); an open enum.
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum MetadataName {
        ///`Amount`: The amount paid.
        Amount,
        ///`MpesaReceiptNumber`: The M-Pesa receipt of the payment.
        MpesaReceiptNumber,
        ///`Balance`: The balance of the shortcode's account.
        Balance,
        ///`TransactionDate`: When it completed, `YYYYMMDDHHmmss` as a number.
        TransactionDate,
        ///`PhoneNumber`: The customer's phone number, as a number. Personal data.
        PhoneNumber,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl MetadataName {
        ///Every value of `MetadataName` the spec lists, in its order.
        pub const KNOWN: &'static [MetadataName] = &[
            MetadataName::Amount,
            MetadataName::MpesaReceiptNumber,
            MetadataName::Balance,
            MetadataName::TransactionDate,
            MetadataName::PhoneNumber,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                MetadataName::Amount => "Amount",
                MetadataName::MpesaReceiptNumber => "MpesaReceiptNumber",
                MetadataName::Balance => "Balance",
                MetadataName::TransactionDate => "TransactionDate",
                MetadataName::PhoneNumber => "PhoneNumber",
                MetadataName::Unknown(other) => other,
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
                .unwrap_or_else(|| MetadataName::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, MetadataName::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                MetadataName::Amount => Some("The amount paid."),
                MetadataName::MpesaReceiptNumber => {
                    Some("The M-Pesa receipt of the payment.")
                }
                MetadataName::Balance => Some("The balance of the shortcode's account."),
                MetadataName::TransactionDate => {
                    Some("When it completed, `YYYYMMDDHHmmss` as a number.")
                }
                MetadataName::PhoneNumber => {
                    Some("The customer's phone number, as a number. Personal data.")
                }
                MetadataName::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for MetadataName {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for MetadataName {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for MetadataName {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MetadataName {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**The names of a result's parameters and reference items (the DJ pages
of B2C, transaction status, account balance and reversal); an open
enum.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ParameterKey {
        ///`TransactionAmount`: B2C: the amount paid.
        TransactionAmount,
        ///`TransactionReceipt`: B2C: the M-Pesa receipt of the payment.
        TransactionReceipt,
        ///`ReceiverPartyPublicName`: B2C: the customer, `254… - NAME`. Personal data.
        ReceiverPartyPublicName,
        ///`TransactionCompletedDateTime`: B2C: when it completed, `dd.MM.yyyy HH:mm:ss`.
        TransactionCompletedDateTime,
        ///`B2CUtilityAccountAvailableFunds`: B2C: the utility account's available funds.
        B2cUtilityAccountAvailableFunds,
        ///`B2CWorkingAccountAvailableFunds`: B2C: the working account's available funds.
        B2cWorkingAccountAvailableFunds,
        ///`B2CRecipientIsRegisteredCustomer`: B2C: `Y` when the customer is registered on M-Pesa.
        B2cRecipientIsRegisteredCustomer,
        ///`B2CChargesPaidAccountAvailableFunds`: B2C: the charges account's available funds.
        B2cChargesPaidAccountAvailableFunds,
        ///`AccountBalance`: Balance: every account, `name|currency|available|current|reserved|uncleared`, separated by `&`.
        AccountBalance,
        ///`BOCompletedTime`: Balance: when it was taken.
        BoCompletedTime,
        ///`DebitPartyName`: Status: the party debited, `number - name`. Personal data when a customer.
        DebitPartyName,
        ///`CreditPartyName`: Status: the party credited. Personal data when a customer.
        CreditPartyName,
        ///`OriginatorConversationID`: Status: the key of the transaction asked about.
        OriginatorConversationId,
        ///`InitiatedTime`: Status: when it was initiated, `YYYYMMDDHHmmss`.
        InitiatedTime,
        ///`DebitAccountType`: Status: the account debited.
        DebitAccountType,
        ///`DebitPartyCharges`: Status: the charges, `name|currency|amount`.
        DebitPartyCharges,
        ///`TransactionReason`: Status: the reason given, if any.
        TransactionReason,
        ///`ReasonType`: Status: the kind of transaction.
        ReasonType,
        ///`TransactionStatus`: Status: `Completed` when it went through.
        TransactionStatus,
        ///`FinalisedTime`: Status: when it was finalised, `YYYYMMDDHHmmss`.
        FinalisedTime,
        ///`Amount`: Status: the amount.
        Amount,
        ///`ConversationID`: Status: the conversation of the transaction asked about.
        ConversationId,
        ///`ReceiptNo`: Status: its M-Pesa receipt.
        ReceiptNo,
        ///`DebitAccountBalance`: Reversal: the account debited and its balances.
        DebitAccountBalance,
        ///`TransCompletedTime`: Reversal: when it completed, `YYYYMMDDHHmmss`.
        TransCompletedTime,
        ///`OriginalTransactionID`: Reversal: the receipt of the payment reversed.
        OriginalTransactionId,
        ///`Charge`: Reversal: the charge.
        Charge,
        ///`CreditPartyPublicName`: Reversal: the party credited. Personal data.
        CreditPartyPublicName,
        ///`DebitPartyPublicName`: Reversal: the party debited.
        DebitPartyPublicName,
        ///`QueueTimeoutURL`: Reference: M-Pesa's own queue address.
        QueueTimeoutUrl,
        ///`Occasion`: Reference: the request's `Occasion`.
        Occasion,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl ParameterKey {
        ///Every value of `ParameterKey` the spec lists, in its order.
        pub const KNOWN: &'static [ParameterKey] = &[
            ParameterKey::TransactionAmount,
            ParameterKey::TransactionReceipt,
            ParameterKey::ReceiverPartyPublicName,
            ParameterKey::TransactionCompletedDateTime,
            ParameterKey::B2cUtilityAccountAvailableFunds,
            ParameterKey::B2cWorkingAccountAvailableFunds,
            ParameterKey::B2cRecipientIsRegisteredCustomer,
            ParameterKey::B2cChargesPaidAccountAvailableFunds,
            ParameterKey::AccountBalance,
            ParameterKey::BoCompletedTime,
            ParameterKey::DebitPartyName,
            ParameterKey::CreditPartyName,
            ParameterKey::OriginatorConversationId,
            ParameterKey::InitiatedTime,
            ParameterKey::DebitAccountType,
            ParameterKey::DebitPartyCharges,
            ParameterKey::TransactionReason,
            ParameterKey::ReasonType,
            ParameterKey::TransactionStatus,
            ParameterKey::FinalisedTime,
            ParameterKey::Amount,
            ParameterKey::ConversationId,
            ParameterKey::ReceiptNo,
            ParameterKey::DebitAccountBalance,
            ParameterKey::TransCompletedTime,
            ParameterKey::OriginalTransactionId,
            ParameterKey::Charge,
            ParameterKey::CreditPartyPublicName,
            ParameterKey::DebitPartyPublicName,
            ParameterKey::QueueTimeoutUrl,
            ParameterKey::Occasion,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                ParameterKey::TransactionAmount => "TransactionAmount",
                ParameterKey::TransactionReceipt => "TransactionReceipt",
                ParameterKey::ReceiverPartyPublicName => "ReceiverPartyPublicName",
                ParameterKey::TransactionCompletedDateTime => {
                    "TransactionCompletedDateTime"
                }
                ParameterKey::B2cUtilityAccountAvailableFunds => {
                    "B2CUtilityAccountAvailableFunds"
                }
                ParameterKey::B2cWorkingAccountAvailableFunds => {
                    "B2CWorkingAccountAvailableFunds"
                }
                ParameterKey::B2cRecipientIsRegisteredCustomer => {
                    "B2CRecipientIsRegisteredCustomer"
                }
                ParameterKey::B2cChargesPaidAccountAvailableFunds => {
                    "B2CChargesPaidAccountAvailableFunds"
                }
                ParameterKey::AccountBalance => "AccountBalance",
                ParameterKey::BoCompletedTime => "BOCompletedTime",
                ParameterKey::DebitPartyName => "DebitPartyName",
                ParameterKey::CreditPartyName => "CreditPartyName",
                ParameterKey::OriginatorConversationId => "OriginatorConversationID",
                ParameterKey::InitiatedTime => "InitiatedTime",
                ParameterKey::DebitAccountType => "DebitAccountType",
                ParameterKey::DebitPartyCharges => "DebitPartyCharges",
                ParameterKey::TransactionReason => "TransactionReason",
                ParameterKey::ReasonType => "ReasonType",
                ParameterKey::TransactionStatus => "TransactionStatus",
                ParameterKey::FinalisedTime => "FinalisedTime",
                ParameterKey::Amount => "Amount",
                ParameterKey::ConversationId => "ConversationID",
                ParameterKey::ReceiptNo => "ReceiptNo",
                ParameterKey::DebitAccountBalance => "DebitAccountBalance",
                ParameterKey::TransCompletedTime => "TransCompletedTime",
                ParameterKey::OriginalTransactionId => "OriginalTransactionID",
                ParameterKey::Charge => "Charge",
                ParameterKey::CreditPartyPublicName => "CreditPartyPublicName",
                ParameterKey::DebitPartyPublicName => "DebitPartyPublicName",
                ParameterKey::QueueTimeoutUrl => "QueueTimeoutURL",
                ParameterKey::Occasion => "Occasion",
                ParameterKey::Unknown(other) => other,
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
                .unwrap_or_else(|| ParameterKey::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, ParameterKey::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                ParameterKey::TransactionAmount => Some("B2C: the amount paid."),
                ParameterKey::TransactionReceipt => {
                    Some("B2C: the M-Pesa receipt of the payment.")
                }
                ParameterKey::ReceiverPartyPublicName => {
                    Some("B2C: the customer, `254… - NAME`. Personal data.")
                }
                ParameterKey::TransactionCompletedDateTime => {
                    Some("B2C: when it completed, `dd.MM.yyyy HH:mm:ss`.")
                }
                ParameterKey::B2cUtilityAccountAvailableFunds => {
                    Some("B2C: the utility account's available funds.")
                }
                ParameterKey::B2cWorkingAccountAvailableFunds => {
                    Some("B2C: the working account's available funds.")
                }
                ParameterKey::B2cRecipientIsRegisteredCustomer => {
                    Some("B2C: `Y` when the customer is registered on M-Pesa.")
                }
                ParameterKey::B2cChargesPaidAccountAvailableFunds => {
                    Some("B2C: the charges account's available funds.")
                }
                ParameterKey::AccountBalance => {
                    Some(
                        "Balance: every account, `name|currency|available|current|reserved|uncleared`, separated by `&`.",
                    )
                }
                ParameterKey::BoCompletedTime => Some("Balance: when it was taken."),
                ParameterKey::DebitPartyName => {
                    Some(
                        "Status: the party debited, `number - name`. Personal data when a customer.",
                    )
                }
                ParameterKey::CreditPartyName => {
                    Some("Status: the party credited. Personal data when a customer.")
                }
                ParameterKey::OriginatorConversationId => {
                    Some("Status: the key of the transaction asked about.")
                }
                ParameterKey::InitiatedTime => {
                    Some("Status: when it was initiated, `YYYYMMDDHHmmss`.")
                }
                ParameterKey::DebitAccountType => Some("Status: the account debited."),
                ParameterKey::DebitPartyCharges => {
                    Some("Status: the charges, `name|currency|amount`.")
                }
                ParameterKey::TransactionReason => {
                    Some("Status: the reason given, if any.")
                }
                ParameterKey::ReasonType => Some("Status: the kind of transaction."),
                ParameterKey::TransactionStatus => {
                    Some("Status: `Completed` when it went through.")
                }
                ParameterKey::FinalisedTime => {
                    Some("Status: when it was finalised, `YYYYMMDDHHmmss`.")
                }
                ParameterKey::Amount => Some("Status: the amount."),
                ParameterKey::ConversationId => {
                    Some("Status: the conversation of the transaction asked about.")
                }
                ParameterKey::ReceiptNo => Some("Status: its M-Pesa receipt."),
                ParameterKey::DebitAccountBalance => {
                    Some("Reversal: the account debited and its balances.")
                }
                ParameterKey::TransCompletedTime => {
                    Some("Reversal: when it completed, `YYYYMMDDHHmmss`.")
                }
                ParameterKey::OriginalTransactionId => {
                    Some("Reversal: the receipt of the payment reversed.")
                }
                ParameterKey::Charge => Some("Reversal: the charge."),
                ParameterKey::CreditPartyPublicName => {
                    Some("Reversal: the party credited. Personal data.")
                }
                ParameterKey::DebitPartyPublicName => {
                    Some("Reversal: the party debited.")
                }
                ParameterKey::QueueTimeoutUrl => {
                    Some("Reference: M-Pesa's own queue address.")
                }
                ParameterKey::Occasion => Some("Reference: the request's `Occasion`."),
                ParameterKey::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for ParameterKey {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for ParameterKey {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for ParameterKey {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ParameterKey {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    ///`0` accepts the payment; the others refuse it with a reason (DJ:CustomerToBusiness).
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum C2bValidationCode {
        ///`0`
        Accepted,
        ///`C2B00011`
        InvalidMsisdn,
        ///`C2B00012`
        InvalidAccountNumber,
        ///`C2B00013`
        InvalidAmount,
        ///`C2B00014`
        InvalidKycDetails,
        ///`C2B00015`
        InvalidShortCode,
        ///`C2B00016`
        OtherError,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl C2bValidationCode {
        ///Every value of `C2bValidationCode` the spec lists, in its order.
        pub const KNOWN: &'static [C2bValidationCode] = &[
            C2bValidationCode::Accepted,
            C2bValidationCode::InvalidMsisdn,
            C2bValidationCode::InvalidAccountNumber,
            C2bValidationCode::InvalidAmount,
            C2bValidationCode::InvalidKycDetails,
            C2bValidationCode::InvalidShortCode,
            C2bValidationCode::OtherError,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                C2bValidationCode::Accepted => "0",
                C2bValidationCode::InvalidMsisdn => "C2B00011",
                C2bValidationCode::InvalidAccountNumber => "C2B00012",
                C2bValidationCode::InvalidAmount => "C2B00013",
                C2bValidationCode::InvalidKycDetails => "C2B00014",
                C2bValidationCode::InvalidShortCode => "C2B00015",
                C2bValidationCode::OtherError => "C2B00016",
                C2bValidationCode::Unknown(other) => other,
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
                .unwrap_or_else(|| C2bValidationCode::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, C2bValidationCode::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                C2bValidationCode::Accepted => None,
                C2bValidationCode::InvalidMsisdn => None,
                C2bValidationCode::InvalidAccountNumber => None,
                C2bValidationCode::InvalidAmount => None,
                C2bValidationCode::InvalidKycDetails => None,
                C2bValidationCode::InvalidShortCode => None,
                C2bValidationCode::OtherError => None,
                C2bValidationCode::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for C2bValidationCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for C2bValidationCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for C2bValidationCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for C2bValidationCode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    ///The kind of business payment (DJ:BusinessPayBill, S3's list).
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum B2bCommand {
        ///`BusinessPayBill`
        BusinessPayBill,
        ///`BusinessBuyGoods`
        BusinessBuyGoods,
        ///`DisburseFundsToBusiness`
        DisburseFundsToBusiness,
        ///`BusinessToBusinessTransfer`
        BusinessToBusinessTransfer,
        ///`MerchantToMerchantTransfer`
        MerchantToMerchantTransfer,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl B2bCommand {
        ///Every value of `B2bCommand` the spec lists, in its order.
        pub const KNOWN: &'static [B2bCommand] = &[
            B2bCommand::BusinessPayBill,
            B2bCommand::BusinessBuyGoods,
            B2bCommand::DisburseFundsToBusiness,
            B2bCommand::BusinessToBusinessTransfer,
            B2bCommand::MerchantToMerchantTransfer,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                B2bCommand::BusinessPayBill => "BusinessPayBill",
                B2bCommand::BusinessBuyGoods => "BusinessBuyGoods",
                B2bCommand::DisburseFundsToBusiness => "DisburseFundsToBusiness",
                B2bCommand::BusinessToBusinessTransfer => "BusinessToBusinessTransfer",
                B2bCommand::MerchantToMerchantTransfer => "MerchantToMerchantTransfer",
                B2bCommand::Unknown(other) => other,
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
                .unwrap_or_else(|| B2bCommand::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, B2bCommand::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                B2bCommand::BusinessPayBill => None,
                B2bCommand::BusinessBuyGoods => None,
                B2bCommand::DisburseFundsToBusiness => None,
                B2bCommand::BusinessToBusinessTransfer => None,
                B2bCommand::MerchantToMerchantTransfer => None,
                B2bCommand::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for B2bCommand {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for B2bCommand {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for B2bCommand {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for B2bCommand {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**The outcome of an asynchronous request (DJ:BusinessToCustomer,
DJ:AccountBalance, DJ:Reversal, "Result codes"): a number in most
samples, a string in a failed reversal (`"R000002"`). Written as a
number when it is digits.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ResultCode {
        ///`0`: The service request is processed successfully.
        Completed,
        ///`1`: The balance is insufficient for the transaction.
        InsufficientBalance,
        ///`2`: Declined due to limit rule: smaller than the allowed amount.
        BelowMinimum,
        ///`3`: Declined due to limit rule: greater than the maximum transaction amount.
        AboveMaximum,
        ///`4`: Declined due to limit rule: would exceed the daily transfer limit.
        DailyLimitExceeded,
        ///`8`: Declined due to limit rule: would exceed the maximum balance.
        MaximumBalanceExceeded,
        ///`11`: The DebitParty is in an invalid state (the account is not active).
        DebitPartyInvalidState,
        ///`15`: Duplicate detected: the OriginatorConversationID was seen before.
        DuplicateDetected,
        ///`17`: Internal failure.
        InternalFailure,
        ///`18`: Initiator credential check failure: the password is wrong or its encryption failed.
        InitiatorCredentialCheckFailure,
        ///`20`: The initiator username cannot be found.
        UnresolvedInitiator,
        ///`21`: The initiator is not allowed to initiate this request (a missing role).
        InitiatorNotAllowed,
        ///`22`: The initiator is not allowed to act for the receiver party.
        InitiatorToReceiverNotAllowed,
        ///`24`: Missing mandatory fields.
        MissingMandatoryFields,
        ///`25`: Invalid request parameters.
        InvalidRequestParameters,
        ///`26`: Traffic blocking condition in place: the system is too busy.
        SystemBusy,
        ///`29`: The command is not defined.
        InvalidCommand,
        ///`2001`: The initiator information is invalid: wrong user name or password.
        InitiatorInformationInvalid,
        ///`2006`: Declined due to account rule: the account status does not allow this transaction.
        AccountRuleDeclined,
        ///`2028`: The request is not permitted according to product assignment.
        NotPermitted,
        ///`2040`: The credit party's customer type cannot be supported by the service.
        CustomerTypeNotSupported,
        ///`8006`: The security credential is locked.
        CredentialLocked,
        ///`SFC_IC0003`: The operator does not exist (an invalid phone number).
        OperatorDoesNotExist,
        ///`R000001`: The transaction has already been reversed.
        AlreadyReversed,
        ///`R000002`: The OriginalTransactionID is invalid.
        OriginalTransactionInvalid,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl ResultCode {
        ///Every value of `ResultCode` the spec lists, in its order.
        pub const KNOWN: &'static [ResultCode] = &[
            ResultCode::Completed,
            ResultCode::InsufficientBalance,
            ResultCode::BelowMinimum,
            ResultCode::AboveMaximum,
            ResultCode::DailyLimitExceeded,
            ResultCode::MaximumBalanceExceeded,
            ResultCode::DebitPartyInvalidState,
            ResultCode::DuplicateDetected,
            ResultCode::InternalFailure,
            ResultCode::InitiatorCredentialCheckFailure,
            ResultCode::UnresolvedInitiator,
            ResultCode::InitiatorNotAllowed,
            ResultCode::InitiatorToReceiverNotAllowed,
            ResultCode::MissingMandatoryFields,
            ResultCode::InvalidRequestParameters,
            ResultCode::SystemBusy,
            ResultCode::InvalidCommand,
            ResultCode::InitiatorInformationInvalid,
            ResultCode::AccountRuleDeclined,
            ResultCode::NotPermitted,
            ResultCode::CustomerTypeNotSupported,
            ResultCode::CredentialLocked,
            ResultCode::OperatorDoesNotExist,
            ResultCode::AlreadyReversed,
            ResultCode::OriginalTransactionInvalid,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                ResultCode::Completed => "0",
                ResultCode::InsufficientBalance => "1",
                ResultCode::BelowMinimum => "2",
                ResultCode::AboveMaximum => "3",
                ResultCode::DailyLimitExceeded => "4",
                ResultCode::MaximumBalanceExceeded => "8",
                ResultCode::DebitPartyInvalidState => "11",
                ResultCode::DuplicateDetected => "15",
                ResultCode::InternalFailure => "17",
                ResultCode::InitiatorCredentialCheckFailure => "18",
                ResultCode::UnresolvedInitiator => "20",
                ResultCode::InitiatorNotAllowed => "21",
                ResultCode::InitiatorToReceiverNotAllowed => "22",
                ResultCode::MissingMandatoryFields => "24",
                ResultCode::InvalidRequestParameters => "25",
                ResultCode::SystemBusy => "26",
                ResultCode::InvalidCommand => "29",
                ResultCode::InitiatorInformationInvalid => "2001",
                ResultCode::AccountRuleDeclined => "2006",
                ResultCode::NotPermitted => "2028",
                ResultCode::CustomerTypeNotSupported => "2040",
                ResultCode::CredentialLocked => "8006",
                ResultCode::OperatorDoesNotExist => "SFC_IC0003",
                ResultCode::AlreadyReversed => "R000001",
                ResultCode::OriginalTransactionInvalid => "R000002",
                ResultCode::Unknown(other) => other,
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
                .unwrap_or_else(|| ResultCode::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, ResultCode::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                ResultCode::Completed => {
                    Some("The service request is processed successfully.")
                }
                ResultCode::InsufficientBalance => {
                    Some("The balance is insufficient for the transaction.")
                }
                ResultCode::BelowMinimum => {
                    Some("Declined due to limit rule: smaller than the allowed amount.")
                }
                ResultCode::AboveMaximum => {
                    Some(
                        "Declined due to limit rule: greater than the maximum transaction amount.",
                    )
                }
                ResultCode::DailyLimitExceeded => {
                    Some(
                        "Declined due to limit rule: would exceed the daily transfer limit.",
                    )
                }
                ResultCode::MaximumBalanceExceeded => {
                    Some("Declined due to limit rule: would exceed the maximum balance.")
                }
                ResultCode::DebitPartyInvalidState => {
                    Some(
                        "The DebitParty is in an invalid state (the account is not active).",
                    )
                }
                ResultCode::DuplicateDetected => {
                    Some(
                        "Duplicate detected: the OriginatorConversationID was seen before.",
                    )
                }
                ResultCode::InternalFailure => Some("Internal failure."),
                ResultCode::InitiatorCredentialCheckFailure => {
                    Some(
                        "Initiator credential check failure: the password is wrong or its encryption failed.",
                    )
                }
                ResultCode::UnresolvedInitiator => {
                    Some("The initiator username cannot be found.")
                }
                ResultCode::InitiatorNotAllowed => {
                    Some(
                        "The initiator is not allowed to initiate this request (a missing role).",
                    )
                }
                ResultCode::InitiatorToReceiverNotAllowed => {
                    Some("The initiator is not allowed to act for the receiver party.")
                }
                ResultCode::MissingMandatoryFields => Some("Missing mandatory fields."),
                ResultCode::InvalidRequestParameters => {
                    Some("Invalid request parameters.")
                }
                ResultCode::SystemBusy => {
                    Some("Traffic blocking condition in place: the system is too busy.")
                }
                ResultCode::InvalidCommand => Some("The command is not defined."),
                ResultCode::InitiatorInformationInvalid => {
                    Some(
                        "The initiator information is invalid: wrong user name or password.",
                    )
                }
                ResultCode::AccountRuleDeclined => {
                    Some(
                        "Declined due to account rule: the account status does not allow this transaction.",
                    )
                }
                ResultCode::NotPermitted => {
                    Some("The request is not permitted according to product assignment.")
                }
                ResultCode::CustomerTypeNotSupported => {
                    Some(
                        "The credit party's customer type cannot be supported by the service.",
                    )
                }
                ResultCode::CredentialLocked => {
                    Some("The security credential is locked.")
                }
                ResultCode::OperatorDoesNotExist => {
                    Some("The operator does not exist (an invalid phone number).")
                }
                ResultCode::AlreadyReversed => {
                    Some("The transaction has already been reversed.")
                }
                ResultCode::OriginalTransactionInvalid => {
                    Some("The OriginalTransactionID is invalid.")
                }
                ResultCode::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for ResultCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for ResultCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for ResultCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match self.as_str().parse::<i64>() {
                Ok(number) if number.to_string() == self.as_str() => {
                    serializer.serialize_i64(number)
                }
                _ => serializer.serialize_str(self.as_str()),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResultCode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(untagged)]
            enum Wire {
                Text(String),
                Number(i64),
            }
            let value = match Wire::deserialize(deserializer)? {
                Wire::Text(text) => text,
                Wire::Number(number) => number.to_string(),
            };
            Ok(Self::parse(&value))
        }
    }
    /**Whether more messages follow a result: a number in most samples, a
string in the balance and B2B samples (`"0"`). Written as a number.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ResultType {
        ///`0`: The last message about the request.
        Final,
        ///`1`: More messages about the request follow.
        MoreToCome,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl ResultType {
        ///Every value of `ResultType` the spec lists, in its order.
        pub const KNOWN: &'static [ResultType] = &[
            ResultType::Final,
            ResultType::MoreToCome,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                ResultType::Final => "0",
                ResultType::MoreToCome => "1",
                ResultType::Unknown(other) => other,
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
                .unwrap_or_else(|| ResultType::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, ResultType::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                ResultType::Final => Some("The last message about the request."),
                ResultType::MoreToCome => Some("More messages about the request follow."),
                ResultType::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for ResultType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for ResultType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for ResultType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match self.as_str().parse::<i64>() {
                Ok(number) if number.to_string() == self.as_str() => {
                    serializer.serialize_i64(number)
                }
                _ => serializer.serialize_str(self.as_str()),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResultType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(untagged)]
            enum Wire {
                Text(String),
                Number(i64),
            }
            let value = match Wire::deserialize(deserializer)? {
                Wire::Text(text) => text,
                Wire::Number(number) => number.to_string(),
            };
            Ok(Self::parse(&value))
        }
    }
    /**Why Daraja refused a request (DJ:MpesaExpressSimulate,
DJ:BusinessToCustomer, DJ:AccountBalance, DJ:Authorization;
`401.002.01` from mobile-money.md §1; `404.001.04` assumed).
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ErrorCode {
        ///`400.002.02`: Bad Request – Invalid X: a field is missing or wrong.
        BadRequest,
        ///`400.008.01`: Invalid authentication type passed (the token call needs Basic).
        InvalidAuthenticationType,
        ///`400.008.02`: Invalid grant type passed.
        InvalidGrantType,
        ///`401.002.01`: Invalid access token.
        InvalidAccessToken,
        ///`404.001.01`: Resource not found (a wrong path).
        ResourceNotFound,
        ///`404.001.03`: Invalid access token (HTTP 404).
        InvalidToken,
        ///`404.001.04`: Assumed: the transaction asked about is not known.
        TransactionNotFound,
        ///`405.001`: Method not allowed.
        MethodNotAllowed,
        ///`500.001.1001`: Merchant does not exist, wrong credentials (the STK password), or the subscriber is locked: see `errorMessage`.
        MerchantRefused,
        ///`500.002.1001`: Duplicate OriginatorConversationID.
        DuplicateOriginatorConversationId,
        ///`500.003.02`: System is busy, or a spike arrest violation: try again later.
        SystemBusy,
        ///`500.003.03`: Quota violation.
        QuotaViolation,
        ///`500.003.1001`: Internal server error.
        InternalServerError,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl ErrorCode {
        ///Every value of `ErrorCode` the spec lists, in its order.
        pub const KNOWN: &'static [ErrorCode] = &[
            ErrorCode::BadRequest,
            ErrorCode::InvalidAuthenticationType,
            ErrorCode::InvalidGrantType,
            ErrorCode::InvalidAccessToken,
            ErrorCode::ResourceNotFound,
            ErrorCode::InvalidToken,
            ErrorCode::TransactionNotFound,
            ErrorCode::MethodNotAllowed,
            ErrorCode::MerchantRefused,
            ErrorCode::DuplicateOriginatorConversationId,
            ErrorCode::SystemBusy,
            ErrorCode::QuotaViolation,
            ErrorCode::InternalServerError,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                ErrorCode::BadRequest => "400.002.02",
                ErrorCode::InvalidAuthenticationType => "400.008.01",
                ErrorCode::InvalidGrantType => "400.008.02",
                ErrorCode::InvalidAccessToken => "401.002.01",
                ErrorCode::ResourceNotFound => "404.001.01",
                ErrorCode::InvalidToken => "404.001.03",
                ErrorCode::TransactionNotFound => "404.001.04",
                ErrorCode::MethodNotAllowed => "405.001",
                ErrorCode::MerchantRefused => "500.001.1001",
                ErrorCode::DuplicateOriginatorConversationId => "500.002.1001",
                ErrorCode::SystemBusy => "500.003.02",
                ErrorCode::QuotaViolation => "500.003.03",
                ErrorCode::InternalServerError => "500.003.1001",
                ErrorCode::Unknown(other) => other,
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
                .unwrap_or_else(|| ErrorCode::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, ErrorCode::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                ErrorCode::BadRequest => {
                    Some("Bad Request – Invalid X: a field is missing or wrong.")
                }
                ErrorCode::InvalidAuthenticationType => {
                    Some(
                        "Invalid authentication type passed (the token call needs Basic).",
                    )
                }
                ErrorCode::InvalidGrantType => Some("Invalid grant type passed."),
                ErrorCode::InvalidAccessToken => Some("Invalid access token."),
                ErrorCode::ResourceNotFound => Some("Resource not found (a wrong path)."),
                ErrorCode::InvalidToken => Some("Invalid access token (HTTP 404)."),
                ErrorCode::TransactionNotFound => {
                    Some("Assumed: the transaction asked about is not known.")
                }
                ErrorCode::MethodNotAllowed => Some("Method not allowed."),
                ErrorCode::MerchantRefused => {
                    Some(
                        "Merchant does not exist, wrong credentials (the STK password), or the subscriber is locked: see `errorMessage`.",
                    )
                }
                ErrorCode::DuplicateOriginatorConversationId => {
                    Some("Duplicate OriginatorConversationID.")
                }
                ErrorCode::SystemBusy => {
                    Some("System is busy, or a spike arrest violation: try again later.")
                }
                ErrorCode::QuotaViolation => Some("Quota violation."),
                ErrorCode::InternalServerError => Some("Internal server error."),
                ErrorCode::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for ErrorCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for ErrorCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for ErrorCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ErrorCode {
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
    ///An asynchronous request accepted; its outcome comes to `ResultURL`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AcceptedAnswer {
        ///M-Pesa's key of the request.
        #[serde(rename = "ConversationID")]
        pub conversation_id: ConversationId,
        ///The request's key (the merchant's, for B2C v3).
        #[serde(rename = "OriginatorConversationID")]
        pub originator_conversation_id: OriginatorConversationId,
        ///`0` when accepted.
        #[serde(rename = "ResponseCode")]
        pub response_code: crate::generated::open_enums::ResponseCode,
        ///The acknowledgement, in words.
        #[serde(
            rename = "ResponseDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_description: ::std::option::Option<::std::string::String>,
    }
    impl AcceptedAnswer {
        pub fn builder() -> builder::AcceptedAnswer {
            Default::default()
        }
    }
    ///The answer of `create_token`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AccessTokenAnswer {
        ///The token to send as `Authorization: Bearer <access_token>`.
        pub access_token: ::pesa_core::Secret,
        ///Seconds until it expires, as a number or a string.
        pub expires_in: crate::wire::Seconds,
    }
    impl AccessTokenAnswer {
        pub fn builder() -> builder::AccessTokenAnswer {
            Default::default()
        }
    }
    ///Only `AccountBalance` (DJ:AccountBalance).
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
    pub enum AccountBalanceCommand {
        AccountBalance,
    }
    impl ::std::fmt::Display for AccountBalanceCommand {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AccountBalance => f.write_str("AccountBalance"),
            }
        }
    }
    impl ::std::str::FromStr for AccountBalanceCommand {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "AccountBalance" => Ok(Self::AccountBalance),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AccountBalanceCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AccountBalanceCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A balance query (DJ:AccountBalance).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AccountBalanceRequest {
        ///`AccountBalance`.
        #[serde(rename = "CommandID")]
        pub command_id: AccountBalanceCommand,
        ///`4`: a shortcode.
        #[serde(rename = "IdentifierType")]
        pub identifier_type: crate::generated::open_enums::IdentifierType,
        ///The API user.
        #[serde(rename = "Initiator")]
        pub initiator: Initiator,
        ///The business's shortcode.
        #[serde(rename = "PartyA")]
        pub party_a: crate::party::PartyId,
        ///Where a queue timeout is POSTed.
        #[serde(rename = "QueueTimeOutURL")]
        pub queue_time_out_url: CallbackUrl,
        ///Free text.
        #[serde(rename = "Remarks")]
        pub remarks: Remarks,
        ///Where the balances are POSTed.
        #[serde(rename = "ResultURL")]
        pub result_url: CallbackUrl,
        ///The API user's password, encrypted.
        #[serde(rename = "SecurityCredential")]
        pub security_credential: ::pesa_core::Secret,
    }
    impl AccountBalanceRequest {
        pub fn builder() -> builder::AccountBalanceRequest {
            Default::default()
        }
    }
    ///What the merchant answers a callback with (assumed; integrators answer this).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Acknowledgement {
        ///`0`.
        #[serde(
            rename = "ResultCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_code: ::std::option::Option<i64>,
        ///`Accepted`.
        #[serde(
            rename = "ResultDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_desc: ::std::option::Option<::std::string::String>,
    }
    impl Acknowledgement {
        pub fn builder() -> builder::Acknowledgement {
            Default::default()
        }
    }
    ///A payment to another business (DJ:BusinessPayBill).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct B2bRequest {
        ///The account at the business paid, up to 13 characters.
        #[serde(rename = "AccountReference")]
        pub account_reference: B2bRequestAccountReference,
        ///Whole shillings.
        #[serde(rename = "Amount")]
        pub amount: crate::money::Shillings,
        ///The kind of payment.
        #[serde(rename = "CommandID")]
        pub command_id: crate::generated::open_enums::B2bCommand,
        ///The API user.
        #[serde(rename = "Initiator")]
        pub initiator: Initiator,
        ///The business's shortcode paying.
        #[serde(rename = "PartyA")]
        pub party_a: crate::party::ShortCode,
        ///The shortcode paid.
        #[serde(rename = "PartyB")]
        pub party_b: crate::party::ShortCode,
        ///Where a queue timeout is POSTed.
        #[serde(rename = "QueueTimeOutURL")]
        pub queue_time_out_url: CallbackUrl,
        ///`4`: a shortcode (sic).
        #[serde(rename = "RecieverIdentifierType")]
        pub reciever_identifier_type: crate::generated::open_enums::IdentifierType,
        ///Free text.
        #[serde(rename = "Remarks")]
        pub remarks: Remarks,
        ///The customer on whose behalf the business pays, optional.
        #[serde(
            rename = "Requester",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub requester: ::std::option::Option<crate::phone::PhoneNumber>,
        ///Where the outcome is POSTed.
        #[serde(rename = "ResultURL")]
        pub result_url: CallbackUrl,
        ///The API user's password, encrypted.
        #[serde(rename = "SecurityCredential")]
        pub security_credential: ::pesa_core::Secret,
        ///`4`: a shortcode.
        #[serde(rename = "SenderIdentifierType")]
        pub sender_identifier_type: crate::generated::open_enums::IdentifierType,
    }
    impl B2bRequest {
        pub fn builder() -> builder::B2bRequest {
            Default::default()
        }
    }
    ///The account at the business paid, up to 13 characters.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct B2bRequestAccountReference(::std::string::String);
    impl ::std::ops::Deref for B2bRequestAccountReference {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<B2bRequestAccountReference> for ::std::string::String {
        fn from(value: B2bRequestAccountReference) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for B2bRequestAccountReference {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 13usize {
                return Err("longer than 13 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for B2bRequestAccountReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for B2bRequestAccountReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for B2bRequestAccountReference {
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
    ///The kind of payment (DJ:BusinessToCustomer).
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
    pub enum B2cCommand {
        SalaryPayment,
        BusinessPayment,
        PromotionPayment,
    }
    impl ::std::fmt::Display for B2cCommand {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SalaryPayment => f.write_str("SalaryPayment"),
                Self::BusinessPayment => f.write_str("BusinessPayment"),
                Self::PromotionPayment => f.write_str("PromotionPayment"),
            }
        }
    }
    impl ::std::str::FromStr for B2cCommand {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SalaryPayment" => Ok(Self::SalaryPayment),
                "BusinessPayment" => Ok(Self::BusinessPayment),
                "PromotionPayment" => Ok(Self::PromotionPayment),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for B2cCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for B2cCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A payment to a customer, with the merchant's key (DJ:BusinessToCustomer, v3).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct B2cRequest {
        ///Whole shillings (10 to 250,000).
        #[serde(rename = "Amount")]
        pub amount: crate::money::Shillings,
        ///The kind of payment.
        #[serde(rename = "CommandID")]
        pub command_id: B2cCommand,
        ///The API user.
        #[serde(rename = "InitiatorName")]
        pub initiator_name: Initiator,
        ///Optional free text (sic).
        #[serde(
            rename = "Occassion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub occassion: ::std::option::Option<Occasion>,
        ///The merchant's unique key of this payment.
        #[serde(rename = "OriginatorConversationID")]
        pub originator_conversation_id: OriginatorConversationId,
        ///The business's shortcode paying.
        #[serde(rename = "PartyA")]
        pub party_a: crate::party::ShortCode,
        ///The customer's phone number.
        #[serde(rename = "PartyB")]
        pub party_b: crate::phone::PhoneNumber,
        ///Where a queue timeout is POSTed.
        #[serde(rename = "QueueTimeOutURL")]
        pub queue_time_out_url: CallbackUrl,
        ///Free text.
        #[serde(rename = "Remarks")]
        pub remarks: Remarks,
        ///Where the outcome is POSTed.
        #[serde(rename = "ResultURL")]
        pub result_url: CallbackUrl,
        ///The API user's password, encrypted.
        #[serde(rename = "SecurityCredential")]
        pub security_credential: ::pesa_core::Secret,
    }
    impl B2cRequest {
        pub fn builder() -> builder::B2cRequest {
            Default::default()
        }
    }
    ///A payment to a customer without the merchant's key (v1, as `tekmpesa` and MR send it).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct B2cRequestV1 {
        ///Whole shillings.
        #[serde(rename = "Amount")]
        pub amount: crate::money::Shillings,
        ///The kind of payment.
        #[serde(rename = "CommandID")]
        pub command_id: B2cCommand,
        ///The API user.
        #[serde(rename = "InitiatorName")]
        pub initiator_name: Initiator,
        ///Optional free text (sic); `tekmpesa` sends null when not given.
        #[serde(
            rename = "Occassion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub occassion: ::std::option::Option<::std::string::String>,
        ///The business's shortcode paying.
        #[serde(rename = "PartyA")]
        pub party_a: crate::party::ShortCode,
        ///The customer's phone number.
        #[serde(rename = "PartyB")]
        pub party_b: crate::phone::PhoneNumber,
        ///Where a queue timeout is POSTed.
        #[serde(rename = "QueueTimeOutURL")]
        pub queue_time_out_url: CallbackUrl,
        ///Free text.
        #[serde(rename = "Remarks")]
        pub remarks: Remarks,
        ///Where the outcome is POSTed.
        #[serde(rename = "ResultURL")]
        pub result_url: CallbackUrl,
        ///The API user's password, encrypted.
        #[serde(rename = "SecurityCredential")]
        pub security_credential: ::pesa_core::Secret,
    }
    impl B2cRequestV1 {
        pub fn builder() -> builder::B2cRequestV1 {
            Default::default()
        }
    }
    /**A registration or simulation accepted (DJ:CustomerToBusiness). The
seed's v1 samples have no `ResponseCode` (S3): its absence is read
as accepted.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct C2bAnswer {
        ///M-Pesa's key, in some answers (S3's sample).
        #[serde(
            rename = "ConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        ///Daraja's key of the request (sic).
        #[serde(
            rename = "OriginatorCoversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub originator_coversation_id: ::std::option::Option<::std::string::String>,
        ///`0` when accepted; absent in the seed's v1 samples.
        #[serde(
            rename = "ResponseCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The acknowledgement, in words.
        #[serde(
            rename = "ResponseDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_description: ::std::option::Option<::std::string::String>,
    }
    impl C2bAnswer {
        pub fn builder() -> builder::C2bAnswer {
            Default::default()
        }
    }
    ///Paybill or till (DJ:CustomerToBusiness).
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
    pub enum C2bCommand {
        CustomerPayBillOnline,
        CustomerBuyGoodsOnline,
    }
    impl ::std::fmt::Display for C2bCommand {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CustomerPayBillOnline => f.write_str("CustomerPayBillOnline"),
                Self::CustomerBuyGoodsOnline => f.write_str("CustomerBuyGoodsOnline"),
            }
        }
    }
    impl ::std::str::FromStr for C2bCommand {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CustomerPayBillOnline" => Ok(Self::CustomerPayBillOnline),
                "CustomerBuyGoodsOnline" => Ok(Self::CustomerBuyGoodsOnline),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for C2bCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for C2bCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A customer's payment to a shortcode, as validation and confirmation
receive it (DJ:CustomerToBusiness). `MSISDN` is masked (v2) or
SHA-256 hashed (v1); amounts are strings.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct C2bPayment {
        ///The account, for a paybill.
        #[serde(
            rename = "BillRefNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bill_ref_number: ::std::option::Option<::std::string::String>,
        ///The shortcode paid.
        #[serde(rename = "BusinessShortCode")]
        pub business_short_code: crate::party::ShortCode,
        ///The customer's first name. Personal data.
        #[serde(
            rename = "FirstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///An invoice number, usually empty.
        #[serde(
            rename = "InvoiceNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_number: ::std::option::Option<::std::string::String>,
        ///The customer's last name. Personal data.
        #[serde(
            rename = "LastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///The customer's middle name. Personal data.
        #[serde(
            rename = "MiddleName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub middle_name: ::std::option::Option<::std::string::String>,
        ///The customer's number, masked or hashed. Personal data.
        #[serde(
            rename = "MSISDN",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub msisdn: ::std::option::Option<::std::string::String>,
        ///The shortcode's balance after the payment (blank in validation).
        #[serde(
            rename = "OrgAccountBalance",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_account_balance: ::std::option::Option<::std::string::String>,
        ///The partner's own key, if validation gave one.
        #[serde(
            rename = "ThirdPartyTransID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub third_party_trans_id: ::std::option::Option<::std::string::String>,
        ///The amount paid, whole shillings in practice.
        #[serde(rename = "TransAmount")]
        pub trans_amount: ::rust_decimal::Decimal,
        ///The M-Pesa receipt.
        #[serde(rename = "TransID")]
        pub trans_id: TransactionId,
        ///`YYYYMMDDHHmmss`.
        #[serde(
            rename = "TransTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub trans_time: ::std::option::Option<::std::string::String>,
        ///`Pay Bill` or `Buy Goods`.
        #[serde(
            rename = "TransactionType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transaction_type: ::std::option::Option<::std::string::String>,
    }
    impl C2bPayment {
        pub fn builder() -> builder::C2bPayment {
            Default::default()
        }
    }
    ///The URLs of a shortcode (DJ:CustomerToBusiness).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct C2bRegisterRequest {
        ///Where completed payments are POSTed.
        #[serde(rename = "ConfirmationURL")]
        pub confirmation_url: CallbackUrl,
        ///What happens when validation cannot be reached.
        #[serde(rename = "ResponseType")]
        pub response_type: C2bResponseType,
        ///The paybill or till.
        #[serde(rename = "ShortCode")]
        pub short_code: crate::party::ShortCode,
        ///Where payments are POSTed for validation (when enabled).
        #[serde(rename = "ValidationURL")]
        pub validation_url: CallbackUrl,
    }
    impl C2bRegisterRequest {
        pub fn builder() -> builder::C2bRegisterRequest {
            Default::default()
        }
    }
    ///What M-Pesa does when the validation URL cannot be reached (sentence case).
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
    pub enum C2bResponseType {
        Completed,
        Cancelled,
    }
    impl ::std::fmt::Display for C2bResponseType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Completed => f.write_str("Completed"),
                Self::Cancelled => f.write_str("Cancelled"),
            }
        }
    }
    impl ::std::str::FromStr for C2bResponseType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Completed" => Ok(Self::Completed),
                "Cancelled" => Ok(Self::Cancelled),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for C2bResponseType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for C2bResponseType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A simulated customer payment (DJ:CustomerToBusiness).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct C2bSimulateRequest {
        ///Whole shillings.
        #[serde(rename = "Amount")]
        pub amount: crate::money::Shillings,
        ///The account, for a paybill; absent or null for a till.
        #[serde(
            rename = "BillRefNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bill_ref_number: ::std::option::Option<::std::string::String>,
        ///Paybill or till.
        #[serde(rename = "CommandID")]
        pub command_id: C2bCommand,
        ///The paying customer.
        #[serde(rename = "Msisdn")]
        pub msisdn: crate::phone::PhoneNumber,
        ///The paybill or till paid.
        #[serde(rename = "ShortCode")]
        pub short_code: crate::party::ShortCode,
    }
    impl C2bSimulateRequest {
        pub fn builder() -> builder::C2bSimulateRequest {
            Default::default()
        }
    }
    ///The merchant's answer to `c2b_validation`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct C2bValidationAnswer {
        ///Accept (`0`) or the reason to refuse.
        #[serde(rename = "ResultCode")]
        pub result_code: crate::generated::open_enums::C2bValidationCode,
        ///`Accepted` or `Rejected`.
        #[serde(rename = "ResultDesc")]
        pub result_desc: ::std::string::String,
        ///The merchant's own key, sent back with the confirmation.
        #[serde(
            rename = "ThirdPartyTransID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub third_party_trans_id: ::std::option::Option<::std::string::String>,
    }
    impl C2bValidationAnswer {
        pub fn builder() -> builder::C2bValidationAnswer {
            Default::default()
        }
    }
    ///`Item`: Amount, MpesaReceiptNumber, Balance, TransactionDate, PhoneNumber.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CallbackMetadata {
        ///The details, one name and value each.
        #[serde(rename = "Item")]
        pub item: ::std::vec::Vec<MetadataItem>,
    }
    impl CallbackMetadata {
        pub fn builder() -> builder::CallbackMetadata {
            Default::default()
        }
    }
    /**Where Daraja POSTs a result: an absolute URL. HTTPS in production,
HTTP allowed in the sandbox (DJ:CustomerToBusiness).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CallbackUrl(::std::string::String);
    impl ::std::ops::Deref for CallbackUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CallbackUrl> for ::std::string::String {
        fn from(value: CallbackUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CallbackUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://[^\\s/]+[^\\s]*$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^https?://[^\\s/]+[^\\s]*$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CallbackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CallbackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CallbackUrl {
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
    ///M-Pesa's key of an STK push (`ws_CO_1007202409152617172396192`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutRequestId(::std::string::String);
    impl ::std::ops::Deref for CheckoutRequestId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckoutRequestId> for ::std::string::String {
        fn from(value: CheckoutRequestId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckoutRequestId {
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
    impl ::std::convert::TryFrom<&str> for CheckoutRequestId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckoutRequestId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckoutRequestId {
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
    ///M-Pesa's key of an asynchronous request (`AG_20240706_20106e9209f64bebd05b`).
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
    ///Every non-2xx answer (DJ pages; MR `src/errors.rs` parses the same).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorEnvelope {
        ///Why, as a code.
        #[serde(rename = "errorCode")]
        pub error_code: crate::generated::open_enums::ErrorCode,
        ///Why, in words.
        #[serde(
            rename = "errorMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_message: ::std::option::Option<::std::string::String>,
        ///Daraja's key of the refused request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    ///The token's grant type: always `client_credentials`.
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
    pub enum GrantType {
        #[serde(rename = "client_credentials")]
        ClientCredentials,
    }
    impl ::std::fmt::Display for GrantType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ClientCredentials => f.write_str("client_credentials"),
            }
        }
    }
    impl ::std::str::FromStr for GrantType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "client_credentials" => Ok(Self::ClientCredentials),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The API user's name on the M-Pesa organization portal.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct Initiator(::std::string::String);
    impl ::std::ops::Deref for Initiator {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Initiator> for ::std::string::String {
        fn from(value: Initiator) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Initiator {
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
    impl ::std::convert::TryFrom<&str> for Initiator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Initiator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Initiator {
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
    ///The API proxy's key of an STK push (`2654-4b64-97ff-b827b542881d3130`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MerchantRequestId(::std::string::String);
    impl ::std::ops::Deref for MerchantRequestId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MerchantRequestId> for ::std::string::String {
        fn from(value: MerchantRequestId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MerchantRequestId {
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
    impl ::std::convert::TryFrom<&str> for MerchantRequestId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MerchantRequestId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MerchantRequestId {
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
    ///One detail of a paid STK push; `Value` may be absent (`Balance`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MetadataItem {
        ///The detail's name.
        #[serde(rename = "Name")]
        pub name: crate::generated::open_enums::MetadataName,
        ///A number or a string.
        #[serde(
            rename = "Value",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value: ::std::option::Option<crate::wire::Value>,
    }
    impl MetadataItem {
        pub fn builder() -> builder::MetadataItem {
            Default::default()
        }
    }
    ///Optional free text, up to 100 characters (DJ:BusinessToCustomer, DJ:TransactionStatus).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct Occasion(::std::string::String);
    impl ::std::ops::Deref for Occasion {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Occasion> for ::std::string::String {
        fn from(value: Occasion) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Occasion {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for Occasion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Occasion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Occasion {
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
    /**The merchant's key of a B2C request, "to avoid double disbursement"
(DJ:BusinessToCustomer); in answers, Daraja's key of any
asynchronous request.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OriginatorConversationId(::std::string::String);
    impl ::std::ops::Deref for OriginatorConversationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OriginatorConversationId> for ::std::string::String {
        fn from(value: OriginatorConversationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OriginatorConversationId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OriginatorConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OriginatorConversationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OriginatorConversationId {
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
    ///A key and, usually, a value (DJ:TransactionStatus shows keys without one).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Parameter {
        ///The parameter's name.
        #[serde(rename = "Key")]
        pub key: crate::generated::open_enums::ParameterKey,
        ///A number or a string.
        #[serde(
            rename = "Value",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value: ::std::option::Option<crate::wire::Value>,
    }
    impl Parameter {
        pub fn builder() -> builder::Parameter {
            Default::default()
        }
    }
    ///A key and value, or a list of them (the samples show both).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum Parameters {
        Array(::std::vec::Vec<Parameter>),
        Parameter(Parameter),
    }
    impl ::std::convert::From<::std::vec::Vec<Parameter>> for Parameters {
        fn from(value: ::std::vec::Vec<Parameter>) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<Parameter> for Parameters {
        fn from(value: Parameter) -> Self {
            Self::Parameter(value)
        }
    }
    ///A queue timeout notification, kept whole (no sample is published).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct QueueTimeout(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for QueueTimeout {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<QueueTimeout>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: QueueTimeout) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for QueueTimeout {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Data M-Pesa records without reading.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ReferenceData {
        ///One item, or a list of them.
        #[serde(
            rename = "ReferenceItem",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_item: ::std::option::Option<Parameters>,
    }
    impl ReferenceData {
        pub fn builder() -> builder::ReferenceData {
            Default::default()
        }
    }
    ///Free text sent with the request, 2 to 100 characters (DJ:BusinessToCustomer).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct Remarks(::std::string::String);
    impl ::std::ops::Deref for Remarks {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Remarks> for ::std::string::String {
        fn from(value: Remarks) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Remarks {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for Remarks {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Remarks {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Remarks {
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
    ///The outcome of an asynchronous request (DJ:BusinessToCustomer and the others).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Result {
        ///M-Pesa's key of the request.
        #[serde(rename = "ConversationID")]
        pub conversation_id: ConversationId,
        ///The request's key (the merchant's, for B2C v3).
        #[serde(rename = "OriginatorConversationID")]
        pub originator_conversation_id: OriginatorConversationId,
        ///Data M-Pesa records without reading.
        #[serde(
            rename = "ReferenceData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_data: ::std::option::Option<ReferenceData>,
        ///The outcome.
        #[serde(rename = "ResultCode")]
        pub result_code: crate::generated::open_enums::ResultCode,
        ///The outcome, in words.
        #[serde(
            rename = "ResultDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_desc: ::std::option::Option<::std::string::String>,
        ///The outcome's details.
        #[serde(
            rename = "ResultParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_parameters: ::std::option::Option<ResultParameters>,
        ///Whether more messages follow.
        #[serde(
            rename = "ResultType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_type: ::std::option::Option<crate::generated::open_enums::ResultType>,
        ///The M-Pesa receipt, for a transaction.
        #[serde(
            rename = "TransactionID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transaction_id: ::std::option::Option<::std::string::String>,
    }
    impl Result {
        pub fn builder() -> builder::Result {
            Default::default()
        }
    }
    ///The body of `result`: `{"Result": …}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ResultCallback {
        ///The outcome.
        #[serde(rename = "Result")]
        pub result: Result,
    }
    impl ResultCallback {
        pub fn builder() -> builder::ResultCallback {
            Default::default()
        }
    }
    ///The details of an outcome, one key and value each.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ResultParameters {
        ///One parameter, or a list of them.
        #[serde(
            rename = "ResultParameter",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_parameter: ::std::option::Option<Parameters>,
    }
    impl ResultParameters {
        pub fn builder() -> builder::ResultParameters {
            Default::default()
        }
    }
    ///Only `TransactionReversal` (DJ:Reversal).
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
    pub enum ReversalCommand {
        TransactionReversal,
    }
    impl ::std::fmt::Display for ReversalCommand {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TransactionReversal => f.write_str("TransactionReversal"),
            }
        }
    }
    impl ::std::str::FromStr for ReversalCommand {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "TransactionReversal" => Ok(Self::TransactionReversal),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReversalCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReversalCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A reversal of a customer's payment (DJ:Reversal).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ReversalRequest {
        ///The amount reversed, whole shillings.
        #[serde(rename = "Amount")]
        pub amount: crate::money::Shillings,
        ///`TransactionReversal`.
        #[serde(rename = "CommandID")]
        pub command_id: ReversalCommand,
        ///The API user.
        #[serde(rename = "Initiator")]
        pub initiator: Initiator,
        ///Optional free text.
        #[serde(
            rename = "Occasion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub occasion: ::std::option::Option<Occasion>,
        ///Where a queue timeout is POSTed.
        #[serde(rename = "QueueTimeOutURL")]
        pub queue_time_out_url: CallbackUrl,
        ///The business's shortcode.
        #[serde(rename = "ReceiverParty")]
        pub receiver_party: crate::party::ShortCode,
        ///`11` (sic).
        #[serde(rename = "RecieverIdentifierType")]
        pub reciever_identifier_type: crate::generated::open_enums::IdentifierType,
        ///Free text.
        #[serde(rename = "Remarks")]
        pub remarks: Remarks,
        ///Where the outcome is POSTed.
        #[serde(rename = "ResultURL")]
        pub result_url: CallbackUrl,
        ///The API user's password, encrypted.
        #[serde(rename = "SecurityCredential")]
        pub security_credential: ::pesa_core::Secret,
        ///The receipt of the payment reversed.
        #[serde(rename = "TransactionID")]
        pub transaction_id: TransactionId,
    }
    impl ReversalRequest {
        pub fn builder() -> builder::ReversalRequest {
            Default::default()
        }
    }
    ///Shown to the customer in the prompt; up to 12 characters (DJ:MpesaExpressSimulate).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct StkAccountReference(::std::string::String);
    impl ::std::ops::Deref for StkAccountReference {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StkAccountReference> for ::std::string::String {
        fn from(value: StkAccountReference) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StkAccountReference {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 12usize {
                return Err("longer than 12 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for StkAccountReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StkAccountReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StkAccountReference {
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
    ///The body of `stk_callback`: `{"Body": {"stkCallback": …}}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StkCallback {
        ///The wrapper.
        #[serde(rename = "Body")]
        pub body: StkCallbackBody,
    }
    impl StkCallback {
        pub fn builder() -> builder::StkCallback {
            Default::default()
        }
    }
    ///The wrapper of the STK callback.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StkCallbackBody {
        ///How the push ended.
        #[serde(rename = "stkCallback")]
        pub stk_callback: StkOutcome,
    }
    impl StkCallbackBody {
        pub fn builder() -> builder::StkCallbackBody {
            Default::default()
        }
    }
    ///How an STK push ended, as the callback says it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StkOutcome {
        ///The payment's details, on success only.
        #[serde(
            rename = "CallbackMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_metadata: ::std::option::Option<CallbackMetadata>,
        ///M-Pesa's key of the push.
        #[serde(rename = "CheckoutRequestID")]
        pub checkout_request_id: CheckoutRequestId,
        ///The API proxy's key of the push.
        #[serde(rename = "MerchantRequestID")]
        pub merchant_request_id: MerchantRequestId,
        ///How it ended.
        #[serde(rename = "ResultCode")]
        pub result_code: crate::generated::open_enums::StkResultCode,
        ///How it ended, in words.
        #[serde(
            rename = "ResultDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_desc: ::std::option::Option<::std::string::String>,
    }
    impl StkOutcome {
        pub fn builder() -> builder::StkOutcome {
            Default::default()
        }
    }
    ///The prompt was sent (DJ:MpesaExpressSimulate).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StkPushAnswer {
        ///M-Pesa's key of the request; ask `stk_query` with it.
        #[serde(rename = "CheckoutRequestID")]
        pub checkout_request_id: CheckoutRequestId,
        ///A message for the customer.
        #[serde(
            rename = "CustomerMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_message: ::std::option::Option<::std::string::String>,
        ///The API proxy's key of the request.
        #[serde(rename = "MerchantRequestID")]
        pub merchant_request_id: MerchantRequestId,
        ///`0` when the prompt was sent.
        #[serde(rename = "ResponseCode")]
        pub response_code: crate::generated::open_enums::ResponseCode,
        ///The acknowledgement, in words.
        #[serde(
            rename = "ResponseDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_description: ::std::option::Option<::std::string::String>,
    }
    impl StkPushAnswer {
        pub fn builder() -> builder::StkPushAnswer {
            Default::default()
        }
    }
    ///An M-Pesa Express prompt (DJ:MpesaExpressSimulate).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StkPushRequest {
        ///The account shown to the customer.
        #[serde(rename = "AccountReference")]
        pub account_reference: StkAccountReference,
        ///Whole shillings.
        #[serde(rename = "Amount")]
        pub amount: crate::money::Shillings,
        ///The paybill or till the payment is for.
        #[serde(rename = "BusinessShortCode")]
        pub business_short_code: crate::party::ShortCode,
        ///Where the outcome is POSTed (`stk_callback`).
        #[serde(rename = "CallBackURL")]
        pub call_back_url: CallbackUrl,
        ///The phone number paying.
        #[serde(rename = "PartyA")]
        pub party_a: crate::phone::PhoneNumber,
        ///The shortcode (or till) receiving.
        #[serde(rename = "PartyB")]
        pub party_b: crate::party::ShortCode,
        ///`base64(BusinessShortCode + Passkey + Timestamp)`.
        #[serde(rename = "Password")]
        pub password: ::pesa_core::Secret,
        ///The phone that gets the prompt (usually PartyA).
        #[serde(rename = "PhoneNumber")]
        pub phone_number: crate::phone::PhoneNumber,
        ///The instant `Password` was made with.
        #[serde(rename = "Timestamp")]
        pub timestamp: Timestamp,
        ///A comment.
        #[serde(
            rename = "TransactionDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transaction_desc: ::std::option::Option<TransactionDesc>,
        ///Paybill or till.
        #[serde(rename = "TransactionType")]
        pub transaction_type: StkTransactionType,
    }
    impl StkPushRequest {
        pub fn builder() -> builder::StkPushRequest {
            Default::default()
        }
    }
    ///How a push ended (DJ:MpesaExpressQuery).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StkQueryAnswer {
        ///M-Pesa's key of the push.
        #[serde(rename = "CheckoutRequestID")]
        pub checkout_request_id: CheckoutRequestId,
        ///The API proxy's key of the push.
        #[serde(
            rename = "MerchantRequestID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_request_id: ::std::option::Option<MerchantRequestId>,
        ///`0` when the query was accepted.
        #[serde(
            rename = "ResponseCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The acknowledgement, in words.
        #[serde(
            rename = "ResponseDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub response_description: ::std::option::Option<::std::string::String>,
        ///How it ended.
        #[serde(rename = "ResultCode")]
        pub result_code: crate::generated::open_enums::StkResultCode,
        ///How it ended, in words.
        #[serde(
            rename = "ResultDesc",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_desc: ::std::option::Option<::std::string::String>,
    }
    impl StkQueryAnswer {
        pub fn builder() -> builder::StkQueryAnswer {
            Default::default()
        }
    }
    ///The query of an STK push (DJ:MpesaExpressQuery).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StkQueryRequest {
        ///The paybill or till of the push.
        #[serde(rename = "BusinessShortCode")]
        pub business_short_code: crate::party::ShortCode,
        ///The push asked about.
        #[serde(rename = "CheckoutRequestID")]
        pub checkout_request_id: CheckoutRequestId,
        ///`base64(BusinessShortCode + Passkey + Timestamp)`.
        #[serde(rename = "Password")]
        pub password: ::pesa_core::Secret,
        ///The instant `Password` was made with.
        #[serde(rename = "Timestamp")]
        pub timestamp: Timestamp,
    }
    impl StkQueryRequest {
        pub fn builder() -> builder::StkQueryRequest {
            Default::default()
        }
    }
    ///`CustomerPayBillOnline` for a paybill, `CustomerBuyGoodsOnline` for a till (DJ:MpesaExpressSimulate).
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
    pub enum StkTransactionType {
        CustomerPayBillOnline,
        CustomerBuyGoodsOnline,
    }
    impl ::std::fmt::Display for StkTransactionType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CustomerPayBillOnline => f.write_str("CustomerPayBillOnline"),
                Self::CustomerBuyGoodsOnline => f.write_str("CustomerBuyGoodsOnline"),
            }
        }
    }
    impl ::std::str::FromStr for StkTransactionType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CustomerPayBillOnline" => Ok(Self::CustomerPayBillOnline),
                "CustomerBuyGoodsOnline" => Ok(Self::CustomerBuyGoodsOnline),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for StkTransactionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StkTransactionType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`YYYYMMDDHHmmss`, the instant the STK `Password` was made with.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct Timestamp(::std::string::String);
    impl ::std::ops::Deref for Timestamp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Timestamp> for ::std::string::String {
        fn from(value: Timestamp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Timestamp {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{14}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{14}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for Timestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Timestamp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Timestamp {
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
    ///A comment, up to 13 characters; the only optional field of an STK push (DJ:MpesaExpressSimulate).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct TransactionDesc(::std::string::String);
    impl ::std::ops::Deref for TransactionDesc {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TransactionDesc> for ::std::string::String {
        fn from(value: TransactionDesc) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for TransactionDesc {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 13usize {
                return Err("longer than 13 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for TransactionDesc {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransactionDesc {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TransactionDesc {
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
    ///An M-Pesa receipt number (`NLJ7RT61SV`).
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
    ///Only `TransactionStatusQuery` (DJ:TransactionStatus).
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
    pub enum TransactionStatusCommand {
        TransactionStatusQuery,
    }
    impl ::std::fmt::Display for TransactionStatusCommand {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TransactionStatusQuery => f.write_str("TransactionStatusQuery"),
            }
        }
    }
    impl ::std::str::FromStr for TransactionStatusCommand {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "TransactionStatusQuery" => Ok(Self::TransactionStatusQuery),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TransactionStatusCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransactionStatusCommand {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A status query, by receipt or by the merchant's key of a B2C
(DJ:TransactionStatus); at least one of `TransactionID` and
`OriginalConversationID`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TransactionStatusRequest {
        ///`TransactionStatusQuery`.
        #[serde(rename = "CommandID")]
        pub command_id: TransactionStatusCommand,
        ///`4`: PartyA is a shortcode.
        #[serde(rename = "IdentifierType")]
        pub identifier_type: crate::generated::open_enums::IdentifierType,
        ///The API user.
        #[serde(rename = "Initiator")]
        pub initiator: Initiator,
        ///Optional free text.
        #[serde(
            rename = "Occasion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub occasion: ::std::option::Option<Occasion>,
        ///The merchant's key of the B2C asked about.
        #[serde(
            rename = "OriginalConversationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub original_conversation_id: ::std::option::Option<OriginatorConversationId>,
        ///The business's shortcode (or an MSISDN).
        #[serde(rename = "PartyA")]
        pub party_a: crate::party::PartyId,
        ///Where a queue timeout is POSTed.
        #[serde(rename = "QueueTimeOutURL")]
        pub queue_time_out_url: CallbackUrl,
        ///Free text.
        #[serde(rename = "Remarks")]
        pub remarks: Remarks,
        ///Where the status is POSTed.
        #[serde(rename = "ResultURL")]
        pub result_url: CallbackUrl,
        ///The API user's password, encrypted.
        #[serde(rename = "SecurityCredential")]
        pub security_credential: ::pesa_core::Secret,
        ///The M-Pesa receipt asked about.
        #[serde(
            rename = "TransactionID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transaction_id: ::std::option::Option<TransactionId>,
    }
    impl TransactionStatusRequest {
        pub fn builder() -> builder::TransactionStatusRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AcceptedAnswer {
            conversation_id: ::std::result::Result<
                super::ConversationId,
                ::std::string::String,
            >,
            originator_conversation_id: ::std::result::Result<
                super::OriginatorConversationId,
                ::std::string::String,
            >,
            response_code: ::std::result::Result<
                crate::generated::open_enums::ResponseCode,
                ::std::string::String,
            >,
            response_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AcceptedAnswer {
            fn default() -> Self {
                Self {
                    conversation_id: Err(
                        "no value supplied for conversation_id".to_string(),
                    ),
                    originator_conversation_id: Err(
                        "no value supplied for originator_conversation_id".to_string(),
                    ),
                    response_code: Err(
                        "no value supplied for response_code".to_string(),
                    ),
                    response_description: Ok(Default::default()),
                }
            }
        }
        impl AcceptedAnswer {
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationId>,
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
            pub fn originator_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OriginatorConversationId>,
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
            pub fn response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::ResponseCode>,
                T::Error: ::std::fmt::Display,
            {
                self.response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_code: {e}")
                    });
                self
            }
            pub fn response_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_description: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AcceptedAnswer> for super::AcceptedAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AcceptedAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation_id: value.conversation_id?,
                    originator_conversation_id: value.originator_conversation_id?,
                    response_code: value.response_code?,
                    response_description: value.response_description?,
                })
            }
        }
        impl ::std::convert::From<super::AcceptedAnswer> for AcceptedAnswer {
            fn from(value: super::AcceptedAnswer) -> Self {
                Self {
                    conversation_id: Ok(value.conversation_id),
                    originator_conversation_id: Ok(value.originator_conversation_id),
                    response_code: Ok(value.response_code),
                    response_description: Ok(value.response_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccessTokenAnswer {
            access_token: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                crate::wire::Seconds,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccessTokenAnswer {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Err("no value supplied for expires_in".to_string()),
                }
            }
        }
        impl AccessTokenAnswer {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::wire::Seconds>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccessTokenAnswer> for super::AccessTokenAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccessTokenAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                })
            }
        }
        impl ::std::convert::From<super::AccessTokenAnswer> for AccessTokenAnswer {
            fn from(value: super::AccessTokenAnswer) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccountBalanceRequest {
            command_id: ::std::result::Result<
                super::AccountBalanceCommand,
                ::std::string::String,
            >,
            identifier_type: ::std::result::Result<
                crate::generated::open_enums::IdentifierType,
                ::std::string::String,
            >,
            initiator: ::std::result::Result<super::Initiator, ::std::string::String>,
            party_a: ::std::result::Result<crate::party::PartyId, ::std::string::String>,
            queue_time_out_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
            remarks: ::std::result::Result<super::Remarks, ::std::string::String>,
            result_url: ::std::result::Result<super::CallbackUrl, ::std::string::String>,
            security_credential: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountBalanceRequest {
            fn default() -> Self {
                Self {
                    command_id: Err("no value supplied for command_id".to_string()),
                    identifier_type: Err(
                        "no value supplied for identifier_type".to_string(),
                    ),
                    initiator: Err("no value supplied for initiator".to_string()),
                    party_a: Err("no value supplied for party_a".to_string()),
                    queue_time_out_url: Err(
                        "no value supplied for queue_time_out_url".to_string(),
                    ),
                    remarks: Err("no value supplied for remarks".to_string()),
                    result_url: Err("no value supplied for result_url".to_string()),
                    security_credential: Err(
                        "no value supplied for security_credential".to_string(),
                    ),
                }
            }
        }
        impl AccountBalanceRequest {
            pub fn command_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountBalanceCommand>,
                T::Error: ::std::fmt::Display,
            {
                self.command_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_id: {e}")
                    });
                self
            }
            pub fn identifier_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::IdentifierType>,
                T::Error: ::std::fmt::Display,
            {
                self.identifier_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for identifier_type: {e}"
                        )
                    });
                self
            }
            pub fn initiator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Initiator>,
                T::Error: ::std::fmt::Display,
            {
                self.initiator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for initiator: {e}")
                    });
                self
            }
            pub fn party_a<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::PartyId>,
                T::Error: ::std::fmt::Display,
            {
                self.party_a = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_a: {e}")
                    });
                self
            }
            pub fn queue_time_out_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_time_out_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for queue_time_out_url: {e}"
                        )
                    });
                self
            }
            pub fn remarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Remarks>,
                T::Error: ::std::fmt::Display,
            {
                self.remarks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remarks: {e}")
                    });
                self
            }
            pub fn result_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.result_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_url: {e}")
                    });
                self
            }
            pub fn security_credential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.security_credential = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_credential: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountBalanceRequest>
        for super::AccountBalanceRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountBalanceRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    command_id: value.command_id?,
                    identifier_type: value.identifier_type?,
                    initiator: value.initiator?,
                    party_a: value.party_a?,
                    queue_time_out_url: value.queue_time_out_url?,
                    remarks: value.remarks?,
                    result_url: value.result_url?,
                    security_credential: value.security_credential?,
                })
            }
        }
        impl ::std::convert::From<super::AccountBalanceRequest>
        for AccountBalanceRequest {
            fn from(value: super::AccountBalanceRequest) -> Self {
                Self {
                    command_id: Ok(value.command_id),
                    identifier_type: Ok(value.identifier_type),
                    initiator: Ok(value.initiator),
                    party_a: Ok(value.party_a),
                    queue_time_out_url: Ok(value.queue_time_out_url),
                    remarks: Ok(value.remarks),
                    result_url: Ok(value.result_url),
                    security_credential: Ok(value.security_credential),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Acknowledgement {
            result_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            result_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Acknowledgement {
            fn default() -> Self {
                Self {
                    result_code: Ok(Default::default()),
                    result_desc: Ok(Default::default()),
                }
            }
        }
        impl Acknowledgement {
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_code: {e}")
                    });
                self
            }
            pub fn result_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_desc: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Acknowledgement> for super::Acknowledgement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Acknowledgement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    result_code: value.result_code?,
                    result_desc: value.result_desc?,
                })
            }
        }
        impl ::std::convert::From<super::Acknowledgement> for Acknowledgement {
            fn from(value: super::Acknowledgement) -> Self {
                Self {
                    result_code: Ok(value.result_code),
                    result_desc: Ok(value.result_desc),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct B2bRequest {
            account_reference: ::std::result::Result<
                super::B2bRequestAccountReference,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                crate::money::Shillings,
                ::std::string::String,
            >,
            command_id: ::std::result::Result<
                crate::generated::open_enums::B2bCommand,
                ::std::string::String,
            >,
            initiator: ::std::result::Result<super::Initiator, ::std::string::String>,
            party_a: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            party_b: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            queue_time_out_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
            reciever_identifier_type: ::std::result::Result<
                crate::generated::open_enums::IdentifierType,
                ::std::string::String,
            >,
            remarks: ::std::result::Result<super::Remarks, ::std::string::String>,
            requester: ::std::result::Result<
                ::std::option::Option<crate::phone::PhoneNumber>,
                ::std::string::String,
            >,
            result_url: ::std::result::Result<super::CallbackUrl, ::std::string::String>,
            security_credential: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
            sender_identifier_type: ::std::result::Result<
                crate::generated::open_enums::IdentifierType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for B2bRequest {
            fn default() -> Self {
                Self {
                    account_reference: Err(
                        "no value supplied for account_reference".to_string(),
                    ),
                    amount: Err("no value supplied for amount".to_string()),
                    command_id: Err("no value supplied for command_id".to_string()),
                    initiator: Err("no value supplied for initiator".to_string()),
                    party_a: Err("no value supplied for party_a".to_string()),
                    party_b: Err("no value supplied for party_b".to_string()),
                    queue_time_out_url: Err(
                        "no value supplied for queue_time_out_url".to_string(),
                    ),
                    reciever_identifier_type: Err(
                        "no value supplied for reciever_identifier_type".to_string(),
                    ),
                    remarks: Err("no value supplied for remarks".to_string()),
                    requester: Ok(Default::default()),
                    result_url: Err("no value supplied for result_url".to_string()),
                    security_credential: Err(
                        "no value supplied for security_credential".to_string(),
                    ),
                    sender_identifier_type: Err(
                        "no value supplied for sender_identifier_type".to_string(),
                    ),
                }
            }
        }
        impl B2bRequest {
            pub fn account_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::B2bRequestAccountReference>,
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
                T: ::std::convert::TryInto<crate::money::Shillings>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn command_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::B2bCommand>,
                T::Error: ::std::fmt::Display,
            {
                self.command_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_id: {e}")
                    });
                self
            }
            pub fn initiator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Initiator>,
                T::Error: ::std::fmt::Display,
            {
                self.initiator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for initiator: {e}")
                    });
                self
            }
            pub fn party_a<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.party_a = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_a: {e}")
                    });
                self
            }
            pub fn party_b<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.party_b = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_b: {e}")
                    });
                self
            }
            pub fn queue_time_out_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_time_out_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for queue_time_out_url: {e}"
                        )
                    });
                self
            }
            pub fn reciever_identifier_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::IdentifierType>,
                T::Error: ::std::fmt::Display,
            {
                self.reciever_identifier_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reciever_identifier_type: {e}"
                        )
                    });
                self
            }
            pub fn remarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Remarks>,
                T::Error: ::std::fmt::Display,
            {
                self.remarks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remarks: {e}")
                    });
                self
            }
            pub fn requester<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::phone::PhoneNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.requester = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requester: {e}")
                    });
                self
            }
            pub fn result_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.result_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_url: {e}")
                    });
                self
            }
            pub fn security_credential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.security_credential = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_credential: {e}"
                        )
                    });
                self
            }
            pub fn sender_identifier_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::IdentifierType>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_identifier_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sender_identifier_type: {e}"
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
                    account_reference: value.account_reference?,
                    amount: value.amount?,
                    command_id: value.command_id?,
                    initiator: value.initiator?,
                    party_a: value.party_a?,
                    party_b: value.party_b?,
                    queue_time_out_url: value.queue_time_out_url?,
                    reciever_identifier_type: value.reciever_identifier_type?,
                    remarks: value.remarks?,
                    requester: value.requester?,
                    result_url: value.result_url?,
                    security_credential: value.security_credential?,
                    sender_identifier_type: value.sender_identifier_type?,
                })
            }
        }
        impl ::std::convert::From<super::B2bRequest> for B2bRequest {
            fn from(value: super::B2bRequest) -> Self {
                Self {
                    account_reference: Ok(value.account_reference),
                    amount: Ok(value.amount),
                    command_id: Ok(value.command_id),
                    initiator: Ok(value.initiator),
                    party_a: Ok(value.party_a),
                    party_b: Ok(value.party_b),
                    queue_time_out_url: Ok(value.queue_time_out_url),
                    reciever_identifier_type: Ok(value.reciever_identifier_type),
                    remarks: Ok(value.remarks),
                    requester: Ok(value.requester),
                    result_url: Ok(value.result_url),
                    security_credential: Ok(value.security_credential),
                    sender_identifier_type: Ok(value.sender_identifier_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct B2cRequest {
            amount: ::std::result::Result<
                crate::money::Shillings,
                ::std::string::String,
            >,
            command_id: ::std::result::Result<super::B2cCommand, ::std::string::String>,
            initiator_name: ::std::result::Result<
                super::Initiator,
                ::std::string::String,
            >,
            occassion: ::std::result::Result<
                ::std::option::Option<super::Occasion>,
                ::std::string::String,
            >,
            originator_conversation_id: ::std::result::Result<
                super::OriginatorConversationId,
                ::std::string::String,
            >,
            party_a: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            party_b: ::std::result::Result<
                crate::phone::PhoneNumber,
                ::std::string::String,
            >,
            queue_time_out_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
            remarks: ::std::result::Result<super::Remarks, ::std::string::String>,
            result_url: ::std::result::Result<super::CallbackUrl, ::std::string::String>,
            security_credential: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for B2cRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    command_id: Err("no value supplied for command_id".to_string()),
                    initiator_name: Err(
                        "no value supplied for initiator_name".to_string(),
                    ),
                    occassion: Ok(Default::default()),
                    originator_conversation_id: Err(
                        "no value supplied for originator_conversation_id".to_string(),
                    ),
                    party_a: Err("no value supplied for party_a".to_string()),
                    party_b: Err("no value supplied for party_b".to_string()),
                    queue_time_out_url: Err(
                        "no value supplied for queue_time_out_url".to_string(),
                    ),
                    remarks: Err("no value supplied for remarks".to_string()),
                    result_url: Err("no value supplied for result_url".to_string()),
                    security_credential: Err(
                        "no value supplied for security_credential".to_string(),
                    ),
                }
            }
        }
        impl B2cRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Shillings>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn command_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::B2cCommand>,
                T::Error: ::std::fmt::Display,
            {
                self.command_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_id: {e}")
                    });
                self
            }
            pub fn initiator_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Initiator>,
                T::Error: ::std::fmt::Display,
            {
                self.initiator_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for initiator_name: {e}"
                        )
                    });
                self
            }
            pub fn occassion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Occasion>>,
                T::Error: ::std::fmt::Display,
            {
                self.occassion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occassion: {e}")
                    });
                self
            }
            pub fn originator_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OriginatorConversationId>,
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
            pub fn party_a<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.party_a = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_a: {e}")
                    });
                self
            }
            pub fn party_b<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::phone::PhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.party_b = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_b: {e}")
                    });
                self
            }
            pub fn queue_time_out_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_time_out_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for queue_time_out_url: {e}"
                        )
                    });
                self
            }
            pub fn remarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Remarks>,
                T::Error: ::std::fmt::Display,
            {
                self.remarks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remarks: {e}")
                    });
                self
            }
            pub fn result_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.result_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_url: {e}")
                    });
                self
            }
            pub fn security_credential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.security_credential = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_credential: {e}"
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
                    amount: value.amount?,
                    command_id: value.command_id?,
                    initiator_name: value.initiator_name?,
                    occassion: value.occassion?,
                    originator_conversation_id: value.originator_conversation_id?,
                    party_a: value.party_a?,
                    party_b: value.party_b?,
                    queue_time_out_url: value.queue_time_out_url?,
                    remarks: value.remarks?,
                    result_url: value.result_url?,
                    security_credential: value.security_credential?,
                })
            }
        }
        impl ::std::convert::From<super::B2cRequest> for B2cRequest {
            fn from(value: super::B2cRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    command_id: Ok(value.command_id),
                    initiator_name: Ok(value.initiator_name),
                    occassion: Ok(value.occassion),
                    originator_conversation_id: Ok(value.originator_conversation_id),
                    party_a: Ok(value.party_a),
                    party_b: Ok(value.party_b),
                    queue_time_out_url: Ok(value.queue_time_out_url),
                    remarks: Ok(value.remarks),
                    result_url: Ok(value.result_url),
                    security_credential: Ok(value.security_credential),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct B2cRequestV1 {
            amount: ::std::result::Result<
                crate::money::Shillings,
                ::std::string::String,
            >,
            command_id: ::std::result::Result<super::B2cCommand, ::std::string::String>,
            initiator_name: ::std::result::Result<
                super::Initiator,
                ::std::string::String,
            >,
            occassion: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            party_a: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            party_b: ::std::result::Result<
                crate::phone::PhoneNumber,
                ::std::string::String,
            >,
            queue_time_out_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
            remarks: ::std::result::Result<super::Remarks, ::std::string::String>,
            result_url: ::std::result::Result<super::CallbackUrl, ::std::string::String>,
            security_credential: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for B2cRequestV1 {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    command_id: Err("no value supplied for command_id".to_string()),
                    initiator_name: Err(
                        "no value supplied for initiator_name".to_string(),
                    ),
                    occassion: Ok(Default::default()),
                    party_a: Err("no value supplied for party_a".to_string()),
                    party_b: Err("no value supplied for party_b".to_string()),
                    queue_time_out_url: Err(
                        "no value supplied for queue_time_out_url".to_string(),
                    ),
                    remarks: Err("no value supplied for remarks".to_string()),
                    result_url: Err("no value supplied for result_url".to_string()),
                    security_credential: Err(
                        "no value supplied for security_credential".to_string(),
                    ),
                }
            }
        }
        impl B2cRequestV1 {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Shillings>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn command_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::B2cCommand>,
                T::Error: ::std::fmt::Display,
            {
                self.command_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_id: {e}")
                    });
                self
            }
            pub fn initiator_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Initiator>,
                T::Error: ::std::fmt::Display,
            {
                self.initiator_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for initiator_name: {e}"
                        )
                    });
                self
            }
            pub fn occassion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.occassion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occassion: {e}")
                    });
                self
            }
            pub fn party_a<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.party_a = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_a: {e}")
                    });
                self
            }
            pub fn party_b<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::phone::PhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.party_b = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_b: {e}")
                    });
                self
            }
            pub fn queue_time_out_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_time_out_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for queue_time_out_url: {e}"
                        )
                    });
                self
            }
            pub fn remarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Remarks>,
                T::Error: ::std::fmt::Display,
            {
                self.remarks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remarks: {e}")
                    });
                self
            }
            pub fn result_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.result_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_url: {e}")
                    });
                self
            }
            pub fn security_credential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.security_credential = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_credential: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<B2cRequestV1> for super::B2cRequestV1 {
            type Error = super::error::ConversionError;
            fn try_from(
                value: B2cRequestV1,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    command_id: value.command_id?,
                    initiator_name: value.initiator_name?,
                    occassion: value.occassion?,
                    party_a: value.party_a?,
                    party_b: value.party_b?,
                    queue_time_out_url: value.queue_time_out_url?,
                    remarks: value.remarks?,
                    result_url: value.result_url?,
                    security_credential: value.security_credential?,
                })
            }
        }
        impl ::std::convert::From<super::B2cRequestV1> for B2cRequestV1 {
            fn from(value: super::B2cRequestV1) -> Self {
                Self {
                    amount: Ok(value.amount),
                    command_id: Ok(value.command_id),
                    initiator_name: Ok(value.initiator_name),
                    occassion: Ok(value.occassion),
                    party_a: Ok(value.party_a),
                    party_b: Ok(value.party_b),
                    queue_time_out_url: Ok(value.queue_time_out_url),
                    remarks: Ok(value.remarks),
                    result_url: Ok(value.result_url),
                    security_credential: Ok(value.security_credential),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct C2bAnswer {
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            originator_coversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for C2bAnswer {
            fn default() -> Self {
                Self {
                    conversation_id: Ok(Default::default()),
                    originator_coversation_id: Ok(Default::default()),
                    response_code: Ok(Default::default()),
                    response_description: Ok(Default::default()),
                }
            }
        }
        impl C2bAnswer {
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn originator_coversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.originator_coversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for originator_coversation_id: {e}"
                        )
                    });
                self
            }
            pub fn response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_code: {e}")
                    });
                self
            }
            pub fn response_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_description: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<C2bAnswer> for super::C2bAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: C2bAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation_id: value.conversation_id?,
                    originator_coversation_id: value.originator_coversation_id?,
                    response_code: value.response_code?,
                    response_description: value.response_description?,
                })
            }
        }
        impl ::std::convert::From<super::C2bAnswer> for C2bAnswer {
            fn from(value: super::C2bAnswer) -> Self {
                Self {
                    conversation_id: Ok(value.conversation_id),
                    originator_coversation_id: Ok(value.originator_coversation_id),
                    response_code: Ok(value.response_code),
                    response_description: Ok(value.response_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct C2bPayment {
            bill_ref_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            business_short_code: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            middle_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            msisdn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_account_balance: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            third_party_trans_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trans_amount: ::std::result::Result<
                ::rust_decimal::Decimal,
                ::std::string::String,
            >,
            trans_id: ::std::result::Result<super::TransactionId, ::std::string::String>,
            trans_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            transaction_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for C2bPayment {
            fn default() -> Self {
                Self {
                    bill_ref_number: Ok(Default::default()),
                    business_short_code: Err(
                        "no value supplied for business_short_code".to_string(),
                    ),
                    first_name: Ok(Default::default()),
                    invoice_number: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    middle_name: Ok(Default::default()),
                    msisdn: Ok(Default::default()),
                    org_account_balance: Ok(Default::default()),
                    third_party_trans_id: Ok(Default::default()),
                    trans_amount: Err("no value supplied for trans_amount".to_string()),
                    trans_id: Err("no value supplied for trans_id".to_string()),
                    trans_time: Ok(Default::default()),
                    transaction_type: Ok(Default::default()),
                }
            }
        }
        impl C2bPayment {
            pub fn bill_ref_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bill_ref_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bill_ref_number: {e}"
                        )
                    });
                self
            }
            pub fn business_short_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.business_short_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_short_code: {e}"
                        )
                    });
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn invoice_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_number: {e}"
                        )
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            pub fn middle_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.middle_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for middle_name: {e}")
                    });
                self
            }
            pub fn msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.msisdn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for msisdn: {e}")
                    });
                self
            }
            pub fn org_account_balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_account_balance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for org_account_balance: {e}"
                        )
                    });
                self
            }
            pub fn third_party_trans_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.third_party_trans_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for third_party_trans_id: {e}"
                        )
                    });
                self
            }
            pub fn trans_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::rust_decimal::Decimal>,
                T::Error: ::std::fmt::Display,
            {
                self.trans_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trans_amount: {e}")
                    });
                self
            }
            pub fn trans_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionId>,
                T::Error: ::std::fmt::Display,
            {
                self.trans_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trans_id: {e}")
                    });
                self
            }
            pub fn trans_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.trans_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trans_time: {e}")
                    });
                self
            }
            pub fn transaction_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<C2bPayment> for super::C2bPayment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: C2bPayment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bill_ref_number: value.bill_ref_number?,
                    business_short_code: value.business_short_code?,
                    first_name: value.first_name?,
                    invoice_number: value.invoice_number?,
                    last_name: value.last_name?,
                    middle_name: value.middle_name?,
                    msisdn: value.msisdn?,
                    org_account_balance: value.org_account_balance?,
                    third_party_trans_id: value.third_party_trans_id?,
                    trans_amount: value.trans_amount?,
                    trans_id: value.trans_id?,
                    trans_time: value.trans_time?,
                    transaction_type: value.transaction_type?,
                })
            }
        }
        impl ::std::convert::From<super::C2bPayment> for C2bPayment {
            fn from(value: super::C2bPayment) -> Self {
                Self {
                    bill_ref_number: Ok(value.bill_ref_number),
                    business_short_code: Ok(value.business_short_code),
                    first_name: Ok(value.first_name),
                    invoice_number: Ok(value.invoice_number),
                    last_name: Ok(value.last_name),
                    middle_name: Ok(value.middle_name),
                    msisdn: Ok(value.msisdn),
                    org_account_balance: Ok(value.org_account_balance),
                    third_party_trans_id: Ok(value.third_party_trans_id),
                    trans_amount: Ok(value.trans_amount),
                    trans_id: Ok(value.trans_id),
                    trans_time: Ok(value.trans_time),
                    transaction_type: Ok(value.transaction_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct C2bRegisterRequest {
            confirmation_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
            response_type: ::std::result::Result<
                super::C2bResponseType,
                ::std::string::String,
            >,
            short_code: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            validation_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for C2bRegisterRequest {
            fn default() -> Self {
                Self {
                    confirmation_url: Err(
                        "no value supplied for confirmation_url".to_string(),
                    ),
                    response_type: Err(
                        "no value supplied for response_type".to_string(),
                    ),
                    short_code: Err("no value supplied for short_code".to_string()),
                    validation_url: Err(
                        "no value supplied for validation_url".to_string(),
                    ),
                }
            }
        }
        impl C2bRegisterRequest {
            pub fn confirmation_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
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
                T: ::std::convert::TryInto<super::C2bResponseType>,
                T::Error: ::std::fmt::Display,
            {
                self.response_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_type: {e}")
                    });
                self
            }
            pub fn short_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.short_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for short_code: {e}")
                    });
                self
            }
            pub fn validation_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
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
        impl ::std::convert::TryFrom<C2bRegisterRequest> for super::C2bRegisterRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: C2bRegisterRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    confirmation_url: value.confirmation_url?,
                    response_type: value.response_type?,
                    short_code: value.short_code?,
                    validation_url: value.validation_url?,
                })
            }
        }
        impl ::std::convert::From<super::C2bRegisterRequest> for C2bRegisterRequest {
            fn from(value: super::C2bRegisterRequest) -> Self {
                Self {
                    confirmation_url: Ok(value.confirmation_url),
                    response_type: Ok(value.response_type),
                    short_code: Ok(value.short_code),
                    validation_url: Ok(value.validation_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct C2bSimulateRequest {
            amount: ::std::result::Result<
                crate::money::Shillings,
                ::std::string::String,
            >,
            bill_ref_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            command_id: ::std::result::Result<super::C2bCommand, ::std::string::String>,
            msisdn: ::std::result::Result<
                crate::phone::PhoneNumber,
                ::std::string::String,
            >,
            short_code: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for C2bSimulateRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    bill_ref_number: Ok(Default::default()),
                    command_id: Err("no value supplied for command_id".to_string()),
                    msisdn: Err("no value supplied for msisdn".to_string()),
                    short_code: Err("no value supplied for short_code".to_string()),
                }
            }
        }
        impl C2bSimulateRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Shillings>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn bill_ref_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bill_ref_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bill_ref_number: {e}"
                        )
                    });
                self
            }
            pub fn command_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::C2bCommand>,
                T::Error: ::std::fmt::Display,
            {
                self.command_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_id: {e}")
                    });
                self
            }
            pub fn msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::phone::PhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.msisdn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for msisdn: {e}")
                    });
                self
            }
            pub fn short_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.short_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for short_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<C2bSimulateRequest> for super::C2bSimulateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: C2bSimulateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    bill_ref_number: value.bill_ref_number?,
                    command_id: value.command_id?,
                    msisdn: value.msisdn?,
                    short_code: value.short_code?,
                })
            }
        }
        impl ::std::convert::From<super::C2bSimulateRequest> for C2bSimulateRequest {
            fn from(value: super::C2bSimulateRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    bill_ref_number: Ok(value.bill_ref_number),
                    command_id: Ok(value.command_id),
                    msisdn: Ok(value.msisdn),
                    short_code: Ok(value.short_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct C2bValidationAnswer {
            result_code: ::std::result::Result<
                crate::generated::open_enums::C2bValidationCode,
                ::std::string::String,
            >,
            result_desc: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            third_party_trans_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for C2bValidationAnswer {
            fn default() -> Self {
                Self {
                    result_code: Err("no value supplied for result_code".to_string()),
                    result_desc: Err("no value supplied for result_desc".to_string()),
                    third_party_trans_id: Ok(Default::default()),
                }
            }
        }
        impl C2bValidationAnswer {
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::generated::open_enums::C2bValidationCode,
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
            pub fn result_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.result_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_desc: {e}")
                    });
                self
            }
            pub fn third_party_trans_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.third_party_trans_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for third_party_trans_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<C2bValidationAnswer>
        for super::C2bValidationAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: C2bValidationAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    result_code: value.result_code?,
                    result_desc: value.result_desc?,
                    third_party_trans_id: value.third_party_trans_id?,
                })
            }
        }
        impl ::std::convert::From<super::C2bValidationAnswer> for C2bValidationAnswer {
            fn from(value: super::C2bValidationAnswer) -> Self {
                Self {
                    result_code: Ok(value.result_code),
                    result_desc: Ok(value.result_desc),
                    third_party_trans_id: Ok(value.third_party_trans_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallbackMetadata {
            item: ::std::result::Result<
                ::std::vec::Vec<super::MetadataItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallbackMetadata {
            fn default() -> Self {
                Self {
                    item: Err("no value supplied for item".to_string()),
                }
            }
        }
        impl CallbackMetadata {
            pub fn item<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MetadataItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.item = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallbackMetadata> for super::CallbackMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallbackMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { item: value.item? })
            }
        }
        impl ::std::convert::From<super::CallbackMetadata> for CallbackMetadata {
            fn from(value: super::CallbackMetadata) -> Self {
                Self { item: Ok(value.item) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorEnvelope {
            error_code: ::std::result::Result<
                crate::generated::open_enums::ErrorCode,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorEnvelope {
            fn default() -> Self {
                Self {
                    error_code: Err("no value supplied for error_code".to_string()),
                    error_message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ErrorEnvelope {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::ErrorCode>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
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
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    error_message: value.error_message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    error_message: Ok(value.error_message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MetadataItem {
            name: ::std::result::Result<
                crate::generated::open_enums::MetadataName,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<crate::wire::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MetadataItem {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl MetadataItem {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::MetadataName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::wire::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MetadataItem> for super::MetadataItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MetadataItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::MetadataItem> for MetadataItem {
            fn from(value: super::MetadataItem) -> Self {
                Self {
                    name: Ok(value.name),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Parameter {
            key: ::std::result::Result<
                crate::generated::open_enums::ParameterKey,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<crate::wire::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Parameter {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl Parameter {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::ParameterKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::wire::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Parameter> for super::Parameter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Parameter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Parameter> for Parameter {
            fn from(value: super::Parameter) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReferenceData {
            reference_item: ::std::result::Result<
                ::std::option::Option<super::Parameters>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReferenceData {
            fn default() -> Self {
                Self {
                    reference_item: Ok(Default::default()),
                }
            }
        }
        impl ReferenceData {
            pub fn reference_item<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Parameters>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_item = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reference_item: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReferenceData> for super::ReferenceData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReferenceData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reference_item: value.reference_item?,
                })
            }
        }
        impl ::std::convert::From<super::ReferenceData> for ReferenceData {
            fn from(value: super::ReferenceData) -> Self {
                Self {
                    reference_item: Ok(value.reference_item),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Result {
            conversation_id: ::std::result::Result<
                super::ConversationId,
                ::std::string::String,
            >,
            originator_conversation_id: ::std::result::Result<
                super::OriginatorConversationId,
                ::std::string::String,
            >,
            reference_data: ::std::result::Result<
                ::std::option::Option<super::ReferenceData>,
                ::std::string::String,
            >,
            result_code: ::std::result::Result<
                crate::generated::open_enums::ResultCode,
                ::std::string::String,
            >,
            result_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            result_parameters: ::std::result::Result<
                ::std::option::Option<super::ResultParameters>,
                ::std::string::String,
            >,
            result_type: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResultType>,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Result {
            fn default() -> Self {
                Self {
                    conversation_id: Err(
                        "no value supplied for conversation_id".to_string(),
                    ),
                    originator_conversation_id: Err(
                        "no value supplied for originator_conversation_id".to_string(),
                    ),
                    reference_data: Ok(Default::default()),
                    result_code: Err("no value supplied for result_code".to_string()),
                    result_desc: Ok(Default::default()),
                    result_parameters: Ok(Default::default()),
                    result_type: Ok(Default::default()),
                    transaction_id: Ok(Default::default()),
                }
            }
        }
        impl Result {
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationId>,
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
            pub fn originator_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OriginatorConversationId>,
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
            pub fn reference_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ReferenceData>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reference_data: {e}"
                        )
                    });
                self
            }
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::ResultCode>,
                T::Error: ::std::fmt::Display,
            {
                self.result_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_code: {e}")
                    });
                self
            }
            pub fn result_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_desc: {e}")
                    });
                self
            }
            pub fn result_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResultParameters>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_parameters: {e}"
                        )
                    });
                self
            }
            pub fn result_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::ResultType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_type: {e}")
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<Result> for super::Result {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Result,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation_id: value.conversation_id?,
                    originator_conversation_id: value.originator_conversation_id?,
                    reference_data: value.reference_data?,
                    result_code: value.result_code?,
                    result_desc: value.result_desc?,
                    result_parameters: value.result_parameters?,
                    result_type: value.result_type?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::Result> for Result {
            fn from(value: super::Result) -> Self {
                Self {
                    conversation_id: Ok(value.conversation_id),
                    originator_conversation_id: Ok(value.originator_conversation_id),
                    reference_data: Ok(value.reference_data),
                    result_code: Ok(value.result_code),
                    result_desc: Ok(value.result_desc),
                    result_parameters: Ok(value.result_parameters),
                    result_type: Ok(value.result_type),
                    transaction_id: Ok(value.transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResultCallback {
            result: ::std::result::Result<super::Result, ::std::string::String>,
        }
        impl ::std::default::Default for ResultCallback {
            fn default() -> Self {
                Self {
                    result: Err("no value supplied for result".to_string()),
                }
            }
        }
        impl ResultCallback {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Result>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResultCallback> for super::ResultCallback {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResultCallback,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::ResultCallback> for ResultCallback {
            fn from(value: super::ResultCallback) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResultParameters {
            result_parameter: ::std::result::Result<
                ::std::option::Option<super::Parameters>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResultParameters {
            fn default() -> Self {
                Self {
                    result_parameter: Ok(Default::default()),
                }
            }
        }
        impl ResultParameters {
            pub fn result_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Parameters>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResultParameters> for super::ResultParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResultParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    result_parameter: value.result_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::ResultParameters> for ResultParameters {
            fn from(value: super::ResultParameters) -> Self {
                Self {
                    result_parameter: Ok(value.result_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReversalRequest {
            amount: ::std::result::Result<
                crate::money::Shillings,
                ::std::string::String,
            >,
            command_id: ::std::result::Result<
                super::ReversalCommand,
                ::std::string::String,
            >,
            initiator: ::std::result::Result<super::Initiator, ::std::string::String>,
            occasion: ::std::result::Result<
                ::std::option::Option<super::Occasion>,
                ::std::string::String,
            >,
            queue_time_out_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
            receiver_party: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            reciever_identifier_type: ::std::result::Result<
                crate::generated::open_enums::IdentifierType,
                ::std::string::String,
            >,
            remarks: ::std::result::Result<super::Remarks, ::std::string::String>,
            result_url: ::std::result::Result<super::CallbackUrl, ::std::string::String>,
            security_credential: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                super::TransactionId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReversalRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    command_id: Err("no value supplied for command_id".to_string()),
                    initiator: Err("no value supplied for initiator".to_string()),
                    occasion: Ok(Default::default()),
                    queue_time_out_url: Err(
                        "no value supplied for queue_time_out_url".to_string(),
                    ),
                    receiver_party: Err(
                        "no value supplied for receiver_party".to_string(),
                    ),
                    reciever_identifier_type: Err(
                        "no value supplied for reciever_identifier_type".to_string(),
                    ),
                    remarks: Err("no value supplied for remarks".to_string()),
                    result_url: Err("no value supplied for result_url".to_string()),
                    security_credential: Err(
                        "no value supplied for security_credential".to_string(),
                    ),
                    transaction_id: Err(
                        "no value supplied for transaction_id".to_string(),
                    ),
                }
            }
        }
        impl ReversalRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Shillings>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn command_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReversalCommand>,
                T::Error: ::std::fmt::Display,
            {
                self.command_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_id: {e}")
                    });
                self
            }
            pub fn initiator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Initiator>,
                T::Error: ::std::fmt::Display,
            {
                self.initiator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for initiator: {e}")
                    });
                self
            }
            pub fn occasion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Occasion>>,
                T::Error: ::std::fmt::Display,
            {
                self.occasion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occasion: {e}")
                    });
                self
            }
            pub fn queue_time_out_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_time_out_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for queue_time_out_url: {e}"
                        )
                    });
                self
            }
            pub fn receiver_party<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.receiver_party = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for receiver_party: {e}"
                        )
                    });
                self
            }
            pub fn reciever_identifier_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::IdentifierType>,
                T::Error: ::std::fmt::Display,
            {
                self.reciever_identifier_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reciever_identifier_type: {e}"
                        )
                    });
                self
            }
            pub fn remarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Remarks>,
                T::Error: ::std::fmt::Display,
            {
                self.remarks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remarks: {e}")
                    });
                self
            }
            pub fn result_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.result_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_url: {e}")
                    });
                self
            }
            pub fn security_credential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.security_credential = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_credential: {e}"
                        )
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionId>,
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
        impl ::std::convert::TryFrom<ReversalRequest> for super::ReversalRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReversalRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    command_id: value.command_id?,
                    initiator: value.initiator?,
                    occasion: value.occasion?,
                    queue_time_out_url: value.queue_time_out_url?,
                    receiver_party: value.receiver_party?,
                    reciever_identifier_type: value.reciever_identifier_type?,
                    remarks: value.remarks?,
                    result_url: value.result_url?,
                    security_credential: value.security_credential?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::ReversalRequest> for ReversalRequest {
            fn from(value: super::ReversalRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    command_id: Ok(value.command_id),
                    initiator: Ok(value.initiator),
                    occasion: Ok(value.occasion),
                    queue_time_out_url: Ok(value.queue_time_out_url),
                    receiver_party: Ok(value.receiver_party),
                    reciever_identifier_type: Ok(value.reciever_identifier_type),
                    remarks: Ok(value.remarks),
                    result_url: Ok(value.result_url),
                    security_credential: Ok(value.security_credential),
                    transaction_id: Ok(value.transaction_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StkCallback {
            body: ::std::result::Result<super::StkCallbackBody, ::std::string::String>,
        }
        impl ::std::default::Default for StkCallback {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                }
            }
        }
        impl StkCallback {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StkCallbackBody>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StkCallback> for super::StkCallback {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StkCallback,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { body: value.body? })
            }
        }
        impl ::std::convert::From<super::StkCallback> for StkCallback {
            fn from(value: super::StkCallback) -> Self {
                Self { body: Ok(value.body) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StkCallbackBody {
            stk_callback: ::std::result::Result<
                super::StkOutcome,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StkCallbackBody {
            fn default() -> Self {
                Self {
                    stk_callback: Err("no value supplied for stk_callback".to_string()),
                }
            }
        }
        impl StkCallbackBody {
            pub fn stk_callback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StkOutcome>,
                T::Error: ::std::fmt::Display,
            {
                self.stk_callback = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stk_callback: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StkCallbackBody> for super::StkCallbackBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StkCallbackBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    stk_callback: value.stk_callback?,
                })
            }
        }
        impl ::std::convert::From<super::StkCallbackBody> for StkCallbackBody {
            fn from(value: super::StkCallbackBody) -> Self {
                Self {
                    stk_callback: Ok(value.stk_callback),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StkOutcome {
            callback_metadata: ::std::result::Result<
                ::std::option::Option<super::CallbackMetadata>,
                ::std::string::String,
            >,
            checkout_request_id: ::std::result::Result<
                super::CheckoutRequestId,
                ::std::string::String,
            >,
            merchant_request_id: ::std::result::Result<
                super::MerchantRequestId,
                ::std::string::String,
            >,
            result_code: ::std::result::Result<
                crate::generated::open_enums::StkResultCode,
                ::std::string::String,
            >,
            result_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StkOutcome {
            fn default() -> Self {
                Self {
                    callback_metadata: Ok(Default::default()),
                    checkout_request_id: Err(
                        "no value supplied for checkout_request_id".to_string(),
                    ),
                    merchant_request_id: Err(
                        "no value supplied for merchant_request_id".to_string(),
                    ),
                    result_code: Err("no value supplied for result_code".to_string()),
                    result_desc: Ok(Default::default()),
                }
            }
        }
        impl StkOutcome {
            pub fn callback_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CallbackMetadata>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.callback_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for callback_metadata: {e}"
                        )
                    });
                self
            }
            pub fn checkout_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutRequestId>,
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
            pub fn merchant_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantRequestId>,
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
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::StkResultCode>,
                T::Error: ::std::fmt::Display,
            {
                self.result_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_code: {e}")
                    });
                self
            }
            pub fn result_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_desc: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StkOutcome> for super::StkOutcome {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StkOutcome,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_metadata: value.callback_metadata?,
                    checkout_request_id: value.checkout_request_id?,
                    merchant_request_id: value.merchant_request_id?,
                    result_code: value.result_code?,
                    result_desc: value.result_desc?,
                })
            }
        }
        impl ::std::convert::From<super::StkOutcome> for StkOutcome {
            fn from(value: super::StkOutcome) -> Self {
                Self {
                    callback_metadata: Ok(value.callback_metadata),
                    checkout_request_id: Ok(value.checkout_request_id),
                    merchant_request_id: Ok(value.merchant_request_id),
                    result_code: Ok(value.result_code),
                    result_desc: Ok(value.result_desc),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StkPushAnswer {
            checkout_request_id: ::std::result::Result<
                super::CheckoutRequestId,
                ::std::string::String,
            >,
            customer_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_request_id: ::std::result::Result<
                super::MerchantRequestId,
                ::std::string::String,
            >,
            response_code: ::std::result::Result<
                crate::generated::open_enums::ResponseCode,
                ::std::string::String,
            >,
            response_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StkPushAnswer {
            fn default() -> Self {
                Self {
                    checkout_request_id: Err(
                        "no value supplied for checkout_request_id".to_string(),
                    ),
                    customer_message: Ok(Default::default()),
                    merchant_request_id: Err(
                        "no value supplied for merchant_request_id".to_string(),
                    ),
                    response_code: Err(
                        "no value supplied for response_code".to_string(),
                    ),
                    response_description: Ok(Default::default()),
                }
            }
        }
        impl StkPushAnswer {
            pub fn checkout_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutRequestId>,
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
            pub fn customer_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_message: {e}"
                        )
                    });
                self
            }
            pub fn merchant_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantRequestId>,
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
            pub fn response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::ResponseCode>,
                T::Error: ::std::fmt::Display,
            {
                self.response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_code: {e}")
                    });
                self
            }
            pub fn response_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_description: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StkPushAnswer> for super::StkPushAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StkPushAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checkout_request_id: value.checkout_request_id?,
                    customer_message: value.customer_message?,
                    merchant_request_id: value.merchant_request_id?,
                    response_code: value.response_code?,
                    response_description: value.response_description?,
                })
            }
        }
        impl ::std::convert::From<super::StkPushAnswer> for StkPushAnswer {
            fn from(value: super::StkPushAnswer) -> Self {
                Self {
                    checkout_request_id: Ok(value.checkout_request_id),
                    customer_message: Ok(value.customer_message),
                    merchant_request_id: Ok(value.merchant_request_id),
                    response_code: Ok(value.response_code),
                    response_description: Ok(value.response_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StkPushRequest {
            account_reference: ::std::result::Result<
                super::StkAccountReference,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                crate::money::Shillings,
                ::std::string::String,
            >,
            business_short_code: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            call_back_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
            party_a: ::std::result::Result<
                crate::phone::PhoneNumber,
                ::std::string::String,
            >,
            party_b: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            password: ::std::result::Result<::pesa_core::Secret, ::std::string::String>,
            phone_number: ::std::result::Result<
                crate::phone::PhoneNumber,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<super::Timestamp, ::std::string::String>,
            transaction_desc: ::std::result::Result<
                ::std::option::Option<super::TransactionDesc>,
                ::std::string::String,
            >,
            transaction_type: ::std::result::Result<
                super::StkTransactionType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StkPushRequest {
            fn default() -> Self {
                Self {
                    account_reference: Err(
                        "no value supplied for account_reference".to_string(),
                    ),
                    amount: Err("no value supplied for amount".to_string()),
                    business_short_code: Err(
                        "no value supplied for business_short_code".to_string(),
                    ),
                    call_back_url: Err(
                        "no value supplied for call_back_url".to_string(),
                    ),
                    party_a: Err("no value supplied for party_a".to_string()),
                    party_b: Err("no value supplied for party_b".to_string()),
                    password: Err("no value supplied for password".to_string()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    transaction_desc: Ok(Default::default()),
                    transaction_type: Err(
                        "no value supplied for transaction_type".to_string(),
                    ),
                }
            }
        }
        impl StkPushRequest {
            pub fn account_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StkAccountReference>,
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
                T: ::std::convert::TryInto<crate::money::Shillings>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn business_short_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.business_short_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_short_code: {e}"
                        )
                    });
                self
            }
            pub fn call_back_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.call_back_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for call_back_url: {e}")
                    });
                self
            }
            pub fn party_a<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::phone::PhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.party_a = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_a: {e}")
                    });
                self
            }
            pub fn party_b<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.party_b = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_b: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::phone::PhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn transaction_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TransactionDesc>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_desc: {e}"
                        )
                    });
                self
            }
            pub fn transaction_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StkTransactionType>,
                T::Error: ::std::fmt::Display,
            {
                self.transaction_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transaction_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StkPushRequest> for super::StkPushRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StkPushRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_reference: value.account_reference?,
                    amount: value.amount?,
                    business_short_code: value.business_short_code?,
                    call_back_url: value.call_back_url?,
                    party_a: value.party_a?,
                    party_b: value.party_b?,
                    password: value.password?,
                    phone_number: value.phone_number?,
                    timestamp: value.timestamp?,
                    transaction_desc: value.transaction_desc?,
                    transaction_type: value.transaction_type?,
                })
            }
        }
        impl ::std::convert::From<super::StkPushRequest> for StkPushRequest {
            fn from(value: super::StkPushRequest) -> Self {
                Self {
                    account_reference: Ok(value.account_reference),
                    amount: Ok(value.amount),
                    business_short_code: Ok(value.business_short_code),
                    call_back_url: Ok(value.call_back_url),
                    party_a: Ok(value.party_a),
                    party_b: Ok(value.party_b),
                    password: Ok(value.password),
                    phone_number: Ok(value.phone_number),
                    timestamp: Ok(value.timestamp),
                    transaction_desc: Ok(value.transaction_desc),
                    transaction_type: Ok(value.transaction_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StkQueryAnswer {
            checkout_request_id: ::std::result::Result<
                super::CheckoutRequestId,
                ::std::string::String,
            >,
            merchant_request_id: ::std::result::Result<
                ::std::option::Option<super::MerchantRequestId>,
                ::std::string::String,
            >,
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            result_code: ::std::result::Result<
                crate::generated::open_enums::StkResultCode,
                ::std::string::String,
            >,
            result_desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StkQueryAnswer {
            fn default() -> Self {
                Self {
                    checkout_request_id: Err(
                        "no value supplied for checkout_request_id".to_string(),
                    ),
                    merchant_request_id: Ok(Default::default()),
                    response_code: Ok(Default::default()),
                    response_description: Ok(Default::default()),
                    result_code: Err("no value supplied for result_code".to_string()),
                    result_desc: Ok(Default::default()),
                }
            }
        }
        impl StkQueryAnswer {
            pub fn checkout_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutRequestId>,
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
            pub fn merchant_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MerchantRequestId>,
                >,
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
            pub fn response_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.response_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_code: {e}")
                    });
                self
            }
            pub fn response_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_description: {e}"
                        )
                    });
                self
            }
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::StkResultCode>,
                T::Error: ::std::fmt::Display,
            {
                self.result_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_code: {e}")
                    });
                self
            }
            pub fn result_desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_desc: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StkQueryAnswer> for super::StkQueryAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StkQueryAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checkout_request_id: value.checkout_request_id?,
                    merchant_request_id: value.merchant_request_id?,
                    response_code: value.response_code?,
                    response_description: value.response_description?,
                    result_code: value.result_code?,
                    result_desc: value.result_desc?,
                })
            }
        }
        impl ::std::convert::From<super::StkQueryAnswer> for StkQueryAnswer {
            fn from(value: super::StkQueryAnswer) -> Self {
                Self {
                    checkout_request_id: Ok(value.checkout_request_id),
                    merchant_request_id: Ok(value.merchant_request_id),
                    response_code: Ok(value.response_code),
                    response_description: Ok(value.response_description),
                    result_code: Ok(value.result_code),
                    result_desc: Ok(value.result_desc),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StkQueryRequest {
            business_short_code: ::std::result::Result<
                crate::party::ShortCode,
                ::std::string::String,
            >,
            checkout_request_id: ::std::result::Result<
                super::CheckoutRequestId,
                ::std::string::String,
            >,
            password: ::std::result::Result<::pesa_core::Secret, ::std::string::String>,
            timestamp: ::std::result::Result<super::Timestamp, ::std::string::String>,
        }
        impl ::std::default::Default for StkQueryRequest {
            fn default() -> Self {
                Self {
                    business_short_code: Err(
                        "no value supplied for business_short_code".to_string(),
                    ),
                    checkout_request_id: Err(
                        "no value supplied for checkout_request_id".to_string(),
                    ),
                    password: Err("no value supplied for password".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                }
            }
        }
        impl StkQueryRequest {
            pub fn business_short_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::ShortCode>,
                T::Error: ::std::fmt::Display,
            {
                self.business_short_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_short_code: {e}"
                        )
                    });
                self
            }
            pub fn checkout_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutRequestId>,
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
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StkQueryRequest> for super::StkQueryRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StkQueryRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    business_short_code: value.business_short_code?,
                    checkout_request_id: value.checkout_request_id?,
                    password: value.password?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::StkQueryRequest> for StkQueryRequest {
            fn from(value: super::StkQueryRequest) -> Self {
                Self {
                    business_short_code: Ok(value.business_short_code),
                    checkout_request_id: Ok(value.checkout_request_id),
                    password: Ok(value.password),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionStatusRequest {
            command_id: ::std::result::Result<
                super::TransactionStatusCommand,
                ::std::string::String,
            >,
            identifier_type: ::std::result::Result<
                crate::generated::open_enums::IdentifierType,
                ::std::string::String,
            >,
            initiator: ::std::result::Result<super::Initiator, ::std::string::String>,
            occasion: ::std::result::Result<
                ::std::option::Option<super::Occasion>,
                ::std::string::String,
            >,
            original_conversation_id: ::std::result::Result<
                ::std::option::Option<super::OriginatorConversationId>,
                ::std::string::String,
            >,
            party_a: ::std::result::Result<crate::party::PartyId, ::std::string::String>,
            queue_time_out_url: ::std::result::Result<
                super::CallbackUrl,
                ::std::string::String,
            >,
            remarks: ::std::result::Result<super::Remarks, ::std::string::String>,
            result_url: ::std::result::Result<super::CallbackUrl, ::std::string::String>,
            security_credential: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
            transaction_id: ::std::result::Result<
                ::std::option::Option<super::TransactionId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransactionStatusRequest {
            fn default() -> Self {
                Self {
                    command_id: Err("no value supplied for command_id".to_string()),
                    identifier_type: Err(
                        "no value supplied for identifier_type".to_string(),
                    ),
                    initiator: Err("no value supplied for initiator".to_string()),
                    occasion: Ok(Default::default()),
                    original_conversation_id: Ok(Default::default()),
                    party_a: Err("no value supplied for party_a".to_string()),
                    queue_time_out_url: Err(
                        "no value supplied for queue_time_out_url".to_string(),
                    ),
                    remarks: Err("no value supplied for remarks".to_string()),
                    result_url: Err("no value supplied for result_url".to_string()),
                    security_credential: Err(
                        "no value supplied for security_credential".to_string(),
                    ),
                    transaction_id: Ok(Default::default()),
                }
            }
        }
        impl TransactionStatusRequest {
            pub fn command_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TransactionStatusCommand>,
                T::Error: ::std::fmt::Display,
            {
                self.command_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for command_id: {e}")
                    });
                self
            }
            pub fn identifier_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::IdentifierType>,
                T::Error: ::std::fmt::Display,
            {
                self.identifier_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for identifier_type: {e}"
                        )
                    });
                self
            }
            pub fn initiator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Initiator>,
                T::Error: ::std::fmt::Display,
            {
                self.initiator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for initiator: {e}")
                    });
                self
            }
            pub fn occasion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Occasion>>,
                T::Error: ::std::fmt::Display,
            {
                self.occasion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for occasion: {e}")
                    });
                self
            }
            pub fn original_conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OriginatorConversationId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.original_conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn party_a<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::PartyId>,
                T::Error: ::std::fmt::Display,
            {
                self.party_a = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for party_a: {e}")
                    });
                self
            }
            pub fn queue_time_out_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_time_out_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for queue_time_out_url: {e}"
                        )
                    });
                self
            }
            pub fn remarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Remarks>,
                T::Error: ::std::fmt::Display,
            {
                self.remarks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remarks: {e}")
                    });
                self
            }
            pub fn result_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CallbackUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.result_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_url: {e}")
                    });
                self
            }
            pub fn security_credential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.security_credential = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_credential: {e}"
                        )
                    });
                self
            }
            pub fn transaction_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TransactionId>>,
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
        impl ::std::convert::TryFrom<TransactionStatusRequest>
        for super::TransactionStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    command_id: value.command_id?,
                    identifier_type: value.identifier_type?,
                    initiator: value.initiator?,
                    occasion: value.occasion?,
                    original_conversation_id: value.original_conversation_id?,
                    party_a: value.party_a?,
                    queue_time_out_url: value.queue_time_out_url?,
                    remarks: value.remarks?,
                    result_url: value.result_url?,
                    security_credential: value.security_credential?,
                    transaction_id: value.transaction_id?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionStatusRequest>
        for TransactionStatusRequest {
            fn from(value: super::TransactionStatusRequest) -> Self {
                Self {
                    command_id: Ok(value.command_id),
                    identifier_type: Ok(value.identifier_type),
                    initiator: Ok(value.initiator),
                    occasion: Ok(value.occasion),
                    original_conversation_id: Ok(value.original_conversation_id),
                    party_a: Ok(value.party_a),
                    queue_time_out_url: Ok(value.queue_time_out_url),
                    remarks: Ok(value.remarks),
                    result_url: Ok(value.result_url),
                    security_credential: Ok(value.security_credential),
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
/**Client for M-Pesa Daraja API (Safaricom, Kenya)

Safaricom's Daraja API for M-Pesa in Kenya: take payments with a prompt
on the customer's phone (M-Pesa Express, "STK push") and ask how it
ended, receive customers' payments to a paybill or till (C2B), pay
customers and businesses (B2C, B2B), ask a transaction's status and the
account balance, and reverse a payment.

Safaricom publishes no OpenAPI document. This one is written by hand
from Safaricom's API pages (developer.safaricom.co.ke/apis/…, read in
the copy `JacksCodeVault/mpesa-daraja-mcp` `daraja_docs_v3/docs/`,
cited as DJ:Page), the seed SDK `tekmpesa` 1.0.2 (S3), and the crate
`mpesa` 1.1.0 (MR); the `ihela` repository's
`shared/reference/mobile-money.md` lists each fact with its source.
Nothing in it was checked against the live gateway. Where a statement
has no source, its description says "Assumed".

Reading rules for clients generated from this document:

* Daraja mixes numbers and strings for the same field (`"Amount": "1"`
  and `"Amount": 1`, `ResultCode` `0` and `"R000002"`): such fields are
  `anyOf` both, and generated code must accept both.
* Result and error codes are open enums (`anyOf` a list of known
  values, any string and, where the samples show it, an integer): a new
  code decodes, it is not refused. `x-enum-varnames` names each known
  value.
* Unknown fields are ignored; callback bodies are read as tolerantly as
  the samples require (`Value` absent, one item instead of a list).
* Every non-2xx answer is the error envelope
  `{requestId, errorCode, errorMessage}` (`ErrorEnvelope`), including an
  invalid access token, which DJ:MpesaExpressSimulate lists as HTTP 404
  `404.001.03`.
* The asynchronous operations (B2C, B2B, transaction status, account
  balance, reversal) answer at once that the request was accepted; their
  outcome is POSTed later to the request's `ResultURL` (the `result`
  callbacks), or to its `QueueTimeOutURL` when it timed out in the
  queue. Daraja signs no callback.

Operations other than GETs that are safe to send twice are marked
`x-retry-safe: true`. Any other POST moves money or starts a payment,
and must not be sent again before its outcome is known; B2C alone
carries a caller's key (`OriginatorConversationID`) that Daraja
deduplicates.


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
    /**An access token for the app's consumer key and secret

`Authorization: Basic base64(consumer_key:consumer_secret)` with
`grant_type=client_credentials` (DJ:Authorization). The token lasts
an hour (`expires_in` 3599 in the sample); `expires_in` also comes
as a string (`"3599"`, per MR `src/auth.rs`, which decodes it from a
string). Each new token invalidates the previous one
(DJ:Authorization FAQ 3): a client must share one token among all
its callers and renew it only when needed.


Sends a `GET` request to `/oauth/v1/generate`

Arguments:
- `grant_type`: Always `client_credentials`.
```ignore
let response = client.create_token()
    .grant_type(grant_type)
    .send()
    .await;
```*/
    pub fn create_token(&self) -> builder::CreateToken<'_> {
        builder::CreateToken::new(self)
    }
    /**Prompt the customer's phone to pay (M-Pesa Express)

Sends the customer a prompt to enter their M-Pesa PIN
(DJ:MpesaExpressSimulate). The answer only says the prompt was
sent; the payment's outcome is POSTed to `CallBackURL` (the
`stk_callback` callback) or asked with `stk_query`.

`Password` is `base64(BusinessShortCode + Passkey + Timestamp)` and
`Timestamp` the same `YYYYMMDDHHmmss` sent in the body, else
`500.001.1001` "Wrong credentials". Safaricom's pages name no time
zone; integrators report needing Nairobi time (issue
`bnjunge/MPESA-API-Tutorial#1`). There is no caller's key: a prompt
sent twice is two prompts the customer may both accept (result `17`
blocks only the same amount to the same customer within two
minutes), so a lost answer must not be re-sent.


Sends a `POST` request to `/mpesa/stkpush/v1/processrequest`

```ignore
let response = client.stk_push()
    .body(body)
    .send()
    .await;
```*/
    pub fn stk_push(&self) -> builder::StkPush<'_> {
        builder::StkPush::new(self)
    }
    /**How an M-Pesa Express prompt ended

Asks by `CheckoutRequestID` (DJ:MpesaExpressQuery), with a
`Password` and `Timestamp` made as for `stk_push`. `ResultCode`
comes as a string here (`"0"`). While the customer has not answered,
Daraja answers an error envelope instead (assumed, as integrators
report it: `500.001.1001` "The transaction is being processed").


Sends a `POST` request to `/mpesa/stkpushquery/v1/query`

```ignore
let response = client.stk_query()
    .body(body)
    .send()
    .await;
```*/
    pub fn stk_query(&self) -> builder::StkQuery<'_> {
        builder::StkQuery::new(self)
    }
    /**Register where M-Pesa sends customers' payments to a shortcode (C2B v2)

The validation and confirmation URLs of a paybill or till
(DJ:CustomerToBusiness, which gives v2; v2 callbacks carry a masked
MSISDN). Validation is called only when external validation is
enabled on the shortcode; when it cannot be reached, M-Pesa does
what `ResponseType` says. In production registration is one-time,
the URLs must be HTTPS, and may not contain "M-PESA", "Safaricom",
"exe", "exec", "cmd", "SQL" or "query".


Sends a `POST` request to `/mpesa/c2b/v2/registerurl`

```ignore
let response = client.c2b_register_urls()
    .body(body)
    .send()
    .await;
```*/
    pub fn c2b_register_urls(&self) -> builder::C2bRegisterUrls<'_> {
        builder::C2bRegisterUrls::new(self)
    }
    /**Register C2B URLs, version 1 (its callbacks carry a hashed MSISDN)

As `c2b_register_urls` (DJ:CustomerToBusinessRegisterURL gives v1;
`tekmpesa` 1.0.2 sends this path). Version 1 callbacks carry the
customer's MSISDN SHA-256 hashed (DJ:CustomerToBusiness FAQ 3).


Sends a `POST` request to `/mpesa/c2b/v1/registerurl`

```ignore
let response = client.c2b_register_urls_v1()
    .body(body)
    .send()
    .await;
```*/
    pub fn c2b_register_urls_v1(&self) -> builder::C2bRegisterUrlsV1<'_> {
        builder::C2bRegisterUrlsV1::new(self)
    }
    /**Simulate a customer paying a shortcode (sandbox only)

"Only available in Sandbox" (DJ:CustomerToBusiness): M-Pesa calls
the registered validation (when enabled) and confirmation URLs as
for a real payment. `BillRefNumber` is the account for a paybill
and absent or null for a till.


Sends a `POST` request to `/mpesa/c2b/v2/simulate`

```ignore
let response = client.c2b_simulate()
    .body(body)
    .send()
    .await;
```*/
    pub fn c2b_simulate(&self) -> builder::C2bSimulate<'_> {
        builder::C2bSimulate::new(self)
    }
    /**Simulate a customer paying a shortcode, version 1 (sandbox only)

As `c2b_simulate`, at the path `tekmpesa` 1.0.2 sends.

Sends a `POST` request to `/mpesa/c2b/v1/simulate`

```ignore
let response = client.c2b_simulate_v1()
    .body(body)
    .send()
    .await;
```*/
    pub fn c2b_simulate_v1(&self) -> builder::C2bSimulateV1<'_> {
        builder::C2bSimulateV1::new(self)
    }
    /**Pay a customer from the business's utility account (B2C)

`OriginatorConversationID` is the merchant's own key, "to avoid
double disbursement" (DJ:BusinessToCustomer): a request repeated
with the same one is refused with `500.002.1001` "Duplicate
OriginatorConversationID" (DJ:BusinessToCustomer) or result `15`
(DJ:AccountBalance), and `transaction_status` finds the payment by
it (`OriginalConversationID`). The answer only says the request was
accepted; the outcome comes to `ResultURL`. Limits: KSh 10 to
250,000 per transaction (DJ:BusinessToCustomer FAQ 9); B2C cannot
be reversed by API (FAQ 6, 17).


Sends a `POST` request to `/mpesa/b2c/v3/paymentrequest`

```ignore
let response = client.b2c_payment()
    .body(body)
    .send()
    .await;
```*/
    pub fn b2c_payment(&self) -> builder::B2cPayment<'_> {
        builder::B2cPayment::new(self)
    }
    /**Pay a customer, version 1, without the merchant's key

The path that `tekmpesa` 1.0.2 and MR send, without
`OriginatorConversationID`: a request whose answer is lost cannot be
told from one never received, so it must never be sent again. Use
`b2c_payment` (v3).


Sends a `POST` request to `/mpesa/b2c/v1/paymentrequest`

```ignore
let response = client.b2c_payment_v1()
    .body(body)
    .send()
    .await;
```*/
    pub fn b2c_payment_v1(&self) -> builder::B2cPaymentV1<'_> {
        builder::B2cPaymentV1::new(self)
    }
    /**Pay another business's paybill or till (B2B)

DJ:BusinessPayBill. There is no caller's key: a request whose answer
is lost must not be re-sent before the outcome is known. (The
DJ sample swaps the ResultURL and QueueTimeOutURL listener names;
it is not copied.)


Sends a `POST` request to `/mpesa/b2b/v1/paymentrequest`

```ignore
let response = client.b2b_payment()
    .body(body)
    .send()
    .await;
```*/
    pub fn b2b_payment(&self) -> builder::B2bPayment<'_> {
        builder::B2bPayment::new(self)
    }
    /**Ask the status of a transaction, answered to `ResultURL`

By M-Pesa receipt (`TransactionID`) or by the merchant's
`OriginalConversationID` of a B2C (DJ:TransactionStatus). The answer
only says the query was accepted; the status comes to `ResultURL`.
(DJ's sample spells `"Command ID"` and `"Transaction ID"` with
spaces; the parameter table does not, nor does this document.)
Assumed: a query for a transaction M-Pesa does not know is refused
with `errorCode` `404.001.04` "Transaction not found" at once.


Sends a `POST` request to `/mpesa/transactionstatus/v1/query`

```ignore
let response = client.transaction_status()
    .body(body)
    .send()
    .await;
```*/
    pub fn transaction_status(&self) -> builder::TransactionStatus<'_> {
        builder::TransactionStatus::new(self)
    }
    /**Ask the balance of the business's accounts, answered to `ResultURL`

DJ:AccountBalance. The balances come to `ResultURL` as one
`AccountBalance` parameter: accounts separated by `&`, each
`name|currency|available|current|reserved|uncleared`.


Sends a `POST` request to `/mpesa/accountbalance/v1/query`

```ignore
let response = client.account_balance()
    .body(body)
    .send()
    .await;
```*/
    pub fn account_balance(&self) -> builder::AccountBalance<'_> {
        builder::AccountBalance::new(self)
    }
    /**Reverse a customer's payment to the business (C2B), answered to `ResultURL`

DJ:Reversal. `RecieverIdentifierType` (sic) is `11`. A transaction
already reversed ends with result `R000001`; an unknown one with
`R000002`. There is no caller's key; reversing twice is refused by
M-Pesa with `R000001`.


Sends a `POST` request to `/mpesa/reversal/v1/request`

```ignore
let response = client.reversal()
    .body(body)
    .send()
    .await;
```*/
    pub fn reversal(&self) -> builder::Reversal<'_> {
        builder::Reversal::new(self)
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
    /**Builder for [`Client::create_token`]

[`Client::create_token`]: super::Client::create_token*/
    #[derive(Debug, Clone)]
    pub struct CreateToken<'a> {
        client: &'a super::Client,
        grant_type: Result<types::GrantType, String>,
    }
    impl<'a> CreateToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                grant_type: Err("grant_type was not initialized".to_string()),
            }
        }
        pub fn grant_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GrantType>,
        {
            self.grant_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GrantType` for grant_type failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/oauth/v1/generate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessTokenAnswer>, Error<()>> {
            let Self { client, grant_type } = self;
            let grant_type = grant_type.map_err(Error::InvalidRequest)?;
            let url = format!("{}/oauth/v1/generate", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("grant_type", &grant_type))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::stk_push`]

[`Client::stk_push`]: super::Client::stk_push*/
    #[derive(Debug, Clone)]
    pub struct StkPush<'a> {
        client: &'a super::Client,
        body: Result<types::builder::StkPushRequest, String>,
    }
    impl<'a> StkPush<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StkPushRequest>,
            <V as std::convert::TryInto<
                types::StkPushRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `StkPushRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::StkPushRequest,
            ) -> types::builder::StkPushRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/stkpush/v1/processrequest`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StkPushAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::StkPushRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/stkpush/v1/processrequest", client.baseurl,);
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
                operation_id: "stk_push",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::stk_query`]

[`Client::stk_query`]: super::Client::stk_query*/
    #[derive(Debug, Clone)]
    pub struct StkQuery<'a> {
        client: &'a super::Client,
        body: Result<types::builder::StkQueryRequest, String>,
    }
    impl<'a> StkQuery<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StkQueryRequest>,
            <V as std::convert::TryInto<
                types::StkQueryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `StkQueryRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::StkQueryRequest,
            ) -> types::builder::StkQueryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/stkpushquery/v1/query`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StkQueryAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::StkQueryRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/stkpushquery/v1/query", client.baseurl,);
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
                operation_id: "stk_query",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::c2b_register_urls`]

[`Client::c2b_register_urls`]: super::Client::c2b_register_urls*/
    #[derive(Debug, Clone)]
    pub struct C2bRegisterUrls<'a> {
        client: &'a super::Client,
        body: Result<types::builder::C2bRegisterRequest, String>,
    }
    impl<'a> C2bRegisterUrls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::C2bRegisterRequest>,
            <V as std::convert::TryInto<
                types::C2bRegisterRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `C2bRegisterRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::C2bRegisterRequest,
            ) -> types::builder::C2bRegisterRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/c2b/v2/registerurl`
        pub async fn send(self) -> Result<ResponseValue<types::C2bAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::C2bRegisterRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/c2b/v2/registerurl", client.baseurl,);
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
                operation_id: "c2b_register_urls",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::c2b_register_urls_v1`]

[`Client::c2b_register_urls_v1`]: super::Client::c2b_register_urls_v1*/
    #[derive(Debug, Clone)]
    pub struct C2bRegisterUrlsV1<'a> {
        client: &'a super::Client,
        body: Result<types::builder::C2bRegisterRequest, String>,
    }
    impl<'a> C2bRegisterUrlsV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::C2bRegisterRequest>,
            <V as std::convert::TryInto<
                types::C2bRegisterRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `C2bRegisterRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::C2bRegisterRequest,
            ) -> types::builder::C2bRegisterRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/c2b/v1/registerurl`
        pub async fn send(self) -> Result<ResponseValue<types::C2bAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::C2bRegisterRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/c2b/v1/registerurl", client.baseurl,);
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
                operation_id: "c2b_register_urls_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::c2b_simulate`]

[`Client::c2b_simulate`]: super::Client::c2b_simulate*/
    #[derive(Debug, Clone)]
    pub struct C2bSimulate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::C2bSimulateRequest, String>,
    }
    impl<'a> C2bSimulate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::C2bSimulateRequest>,
            <V as std::convert::TryInto<
                types::C2bSimulateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `C2bSimulateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::C2bSimulateRequest,
            ) -> types::builder::C2bSimulateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/c2b/v2/simulate`
        pub async fn send(self) -> Result<ResponseValue<types::C2bAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::C2bSimulateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/c2b/v2/simulate", client.baseurl,);
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
                operation_id: "c2b_simulate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::c2b_simulate_v1`]

[`Client::c2b_simulate_v1`]: super::Client::c2b_simulate_v1*/
    #[derive(Debug, Clone)]
    pub struct C2bSimulateV1<'a> {
        client: &'a super::Client,
        body: Result<types::builder::C2bSimulateRequest, String>,
    }
    impl<'a> C2bSimulateV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::C2bSimulateRequest>,
            <V as std::convert::TryInto<
                types::C2bSimulateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `C2bSimulateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::C2bSimulateRequest,
            ) -> types::builder::C2bSimulateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/c2b/v1/simulate`
        pub async fn send(self) -> Result<ResponseValue<types::C2bAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::C2bSimulateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/c2b/v1/simulate", client.baseurl,);
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
                operation_id: "c2b_simulate_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::b2c_payment`]

[`Client::b2c_payment`]: super::Client::b2c_payment*/
    #[derive(Debug, Clone)]
    pub struct B2cPayment<'a> {
        client: &'a super::Client,
        body: Result<types::builder::B2cRequest, String>,
    }
    impl<'a> B2cPayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
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
        ///Sends a `POST` request to `/mpesa/b2c/v3/paymentrequest`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AcceptedAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::B2cRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/b2c/v3/paymentrequest", client.baseurl,);
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
                operation_id: "b2c_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::b2c_payment_v1`]

[`Client::b2c_payment_v1`]: super::Client::b2c_payment_v1*/
    #[derive(Debug, Clone)]
    pub struct B2cPaymentV1<'a> {
        client: &'a super::Client,
        body: Result<types::builder::B2cRequestV1, String>,
    }
    impl<'a> B2cPaymentV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::B2cRequestV1>,
            <V as std::convert::TryInto<types::B2cRequestV1>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `B2cRequestV1` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::B2cRequestV1,
            ) -> types::builder::B2cRequestV1,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/b2c/v1/paymentrequest`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AcceptedAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::B2cRequestV1::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/b2c/v1/paymentrequest", client.baseurl,);
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
                operation_id: "b2c_payment_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::b2b_payment`]

[`Client::b2b_payment`]: super::Client::b2b_payment*/
    #[derive(Debug, Clone)]
    pub struct B2bPayment<'a> {
        client: &'a super::Client,
        body: Result<types::builder::B2bRequest, String>,
    }
    impl<'a> B2bPayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
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
        ///Sends a `POST` request to `/mpesa/b2b/v1/paymentrequest`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AcceptedAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::B2bRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/b2b/v1/paymentrequest", client.baseurl,);
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
                operation_id: "b2b_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::transaction_status`]

[`Client::transaction_status`]: super::Client::transaction_status*/
    #[derive(Debug, Clone)]
    pub struct TransactionStatus<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TransactionStatusRequest, String>,
    }
    impl<'a> TransactionStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TransactionStatusRequest>,
            <V as std::convert::TryInto<
                types::TransactionStatusRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `TransactionStatusRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TransactionStatusRequest,
            ) -> types::builder::TransactionStatusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/transactionstatus/v1/query`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AcceptedAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TransactionStatusRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/transactionstatus/v1/query", client.baseurl,);
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
                operation_id: "transaction_status",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::account_balance`]

[`Client::account_balance`]: super::Client::account_balance*/
    #[derive(Debug, Clone)]
    pub struct AccountBalance<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AccountBalanceRequest, String>,
    }
    impl<'a> AccountBalance<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountBalanceRequest>,
            <V as std::convert::TryInto<
                types::AccountBalanceRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AccountBalanceRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AccountBalanceRequest,
            ) -> types::builder::AccountBalanceRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/mpesa/accountbalance/v1/query`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AcceptedAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AccountBalanceRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/accountbalance/v1/query", client.baseurl,);
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
                operation_id: "account_balance",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::reversal`]

[`Client::reversal`]: super::Client::reversal*/
    #[derive(Debug, Clone)]
    pub struct Reversal<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReversalRequest, String>,
    }
    impl<'a> Reversal<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
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
        ///Sends a `POST` request to `/mpesa/reversal/v1/request`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AcceptedAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReversalRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/mpesa/reversal/v1/request", client.baseurl,);
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
                operation_id: "reversal",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
impl ::pesa_core::Operation for builder::CreateToken<'_> {
    const ID: &'static str = "create_token";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AccessTokenAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AccessTokenAnswer>, Error>,
    > + Send {
        builder::CreateToken::send(self)
    }
}
impl ::pesa_core::Operation for builder::StkPush<'_> {
    const ID: &'static str = "stk_push";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::StkPushAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::StkPushAnswer>, Error>,
    > + Send {
        builder::StkPush::send(self)
    }
}
impl ::pesa_core::Operation for builder::StkQuery<'_> {
    const ID: &'static str = "stk_query";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::StkQueryAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::StkQueryAnswer>, Error>,
    > + Send {
        builder::StkQuery::send(self)
    }
}
impl ::pesa_core::Operation for builder::C2bRegisterUrls<'_> {
    const ID: &'static str = "c2b_register_urls";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::C2bAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::C2bAnswer>, Error>,
    > + Send {
        builder::C2bRegisterUrls::send(self)
    }
}
impl ::pesa_core::Operation for builder::C2bRegisterUrlsV1<'_> {
    const ID: &'static str = "c2b_register_urls_v1";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::C2bAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::C2bAnswer>, Error>,
    > + Send {
        builder::C2bRegisterUrlsV1::send(self)
    }
}
impl ::pesa_core::Operation for builder::C2bSimulate<'_> {
    const ID: &'static str = "c2b_simulate";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::C2bAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::C2bAnswer>, Error>,
    > + Send {
        builder::C2bSimulate::send(self)
    }
}
impl ::pesa_core::Operation for builder::C2bSimulateV1<'_> {
    const ID: &'static str = "c2b_simulate_v1";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::C2bAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::C2bAnswer>, Error>,
    > + Send {
        builder::C2bSimulateV1::send(self)
    }
}
impl ::pesa_core::Operation for builder::B2cPayment<'_> {
    const ID: &'static str = "b2c_payment";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AcceptedAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AcceptedAnswer>, Error>,
    > + Send {
        builder::B2cPayment::send(self)
    }
}
impl ::pesa_core::Operation for builder::B2cPaymentV1<'_> {
    const ID: &'static str = "b2c_payment_v1";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AcceptedAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AcceptedAnswer>, Error>,
    > + Send {
        builder::B2cPaymentV1::send(self)
    }
}
impl ::pesa_core::Operation for builder::B2bPayment<'_> {
    const ID: &'static str = "b2b_payment";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AcceptedAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AcceptedAnswer>, Error>,
    > + Send {
        builder::B2bPayment::send(self)
    }
}
impl ::pesa_core::Operation for builder::TransactionStatus<'_> {
    const ID: &'static str = "transaction_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AcceptedAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AcceptedAnswer>, Error>,
    > + Send {
        builder::TransactionStatus::send(self)
    }
}
impl ::pesa_core::Operation for builder::AccountBalance<'_> {
    const ID: &'static str = "account_balance";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AcceptedAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AcceptedAnswer>, Error>,
    > + Send {
        builder::AccountBalance::send(self)
    }
}
impl ::pesa_core::Operation for builder::Reversal<'_> {
    const ID: &'static str = "reversal";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AcceptedAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AcceptedAnswer>, Error>,
    > + Send {
        builder::Reversal::send(self)
    }
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `create_token` (`GET /oauth/v1/generate`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct CreateToken {
        ///Always `client_credentials`.
        #[serde(rename = "grant_type")]
        pub grant_type: types::GrantType,
    }
}
impl ::std::fmt::Display for types::Timestamp {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::Timestamp {
    ///Checks `value` against the spec's `Timestamp`; a refusal names the field `timestamp`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("timestamp", e.to_string()))
    }
}
impl ::std::fmt::Display for types::CallbackUrl {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::CallbackUrl {
    ///Checks `value` against the spec's `CallbackUrl`; a refusal names the field `callback_url`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("callback_url", e.to_string()))
    }
}
impl ::std::fmt::Display for types::Remarks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::Remarks {
    ///Checks `value` against the spec's `Remarks`; a refusal names the field `remarks`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("remarks", e.to_string()))
    }
}
impl ::std::fmt::Display for types::Occasion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::Occasion {
    ///Checks `value` against the spec's `Occasion`; a refusal names the field `occasion`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("occasion", e.to_string()))
    }
}
impl ::std::fmt::Display for types::Initiator {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::Initiator {
    ///Checks `value` against the spec's `Initiator`; a refusal names the field `initiator`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("initiator", e.to_string()))
    }
}
impl ::std::fmt::Display for types::OriginatorConversationId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::OriginatorConversationId {
    ///Checks `value` against the spec's `OriginatorConversationId`; a refusal names the field `originator_conversation_id`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "originator_conversation_id",
                e.to_string(),
            ))
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
impl ::std::fmt::Display for types::CheckoutRequestId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::CheckoutRequestId {
    ///Checks `value` against the spec's `CheckoutRequestId`; a refusal names the field `checkout_request_id`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "checkout_request_id",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::MerchantRequestId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::MerchantRequestId {
    ///Checks `value` against the spec's `MerchantRequestId`; a refusal names the field `merchant_request_id`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "merchant_request_id",
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
impl ::std::fmt::Display for types::StkAccountReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::StkAccountReference {
    ///Checks `value` against the spec's `StkAccountReference`; a refusal names the field `stk_account_reference`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "stk_account_reference",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::TransactionDesc {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::TransactionDesc {
    ///Checks `value` against the spec's `TransactionDesc`; a refusal names the field `transaction_desc`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "transaction_desc",
                e.to_string(),
            ))
    }
}
