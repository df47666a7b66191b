// Generated from openapi/ihela-banking.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the test gateway: Test gateway (SDK `banking/client.py:19-20`).
    pub const TEST: &str = "https://testgate.ihela.online";
    ///Base URL of the production gateway: Production gateway (SDK `banking/client.py:19-20`).
    pub const PRODUCTION: &str = "https://gate.ihela.online";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`POST /oAuth2/token/`: the path of `create_token`.
    pub const CREATE_TOKEN: &str = "/oAuth2/token/";
    ///`POST /ihela/api/v1/auth-token/`: the path of `request_jwt`.
    pub const REQUEST_JWT: &str = "/ihela/api/v1/auth-token/";
    ///`POST /ihela/api/v1/auth-token/refresh/`: the path of `refresh_jwt`.
    pub const REFRESH_JWT: &str = "/ihela/api/v1/auth-token/refresh/";
    ///`GET /ihela/api/v1/ping/`: the path of `ping`.
    pub const PING: &str = "/ihela/api/v1/ping/";
    ///`POST /ihela/api/v1/account-lookup/`: the path of `account_lookup`.
    pub const ACCOUNT_LOOKUP: &str = "/ihela/api/v1/account-lookup/";
    ///`POST /ihela/api/v1/bsces/balance/`: the path of `account_balance`.
    pub const ACCOUNT_BALANCE: &str = "/ihela/api/v1/bsces/balance/";
    ///`POST /ihela/api/v1/make-deposit/`: the path of `make_deposit`.
    pub const MAKE_DEPOSIT: &str = "/ihela/api/v1/make-deposit/";
    ///`POST /ihela/api/v1/make-withdrawal/`: the path of `make_withdrawal`.
    pub const MAKE_WITHDRAWAL: &str = "/ihela/api/v1/make-withdrawal/";
    ///`GET /ihela/api/v1/mini-statement/`: the path of `mini_statement`.
    pub const MINI_STATEMENT: &str = "/ihela/api/v1/mini-statement/";
    ///`POST /ihela/api/v1/transaction-status/`: the path of `transaction_status`.
    pub const TRANSACTION_STATUS: &str = "/ihela/api/v1/transaction-status/";
    ///`POST /ihela/api/v1/transaction-fee/`: the path of `transaction_fee`.
    pub const TRANSACTION_FEE: &str = "/ihela/api/v1/transaction-fee/";
    ///`POST /ihela/api/v1/agent-deposit/`: the path of `agent_deposit`.
    pub const AGENT_DEPOSIT: &str = "/ihela/api/v1/agent-deposit/";
    ///`POST /ihela/api/v1/operation-lookup/`: the path of `operation_lookup`.
    pub const OPERATION_LOOKUP: &str = "/ihela/api/v1/operation-lookup/";
    ///`POST /ihela/api/v1/validate-withdrawal/`: the path of `validate_withdrawal`.
    pub const VALIDATE_WITHDRAWAL: &str = "/ihela/api/v1/validate-withdrawal/";
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `ClientCredentialsRequest`'s properties.
    pub mod client_credentials_request {
        pub const GRANT_TYPE: &str = "grant_type";
    }
    ///The wire names of `ClientToken`'s properties.
    pub mod client_token {
        pub const ACCESS_TOKEN: &str = "access_token";
        pub const TOKEN_TYPE: &str = "token_type";
        pub const EXPIRES_IN: &str = "expires_in";
    }
    ///The wire names of `JwtRequest`'s properties.
    pub mod jwt_request {
        pub const USERNAME: &str = "username";
        pub const PASSWORD: &str = "password";
    }
    ///The wire names of `JwtPair`'s properties.
    pub mod jwt_pair {
        pub const ACCESS: &str = "access";
        pub const REFRESH: &str = "refresh";
    }
    ///The wire names of `JwtRefreshRequest`'s properties.
    pub mod jwt_refresh_request {
        pub const REFRESH: &str = "refresh";
    }
    ///The wire names of `JwtRefreshed`'s properties.
    pub mod jwt_refreshed {
        pub const ACCESS: &str = "access";
        pub const REFRESH: &str = "refresh";
    }
    ///The wire names of `Envelope`'s properties.
    pub mod envelope {
        pub const SUCCESS: &str = "success";
        pub const RESPONSE_CODE: &str = "response_code";
        pub const RESPONSE_MESSAGE: &str = "response_message";
    }
    ///The wire names of `ErrorObject`'s properties.
    pub mod error_object {
        pub const SUCCESS: &str = "success";
        pub const RESPONSE_CODE: &str = "response_code";
        pub const RESPONSE_MESSAGE: &str = "response_message";
        pub const DETAIL: &str = "detail";
        pub const ERROR: &str = "error";
    }
    ///The wire names of `AccountQuery`'s properties.
    pub mod account_query {
        pub const ACCOUNT_NUMBER: &str = "account_number";
    }
    ///The wire names of `Account`'s properties.
    pub mod account {
        pub const ACCOUNT_NUMBER: &str = "account_number";
        pub const ACCOUNT_HOLDER: &str = "account_holder";
    }
    ///The wire names of `Balance`'s properties.
    pub mod balance {
        pub const ACCOUNT_NUMBER: &str = "account_number";
        pub const BALANCE: &str = "balance";
        pub const CURRENCY: &str = "currency";
    }
    ///The wire names of `DepositRequest`'s properties.
    pub mod deposit_request {
        pub const CREDIT_ACCOUNT: &str = "credit_account";
        pub const CREDIT_ACCOUNT_HOLDER: &str = "credit_account_holder";
        pub const AMOUNT: &str = "amount";
        pub const DESCRIPTION: &str = "description";
        pub const EXTERNAL_REFERENCE: &str = "external_reference";
        pub const PIN_CODE: &str = "pin_code";
        pub const EXTERNAL_CODE: &str = "external_code";
    }
    ///The wire names of `WithdrawalRequest`'s properties.
    pub mod withdrawal_request {
        pub const DEBIT_ACCOUNT: &str = "debit_account";
        pub const DEBIT_ACCOUNT_HOLDER: &str = "debit_account_holder";
        pub const AMOUNT: &str = "amount";
        pub const DESCRIPTION: &str = "description";
        pub const EXTERNAL_REFERENCE: &str = "external_reference";
        pub const PIN_CODE: &str = "pin_code";
    }
    ///The wire names of `Operation`'s properties.
    pub mod operation {
        pub const REFERENCE: &str = "reference";
        pub const EXTERNAL_REFERENCE: &str = "external_reference";
        pub const STATUS: &str = "status";
        pub const AMOUNT: &str = "amount";
        pub const FEE: &str = "fee";
    }
    ///The wire names of `StatementEntry`'s properties.
    pub mod statement_entry {
        pub const REFERENCE: &str = "reference";
        pub const EXTERNAL_REFERENCE: &str = "external_reference";
        pub const OPERATION_TYPE: &str = "operation_type";
        pub const AMOUNT: &str = "amount";
        pub const BALANCE_AFTER: &str = "balance_after";
        pub const DESCRIPTION: &str = "description";
        pub const DATE: &str = "date";
    }
    ///The wire names of `Statement`'s properties.
    pub mod statement {
        pub const ACCOUNT_NUMBER: &str = "account_number";
        pub const ENTRIES: &str = "entries";
    }
    ///The wire names of `TransactionStatusRequest`'s properties.
    pub mod transaction_status_request {
        pub const EXTERNAL_REFERENCE: &str = "external_reference";
        pub const REFERENCE: &str = "reference";
    }
    ///The wire names of `FeeRequest`'s properties.
    pub mod fee_request {
        pub const CURRENCY: &str = "currency";
        pub const OPERATION_TYPE: &str = "operation_type";
        pub const AMOUNT: &str = "amount";
    }
    ///The wire names of `Fee`'s properties.
    pub mod fee {
        pub const FEE: &str = "fee";
        pub const CURRENCY: &str = "currency";
    }
    ///The wire names of `OperationLookupRequest`'s properties.
    pub mod operation_lookup_request {
        pub const OPERATION_CODE: &str = "operation_code";
        pub const AMOUNT: &str = "amount";
    }
    ///The wire names of `PendingWithdrawal`'s properties.
    pub mod pending_withdrawal {
        pub const VALIDATION_OPERATION_CODE: &str = "validation_operation_code";
        pub const AMOUNT: &str = "amount";
        pub const ACCOUNT_HOLDER: &str = "account_holder";
    }
    ///The wire names of `ValidateWithdrawalRequest`'s properties.
    pub mod validate_withdrawal_request {
        pub const EXTERNAL_REFERENCE: &str = "external_reference";
        pub const PIN_CODE: &str = "pin_code";
        pub const AGENT_CODE: &str = "agent_code";
        pub const AMOUNT: &str = "amount";
        pub const EXTERNAL_CODE: &str = "external_code";
        pub const VALIDATION_OPERATION_CODE: &str = "validation_operation_code";
    }
}
/// The name of every header the spec defines.
pub mod headers {
    ///The `X-iHela-Signature` header.
    pub const X_I_HELA_SIGNATURE: &str = "X-iHela-Signature";
}
/// Extensible string enums: the values the spec lists, and `Unknown`
/// for any other, so that a new value never breaks decoding.
pub mod open_enums {
    /**The envelope's code, an open enum: `00` success, `05` insufficient
funds, `07` a transient failure worth retrying (SDK
`core/exceptions.py:19-24`). Any other code is a failure too.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ResponseCode {
        ///`00`
        Code00,
        ///`05`
        Code05,
        ///`07`
        Code07,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl ResponseCode {
        ///Every value of `ResponseCode` the spec lists, in its order.
        pub const KNOWN: &'static [ResponseCode] = &[
            ResponseCode::Code00,
            ResponseCode::Code05,
            ResponseCode::Code07,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                ResponseCode::Code00 => "00",
                ResponseCode::Code05 => "05",
                ResponseCode::Code07 => "07",
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
                ResponseCode::Code00 => None,
                ResponseCode::Code05 => None,
                ResponseCode::Code07 => None,
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
    /**A currency, an open enum: `BIF`, Burundian francs, the only one the
sources show (SDK `docs/api.md:259`).
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum Currency {
        ///`BIF`
        Bif,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl Currency {
        ///Every value of `Currency` the spec lists, in its order.
        pub const KNOWN: &'static [Currency] = &[Currency::Bif];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Currency::Bif => "BIF",
                Currency::Unknown(other) => other,
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
                .unwrap_or_else(|| Currency::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Currency::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                Currency::Bif => None,
                Currency::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for Currency {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for Currency {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for Currency {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Currency {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**How an operation stands, an open enum (Assumed: no source lists the
values). Anything not listed is not final: ask again.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum OperationStatus {
        ///`Success`
        Success,
        ///`Pending`
        Pending,
        ///`Failed`
        Failed,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl OperationStatus {
        ///Every value of `OperationStatus` the spec lists, in its order.
        pub const KNOWN: &'static [OperationStatus] = &[
            OperationStatus::Success,
            OperationStatus::Pending,
            OperationStatus::Failed,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                OperationStatus::Success => "Success",
                OperationStatus::Pending => "Pending",
                OperationStatus::Failed => "Failed",
                OperationStatus::Unknown(other) => other,
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
                .unwrap_or_else(|| OperationStatus::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, OperationStatus::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                OperationStatus::Success => None,
                OperationStatus::Pending => None,
                OperationStatus::Failed => None,
                OperationStatus::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for OperationStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for OperationStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for OperationStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OperationStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**The kind of operation a fee is asked for, an open enum: `deposit`,
`withdrawal` "etc." (SDK `docs/api.md:251-255`).
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum OperationType {
        ///`deposit`
        Deposit,
        ///`withdrawal`
        Withdrawal,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl OperationType {
        ///Every value of `OperationType` the spec lists, in its order.
        pub const KNOWN: &'static [OperationType] = &[
            OperationType::Deposit,
            OperationType::Withdrawal,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                OperationType::Deposit => "deposit",
                OperationType::Withdrawal => "withdrawal",
                OperationType::Unknown(other) => other,
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
                .unwrap_or_else(|| OperationType::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, OperationType::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                OperationType::Deposit => None,
                OperationType::Withdrawal => None,
                OperationType::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for OperationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for OperationType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for OperationType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OperationType {
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
    ///An account as lookup answers it (Assumed beyond `account_number`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Account {
        ///Its holder's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_holder: ::std::option::Option<::std::string::String>,
        ///The account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_number: ::std::option::Option<AccountNumber>,
    }
    impl Account {
        pub fn builder() -> builder::Account {
            Default::default()
        }
    }
    ///`AccountAnswer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AccountAnswer {
        ///`00` or absent with `success` not false: success; anything else: a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<Account>,
        ///A message for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///`false` is a failure even without a code (Assumed; the SDK reads it as success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl AccountAnswer {
        pub fn builder() -> builder::AccountAnswer {
            Default::default()
        }
    }
    ///The account holder's name, as iHela has it (SDK, 2 to 100 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AccountHolder(::std::string::String);
    impl ::std::ops::Deref for AccountHolder {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AccountHolder> for ::std::string::String {
        fn from(value: AccountHolder) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AccountHolder {
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
    impl ::std::convert::TryFrom<&str> for AccountHolder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AccountHolder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AccountHolder {
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
    ///`AccountLookupAccountFormat`
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
    pub enum AccountLookupAccountFormat {
        #[serde(rename = "long")]
        Long,
        #[serde(rename = "short")]
        Short,
    }
    impl ::std::fmt::Display for AccountLookupAccountFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Long => f.write_str("long"),
                Self::Short => f.write_str("short"),
            }
        }
    }
    impl ::std::str::FromStr for AccountLookupAccountFormat {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "long" => Ok(Self::Long),
                "short" => Ok(Self::Short),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AccountLookupAccountFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AccountLookupAccountFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**An iHela account number, short (`000001-01`) or long
(`30001-01-00-0000000016-01-50`). The SDK's models refuse anything
but capitals, digits and dashes, 3 to 50 characters
(`core/security.py:48-77`).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AccountNumber(::std::string::String);
    impl ::std::ops::Deref for AccountNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AccountNumber> for ::std::string::String {
        fn from(value: AccountNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AccountNumber {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 50usize {
                return Err("longer than 50 characters".into());
            }
            if value.chars().count() < 3usize {
                return Err("shorter than 3 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Z0-9-]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z0-9-]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AccountNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AccountNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AccountNumber {
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
    ///`AccountQuery`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AccountQuery {
        ///The account.
        pub account_number: AccountNumber,
    }
    impl AccountQuery {
        pub fn builder() -> builder::AccountQuery {
            Default::default()
        }
    }
    ///`AgentDepositXiHelaSignature`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AgentDepositXiHelaSignature(::std::string::String);
    impl ::std::ops::Deref for AgentDepositXiHelaSignature {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AgentDepositXiHelaSignature> for ::std::string::String {
        fn from(value: AgentDepositXiHelaSignature) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AgentDepositXiHelaSignature {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9a-f]{64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9a-f]{64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AgentDepositXiHelaSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AgentDepositXiHelaSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentDepositXiHelaSignature {
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
    ///A balance (DOCS shows `account_number`; the rest is Assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Balance {
        ///The account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_number: ::std::option::Option<AccountNumber>,
        ///What the account holds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance: ::std::option::Option<::rust_decimal::Decimal>,
        ///Its currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<
            crate::banking::generated::open_enums::Currency,
        >,
    }
    impl Balance {
        pub fn builder() -> builder::Balance {
            Default::default()
        }
    }
    ///`BalanceAnswer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BalanceAnswer {
        ///`00` or absent with `success` not false: success; anything else: a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The balance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<Balance>,
        ///A message for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///`false` is a failure even without a code (Assumed; the SDK reads it as success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl BalanceAnswer {
        pub fn builder() -> builder::BalanceAnswer {
            Default::default()
        }
    }
    ///`ClientCredentialsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ClientCredentialsRequest {
        ///Always `client_credentials`.
        pub grant_type: ClientCredentialsRequestGrantType,
    }
    impl ClientCredentialsRequest {
        pub fn builder() -> builder::ClientCredentialsRequest {
            Default::default()
        }
    }
    ///Always `client_credentials`.
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
    pub enum ClientCredentialsRequestGrantType {
        #[serde(rename = "client_credentials")]
        ClientCredentials,
    }
    impl ::std::fmt::Display for ClientCredentialsRequestGrantType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ClientCredentials => f.write_str("client_credentials"),
            }
        }
    }
    impl ::std::str::FromStr for ClientCredentialsRequestGrantType {
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
    impl ::std::convert::TryFrom<&str> for ClientCredentialsRequestGrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ClientCredentialsRequestGrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ClientToken`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ClientToken {
        ///The token, sent as `Authorization: <token_type> <access_token>`.
        pub access_token: ::pesa_core::Secret,
        ///Seconds until the token expires.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<i64>,
        ///The header scheme, `Bearer`.
        #[serde(default = "defaults::client_token_token_type")]
        pub token_type: ::std::string::String,
    }
    impl ClientToken {
        pub fn builder() -> builder::ClientToken {
            Default::default()
        }
    }
    /**A deposit into `credit_account` (banking `make_deposit`, agent
`agent_deposit`; SDK `DepositPayload`, every key always sent).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DepositRequest {
        ///The amount.
        pub amount: crate::money::Francs,
        ///The account credited.
        pub credit_account: AccountNumber,
        ///Its holder, as iHela has it.
        pub credit_account_holder: AccountHolder,
        ///What it is for.
        pub description: Description,
        ///A code of the caller's.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_code: ::std::option::Option<ExternalCode>,
        ///The caller's reference: the operation's identity.
        pub external_reference: ExternalReference,
        ///The partner's or agent's PIN.
        pub pin_code: crate::secret::Pin,
    }
    impl DepositRequest {
        pub fn builder() -> builder::DepositRequest {
            Default::default()
        }
    }
    ///What the operation is for (SDK, 1 to 255 characters).
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
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
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
    /**Every answer's envelope (SDK `core/validators.py:9-10`, DOCS). The
payload, when any, is `response_data`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Envelope {
        ///`00` or absent with `success` not false: success; anything else: a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///A message for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///`false` is a failure even without a code (Assumed; the SDK reads it as success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl Envelope {
        pub fn builder() -> builder::Envelope {
            Default::default()
        }
    }
    ///A failure's body, the envelope's fields when it is one.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorObject {
        ///Django REST framework's message (a refused token).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        ///OAuth2's error code (RFC 6749 section 5.2), on the token call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///The failure's code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///A message for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///`false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ErrorObject {
        pub fn builder() -> builder::ErrorObject {
            Default::default()
        }
    }
    ///A code of the caller's, free (SDK, at most 100 characters, `""` by default).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ExternalCode(::std::string::String);
    impl ::std::ops::Deref for ExternalCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ExternalCode> for ::std::string::String {
        fn from(value: ExternalCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ExternalCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ExternalCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExternalCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ExternalCode {
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
    /**The caller's reference of a money-moving operation (SDK, 3 to 100
characters): its identity. Choose it and store it before sending;
a retry sends the same one. Assumed: iHela answers a repeated
reference with the first operation rather than a second one (no
source says either way).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ExternalReference(::std::string::String);
    impl ::std::ops::Deref for ExternalReference {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ExternalReference> for ::std::string::String {
        fn from(value: ExternalReference) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ExternalReference {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 3usize {
                return Err("shorter than 3 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ExternalReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExternalReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ExternalReference {
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
    ///`Fee`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Fee {
        ///Its currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<
            crate::banking::generated::open_enums::Currency,
        >,
        ///The fee (a string in every sample).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fee: ::std::option::Option<::rust_decimal::Decimal>,
    }
    impl Fee {
        pub fn builder() -> builder::Fee {
            Default::default()
        }
    }
    ///`FeeAnswer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct FeeAnswer {
        ///`00` or absent with `success` not false: success; anything else: a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The fee.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<Fee>,
        ///A message for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///`false` is a failure even without a code (Assumed; the SDK reads it as success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl FeeAnswer {
        pub fn builder() -> builder::FeeAnswer {
            Default::default()
        }
    }
    ///`FeeRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct FeeRequest {
        ///The amount.
        pub amount: crate::banking::wire::FrancsText,
        ///The currency.
        pub currency: crate::banking::generated::open_enums::Currency,
        ///The kind of operation.
        pub operation_type: crate::banking::generated::open_enums::OperationType,
    }
    impl FeeRequest {
        pub fn builder() -> builder::FeeRequest {
            Default::default()
        }
    }
    ///`JwtPair`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JwtPair {
        ///The access token (a JWT), sent as `Authorization: Bearer`.
        pub access: ::pesa_core::Secret,
        ///The refresh token (a JWT), for `refresh_jwt`.
        pub refresh: ::pesa_core::Secret,
    }
    impl JwtPair {
        pub fn builder() -> builder::JwtPair {
            Default::default()
        }
    }
    ///`JwtRefreshRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JwtRefreshRequest {
        ///The refresh token of the pair.
        pub refresh: ::pesa_core::Secret,
    }
    impl JwtRefreshRequest {
        pub fn builder() -> builder::JwtRefreshRequest {
            Default::default()
        }
    }
    ///`JwtRefreshed`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JwtRefreshed {
        ///The new access token.
        pub access: ::pesa_core::Secret,
        ///A new refresh token, when the gateway rotates them (Assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh: ::std::option::Option<::pesa_core::Secret>,
    }
    impl JwtRefreshed {
        pub fn builder() -> builder::JwtRefreshed {
            Default::default()
        }
    }
    ///`JwtRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JwtRequest {
        ///Its password.
        pub password: ::pesa_core::Secret,
        ///The partner's or agent's username.
        pub username: JwtRequestUsername,
    }
    impl JwtRequest {
        pub fn builder() -> builder::JwtRequest {
            Default::default()
        }
    }
    ///The partner's or agent's username.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct JwtRequestUsername(::std::string::String);
    impl ::std::ops::Deref for JwtRequestUsername {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<JwtRequestUsername> for ::std::string::String {
        fn from(value: JwtRequestUsername) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for JwtRequestUsername {
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
    impl ::std::convert::TryFrom<&str> for JwtRequestUsername {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for JwtRequestUsername {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for JwtRequestUsername {
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
    ///`MakeDepositXiHelaSignature`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MakeDepositXiHelaSignature(::std::string::String);
    impl ::std::ops::Deref for MakeDepositXiHelaSignature {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MakeDepositXiHelaSignature> for ::std::string::String {
        fn from(value: MakeDepositXiHelaSignature) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MakeDepositXiHelaSignature {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9a-f]{64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9a-f]{64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MakeDepositXiHelaSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MakeDepositXiHelaSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MakeDepositXiHelaSignature {
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
    ///`MakeWithdrawalXiHelaSignature`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MakeWithdrawalXiHelaSignature(::std::string::String);
    impl ::std::ops::Deref for MakeWithdrawalXiHelaSignature {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MakeWithdrawalXiHelaSignature> for ::std::string::String {
        fn from(value: MakeWithdrawalXiHelaSignature) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MakeWithdrawalXiHelaSignature {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9a-f]{64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9a-f]{64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MakeWithdrawalXiHelaSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MakeWithdrawalXiHelaSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MakeWithdrawalXiHelaSignature {
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
    ///An operation iHela carried out or holds (Assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Operation {
        ///Its amount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///The caller's reference it was made under.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_reference: ::std::option::Option<ExternalReference>,
        ///The fee charged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fee: ::std::option::Option<::rust_decimal::Decimal>,
        ///iHela's reference of the operation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
        ///How it stands.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<
            crate::banking::generated::open_enums::OperationStatus,
        >,
    }
    impl Operation {
        pub fn builder() -> builder::Operation {
            Default::default()
        }
    }
    ///`OperationAnswer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OperationAnswer {
        ///`00` or absent with `success` not false: success; anything else: a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The operation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<Operation>,
        ///A message for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///`false` is a failure even without a code (Assumed; the SDK reads it as success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl OperationAnswer {
        pub fn builder() -> builder::OperationAnswer {
            Default::default()
        }
    }
    ///`OperationLookupAnswer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OperationLookupAnswer {
        ///The customer's name (Assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_holder: ::std::option::Option<::std::string::String>,
        ///The amount to pay out (Assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///`00` or absent with `success` not false: success; anything else: a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The withdrawal, where DOCS's envelope puts payloads.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<PendingWithdrawal>,
        ///A message for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///`false` is a failure even without a code (Assumed; the SDK reads it as success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///The code `validate_withdrawal` takes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validation_operation_code: ::std::option::Option<::std::string::String>,
    }
    impl OperationLookupAnswer {
        pub fn builder() -> builder::OperationLookupAnswer {
            Default::default()
        }
    }
    ///`OperationLookupRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OperationLookupRequest {
        ///The amount.
        pub amount: crate::banking::wire::FrancsText,
        ///The code (or QR token) the customer's withdrawal request gave them.
        pub operation_code: OperationLookupRequestOperationCode,
    }
    impl OperationLookupRequest {
        pub fn builder() -> builder::OperationLookupRequest {
            Default::default()
        }
    }
    ///The code (or QR token) the customer's withdrawal request gave them.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OperationLookupRequestOperationCode(::std::string::String);
    impl ::std::ops::Deref for OperationLookupRequestOperationCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OperationLookupRequestOperationCode>
    for ::std::string::String {
        fn from(value: OperationLookupRequestOperationCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OperationLookupRequestOperationCode {
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
    impl ::std::convert::TryFrom<&str> for OperationLookupRequestOperationCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for OperationLookupRequestOperationCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OperationLookupRequestOperationCode {
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
    ///`PendingWithdrawal`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PendingWithdrawal {
        ///The customer's name (Assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_holder: ::std::option::Option<::std::string::String>,
        ///The amount to pay out (Assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///The code `validate_withdrawal` takes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validation_operation_code: ::std::option::Option<::std::string::String>,
    }
    impl PendingWithdrawal {
        pub fn builder() -> builder::PendingWithdrawal {
            Default::default()
        }
    }
    ///A mini statement (Assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Statement {
        ///The account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_number: ::std::option::Option<::std::string::String>,
        ///Its last operations, newest first.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entries: ::std::option::Option<::std::vec::Vec<StatementEntry>>,
    }
    impl Statement {
        pub fn builder() -> builder::Statement {
            Default::default()
        }
    }
    ///`StatementAnswer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StatementAnswer {
        ///`00` or absent with `success` not false: success; anything else: a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The statement.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<Statement>,
        ///A message for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///`false` is a failure even without a code (Assumed; the SDK reads it as success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl StatementAnswer {
        pub fn builder() -> builder::StatementAnswer {
            Default::default()
        }
    }
    ///One line of a statement (Assumed).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StatementEntry {
        ///Its amount (negative for money out, Assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///The balance after it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance_after: ::std::option::Option<::rust_decimal::Decimal>,
        ///When it happened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///What it was for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The caller's reference, when it had one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_reference: ::std::option::Option<::std::string::String>,
        ///`deposit`, `withdrawal`, …
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_type: ::std::option::Option<::std::string::String>,
        ///iHela's reference of the operation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
    }
    impl StatementEntry {
        pub fn builder() -> builder::StatementEntry {
            Default::default()
        }
    }
    /**The operation asked about: by the caller's `external_reference`, or
iHela's `reference`. The SDK always sends both (an empty string for
the one it lacks).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TransactionStatusRequest {
        ///The caller's reference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_reference: ::std::option::Option<::std::string::String>,
        ///iHela's reference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
    }
    impl TransactionStatusRequest {
        pub fn builder() -> builder::TransactionStatusRequest {
            Default::default()
        }
    }
    ///The cash-out of a looked-up withdrawal (SDK `ValidateWithdrawalPayload`, every key sent).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ValidateWithdrawalRequest {
        ///The agent's code (SDK, 3 to 50 characters).
        pub agent_code: ValidateWithdrawalRequestAgentCode,
        ///The amount.
        pub amount: crate::banking::wire::FrancsText,
        ///A code of the caller's.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_code: ::std::option::Option<ExternalCode>,
        ///The caller's reference: the operation's identity.
        pub external_reference: ExternalReference,
        ///The partner's or agent's PIN.
        pub pin_code: crate::secret::Pin,
        ///The code `operation_lookup` answered (SDK, at least 3 characters).
        pub validation_operation_code: ValidateWithdrawalRequestValidationOperationCode,
    }
    impl ValidateWithdrawalRequest {
        pub fn builder() -> builder::ValidateWithdrawalRequest {
            Default::default()
        }
    }
    ///The agent's code (SDK, 3 to 50 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ValidateWithdrawalRequestAgentCode(::std::string::String);
    impl ::std::ops::Deref for ValidateWithdrawalRequestAgentCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ValidateWithdrawalRequestAgentCode>
    for ::std::string::String {
        fn from(value: ValidateWithdrawalRequestAgentCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ValidateWithdrawalRequestAgentCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 50usize {
                return Err("longer than 50 characters".into());
            }
            if value.chars().count() < 3usize {
                return Err("shorter than 3 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ValidateWithdrawalRequestAgentCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ValidateWithdrawalRequestAgentCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ValidateWithdrawalRequestAgentCode {
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
    ///The code `operation_lookup` answered (SDK, at least 3 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ValidateWithdrawalRequestValidationOperationCode(::std::string::String);
    impl ::std::ops::Deref for ValidateWithdrawalRequestValidationOperationCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ValidateWithdrawalRequestValidationOperationCode>
    for ::std::string::String {
        fn from(value: ValidateWithdrawalRequestValidationOperationCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ValidateWithdrawalRequestValidationOperationCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 3usize {
                return Err("shorter than 3 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for ValidateWithdrawalRequestValidationOperationCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ValidateWithdrawalRequestValidationOperationCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ValidateWithdrawalRequestValidationOperationCode {
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
    ///`ValidateWithdrawalXiHelaSignature`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ValidateWithdrawalXiHelaSignature(::std::string::String);
    impl ::std::ops::Deref for ValidateWithdrawalXiHelaSignature {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ValidateWithdrawalXiHelaSignature>
    for ::std::string::String {
        fn from(value: ValidateWithdrawalXiHelaSignature) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ValidateWithdrawalXiHelaSignature {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9a-f]{64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9a-f]{64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ValidateWithdrawalXiHelaSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ValidateWithdrawalXiHelaSignature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ValidateWithdrawalXiHelaSignature {
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
    ///A withdrawal from `debit_account` (SDK `WithdrawalPayload`; no `external_code`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WithdrawalRequest {
        ///The amount.
        pub amount: crate::money::Francs,
        ///The account debited.
        pub debit_account: AccountNumber,
        ///Its holder, as iHela has it.
        pub debit_account_holder: AccountHolder,
        ///What it is for.
        pub description: Description,
        ///The caller's reference: the operation's identity.
        pub external_reference: ExternalReference,
        ///The partner's or agent's PIN.
        pub pin_code: crate::secret::Pin,
    }
    impl WithdrawalRequest {
        pub fn builder() -> builder::WithdrawalRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Account {
            account_holder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            account_number: ::std::result::Result<
                ::std::option::Option<super::AccountNumber>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Account {
            fn default() -> Self {
                Self {
                    account_holder: Ok(Default::default()),
                    account_number: Ok(Default::default()),
                }
            }
        }
        impl Account {
            pub fn account_holder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_holder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_holder: {e}"
                        )
                    });
                self
            }
            pub fn account_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountNumber>>,
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
        }
        impl ::std::convert::TryFrom<Account> for super::Account {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Account,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_holder: value.account_holder?,
                    account_number: value.account_number?,
                })
            }
        }
        impl ::std::convert::From<super::Account> for Account {
            fn from(value: super::Account) -> Self {
                Self {
                    account_holder: Ok(value.account_holder),
                    account_number: Ok(value.account_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccountAnswer {
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<super::Account>,
                ::std::string::String,
            >,
            response_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountAnswer {
            fn default() -> Self {
                Self {
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl AccountAnswer {
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
            pub fn response_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Account>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_data: {e}")
                    });
                self
            }
            pub fn response_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_message: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountAnswer> for super::AccountAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::AccountAnswer> for AccountAnswer {
            fn from(value: super::AccountAnswer) -> Self {
                Self {
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccountQuery {
            account_number: ::std::result::Result<
                super::AccountNumber,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountQuery {
            fn default() -> Self {
                Self {
                    account_number: Err(
                        "no value supplied for account_number".to_string(),
                    ),
                }
            }
        }
        impl AccountQuery {
            pub fn account_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountNumber>,
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
        }
        impl ::std::convert::TryFrom<AccountQuery> for super::AccountQuery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountQuery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_number: value.account_number?,
                })
            }
        }
        impl ::std::convert::From<super::AccountQuery> for AccountQuery {
            fn from(value: super::AccountQuery) -> Self {
                Self {
                    account_number: Ok(value.account_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Balance {
            account_number: ::std::result::Result<
                ::std::option::Option<super::AccountNumber>,
                ::std::string::String,
            >,
            balance: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<crate::banking::generated::open_enums::Currency>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Balance {
            fn default() -> Self {
                Self {
                    account_number: Ok(Default::default()),
                    balance: Ok(Default::default()),
                    currency: Ok(Default::default()),
                }
            }
        }
        impl Balance {
            pub fn account_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountNumber>>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::banking::generated::open_enums::Currency,
                    >,
                >,
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
        impl ::std::convert::TryFrom<Balance> for super::Balance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Balance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_number: value.account_number?,
                    balance: value.balance?,
                    currency: value.currency?,
                })
            }
        }
        impl ::std::convert::From<super::Balance> for Balance {
            fn from(value: super::Balance) -> Self {
                Self {
                    account_number: Ok(value.account_number),
                    balance: Ok(value.balance),
                    currency: Ok(value.currency),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BalanceAnswer {
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<super::Balance>,
                ::std::string::String,
            >,
            response_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BalanceAnswer {
            fn default() -> Self {
                Self {
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl BalanceAnswer {
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
            pub fn response_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Balance>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_data: {e}")
                    });
                self
            }
            pub fn response_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_message: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BalanceAnswer> for super::BalanceAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BalanceAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::BalanceAnswer> for BalanceAnswer {
            fn from(value: super::BalanceAnswer) -> Self {
                Self {
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClientCredentialsRequest {
            grant_type: ::std::result::Result<
                super::ClientCredentialsRequestGrantType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientCredentialsRequest {
            fn default() -> Self {
                Self {
                    grant_type: Err("no value supplied for grant_type".to_string()),
                }
            }
        }
        impl ClientCredentialsRequest {
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ClientCredentialsRequestGrantType>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientCredentialsRequest>
        for super::ClientCredentialsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientCredentialsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    grant_type: value.grant_type?,
                })
            }
        }
        impl ::std::convert::From<super::ClientCredentialsRequest>
        for ClientCredentialsRequest {
            fn from(value: super::ClientCredentialsRequest) -> Self {
                Self {
                    grant_type: Ok(value.grant_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClientToken {
            access_token: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientToken {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Ok(Default::default()),
                    token_type: Ok(super::defaults::client_token_token_type()),
                }
            }
        }
        impl ClientToken {
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientToken> for super::ClientToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                    token_type: value.token_type?,
                })
            }
        }
        impl ::std::convert::From<super::ClientToken> for ClientToken {
            fn from(value: super::ClientToken) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                    token_type: Ok(value.token_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DepositRequest {
            amount: ::std::result::Result<crate::money::Francs, ::std::string::String>,
            credit_account: ::std::result::Result<
                super::AccountNumber,
                ::std::string::String,
            >,
            credit_account_holder: ::std::result::Result<
                super::AccountHolder,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            external_code: ::std::result::Result<
                ::std::option::Option<super::ExternalCode>,
                ::std::string::String,
            >,
            external_reference: ::std::result::Result<
                super::ExternalReference,
                ::std::string::String,
            >,
            pin_code: ::std::result::Result<crate::secret::Pin, ::std::string::String>,
        }
        impl ::std::default::Default for DepositRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    credit_account: Err(
                        "no value supplied for credit_account".to_string(),
                    ),
                    credit_account_holder: Err(
                        "no value supplied for credit_account_holder".to_string(),
                    ),
                    description: Err("no value supplied for description".to_string()),
                    external_code: Ok(Default::default()),
                    external_reference: Err(
                        "no value supplied for external_reference".to_string(),
                    ),
                    pin_code: Err("no value supplied for pin_code".to_string()),
                }
            }
        }
        impl DepositRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Francs>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn credit_account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.credit_account = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credit_account: {e}"
                        )
                    });
                self
            }
            pub fn credit_account_holder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountHolder>,
                T::Error: ::std::fmt::Display,
            {
                self.credit_account_holder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for credit_account_holder: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Description>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn external_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ExternalCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_code: {e}")
                    });
                self
            }
            pub fn external_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ExternalReference>,
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
            pub fn pin_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::secret::Pin>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DepositRequest> for super::DepositRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DepositRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    credit_account: value.credit_account?,
                    credit_account_holder: value.credit_account_holder?,
                    description: value.description?,
                    external_code: value.external_code?,
                    external_reference: value.external_reference?,
                    pin_code: value.pin_code?,
                })
            }
        }
        impl ::std::convert::From<super::DepositRequest> for DepositRequest {
            fn from(value: super::DepositRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    credit_account: Ok(value.credit_account),
                    credit_account_holder: Ok(value.credit_account_holder),
                    description: Ok(value.description),
                    external_code: Ok(value.external_code),
                    external_reference: Ok(value.external_reference),
                    pin_code: Ok(value.pin_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Envelope {
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Envelope {
            fn default() -> Self {
                Self {
                    response_code: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl Envelope {
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
            pub fn response_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_message: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Envelope> for super::Envelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Envelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_code: value.response_code?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::Envelope> for Envelope {
            fn from(value: super::Envelope) -> Self {
                Self {
                    response_code: Ok(value.response_code),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorObject {
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorObject {
            fn default() -> Self {
                Self {
                    detail: Ok(Default::default()),
                    error: Ok(Default::default()),
                    response_code: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ErrorObject {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
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
            pub fn response_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_message: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorObject> for super::ErrorObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    detail: value.detail?,
                    error: value.error?,
                    response_code: value.response_code?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorObject> for ErrorObject {
            fn from(value: super::ErrorObject) -> Self {
                Self {
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                    response_code: Ok(value.response_code),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Fee {
            currency: ::std::result::Result<
                ::std::option::Option<crate::banking::generated::open_enums::Currency>,
                ::std::string::String,
            >,
            fee: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Fee {
            fn default() -> Self {
                Self {
                    currency: Ok(Default::default()),
                    fee: Ok(Default::default()),
                }
            }
        }
        impl Fee {
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::banking::generated::open_enums::Currency,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn fee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.fee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fee: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Fee> for super::Fee {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fee,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    currency: value.currency?,
                    fee: value.fee?,
                })
            }
        }
        impl ::std::convert::From<super::Fee> for Fee {
            fn from(value: super::Fee) -> Self {
                Self {
                    currency: Ok(value.currency),
                    fee: Ok(value.fee),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FeeAnswer {
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<super::Fee>,
                ::std::string::String,
            >,
            response_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FeeAnswer {
            fn default() -> Self {
                Self {
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl FeeAnswer {
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
            pub fn response_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Fee>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_data: {e}")
                    });
                self
            }
            pub fn response_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_message: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FeeAnswer> for super::FeeAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FeeAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::FeeAnswer> for FeeAnswer {
            fn from(value: super::FeeAnswer) -> Self {
                Self {
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FeeRequest {
            amount: ::std::result::Result<
                crate::banking::wire::FrancsText,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                crate::banking::generated::open_enums::Currency,
                ::std::string::String,
            >,
            operation_type: ::std::result::Result<
                crate::banking::generated::open_enums::OperationType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FeeRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    operation_type: Err(
                        "no value supplied for operation_type".to_string(),
                    ),
                }
            }
        }
        impl FeeRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::banking::wire::FrancsText>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::banking::generated::open_enums::Currency,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn operation_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::banking::generated::open_enums::OperationType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.operation_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FeeRequest> for super::FeeRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FeeRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    operation_type: value.operation_type?,
                })
            }
        }
        impl ::std::convert::From<super::FeeRequest> for FeeRequest {
            fn from(value: super::FeeRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    operation_type: Ok(value.operation_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwtPair {
            access: ::std::result::Result<::pesa_core::Secret, ::std::string::String>,
            refresh: ::std::result::Result<::pesa_core::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for JwtPair {
            fn default() -> Self {
                Self {
                    access: Err("no value supplied for access".to_string()),
                    refresh: Err("no value supplied for refresh".to_string()),
                }
            }
        }
        impl JwtPair {
            pub fn access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.access = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access: {e}")
                    });
                self
            }
            pub fn refresh<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JwtPair> for super::JwtPair {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JwtPair,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access: value.access?,
                    refresh: value.refresh?,
                })
            }
        }
        impl ::std::convert::From<super::JwtPair> for JwtPair {
            fn from(value: super::JwtPair) -> Self {
                Self {
                    access: Ok(value.access),
                    refresh: Ok(value.refresh),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwtRefreshRequest {
            refresh: ::std::result::Result<::pesa_core::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for JwtRefreshRequest {
            fn default() -> Self {
                Self {
                    refresh: Err("no value supplied for refresh".to_string()),
                }
            }
        }
        impl JwtRefreshRequest {
            pub fn refresh<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JwtRefreshRequest> for super::JwtRefreshRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JwtRefreshRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { refresh: value.refresh? })
            }
        }
        impl ::std::convert::From<super::JwtRefreshRequest> for JwtRefreshRequest {
            fn from(value: super::JwtRefreshRequest) -> Self {
                Self { refresh: Ok(value.refresh) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwtRefreshed {
            access: ::std::result::Result<::pesa_core::Secret, ::std::string::String>,
            refresh: ::std::result::Result<
                ::std::option::Option<::pesa_core::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JwtRefreshed {
            fn default() -> Self {
                Self {
                    access: Err("no value supplied for access".to_string()),
                    refresh: Ok(Default::default()),
                }
            }
        }
        impl JwtRefreshed {
            pub fn access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.access = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access: {e}")
                    });
                self
            }
            pub fn refresh<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::pesa_core::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JwtRefreshed> for super::JwtRefreshed {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JwtRefreshed,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access: value.access?,
                    refresh: value.refresh?,
                })
            }
        }
        impl ::std::convert::From<super::JwtRefreshed> for JwtRefreshed {
            fn from(value: super::JwtRefreshed) -> Self {
                Self {
                    access: Ok(value.access),
                    refresh: Ok(value.refresh),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwtRequest {
            password: ::std::result::Result<::pesa_core::Secret, ::std::string::String>,
            username: ::std::result::Result<
                super::JwtRequestUsername,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JwtRequest {
            fn default() -> Self {
                Self {
                    password: Err("no value supplied for password".to_string()),
                    username: Err("no value supplied for username".to_string()),
                }
            }
        }
        impl JwtRequest {
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
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::JwtRequestUsername>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JwtRequest> for super::JwtRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JwtRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    password: value.password?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::JwtRequest> for JwtRequest {
            fn from(value: super::JwtRequest) -> Self {
                Self {
                    password: Ok(value.password),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Operation {
            amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            external_reference: ::std::result::Result<
                ::std::option::Option<super::ExternalReference>,
                ::std::string::String,
            >,
            fee: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<
                    crate::banking::generated::open_enums::OperationStatus,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Operation {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    external_reference: Ok(Default::default()),
                    fee: Ok(Default::default()),
                    reference: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl Operation {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
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
            pub fn external_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ExternalReference>,
                >,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.fee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fee: {e}")
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::banking::generated::open_enums::OperationStatus,
                    >,
                >,
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
        impl ::std::convert::TryFrom<Operation> for super::Operation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Operation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    external_reference: value.external_reference?,
                    fee: value.fee?,
                    reference: value.reference?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Operation> for Operation {
            fn from(value: super::Operation) -> Self {
                Self {
                    amount: Ok(value.amount),
                    external_reference: Ok(value.external_reference),
                    fee: Ok(value.fee),
                    reference: Ok(value.reference),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationAnswer {
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<super::Operation>,
                ::std::string::String,
            >,
            response_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OperationAnswer {
            fn default() -> Self {
                Self {
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl OperationAnswer {
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
            pub fn response_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Operation>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_data: {e}")
                    });
                self
            }
            pub fn response_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_message: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OperationAnswer> for super::OperationAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::OperationAnswer> for OperationAnswer {
            fn from(value: super::OperationAnswer) -> Self {
                Self {
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationLookupAnswer {
            account_holder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<super::PendingWithdrawal>,
                ::std::string::String,
            >,
            response_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            validation_operation_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OperationLookupAnswer {
            fn default() -> Self {
                Self {
                    account_holder: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                    validation_operation_code: Ok(Default::default()),
                }
            }
        }
        impl OperationLookupAnswer {
            pub fn account_holder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_holder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_holder: {e}"
                        )
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
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
            pub fn response_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PendingWithdrawal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.response_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_data: {e}")
                    });
                self
            }
            pub fn response_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_message: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn validation_operation_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<OperationLookupAnswer>
        for super::OperationLookupAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationLookupAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_holder: value.account_holder?,
                    amount: value.amount?,
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                    validation_operation_code: value.validation_operation_code?,
                })
            }
        }
        impl ::std::convert::From<super::OperationLookupAnswer>
        for OperationLookupAnswer {
            fn from(value: super::OperationLookupAnswer) -> Self {
                Self {
                    account_holder: Ok(value.account_holder),
                    amount: Ok(value.amount),
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                    validation_operation_code: Ok(value.validation_operation_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationLookupRequest {
            amount: ::std::result::Result<
                crate::banking::wire::FrancsText,
                ::std::string::String,
            >,
            operation_code: ::std::result::Result<
                super::OperationLookupRequestOperationCode,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OperationLookupRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    operation_code: Err(
                        "no value supplied for operation_code".to_string(),
                    ),
                }
            }
        }
        impl OperationLookupRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::banking::wire::FrancsText>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn operation_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OperationLookupRequestOperationCode>,
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
        }
        impl ::std::convert::TryFrom<OperationLookupRequest>
        for super::OperationLookupRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationLookupRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    operation_code: value.operation_code?,
                })
            }
        }
        impl ::std::convert::From<super::OperationLookupRequest>
        for OperationLookupRequest {
            fn from(value: super::OperationLookupRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    operation_code: Ok(value.operation_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PendingWithdrawal {
            account_holder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            validation_operation_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PendingWithdrawal {
            fn default() -> Self {
                Self {
                    account_holder: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    validation_operation_code: Ok(Default::default()),
                }
            }
        }
        impl PendingWithdrawal {
            pub fn account_holder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_holder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_holder: {e}"
                        )
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
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
            pub fn validation_operation_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<PendingWithdrawal> for super::PendingWithdrawal {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PendingWithdrawal,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_holder: value.account_holder?,
                    amount: value.amount?,
                    validation_operation_code: value.validation_operation_code?,
                })
            }
        }
        impl ::std::convert::From<super::PendingWithdrawal> for PendingWithdrawal {
            fn from(value: super::PendingWithdrawal) -> Self {
                Self {
                    account_holder: Ok(value.account_holder),
                    amount: Ok(value.amount),
                    validation_operation_code: Ok(value.validation_operation_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Statement {
            account_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entries: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::StatementEntry>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Statement {
            fn default() -> Self {
                Self {
                    account_number: Ok(Default::default()),
                    entries: Ok(Default::default()),
                }
            }
        }
        impl Statement {
            pub fn account_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn entries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::StatementEntry>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.entries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entries: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Statement> for super::Statement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Statement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_number: value.account_number?,
                    entries: value.entries?,
                })
            }
        }
        impl ::std::convert::From<super::Statement> for Statement {
            fn from(value: super::Statement) -> Self {
                Self {
                    account_number: Ok(value.account_number),
                    entries: Ok(value.entries),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StatementAnswer {
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<super::Statement>,
                ::std::string::String,
            >,
            response_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StatementAnswer {
            fn default() -> Self {
                Self {
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl StatementAnswer {
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
            pub fn response_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Statement>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_data: {e}")
                    });
                self
            }
            pub fn response_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_message: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StatementAnswer> for super::StatementAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StatementAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::StatementAnswer> for StatementAnswer {
            fn from(value: super::StatementAnswer) -> Self {
                Self {
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StatementEntry {
            amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            balance_after: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StatementEntry {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    balance_after: Ok(Default::default()),
                    date: Ok(Default::default()),
                    description: Ok(Default::default()),
                    external_reference: Ok(Default::default()),
                    operation_type: Ok(Default::default()),
                    reference: Ok(Default::default()),
                }
            }
        }
        impl StatementEntry {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
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
            pub fn balance_after<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.balance_after = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance_after: {e}")
                    });
                self
            }
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn external_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            pub fn operation_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_type: {e}"
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
        impl ::std::convert::TryFrom<StatementEntry> for super::StatementEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StatementEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    balance_after: value.balance_after?,
                    date: value.date?,
                    description: value.description?,
                    external_reference: value.external_reference?,
                    operation_type: value.operation_type?,
                    reference: value.reference?,
                })
            }
        }
        impl ::std::convert::From<super::StatementEntry> for StatementEntry {
            fn from(value: super::StatementEntry) -> Self {
                Self {
                    amount: Ok(value.amount),
                    balance_after: Ok(value.balance_after),
                    date: Ok(value.date),
                    description: Ok(value.description),
                    external_reference: Ok(value.external_reference),
                    operation_type: Ok(value.operation_type),
                    reference: Ok(value.reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransactionStatusRequest {
            external_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransactionStatusRequest {
            fn default() -> Self {
                Self {
                    external_reference: Ok(Default::default()),
                    reference: Ok(Default::default()),
                }
            }
        }
        impl TransactionStatusRequest {
            pub fn external_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<TransactionStatusRequest>
        for super::TransactionStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransactionStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    external_reference: value.external_reference?,
                    reference: value.reference?,
                })
            }
        }
        impl ::std::convert::From<super::TransactionStatusRequest>
        for TransactionStatusRequest {
            fn from(value: super::TransactionStatusRequest) -> Self {
                Self {
                    external_reference: Ok(value.external_reference),
                    reference: Ok(value.reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidateWithdrawalRequest {
            agent_code: ::std::result::Result<
                super::ValidateWithdrawalRequestAgentCode,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                crate::banking::wire::FrancsText,
                ::std::string::String,
            >,
            external_code: ::std::result::Result<
                ::std::option::Option<super::ExternalCode>,
                ::std::string::String,
            >,
            external_reference: ::std::result::Result<
                super::ExternalReference,
                ::std::string::String,
            >,
            pin_code: ::std::result::Result<crate::secret::Pin, ::std::string::String>,
            validation_operation_code: ::std::result::Result<
                super::ValidateWithdrawalRequestValidationOperationCode,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ValidateWithdrawalRequest {
            fn default() -> Self {
                Self {
                    agent_code: Err("no value supplied for agent_code".to_string()),
                    amount: Err("no value supplied for amount".to_string()),
                    external_code: Ok(Default::default()),
                    external_reference: Err(
                        "no value supplied for external_reference".to_string(),
                    ),
                    pin_code: Err("no value supplied for pin_code".to_string()),
                    validation_operation_code: Err(
                        "no value supplied for validation_operation_code".to_string(),
                    ),
                }
            }
        }
        impl ValidateWithdrawalRequest {
            pub fn agent_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ValidateWithdrawalRequestAgentCode>,
                T::Error: ::std::fmt::Display,
            {
                self.agent_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agent_code: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::banking::wire::FrancsText>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn external_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ExternalCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_code: {e}")
                    });
                self
            }
            pub fn external_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ExternalReference>,
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
            pub fn pin_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::secret::Pin>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_code: {e}")
                    });
                self
            }
            pub fn validation_operation_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::ValidateWithdrawalRequestValidationOperationCode,
                >,
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
        impl ::std::convert::TryFrom<ValidateWithdrawalRequest>
        for super::ValidateWithdrawalRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidateWithdrawalRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_code: value.agent_code?,
                    amount: value.amount?,
                    external_code: value.external_code?,
                    external_reference: value.external_reference?,
                    pin_code: value.pin_code?,
                    validation_operation_code: value.validation_operation_code?,
                })
            }
        }
        impl ::std::convert::From<super::ValidateWithdrawalRequest>
        for ValidateWithdrawalRequest {
            fn from(value: super::ValidateWithdrawalRequest) -> Self {
                Self {
                    agent_code: Ok(value.agent_code),
                    amount: Ok(value.amount),
                    external_code: Ok(value.external_code),
                    external_reference: Ok(value.external_reference),
                    pin_code: Ok(value.pin_code),
                    validation_operation_code: Ok(value.validation_operation_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WithdrawalRequest {
            amount: ::std::result::Result<crate::money::Francs, ::std::string::String>,
            debit_account: ::std::result::Result<
                super::AccountNumber,
                ::std::string::String,
            >,
            debit_account_holder: ::std::result::Result<
                super::AccountHolder,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            external_reference: ::std::result::Result<
                super::ExternalReference,
                ::std::string::String,
            >,
            pin_code: ::std::result::Result<crate::secret::Pin, ::std::string::String>,
        }
        impl ::std::default::Default for WithdrawalRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    debit_account: Err(
                        "no value supplied for debit_account".to_string(),
                    ),
                    debit_account_holder: Err(
                        "no value supplied for debit_account_holder".to_string(),
                    ),
                    description: Err("no value supplied for description".to_string()),
                    external_reference: Err(
                        "no value supplied for external_reference".to_string(),
                    ),
                    pin_code: Err("no value supplied for pin_code".to_string()),
                }
            }
        }
        impl WithdrawalRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Francs>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn debit_account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.debit_account = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for debit_account: {e}")
                    });
                self
            }
            pub fn debit_account_holder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountHolder>,
                T::Error: ::std::fmt::Display,
            {
                self.debit_account_holder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for debit_account_holder: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Description>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn external_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ExternalReference>,
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
            pub fn pin_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::secret::Pin>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WithdrawalRequest> for super::WithdrawalRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WithdrawalRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    debit_account: value.debit_account?,
                    debit_account_holder: value.debit_account_holder?,
                    description: value.description?,
                    external_reference: value.external_reference?,
                    pin_code: value.pin_code?,
                })
            }
        }
        impl ::std::convert::From<super::WithdrawalRequest> for WithdrawalRequest {
            fn from(value: super::WithdrawalRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    debit_account: Ok(value.debit_account),
                    debit_account_holder: Ok(value.debit_account_holder),
                    description: Ok(value.description),
                    external_reference: Ok(value.external_reference),
                    pin_code: Ok(value.pin_code),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn client_token_token_type() -> ::std::string::String {
            "Bearer".to_string()
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
/**Client for iHela banking and agent API

The other half of iHela Credit Union's API (Burundi), beside the
merchant API: **banking** (a partner moving money in and out of iHela
accounts: deposit, withdrawal, mini statement, transaction fees) and
**agent** (an agent cashing customers in, and out in two steps: the
operation the customer's withdrawal request created is looked up, then
validated with its code), with what both share (tokens, ping, account
lookup and balance, transaction status). Every path is under
`/ihela/api/v1/`.

This document is written by hand from the public sources listed in the
`ihela` repository (`shared/reference/ihela-sdk-services.md` and its
samples): the 2026 Python SDK `ihela-sdk` 0.4.0 (its source, docs,
tests, and the exact requests it sends, captured offline; cited as
"SDK" with the file and line), and iHela's documentation site
`bankingdocs.ihela.bi` ("DOCS"). Nothing in it was checked against the
live gateway; the SDK ships no answer sample for most operations, so
most answer payloads are Assumed and kept open.

**Authentication.** A bearer token on every operation but the token
calls, obtained either of two ways: the OAuth2 client-credentials token
of the merchant API (`create_token`), which the SDK sends (SDK
`banking/client.py:96-106`), or the JWT pair of `request_jwt` (`access`
and `refresh`), which DOCS says "all following requests" carry. Which
one the gateway requires is not documented: both are described. The JWT is renewed with
`refresh_jwt`; when the refresh token is spent, a new `request_jwt`.

**Answers** come in an envelope `{success, response_code,
response_message, response_data}` (SDK `core/validators.py:9-10`,
DOCS). A `response_code` other than `"00"` is a failure whatever the
HTTP status (`"05"` insufficient funds, `"07"` transient, worth
retrying; SDK `core/exceptions.py:19-24`), and so is `"success": false`
without a code (Assumed: the SDK returns it as a success, which is its
defect, not the gateway's meaning).

**Money-moving calls** (`make_deposit`, `make_withdrawal`,
`agent_deposit`, `validate_withdrawal`) carry the caller's
`external_reference`, which is the request's identity: never send one
under a new reference because its answer was lost; ask
`transaction_status` with it first. They may carry `X-iHela-Signature`,
a hex HMAC-SHA256 of the request body under a key shared with iHela
(SDK `core/security.py:35-40`); a signature over the exact bytes sent is
what a verifying server can check (the SDK signs Python's
`json.dumps`, which is not what httpx 0.28+ sends). They carry the
partner's or agent's PIN (`pin_code`), a secret.

Reading rules for clients generated from this document: unknown fields
are ignored; codes are open enums; amounts received are decimal
strings; amounts sent are whole Burundian francs (DOCS types them as
integers; the SDK sends floats such as `500.0`, its defect) except where
the SDK and DOCS send strings (fee, operation lookup, withdrawal
validation), described as such. Operations that are safe to send twice
are GETs or marked `x-retry-safe: true`.

Where a statement has no source, its description says "Assumed".


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::banking::auth::BankingState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::banking::auth::BankingState) -> Self {
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
        inner: crate::banking::auth::BankingState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::banking::auth::BankingState> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::banking::auth::BankingState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::banking::auth::BankingState>,
    {}
};
impl Client {
    /**Obtain a client-credentials token (OAuth2), as the SDK does

The merchant API's token call, which the SDK makes for the banking
and agent services too (`BankingClient.authenticate`, SDK
`banking/client.py:108-126`): HTTP Basic `client_id:client_secret`,
form `grant_type=client_credentials`.


Sends a `POST` request to `/oAuth2/token/`

```ignore
let response = client.create_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_token(&self) -> builder::CreateToken<'_> {
        builder::CreateToken::new(self)
    }
    /**Obtain the JWT pair with the partner's username and password

DOCS "Token request": a JWT pair, `access` to send as `Authorization:
Bearer <access>` on "all following requests", `refresh` to renew it
(SimpleJWT's shape). SDK `banking/client.py:169-175` sends JSON
`{username, password}` without `Authorization` (captured); the SDK
then never uses the answer, its defect.


Sends a `POST` request to `/ihela/api/v1/auth-token/`

```ignore
let response = client.request_jwt()
    .body(body)
    .send()
    .await;
```*/
    pub fn request_jwt(&self) -> builder::RequestJwt<'_> {
        builder::RequestJwt::new(self)
    }
    /**Renew the JWT's access token with its refresh token

Form-encoded `refresh=<refresh token>` (SDK `banking/client.py:128-152`,
captured), answered with a new `access` (and, Assumed, a new
`refresh` when the gateway rotates them: SimpleJWT's option). A 401
means the refresh token is spent or expired: request a new pair. The
SDK also sends the current access token as Bearer; it is not needed
(Assumed: SimpleJWT's refresh view authenticates nobody), and is not
described.


Sends a `POST` request to `/ihela/api/v1/auth-token/refresh/`

```ignore
let response = client.refresh_jwt()
    .body(body)
    .send()
    .await;
```*/
    pub fn refresh_jwt(&self) -> builder::RefreshJwt<'_> {
        builder::RefreshJwt::new(self)
    }
    /**Check that the service answers and the token is accepted

SDK `banking/client.py:177-183`; DOCS "Ping".

Sends a `GET` request to `/ihela/api/v1/ping/`

```ignore
let response = client.ping()
    .send()
    .await;
```*/
    pub fn ping(&self) -> builder::Ping<'_> {
        builder::Ping::new(self)
    }
    /**The holder of an iHela account

SDK `banking/client.py:200-207` (captured); DOCS "Account Lookup",
which adds the optional query `account_format` (`long` or `short`)
the SDK never sends.


Sends a `POST` request to `/ihela/api/v1/account-lookup/`

Arguments:
- `account_format`: The form of the account number in the answer (DOCS).
- `body`
```ignore
let response = client.account_lookup()
    .account_format(account_format)
    .body(body)
    .send()
    .await;
```*/
    pub fn account_lookup(&self) -> builder::AccountLookup<'_> {
        builder::AccountLookup::new(self)
    }
    /**The balance of an iHela account

SDK `banking/client.py:209-216` (captured); DOCS "Account Balance"
(envelope with `response_data` holding at least `account_number`).


Sends a `POST` request to `/ihela/api/v1/bsces/balance/`

```ignore
let response = client.account_balance()
    .body(body)
    .send()
    .await;
```*/
    pub fn account_balance(&self) -> builder::AccountBalance<'_> {
        builder::AccountBalance::new(self)
    }
    /**Deposit money into an iHela account (banking)

SDK `banking/client.py:218-248` (captured `banking-deposit.json`).
Moves money: send it once under its `external_reference`; when its
answer is lost, ask `transaction_status` before anything else.


Sends a `POST` request to `/ihela/api/v1/make-deposit/`

Arguments:
- `x_i_hela_signature`: Hex HMAC-SHA256 of the request body's exact bytes under the key
shared with iHela (SDK `core/security.py:35-40`). Sent when a key is
configured; whether the gateway requires or checks it is not
documented.

- `body`
```ignore
let response = client.make_deposit()
    .x_i_hela_signature(x_i_hela_signature)
    .body(body)
    .send()
    .await;
```*/
    pub fn make_deposit(&self) -> builder::MakeDeposit<'_> {
        builder::MakeDeposit::new(self)
    }
    /**Withdraw money from an iHela account (banking)

SDK `banking/client.py:250-278` (captured `banking-withdrawal.json`).
Moves money: as `make_deposit`.


Sends a `POST` request to `/ihela/api/v1/make-withdrawal/`

Arguments:
- `x_i_hela_signature`: Hex HMAC-SHA256 of the request body's exact bytes under the key
shared with iHela (SDK `core/security.py:35-40`). Sent when a key is
configured; whether the gateway requires or checks it is not
documented.

- `body`
```ignore
let response = client.make_withdrawal()
    .x_i_hela_signature(x_i_hela_signature)
    .body(body)
    .send()
    .await;
```*/
    pub fn make_withdrawal(&self) -> builder::MakeWithdrawal<'_> {
        builder::MakeWithdrawal::new(self)
    }
    /**The last operations of an iHela account

SDK `banking/client.py:280-287` (captured `banking-statement.json`);
no date range, paging or limit. The answer's payload is Assumed: a
list of entries, newest first.


Sends a `GET` request to `/ihela/api/v1/mini-statement/`

Arguments:
- `account_number`: The account (DOCS's example uses the long form).
```ignore
let response = client.mini_statement()
    .account_number(account_number)
    .send()
    .await;
```*/
    pub fn mini_statement(&self) -> builder::MiniStatement<'_> {
        builder::MiniStatement::new(self)
    }
    /**How an operation stands, by the caller's or iHela's reference

SDK `banking/client.py:289-298` sends both `external_reference` and
`reference` (captured); DOCS shows only `reference`, optional. Either
finds the operation (Assumed); the one a client always has after a
lost answer is its own `external_reference`.


Sends a `POST` request to `/ihela/api/v1/transaction-status/`

```ignore
let response = client.transaction_status()
    .body(body)
    .send()
    .await;
```*/
    pub fn transaction_status(&self) -> builder::TransactionStatus<'_> {
        builder::TransactionStatus::new(self)
    }
    /**The fee iHela charges for an operation of an amount

SDK `banking/client.py:185-198` (captured); all three fields strings
(SDK, DOCS); the fee comes back as a string (`docs/api.md:259`,
`tests/test_banking_client.py:88`).


Sends a `POST` request to `/ihela/api/v1/transaction-fee/`

```ignore
let response = client.transaction_fee()
    .body(body)
    .send()
    .await;
```*/
    pub fn transaction_fee(&self) -> builder::TransactionFee<'_> {
        builder::TransactionFee::new(self)
    }
    /**An agent's cash-in into a customer's account

SDK `agent/client.py:198-228` (captured `agent-deposit.json`), the
body of `make_deposit`. Moves money: as `make_deposit`.


Sends a `POST` request to `/ihela/api/v1/agent-deposit/`

Arguments:
- `x_i_hela_signature`: Hex HMAC-SHA256 of the request body's exact bytes under the key
shared with iHela (SDK `core/security.py:35-40`). Sent when a key is
configured; whether the gateway requires or checks it is not
documented.

- `body`
```ignore
let response = client.agent_deposit()
    .x_i_hela_signature(x_i_hela_signature)
    .body(body)
    .send()
    .await;
```*/
    pub fn agent_deposit(&self) -> builder::AgentDeposit<'_> {
        builder::AgentDeposit::new(self)
    }
    /**Agent cash-out, step 1: the withdrawal a customer's code names

The customer created a withdrawal request and holds its code (a
token or QR code, DOCS "Withdrawal by QR Code or Token"); the agent
looks it up with the amount (both strings; SDK `agent/client.py:230-237`,
captured). The answer's `validation_operation_code` feeds
`validate_withdrawal`; the SDK's docs and tests show it at the top
level (`docs/api.md:314`, `tests/test_agent_client.py:35-38`),
DOCS's envelope would put it under `response_data`: both are read.


Sends a `POST` request to `/ihela/api/v1/operation-lookup/`

```ignore
let response = client.operation_lookup()
    .body(body)
    .send()
    .await;
```*/
    pub fn operation_lookup(&self) -> builder::OperationLookup<'_> {
        builder::OperationLookup::new(self)
    }
    /**Agent cash-out, step 2: pay out the withdrawal looked up

SDK `agent/client.py:239-267` (captured `agent-validate-withdrawal.json`):
the `validation_operation_code` of `operation_lookup`, the amount as a
string. Moves money: as `make_deposit`. A code works once (Assumed).


Sends a `POST` request to `/ihela/api/v1/validate-withdrawal/`

Arguments:
- `x_i_hela_signature`: Hex HMAC-SHA256 of the request body's exact bytes under the key
shared with iHela (SDK `core/security.py:35-40`). Sent when a key is
configured; whether the gateway requires or checks it is not
documented.

- `body`
```ignore
let response = client.validate_withdrawal()
    .x_i_hela_signature(x_i_hela_signature)
    .body(body)
    .send()
    .await;
```*/
    pub fn validate_withdrawal(&self) -> builder::ValidateWithdrawal<'_> {
        builder::ValidateWithdrawal::new(self)
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
        body: Result<types::builder::ClientCredentialsRequest, String>,
    }
    impl<'a> CreateToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClientCredentialsRequest>,
            <V as std::convert::TryInto<
                types::ClientCredentialsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ClientCredentialsRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ClientCredentialsRequest,
            ) -> types::builder::ClientCredentialsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/oAuth2/token/`
        pub async fn send(self) -> Result<ResponseValue<types::ClientToken>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ClientCredentialsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/oAuth2/token/", client.baseurl,);
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
                .form_urlencoded(&body)?
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
    /**Builder for [`Client::request_jwt`]

[`Client::request_jwt`]: super::Client::request_jwt*/
    #[derive(Debug, Clone)]
    pub struct RequestJwt<'a> {
        client: &'a super::Client,
        body: Result<types::builder::JwtRequest, String>,
    }
    impl<'a> RequestJwt<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::JwtRequest>,
            <V as std::convert::TryInto<types::JwtRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `JwtRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::JwtRequest,
            ) -> types::builder::JwtRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/auth-token/`
        pub async fn send(self) -> Result<ResponseValue<types::JwtPair>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::JwtRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/auth-token/", client.baseurl,);
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
                operation_id: "request_jwt",
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
    /**Builder for [`Client::refresh_jwt`]

[`Client::refresh_jwt`]: super::Client::refresh_jwt*/
    #[derive(Debug, Clone)]
    pub struct RefreshJwt<'a> {
        client: &'a super::Client,
        body: Result<types::builder::JwtRefreshRequest, String>,
    }
    impl<'a> RefreshJwt<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::JwtRefreshRequest>,
            <V as std::convert::TryInto<
                types::JwtRefreshRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `JwtRefreshRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::JwtRefreshRequest,
            ) -> types::builder::JwtRefreshRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/auth-token/refresh/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JwtRefreshed>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::JwtRefreshRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/auth-token/refresh/", client.baseurl,);
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refresh_jwt",
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
    /**Builder for [`Client::ping`]

[`Client::ping`]: super::Client::ping*/
    #[derive(Debug, Clone)]
    pub struct Ping<'a> {
        client: &'a super::Client,
    }
    impl<'a> Ping<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/ihela/api/v1/ping/`
        pub async fn send(self) -> Result<ResponseValue<types::Envelope>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/ihela/api/v1/ping/", client.baseurl,);
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
                operation_id: "ping",
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
    /**Builder for [`Client::account_lookup`]

[`Client::account_lookup`]: super::Client::account_lookup*/
    #[derive(Debug, Clone)]
    pub struct AccountLookup<'a> {
        client: &'a super::Client,
        account_format: Result<Option<types::AccountLookupAccountFormat>, String>,
        body: Result<types::builder::AccountQuery, String>,
    }
    impl<'a> AccountLookup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_format: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn account_format<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountLookupAccountFormat>,
        {
            self.account_format = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AccountLookupAccountFormat` for account_format failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountQuery>,
            <V as std::convert::TryInto<types::AccountQuery>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AccountQuery` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AccountQuery,
            ) -> types::builder::AccountQuery,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/account-lookup/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccountAnswer>, Error<()>> {
            let Self { client, account_format, body } = self;
            let account_format = account_format.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AccountQuery::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/account-lookup/", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "account_format",
                        &account_format,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "account_lookup",
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
        body: Result<types::builder::AccountQuery, String>,
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
            V: std::convert::TryInto<types::AccountQuery>,
            <V as std::convert::TryInto<types::AccountQuery>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AccountQuery` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AccountQuery,
            ) -> types::builder::AccountQuery,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/bsces/balance/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BalanceAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AccountQuery::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/bsces/balance/", client.baseurl,);
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
    /**Builder for [`Client::make_deposit`]

[`Client::make_deposit`]: super::Client::make_deposit*/
    #[derive(Debug, Clone)]
    pub struct MakeDeposit<'a> {
        client: &'a super::Client,
        x_i_hela_signature: Result<Option<types::MakeDepositXiHelaSignature>, String>,
        body: Result<types::builder::DepositRequest, String>,
    }
    impl<'a> MakeDeposit<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_i_hela_signature: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_i_hela_signature<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MakeDepositXiHelaSignature>,
        {
            self.x_i_hela_signature = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `MakeDepositXiHelaSignature` for x_i_hela_signature failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DepositRequest>,
            <V as std::convert::TryInto<
                types::DepositRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DepositRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DepositRequest,
            ) -> types::builder::DepositRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/make-deposit/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationAnswer>, Error<()>> {
            let Self { client, x_i_hela_signature, body } = self;
            let x_i_hela_signature = x_i_hela_signature.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DepositRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/make-deposit/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_i_hela_signature {
                header_map.append("X-iHela-Signature", value.to_string().try_into()?);
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
                operation_id: "make_deposit",
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
    /**Builder for [`Client::make_withdrawal`]

[`Client::make_withdrawal`]: super::Client::make_withdrawal*/
    #[derive(Debug, Clone)]
    pub struct MakeWithdrawal<'a> {
        client: &'a super::Client,
        x_i_hela_signature: Result<Option<types::MakeWithdrawalXiHelaSignature>, String>,
        body: Result<types::builder::WithdrawalRequest, String>,
    }
    impl<'a> MakeWithdrawal<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_i_hela_signature: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_i_hela_signature<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MakeWithdrawalXiHelaSignature>,
        {
            self.x_i_hela_signature = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `MakeWithdrawalXiHelaSignature` for x_i_hela_signature failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WithdrawalRequest>,
            <V as std::convert::TryInto<
                types::WithdrawalRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `WithdrawalRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WithdrawalRequest,
            ) -> types::builder::WithdrawalRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/make-withdrawal/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationAnswer>, Error<()>> {
            let Self { client, x_i_hela_signature, body } = self;
            let x_i_hela_signature = x_i_hela_signature.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WithdrawalRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/make-withdrawal/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_i_hela_signature {
                header_map.append("X-iHela-Signature", value.to_string().try_into()?);
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
                operation_id: "make_withdrawal",
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
    /**Builder for [`Client::mini_statement`]

[`Client::mini_statement`]: super::Client::mini_statement*/
    #[derive(Debug, Clone)]
    pub struct MiniStatement<'a> {
        client: &'a super::Client,
        account_number: Result<types::AccountNumber, String>,
    }
    impl<'a> MiniStatement<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_number: Err("account_number was not initialized".to_string()),
            }
        }
        pub fn account_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountNumber>,
        {
            self.account_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AccountNumber` for account_number failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/ihela/api/v1/mini-statement/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StatementAnswer>, Error<()>> {
            let Self { client, account_number } = self;
            let account_number = account_number.map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/mini-statement/", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "account_number",
                        &account_number,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mini_statement",
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
        ///Sends a `POST` request to `/ihela/api/v1/transaction-status/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TransactionStatusRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/transaction-status/", client.baseurl,);
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
    /**Builder for [`Client::transaction_fee`]

[`Client::transaction_fee`]: super::Client::transaction_fee*/
    #[derive(Debug, Clone)]
    pub struct TransactionFee<'a> {
        client: &'a super::Client,
        body: Result<types::builder::FeeRequest, String>,
    }
    impl<'a> TransactionFee<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FeeRequest>,
            <V as std::convert::TryInto<types::FeeRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FeeRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FeeRequest,
            ) -> types::builder::FeeRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/transaction-fee/`
        pub async fn send(self) -> Result<ResponseValue<types::FeeAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::FeeRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/transaction-fee/", client.baseurl,);
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
                operation_id: "transaction_fee",
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
    /**Builder for [`Client::agent_deposit`]

[`Client::agent_deposit`]: super::Client::agent_deposit*/
    #[derive(Debug, Clone)]
    pub struct AgentDeposit<'a> {
        client: &'a super::Client,
        x_i_hela_signature: Result<Option<types::AgentDepositXiHelaSignature>, String>,
        body: Result<types::builder::DepositRequest, String>,
    }
    impl<'a> AgentDeposit<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_i_hela_signature: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_i_hela_signature<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AgentDepositXiHelaSignature>,
        {
            self.x_i_hela_signature = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AgentDepositXiHelaSignature` for x_i_hela_signature failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DepositRequest>,
            <V as std::convert::TryInto<
                types::DepositRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DepositRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DepositRequest,
            ) -> types::builder::DepositRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/agent-deposit/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationAnswer>, Error<()>> {
            let Self { client, x_i_hela_signature, body } = self;
            let x_i_hela_signature = x_i_hela_signature.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DepositRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/agent-deposit/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_i_hela_signature {
                header_map.append("X-iHela-Signature", value.to_string().try_into()?);
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
                operation_id: "agent_deposit",
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
    /**Builder for [`Client::operation_lookup`]

[`Client::operation_lookup`]: super::Client::operation_lookup*/
    #[derive(Debug, Clone)]
    pub struct OperationLookup<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OperationLookupRequest, String>,
    }
    impl<'a> OperationLookup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OperationLookupRequest>,
            <V as std::convert::TryInto<
                types::OperationLookupRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OperationLookupRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OperationLookupRequest,
            ) -> types::builder::OperationLookupRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/operation-lookup/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationLookupAnswer>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OperationLookupRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/operation-lookup/", client.baseurl,);
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
                operation_id: "operation_lookup",
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
    /**Builder for [`Client::validate_withdrawal`]

[`Client::validate_withdrawal`]: super::Client::validate_withdrawal*/
    #[derive(Debug, Clone)]
    pub struct ValidateWithdrawal<'a> {
        client: &'a super::Client,
        x_i_hela_signature: Result<
            Option<types::ValidateWithdrawalXiHelaSignature>,
            String,
        >,
        body: Result<types::builder::ValidateWithdrawalRequest, String>,
    }
    impl<'a> ValidateWithdrawal<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_i_hela_signature: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_i_hela_signature<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ValidateWithdrawalXiHelaSignature>,
        {
            self.x_i_hela_signature = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ValidateWithdrawalXiHelaSignature` for x_i_hela_signature failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ValidateWithdrawalRequest>,
            <V as std::convert::TryInto<
                types::ValidateWithdrawalRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ValidateWithdrawalRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ValidateWithdrawalRequest,
            ) -> types::builder::ValidateWithdrawalRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/ihela/api/v1/validate-withdrawal/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationAnswer>, Error<()>> {
            let Self { client, x_i_hela_signature, body } = self;
            let x_i_hela_signature = x_i_hela_signature.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ValidateWithdrawalRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ihela/api/v1/validate-withdrawal/", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_i_hela_signature {
                header_map.append("X-iHela-Signature", value.to_string().try_into()?);
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
                operation_id: "validate_withdrawal",
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
    type Answer = types::ClientToken;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::ClientToken>, Error>,
    > + Send {
        builder::CreateToken::send(self)
    }
}
impl ::pesa_core::Operation for builder::RequestJwt<'_> {
    const ID: &'static str = "request_jwt";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::JwtPair;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::JwtPair>, Error>,
    > + Send {
        builder::RequestJwt::send(self)
    }
}
impl ::pesa_core::Operation for builder::RefreshJwt<'_> {
    const ID: &'static str = "refresh_jwt";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::JwtRefreshed;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::JwtRefreshed>, Error>,
    > + Send {
        builder::RefreshJwt::send(self)
    }
}
impl ::pesa_core::Operation for builder::Ping<'_> {
    const ID: &'static str = "ping";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::Envelope;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::Envelope>, Error>,
    > + Send {
        builder::Ping::send(self)
    }
}
impl ::pesa_core::Operation for builder::AccountLookup<'_> {
    const ID: &'static str = "account_lookup";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AccountAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AccountAnswer>, Error>,
    > + Send {
        builder::AccountLookup::send(self)
    }
}
impl ::pesa_core::Operation for builder::AccountBalance<'_> {
    const ID: &'static str = "account_balance";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BalanceAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BalanceAnswer>, Error>,
    > + Send {
        builder::AccountBalance::send(self)
    }
}
impl ::pesa_core::Operation for builder::MakeDeposit<'_> {
    const ID: &'static str = "make_deposit";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::OperationAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::OperationAnswer>, Error>,
    > + Send {
        builder::MakeDeposit::send(self)
    }
}
impl ::pesa_core::Operation for builder::MakeWithdrawal<'_> {
    const ID: &'static str = "make_withdrawal";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::OperationAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::OperationAnswer>, Error>,
    > + Send {
        builder::MakeWithdrawal::send(self)
    }
}
impl ::pesa_core::Operation for builder::MiniStatement<'_> {
    const ID: &'static str = "mini_statement";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::StatementAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::StatementAnswer>, Error>,
    > + Send {
        builder::MiniStatement::send(self)
    }
}
impl ::pesa_core::Operation for builder::TransactionStatus<'_> {
    const ID: &'static str = "transaction_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::OperationAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::OperationAnswer>, Error>,
    > + Send {
        builder::TransactionStatus::send(self)
    }
}
impl ::pesa_core::Operation for builder::TransactionFee<'_> {
    const ID: &'static str = "transaction_fee";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::FeeAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::FeeAnswer>, Error>,
    > + Send {
        builder::TransactionFee::send(self)
    }
}
impl ::pesa_core::Operation for builder::AgentDeposit<'_> {
    const ID: &'static str = "agent_deposit";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::OperationAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::OperationAnswer>, Error>,
    > + Send {
        builder::AgentDeposit::send(self)
    }
}
impl ::pesa_core::Operation for builder::OperationLookup<'_> {
    const ID: &'static str = "operation_lookup";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::OperationLookupAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            ResponseValue<types::OperationLookupAnswer>,
            Error,
        >,
    > + Send {
        builder::OperationLookup::send(self)
    }
}
impl ::pesa_core::Operation for builder::ValidateWithdrawal<'_> {
    const ID: &'static str = "validate_withdrawal";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::OperationAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::OperationAnswer>, Error>,
    > + Send {
        builder::ValidateWithdrawal::send(self)
    }
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `account_lookup` (`POST /ihela/api/v1/account-lookup/`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct AccountLookup {
        ///The form of the account number in the answer (DOCS).
        #[serde(rename = "account_format", default)]
        pub account_format: ::std::option::Option<::std::string::String>,
    }
    ///The path and query parameters of `mini_statement` (`GET /ihela/api/v1/mini-statement/`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct MiniStatement {
        ///The account (DOCS's example uses the long form).
        #[serde(rename = "account_number")]
        pub account_number: types::AccountNumber,
    }
}
impl ::std::fmt::Display for types::AccountNumber {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::AccountNumber {
    ///Checks `value` against the spec's `AccountNumber`; a refusal names the field `account_number`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("account_number", e.to_string()))
    }
}
impl ::std::fmt::Display for types::AccountHolder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::AccountHolder {
    ///Checks `value` against the spec's `AccountHolder`; a refusal names the field `account_holder`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("account_holder", e.to_string()))
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
impl ::std::fmt::Display for types::ExternalReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::ExternalReference {
    ///Checks `value` against the spec's `ExternalReference`; a refusal names the field `external_reference`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "external_reference",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::ExternalCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::ExternalCode {
    ///Checks `value` against the spec's `ExternalCode`; a refusal names the field `external_code`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("external_code", e.to_string()))
    }
}
