// Generated from openapi/ihela-merchant.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the test gateway: Test gateway (every client and the source documents).
    pub const TEST: &str = "https://testgate.ihela.online";
    ///Base URL of the production gateway: Production gateway (ihela-sdk 0.4.0).
    pub const PRODUCTION: &str = "https://gate.ihela.online";
    /**Base URL of the legacy gateway: Older production gateway (PHP client 0.0.7, the Python client's v2
branch), whose OAuth2 endpoints were on another host,
`https://oa2.ihela.bi`.
*/
    pub const LEGACY: &str = "https://api.ihela.bi";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`GET /oAuth2/authorize/`: the path of `authorize`.
    pub const AUTHORIZE: &str = "/oAuth2/authorize/";
    ///`POST /oAuth2/token/`: the path of `create_token`.
    pub const CREATE_TOKEN: &str = "/oAuth2/token/";
    ///`GET /api/v1/connected-user/`: the path of `get_connected_user`.
    pub const GET_CONNECTED_USER: &str = "/api/v1/connected-user/";
    ///`GET /api/v1/payments/bank/`: the path of `list_banks`.
    pub const LIST_BANKS: &str = "/api/v1/payments/bank/";
    ///`GET /api/v1/payments/bank/cashin/`: the path of `list_cash_in_banks`.
    pub const LIST_CASH_IN_BANKS: &str = "/api/v1/payments/bank/cashin/";
    ///`GET /api/v1/payments/bank/cashout/`: the path of `list_cash_out_banks`.
    pub const LIST_CASH_OUT_BANKS: &str = "/api/v1/payments/bank/cashout/";
    ///`GET /api/v1/bank/{bank_slug}/account/lookup/`: the path of `lookup_customer`.
    pub const LOOKUP_CUSTOMER: &str = "/api/v1/bank/{bank_slug}/account/lookup/";
    ///`/api/v1/bank/{bank_slug}/account/lookup/` with its parameters filled in, percent-encoded.
    pub fn lookup_customer(bank_slug: &str) -> ::std::string::String {
        format!(
            "/api/v1/bank/{}/account/lookup/",
            ::progenitor_client::encode_path(bank_slug)
        )
    }
    ///`POST /api/v1/payments/bill/init/`: the path of `init_bill`.
    pub const INIT_BILL: &str = "/api/v1/payments/bill/init/";
    ///`POST /api/v1/payments/bill/verify/`: the path of `verify_bill`.
    pub const VERIFY_BILL: &str = "/api/v1/payments/bill/verify/";
    ///`POST /api/v1/payments/bill-init/`: the path of `create_bill`.
    pub const CREATE_BILL: &str = "/api/v1/payments/bill-init/";
    ///`POST /api/v1/payments/bill-check/`: the path of `check_bill`.
    pub const CHECK_BILL: &str = "/api/v1/payments/bill-check/";
    ///`POST /api/v1/payments/cash-in/`: the path of `cash_in`.
    pub const CASH_IN: &str = "/api/v1/payments/cash-in/";
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `TokenRequest`'s properties.
    pub mod token_request {
        pub const GRANT_TYPE: &str = "grant_type";
        pub const CLIENT_ID: &str = "client_id";
        pub const CLIENT_SECRET: &str = "client_secret";
        pub const CODE: &str = "code";
        pub const REDIRECT_URI: &str = "redirect_uri";
        pub const REFRESH_TOKEN: &str = "refresh_token";
    }
    ///The wire names of `Token`'s properties.
    pub mod token {
        pub const ACCESS_TOKEN: &str = "access_token";
        pub const TOKEN_TYPE: &str = "token_type";
        pub const EXPIRES_IN: &str = "expires_in";
        pub const SCOPE: &str = "scope";
        pub const REFRESH_TOKEN: &str = "refresh_token";
    }
    ///The wire names of `ErrorDetail`'s properties.
    pub mod error_detail {
        pub const DETAIL: &str = "detail";
    }
    ///The wire names of `OAuthError`'s properties.
    pub mod o_auth_error {
        pub const ERROR: &str = "error";
        pub const ERROR_DESCRIPTION: &str = "error_description";
    }
    ///The wire names of `User`'s properties.
    pub mod user {
        pub const USERNAME: &str = "username";
        pub const EMAIL: &str = "email";
        pub const IHELA_CODE: &str = "ihela_code";
        pub const BIO: &str = "bio";
        pub const IMAGE: &str = "image";
        pub const FOLLOWING: &str = "following";
    }
    ///The wire names of `BankList`'s properties.
    pub mod bank_list {
        pub const BANKS: &str = "banks";
        pub const COUNT: &str = "count";
        pub const BANKS_COUNT: &str = "banksCount";
    }
    ///The wire names of `Bank`'s properties.
    pub mod bank {
        pub const SLUG: &str = "slug";
        pub const NAME: &str = "name";
        pub const SWIFT_CODE: &str = "swift_code";
        pub const BANK_CODE: &str = "bank_code";
        pub const BANK_TYPE: &str = "bank_type";
        pub const CAN_CREATE_ACCOUNT_ONLINE: &str = "can_create_account_online";
        pub const IS_ACTIVE: &str = "is_active";
        pub const COMPANY: &str = "company";
        pub const LIMITS_CONFIG: &str = "limits_config";
        pub const ACCOUNT_MASKED_TEXT: &str = "account_masked_text";
        pub const IHELA_ACCOUNT_INSIDE: &str = "ihela_account_inside";
    }
    ///The wire names of `Company`'s properties.
    pub mod company {
        pub const NAME: &str = "name";
        pub const FULLNAME: &str = "fullname";
        pub const NICKNAME: &str = "nickname";
        pub const SLUG: &str = "slug";
        pub const IMAGE: &str = "image";
        pub const ABOUT: &str = "about";
        pub const LOGO: &str = "logo";
        pub const LOGO_ICON: &str = "logo_icon";
    }
    ///The wire names of `BankLimits`'s properties.
    pub mod bank_limits {
        pub const IN_MINIMUM: &str = "in_minimum";
        pub const IN_MAXIMUM: &str = "in_maximum";
        pub const OUT_MINIMUM: &str = "out_minimum";
        pub const OUT_MAXIMUM: &str = "out_maximum";
    }
    ///The wire names of `CustomerAccount`'s properties.
    pub mod customer_account {
        pub const ACCOUNT_NUMBER: &str = "account_number";
        pub const NAME: &str = "name";
    }
    ///The wire names of `BillInitRequest`'s properties.
    pub mod bill_init_request {
        pub const AMOUNT: &str = "amount";
        pub const USER: &str = "user";
        pub const DESCRIPTION: &str = "description";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const BANK: &str = "bank";
        pub const BANK_CLIENT_ID: &str = "bank_client_id";
        pub const REDIRECT_URI: &str = "redirect_uri";
    }
    ///The wire names of `BillInitResponse`'s properties.
    pub mod bill_init_response {
        pub const BILL: &str = "bill";
    }
    ///The wire names of `Bill`'s properties.
    pub mod bill {
        pub const MERCHANT: &str = "merchant";
        pub const INITIATED_BY: &str = "initiated_by";
        pub const PAID_BY: &str = "paid_by";
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const CURRENCY_INFO: &str = "currency_info";
        pub const DESCRIPTION: &str = "description";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const STATUS: &str = "status";
        pub const EXPIRED: &str = "expired";
        pub const CODE: &str = "code";
        pub const REDIRECT_URI: &str = "redirect_uri";
        pub const CONFIRMATION_URI: &str = "confirmation_uri";
        pub const PAYMENT_REFERENCE: &str = "payment_reference";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `BillMerchant`'s properties.
    pub mod bill_merchant {
        pub const TITLE: &str = "title";
        pub const MERCHANT: &str = "merchant";
        pub const USER: &str = "user";
    }
    ///The wire names of `MerchantInfo`'s properties.
    pub mod merchant_info {
        pub const ID: &str = "id";
        pub const TITLE: &str = "title";
        pub const MERCHANT_TYPE: &str = "merchant_type";
        pub const MERCHANT_SLUG: &str = "merchant_slug";
        pub const MERCHANT_LOGO: &str = "merchant_logo";
        pub const MERCHANT_CODE: &str = "merchant_code";
    }
    ///The wire names of `LabelledValue`'s properties.
    pub mod labelled_value {
        pub const LABEL: &str = "label";
        pub const VALUE: &str = "value";
        pub const CSS: &str = "css";
    }
    ///The wire names of `BillStatusInfo`'s properties.
    pub mod bill_status_info {
        pub const LABEL: &str = "label";
        pub const VALUE: &str = "value";
        pub const CSS: &str = "css";
    }
    ///The wire names of `CurrencyInfo`'s properties.
    pub mod currency_info {
        pub const ISO_CODE: &str = "iso_code";
        pub const ISO_ALPHA_CODE: &str = "iso_alpha_code";
        pub const TITLE: &str = "title";
        pub const ABBREVIATION: &str = "abbreviation";
        pub const OPERATION_MIN_AMOUNT: &str = "operation_min_amount";
    }
    ///The wire names of `BillVerifyRequest`'s properties.
    pub mod bill_verify_request {
        pub const CODE: &str = "code";
        pub const REFERENCE: &str = "reference";
    }
    ///The wire names of `BillVerifyResponse`'s properties.
    pub mod bill_verify_response {
        pub const BILL: &str = "bill";
    }
    ///The wire names of `BillVerification`'s properties.
    pub mod bill_verification {
        pub const BANK_REFERENCE: &str = "bank_reference";
        pub const REFERENCE: &str = "reference";
        pub const CODE: &str = "code";
        pub const STATUS: &str = "status";
    }
    ///The wire names of `BillCreateRequest`'s properties.
    pub mod bill_create_request {
        pub const DEBIT_BANK: &str = "debit_bank";
        pub const DEBIT_ACCOUNT: &str = "debit_account";
        pub const AMOUNT: &str = "amount";
        pub const DESCRIPTION: &str = "description";
        pub const MERCHANT_DESCRIPTION: &str = "merchant_description";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const REDIRECT_URI: &str = "redirect_uri";
        pub const PAYMENT_PRODUCT_ID: &str = "payment_product_id";
        pub const PIN_CODE: &str = "pin_code";
    }
    ///The wire names of `BillCheckRequest`'s properties.
    pub mod bill_check_request {
        pub const BILL_CODE: &str = "bill_code";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const PIN_CODE: &str = "pin_code";
    }
    ///The wire names of `BillInitResult`'s properties.
    pub mod bill_init_result {
        pub const SUCCESS: &str = "success";
        pub const RESPONSE_CODE: &str = "response_code";
        pub const RESPONSE_MESSAGE: &str = "response_message";
        pub const RESPONSE_DATA: &str = "response_data";
    }
    ///The wire names of `BillInitData`'s properties.
    pub mod bill_init_data {
        pub const BILL_CODE: &str = "bill_code";
        pub const CODE: &str = "code";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const AMOUNT: &str = "amount";
        pub const STATUS: &str = "status";
        pub const CONFIRMATION_URI: &str = "confirmation_uri";
        pub const CREATED_AT: &str = "created_at";
    }
    ///The wire names of `BillCheckResult`'s properties.
    pub mod bill_check_result {
        pub const SUCCESS: &str = "success";
        pub const RESPONSE_CODE: &str = "response_code";
        pub const RESPONSE_MESSAGE: &str = "response_message";
        pub const RESPONSE_DATA: &str = "response_data";
    }
    ///The wire names of `BillCheckData`'s properties.
    pub mod bill_check_data {
        pub const BILL_CODE: &str = "bill_code";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const STATUS: &str = "status";
        pub const BANK_REFERENCE: &str = "bank_reference";
        pub const PAYMENT_REFERENCE: &str = "payment_reference";
        pub const AMOUNT: &str = "amount";
    }
    ///The wire names of `AccountCashIn`'s properties.
    pub mod account_cash_in {
        pub const BANK_SLUG: &str = "bank_slug";
        pub const ACCOUNT: &str = "account";
        pub const AMOUNT: &str = "amount";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const DESCRIPTION: &str = "description";
    }
    ///The wire names of `CreditAccountCashIn`'s properties.
    pub mod credit_account_cash_in {
        pub const CREDIT_BANK: &str = "credit_bank";
        pub const CREDIT_ACCOUNT: &str = "credit_account";
        pub const CREDIT_ACCOUNT_HOLDER: &str = "credit_account_holder";
        pub const AMOUNT: &str = "amount";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const DESCRIPTION: &str = "description";
        pub const PIN_CODE: &str = "pin_code";
        pub const CURRENCY: &str = "currency";
    }
    ///The wire names of `CashInResult`'s properties.
    pub mod cash_in_result {
        pub const BANK_SLUG: &str = "bank_slug";
        pub const ACCOUNT: &str = "account";
        pub const AMOUNT: &str = "amount";
        pub const DESCRIPTION: &str = "description";
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const ERROR: &str = "error";
        pub const ERROR_MESSAGE: &str = "error_message";
        pub const REFERENCE: &str = "reference";
        pub const SUCCESS: &str = "success";
        pub const RESPONSE_CODE: &str = "response_code";
        pub const RESPONSE_MESSAGE: &str = "response_message";
        pub const RESPONSE_DATA: &str = "response_data";
    }
    ///The wire names of `BillCallback`'s properties.
    pub mod bill_callback {
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const BILL_CODE: &str = "bill_code";
        pub const ERROR: &str = "error";
        pub const ERROR_MESSAGE: &str = "error_message";
        pub const PAYMENT_REFERENCE: &str = "payment_reference";
    }
    ///The wire names of `BillCallbackAnswer`'s properties.
    pub mod bill_callback_answer {
        pub const ERROR: &str = "error";
        pub const ERROR_MESSAGE: &str = "error_message";
    }
    ///The wire names of `RedirectParams`'s properties.
    pub mod redirect_params {
        pub const MERCHANT_REFERENCE: &str = "merchant_reference";
        pub const BILL_CODE: &str = "bill_code";
        pub const PAID: &str = "paid";
        pub const STATUS: &str = "status";
        pub const BANK_REFERENCE: &str = "bank_reference";
    }
    ///The wire names of `LoginRedirect`'s properties.
    pub mod login_redirect {
        pub const CODE: &str = "code";
        pub const STATE: &str = "state";
        pub const ERROR: &str = "error";
        pub const ERROR_DESCRIPTION: &str = "error_description";
    }
}
/// The name of every header the spec defines.
pub mod headers {}
/// Extensible string enums: the values the spec lists, and `Unknown`
/// for any other, so that a new value never breaks decoding.
pub mod open_enums {
    /**A bill's status: an open enum. Every spelling seen in any source is
listed in the first alternative; the second takes any other string,
so that a status iHela adds later is read as unknown, not refused.
Match the listed values; treat anything else as "not paid yet, ask
again". `Pending`, `Paid` and `Expired` come from bill verify (seeds
000, 001); `Initiated` is the label of a new bill (seed 000);
`Processed` comes with the redirect (seed 002); `Initial`, `Canceled`
and `Error` from the 2026 SDK's documentation, `Error` also from
iHela's documentation site.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum BillStatus {
        ///`Pending`
        Pending,
        ///`Paid`
        Paid,
        ///`Expired`
        Expired,
        ///`Initiated`
        Initiated,
        ///`Processed`
        Processed,
        ///`Initial`
        Initial,
        ///`Canceled`
        Canceled,
        ///`Error`
        Error,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl BillStatus {
        ///Every value of `BillStatus` the spec lists, in its order.
        pub const KNOWN: &'static [BillStatus] = &[
            BillStatus::Pending,
            BillStatus::Paid,
            BillStatus::Expired,
            BillStatus::Initiated,
            BillStatus::Processed,
            BillStatus::Initial,
            BillStatus::Canceled,
            BillStatus::Error,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                BillStatus::Pending => "Pending",
                BillStatus::Paid => "Paid",
                BillStatus::Expired => "Expired",
                BillStatus::Initiated => "Initiated",
                BillStatus::Processed => "Processed",
                BillStatus::Initial => "Initial",
                BillStatus::Canceled => "Canceled",
                BillStatus::Error => "Error",
                BillStatus::Unknown(other) => other,
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
                .unwrap_or_else(|| BillStatus::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, BillStatus::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                BillStatus::Pending => None,
                BillStatus::Paid => None,
                BillStatus::Expired => None,
                BillStatus::Initiated => None,
                BillStatus::Processed => None,
                BillStatus::Initial => None,
                BillStatus::Canceled => None,
                BillStatus::Error => None,
                BillStatus::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for BillStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for BillStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for BillStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BillStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**Generation 2's envelope code, an open enum: `00` success,
`05` insufficient funds, `07` a transient failure worth retrying
(`ihela-sdk` 0.4.0). Any other code is a failure too.
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
    /**The kind of a bank, an open enum: `MF1` microfinance, `MOB` mobile
money, `BNQ` bank (seeds 000, 001); any other string is a kind iHela
added later.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum BankType {
        ///`MF1`
        Mf1,
        ///`MOB`
        Mob,
        ///`BNQ`
        Bnq,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl BankType {
        ///Every value of `BankType` the spec lists, in its order.
        pub const KNOWN: &'static [BankType] = &[
            BankType::Mf1,
            BankType::Mob,
            BankType::Bnq,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                BankType::Mf1 => "MF1",
                BankType::Mob => "MOB",
                BankType::Bnq => "BNQ",
                BankType::Unknown(other) => other,
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
                .unwrap_or_else(|| BankType::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, BankType::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                BankType::Mf1 => None,
                BankType::Mob => None,
                BankType::Bnq => None,
                BankType::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for BankType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for BankType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for BankType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BankType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**Why the token endpoint refused a request (RFC 6749 section 5.2): an
open enum, so that a code iHela adds later is read, not refused.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum TokenError {
        ///`invalid_request`
        InvalidRequest,
        ///`invalid_client`
        InvalidClient,
        ///`invalid_grant`
        InvalidGrant,
        ///`unauthorized_client`
        UnauthorizedClient,
        ///`unsupported_grant_type`
        UnsupportedGrantType,
        ///`invalid_scope`
        InvalidScope,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl TokenError {
        ///Every value of `TokenError` the spec lists, in its order.
        pub const KNOWN: &'static [TokenError] = &[
            TokenError::InvalidRequest,
            TokenError::InvalidClient,
            TokenError::InvalidGrant,
            TokenError::UnauthorizedClient,
            TokenError::UnsupportedGrantType,
            TokenError::InvalidScope,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                TokenError::InvalidRequest => "invalid_request",
                TokenError::InvalidClient => "invalid_client",
                TokenError::InvalidGrant => "invalid_grant",
                TokenError::UnauthorizedClient => "unauthorized_client",
                TokenError::UnsupportedGrantType => "unsupported_grant_type",
                TokenError::InvalidScope => "invalid_scope",
                TokenError::Unknown(other) => other,
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
                .unwrap_or_else(|| TokenError::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, TokenError::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                TokenError::InvalidRequest => None,
                TokenError::InvalidClient => None,
                TokenError::InvalidGrant => None,
                TokenError::UnauthorizedClient => None,
                TokenError::UnsupportedGrantType => None,
                TokenError::InvalidScope => None,
                TokenError::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for TokenError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for TokenError {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for TokenError {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TokenError {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**Why `authorize` gave no code (RFC 6749 section 4.1.2.1): an open
enum, so that a code iHela adds later is read, not refused.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum AuthorizeError {
        ///`access_denied`
        AccessDenied,
        ///`invalid_request`
        InvalidRequest,
        ///`unauthorized_client`
        UnauthorizedClient,
        ///`unsupported_response_type`
        UnsupportedResponseType,
        ///`invalid_scope`
        InvalidScope,
        ///`server_error`
        ServerError,
        ///`temporarily_unavailable`
        TemporarilyUnavailable,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl AuthorizeError {
        ///Every value of `AuthorizeError` the spec lists, in its order.
        pub const KNOWN: &'static [AuthorizeError] = &[
            AuthorizeError::AccessDenied,
            AuthorizeError::InvalidRequest,
            AuthorizeError::UnauthorizedClient,
            AuthorizeError::UnsupportedResponseType,
            AuthorizeError::InvalidScope,
            AuthorizeError::ServerError,
            AuthorizeError::TemporarilyUnavailable,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                AuthorizeError::AccessDenied => "access_denied",
                AuthorizeError::InvalidRequest => "invalid_request",
                AuthorizeError::UnauthorizedClient => "unauthorized_client",
                AuthorizeError::UnsupportedResponseType => "unsupported_response_type",
                AuthorizeError::InvalidScope => "invalid_scope",
                AuthorizeError::ServerError => "server_error",
                AuthorizeError::TemporarilyUnavailable => "temporarily_unavailable",
                AuthorizeError::Unknown(other) => other,
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
                .unwrap_or_else(|| AuthorizeError::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, AuthorizeError::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                AuthorizeError::AccessDenied => None,
                AuthorizeError::InvalidRequest => None,
                AuthorizeError::UnauthorizedClient => None,
                AuthorizeError::UnsupportedResponseType => None,
                AuthorizeError::InvalidScope => None,
                AuthorizeError::ServerError => None,
                AuthorizeError::TemporarilyUnavailable => None,
                AuthorizeError::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for AuthorizeError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for AuthorizeError {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for AuthorizeError {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AuthorizeError {
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
    ///A cash-in with generation 1 names (seed 000).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AccountCashIn {
        ///The customer's account number (from customer lookup) or phone number.
        pub account: AccountNumber,
        ///The amount to pay, in whole francs.
        pub amount: crate::money::Francs,
        ///The bank to pay to.
        pub bank_slug: BankSlug,
        ///What the payout is for.
        pub description: Description,
        ///The merchant's unique reference for this payout.
        pub merchant_reference: MerchantReference,
    }
    impl AccountCashIn {
        pub fn builder() -> builder::AccountCashIn {
            Default::default()
        }
    }
    /**A customer's account number in a bank (`000001-01` at iHela Credit
Union), or the phone number of a mobile wallet: what customer lookup
answers and cash-in takes.
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
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
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
    ///`Bank`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Bank {
        ///Input mask of an account number (`000000-00`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_masked_text: ::std::option::Option<::std::string::String>,
        ///The bank's number (the `NNNN` of its slug).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<i64>,
        ///Microfinance, mobile money or bank.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_type: ::std::option::Option<crate::generated::open_enums::BankType>,
        ///Whether a customer can open an account online.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_create_account_online: ::std::option::Option<bool>,
        ///The company behind the bank: names and logos for a selection widget.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub company: ::std::option::Option<Company>,
        /**Null in every sample; what it holds otherwise is not documented.
Assumed: a string (an account reference).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ihela_account_inside: ::std::option::Option<::std::string::String>,
        ///Whether iHela currently works with this bank.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_active: ::std::option::Option<bool>,
        ///Amount limits for money in and out; null when the bank has none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits_config: ::std::option::Option<BankLimits>,
        ///The bank's name, for display.
        pub name: ::std::string::String,
        ///The bank's slug, which bill init (`bank`), lookup and cash-in take.
        pub slug: BankSlug,
        ///The bank's SWIFT code; null in every sample.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub swift_code: ::std::option::Option<::std::string::String>,
    }
    impl Bank {
        pub fn builder() -> builder::Bank {
            Default::default()
        }
    }
    ///Amount limits of a bank, for money in and money out.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BankLimits {
        ///The largest amount a customer can pay from this bank (a bill).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub in_maximum: ::std::option::Option<::rust_decimal::Decimal>,
        ///The smallest amount a customer can pay from this bank (a bill).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub in_minimum: ::std::option::Option<::rust_decimal::Decimal>,
        ///The largest amount that can be paid out to this bank (a cash-in).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_maximum: ::std::option::Option<::rust_decimal::Decimal>,
        ///The smallest amount that can be paid out to this bank (a cash-in).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out_minimum: ::std::option::Option<::rust_decimal::Decimal>,
    }
    impl BankLimits {
        pub fn builder() -> builder::BankLimits {
            Default::default()
        }
    }
    ///`BankList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BankList {
        ///The banks and wallets, each with its slug.
        pub banks: ::std::vec::Vec<Bank>,
        ///Number of banks (0.0.4 sample).
        #[serde(
            rename = "banksCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub banks_count: ::std::option::Option<i64>,
        ///Number of banks (0.0.5 sample).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
    }
    impl BankList {
        pub fn builder() -> builder::BankList {
            Default::default()
        }
    }
    /**A bank's slug from the bank list: its type and a number (`MF1-0001`,
`MOB-0003`, `BNQ-0002` in the samples). Treat it as opaque.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BankSlug(::std::string::String);
    impl ::std::ops::Deref for BankSlug {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BankSlug> for ::std::string::String {
        fn from(value: BankSlug) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BankSlug {
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
    impl ::std::convert::TryFrom<&str> for BankSlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BankSlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BankSlug {
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
    /**A bill. Keep `code` and `confirmation_uri`. Nested objects are not
always complete (the short sample has only `merchant.title`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Bill {
        ///The amount billed.
        pub amount: ::rust_decimal::Decimal,
        ///The bill code (`BILL-YYYYMMDD-XXXXXXXXXX`).
        pub code: BillCode,
        /**Where the customer confirms the bill in iHela: send them there.
Every sample of bill init has it.
*/
        pub confirmation_uri: ::std::string::String,
        ///When the bill was created (RFC 3339, with microseconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///ISO 4217 number of the currency (108, BIF).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<i64>,
        ///The currency's details (BIF).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency_info: ::std::option::Option<CurrencyInfo>,
        ///The bill's description as iHela shows it (the merchant's name and reference added).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Whether the bill has expired.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expired: ::std::option::Option<bool>,
        ///The user who initiated the bill.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub initiated_by: ::std::option::Option<User>,
        ///The merchant who issued the bill (only `title` in the short sample).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant: ::std::option::Option<BillMerchant>,
        ///The merchant's reference, as sent.
        pub merchant_reference: MerchantReference,
        ///The user who paid the bill; null until paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paid_by: ::std::option::Option<User>,
        ///The bank reference of the payment; null until paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_reference: ::std::option::Option<::std::string::String>,
        ///Where iHela sends the customer's browser after payment, as sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_uri: ::std::option::Option<::std::string::String>,
        ///The bill's status as bill init shows it (`Initiated`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<BillStatusInfo>,
    }
    impl Bill {
        pub fn builder() -> builder::Bill {
            Default::default()
        }
    }
    /**What iHela POSTs to the merchant's callback URL when a bill is paid or
its payment failed (seed 002).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillCallback {
        ///The bill's code.
        pub bill_code: BillCode,
        ///false when the customer paid.
        pub error: bool,
        ///`Success`, or why the payment failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_message: ::std::option::Option<::std::string::String>,
        ///The merchant's reference of the bill.
        pub merchant_reference: MerchantReference,
        ///The bank reference of the payment; null on error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_reference: ::std::option::Option<::std::string::String>,
    }
    impl BillCallback {
        pub fn builder() -> builder::BillCallback {
            Default::default()
        }
    }
    /**The merchant's answer to the callback. `error` true makes iHela refund
the customer.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillCallbackAnswer {
        ///true when the merchant cannot process the payment: iHela then refunds the customer.
        pub error: bool,
        ///`Success`, or why the merchant refuses the payment.
        pub error_message: ::std::string::String,
    }
    impl BillCallbackAnswer {
        pub fn builder() -> builder::BillCallbackAnswer {
            Default::default()
        }
    }
    /**A bill's status in generation 2. Assumed: no client
publishes this shape beyond `status` (the 2026 SDK's documentation);
every field is optional.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BillCheckData {
        ///The amount billed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///The bank reference of the payment, once paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_reference: ::std::option::Option<::std::string::String>,
        ///The bill code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bill_code: ::std::option::Option<BillCode>,
        ///The merchant's reference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_reference: ::std::option::Option<MerchantReference>,
        ///The bank reference of the payment, under the bill's name for it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_reference: ::std::option::Option<::std::string::String>,
        ///The bill's status (`Initial`, `Paid`, `Canceled`, `Error`, or another).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::open_enums::BillStatus>,
    }
    impl BillCheckData {
        pub fn builder() -> builder::BillCheckData {
            Default::default()
        }
    }
    /**Without `bill_code`, the bill is looked up by `merchant_reference`
alone: this is how a client finds a bill whose init answer was lost.
Assumed: whether the live gateway does is not documented (the
sandbox does). `pin_code` may be null: `ihela-sdk` 0.4.0's
authorization client sends it so.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillCheckRequest {
        ///The bill code; leave it out to find the bill by its merchant reference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bill_code: ::std::option::Option<BillCode>,
        ///The merchant's reference of the bill.
        pub merchant_reference: MerchantReference,
        ///The merchant's PIN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pin_code: ::std::option::Option<crate::secret::Pin>,
    }
    impl BillCheckRequest {
        pub fn builder() -> builder::BillCheckRequest {
            Default::default()
        }
    }
    ///Generation 2's envelope around a bill's status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BillCheckResult {
        ///The envelope's verdict; anything but `00` is a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The bill's status; null or absent on failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<BillCheckData>,
        ///What happened, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///Whether the check succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl BillCheckResult {
        pub fn builder() -> builder::BillCheckResult {
            Default::default()
        }
    }
    /**The bill's unique code in iHela, made of a prefix, the date and a
random part: `BILL-20200813-B8GUIUDIN0` in the generation 1 samples,
`CODE-20230421-W9T6CYW` on iHela's documentation site. Treat it as
opaque.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BillCode(::std::string::String);
    impl ::std::ops::Deref for BillCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BillCode> for ::std::string::String {
        fn from(value: BillCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BillCode {
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
    impl ::std::convert::TryFrom<&str> for BillCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BillCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BillCode {
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
    /**Generation 2's bill init, as `ihela-sdk` 0.4.0 sends it
(null fields left out) and as iHela's documentation site lists it.
Assumed: the data fields beyond those two sources' names.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillCreateRequest {
        ///The amount to bill, in whole francs.
        pub amount: crate::money::Francs,
        /**The customer's account, phone number or iHela identifier in
`debit_bank`. `ihela-sdk` 0.4.0 sends it empty in its "log in
with iHela" flow, where the signed-in customer is the payer.
*/
        pub debit_account: ::std::string::String,
        /**Where the bill is sent for confirmation. `ihela-sdk` 0.4.0 leaves
it out when no bank is given; assumed to mean iHela Credit Union,
as bill init's `bank` does.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub debit_bank: ::std::option::Option<BankSlug>,
        ///What the customer pays for.
        pub description: Description,
        ///The description on the merchant's side; the SDK sends `description` when absent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_description: ::std::option::Option<Description>,
        ///The merchant's unique reference for this payment.
        pub merchant_reference: MerchantReference,
        ///Null in every source; what it selects is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_product_id: ::std::option::Option<::std::string::String>,
        ///The merchant's PIN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pin_code: ::std::option::Option<crate::secret::Pin>,
        ///Where iHela sends the customer's browser after payment, or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_uri: ::std::option::Option<::std::string::String>,
    }
    impl BillCreateRequest {
        pub fn builder() -> builder::BillCreateRequest {
            Default::default()
        }
    }
    /**A bill created by generation 2. Assumed: no client publishes
this shape; every field is optional, and both `bill_code` and `code`
are read.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BillInitData {
        ///The amount billed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///The bill code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bill_code: ::std::option::Option<BillCode>,
        ///The bill code, under the generation 1 name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<BillCode>,
        ///Where the customer confirms the bill.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confirmation_uri: ::std::option::Option<::std::string::String>,
        ///When the bill was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The merchant's reference, as sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_reference: ::std::option::Option<MerchantReference>,
        ///The bill's status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::open_enums::BillStatus>,
    }
    impl BillInitData {
        pub fn builder() -> builder::BillInitData {
            Default::default()
        }
    }
    ///`BillInitRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillInitRequest {
        ///The amount to bill, in whole francs.
        pub amount: crate::money::Francs,
        /**Where the bill is sent for confirmation; iHela Credit Union when
absent. (The PHP client names this field `bank_slug`.)
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank: ::std::option::Option<BankSlug>,
        /**The customer's id in `bank` (a phone number for a mobile wallet).
The Python client sends `user` here when `bank` is set and this is
not.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_client_id: ::std::option::Option<BillInitRequestBankClientId>,
        ///What the customer pays for, shown to them in iHela.
        pub description: Description,
        ///The merchant's unique reference for this payment.
        pub merchant_reference: MerchantReference,
        ///One of the redirect URIs registered with iHela.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_uri: ::std::option::Option<::std::string::String>,
        /**Who receives the bill: iHela username, phone number, email or
client id; with `bank`, the customer's id in that bank.
*/
        pub user: BillInitRequestUser,
    }
    impl BillInitRequest {
        pub fn builder() -> builder::BillInitRequest {
            Default::default()
        }
    }
    /**The customer's id in `bank` (a phone number for a mobile wallet).
The Python client sends `user` here when `bank` is set and this is
not.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BillInitRequestBankClientId(::std::string::String);
    impl ::std::ops::Deref for BillInitRequestBankClientId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BillInitRequestBankClientId> for ::std::string::String {
        fn from(value: BillInitRequestBankClientId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BillInitRequestBankClientId {
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
    impl ::std::convert::TryFrom<&str> for BillInitRequestBankClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BillInitRequestBankClientId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BillInitRequestBankClientId {
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
    /**Who receives the bill: iHela username, phone number, email or
client id; with `bank`, the customer's id in that bank.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BillInitRequestUser(::std::string::String);
    impl ::std::ops::Deref for BillInitRequestUser {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BillInitRequestUser> for ::std::string::String {
        fn from(value: BillInitRequestUser) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BillInitRequestUser {
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
    impl ::std::convert::TryFrom<&str> for BillInitRequestUser {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BillInitRequestUser {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BillInitRequestUser {
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
    ///`BillInitResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillInitResponse {
        ///The bill created.
        pub bill: Bill,
    }
    impl BillInitResponse {
        pub fn builder() -> builder::BillInitResponse {
            Default::default()
        }
    }
    ///Generation 2's envelope around a created bill.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BillInitResult {
        ///The envelope's verdict; anything but `00` is a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        ///The bill created; null or absent on failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<BillInitData>,
        ///What happened, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///Whether the bill was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl BillInitResult {
        pub fn builder() -> builder::BillInitResult {
            Default::default()
        }
    }
    ///`BillMerchant`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BillMerchant {
        ///The merchant's details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant: ::std::option::Option<MerchantInfo>,
        ///The merchant's display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///The merchant's iHela user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl BillMerchant {
        pub fn builder() -> builder::BillMerchant {
            Default::default()
        }
    }
    ///A bill's status as bill init shows it: label `Initiated`, value `I`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BillStatusInfo {
        ///A CSS class for display.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub css: ::std::option::Option<::std::string::String>,
        ///The status (`Initiated` for a new bill).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<crate::generated::open_enums::BillStatus>,
        ///The status's one-letter code (`I`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl BillStatusInfo {
        pub fn builder() -> builder::BillStatusInfo {
            Default::default()
        }
    }
    ///A bill's status. Crossed names: `code` is the merchant reference, `reference` the bill code.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillVerification {
        ///The bank reference of the payment, once paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_reference: ::std::option::Option<::std::string::String>,
        ///The merchant reference.
        pub code: MerchantReference,
        ///The bill code.
        pub reference: BillCode,
        ///The bill's status: `Pending`, `Paid` or `Expired`, or a later one.
        pub status: crate::generated::open_enums::BillStatus,
    }
    impl BillVerification {
        pub fn builder() -> builder::BillVerification {
            Default::default()
        }
    }
    /**Crossed names: `code` is the merchant reference, `reference` the bill
code. Without `reference`, the bill is looked up by the merchant
reference alone: this is how a client finds a bill whose init answer
was lost. Assumed: the published clients always send both, so whether
the live gateway does is not documented (the sandbox does).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillVerifyRequest {
        ///The merchant reference (crossed name).
        pub code: MerchantReference,
        ///The bill code (crossed name); leave it out to find the bill by its merchant reference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<BillCode>,
    }
    impl BillVerifyRequest {
        pub fn builder() -> builder::BillVerifyRequest {
            Default::default()
        }
    }
    ///`BillVerifyResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BillVerifyResponse {
        ///The bill's status.
        pub bill: BillVerification,
    }
    impl BillVerifyResponse {
        pub fn builder() -> builder::BillVerifyResponse {
            Default::default()
        }
    }
    /**Pay `amount` to a customer's account, named one of two ways, never
both: `AccountCashIn` (generation 1 names, seed 000) or
`CreditAccountCashIn` (generation 2's names, `ihela-sdk` 0.4.0). A
request that names no account, or both, matches neither exactly once.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum CashInRequest {
        AccountCashIn(AccountCashIn),
        CreditAccountCashIn(CreditAccountCashIn),
    }
    impl ::std::convert::From<AccountCashIn> for CashInRequest {
        fn from(value: AccountCashIn) -> Self {
            Self::AccountCashIn(value)
        }
    }
    impl ::std::convert::From<CreditAccountCashIn> for CashInRequest {
        fn from(value: CreditAccountCashIn) -> Self {
            Self::CreditAccountCashIn(value)
        }
    }
    /**A cash-in's outcome. Generation 1 answers the plain fields with
`error` and `error_message`; generation 2 may wrap its answer
in the envelope fields. `"error": true` or a `response_code` other
than `"00"` means the cash-in was refused, even with HTTP 200.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CashInResult {
        ///The account paid to, as sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<AccountNumber>,
        ///The amount paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///The bank paid to, as sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_slug: ::std::option::Option<BankSlug>,
        ///The description, as sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///true when the cash-in was refused (even with HTTP 200).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<bool>,
        ///`Success`, or why the cash-in was refused.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_message: ::std::option::Option<::std::string::String>,
        ///The merchant's reference, as sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_reference: ::std::option::Option<MerchantReference>,
        ///iHela's reference of the cash-in (`CPT-5/01-199`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
        ///The envelope's verdict; anything but `00` is a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_code: ::std::option::Option<
            crate::generated::open_enums::ResponseCode,
        >,
        /**Generation 2's data about the cash-in. Assumed: no
client publishes its shape; it is kept as any object.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_data: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///What happened, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_message: ::std::option::Option<::std::string::String>,
        ///Generation 2's outcome: false when refused.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl CashInResult {
        pub fn builder() -> builder::CashInResult {
            Default::default()
        }
    }
    ///`Company`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Company {
        ///A short text about the company; may be empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub about: ::std::option::Option<::std::string::String>,
        ///The company's full name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fullname: ::std::option::Option<::std::string::String>,
        ///URL of the company's image.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///URL of the company's logo.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo: ::std::option::Option<::std::string::String>,
        ///URL of the company's small icon.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_icon: ::std::option::Option<::std::string::String>,
        ///The company's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///A short name (`ICU`), or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nickname: ::std::option::Option<::std::string::String>,
        ///The company's slug.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
    }
    impl Company {
        pub fn builder() -> builder::Company {
            Default::default()
        }
    }
    ///A cash-in with generation 2's names (`ihela-sdk` 0.4.0).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreditAccountCashIn {
        ///The amount to pay, in whole francs.
        pub amount: crate::money::Francs,
        ///The customer's account number (from customer lookup) or phone number.
        pub credit_account: AccountNumber,
        /**The account holder's name; `ihela-sdk` 0.4.0 sends the account
number here when it is not given.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_account_holder: ::std::option::Option<
            CreditAccountCashInCreditAccountHolder,
        >,
        ///The bank to pay to.
        pub credit_bank: BankSlug,
        ///ISO 4217 letters: only the Burundian franc, `BIF`, which `ihela-sdk` 0.4.0 sends.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<CreditAccountCashInCurrency>,
        ///What the payout is for.
        pub description: Description,
        ///The merchant's unique reference for this payout.
        pub merchant_reference: MerchantReference,
        ///The merchant's PIN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pin_code: ::std::option::Option<crate::secret::Pin>,
    }
    impl CreditAccountCashIn {
        pub fn builder() -> builder::CreditAccountCashIn {
            Default::default()
        }
    }
    /**The account holder's name; `ihela-sdk` 0.4.0 sends the account
number here when it is not given.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreditAccountCashInCreditAccountHolder(::std::string::String);
    impl ::std::ops::Deref for CreditAccountCashInCreditAccountHolder {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreditAccountCashInCreditAccountHolder>
    for ::std::string::String {
        fn from(value: CreditAccountCashInCreditAccountHolder) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreditAccountCashInCreditAccountHolder {
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
    impl ::std::convert::TryFrom<&str> for CreditAccountCashInCreditAccountHolder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreditAccountCashInCreditAccountHolder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreditAccountCashInCreditAccountHolder {
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
    ///ISO 4217 letters: only the Burundian franc, `BIF`, which `ihela-sdk` 0.4.0 sends.
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
    pub enum CreditAccountCashInCurrency {
        #[serde(rename = "BIF")]
        Bif,
    }
    impl ::std::fmt::Display for CreditAccountCashInCurrency {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Bif => f.write_str("BIF"),
            }
        }
    }
    impl ::std::str::FromStr for CreditAccountCashInCurrency {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "BIF" => Ok(Self::Bif),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreditAccountCashInCurrency {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreditAccountCashInCurrency {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CurrencyInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CurrencyInfo {
        ///The currency's abbreviation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub abbreviation: ::std::option::Option<::std::string::String>,
        ///The ISO 4217 letters (`BIF`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iso_alpha_code: ::std::option::Option<::std::string::String>,
        ///The ISO 4217 number (108).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iso_code: ::std::option::Option<i64>,
        ///The smallest amount of an operation in this currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation_min_amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///The currency's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl CurrencyInfo {
        pub fn builder() -> builder::CurrencyInfo {
            Default::default()
        }
    }
    ///A customer's account found by customer lookup (seed 000).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomerAccount {
        ///The account number to pay a cash-in to.
        pub account_number: AccountNumber,
        ///The account holder's name, to show to the customer for confirmation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl CustomerAccount {
        pub fn builder() -> builder::CustomerAccount {
            Default::default()
        }
    }
    /**A description of the operation. Assumed: the limit of 255 characters
has no source.
*/
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
    /**A refusal in words, as the Django REST framework answers a 401, 403
or 404: `{"detail": "Not found."}`. Assumed: the framework's shape.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorDetail {
        ///What is wrong.
        pub detail: ::std::string::String,
    }
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    /**Any JSON object the gateway sends with an error status. Kept whole:
field errors (`FieldErrors`), a `detail` (`ErrorDetail`), an OAuth2
error (`OAuthError`), or an envelope with `response_code` and
`response_message`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ErrorObject(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for ErrorObject {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorObject>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: ErrorObject) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for ErrorObject {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    /**The fields a request got wrong, each with its messages, as the
Django REST framework answers a 400: `{"amount": ["Ensure this value
is greater than or equal to 1."]}`; `non_field_errors` for the
request as a whole. Assumed: the framework's shape, which the
gateway's paths suggest.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct FieldErrors(
        pub ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    );
    impl ::std::ops::Deref for FieldErrors {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<FieldErrors>
    for ::std::collections::HashMap<
        ::std::string::String,
        ::std::vec::Vec<::std::string::String>,
    > {
        fn from(value: FieldErrors) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    > for FieldErrors {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///A coded value with its label and a CSS class for display.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LabelledValue {
        ///A CSS class for display, or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub css: ::std::option::Option<::std::string::String>,
        ///The label to show.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        ///The coded value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl LabelledValue {
        pub fn builder() -> builder::LabelledValue {
            Default::default()
        }
    }
    /**The query iHela adds to `redirect_uri` when it sends the customer's
browser back from `authorize` (RFC 6749 section 4.1.2): `code` when
the customer approved, `error` when not, `state` either way.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LoginRedirect {
        ///The one-time authorization code, to exchange at `create_token` within minutes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Why there is no code (`access_denied`: the customer refused).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<crate::generated::open_enums::AuthorizeError>,
        ///A human-readable explanation of `error`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
        ///The `state` the merchant sent; anything else, or nothing, is not a sign-in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl LoginRedirect {
        pub fn builder() -> builder::LoginRedirect {
            Default::default()
        }
    }
    ///`LookupCustomerAccountNumber`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct LookupCustomerAccountNumber(::std::string::String);
    impl ::std::ops::Deref for LookupCustomerAccountNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<LookupCustomerAccountNumber> for ::std::string::String {
        fn from(value: LookupCustomerAccountNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for LookupCustomerAccountNumber {
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
    impl ::std::convert::TryFrom<&str> for LookupCustomerAccountNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LookupCustomerAccountNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LookupCustomerAccountNumber {
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
    ///`LookupCustomerCustomerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct LookupCustomerCustomerId(::std::string::String);
    impl ::std::ops::Deref for LookupCustomerCustomerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<LookupCustomerCustomerId> for ::std::string::String {
        fn from(value: LookupCustomerCustomerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for LookupCustomerCustomerId {
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
    impl ::std::convert::TryFrom<&str> for LookupCustomerCustomerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LookupCustomerCustomerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LookupCustomerCustomerId {
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
    ///`MerchantInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct MerchantInfo {
        ///The merchant's number in iHela.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///The merchant's code in iHela.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_code: ::std::option::Option<i64>,
        ///URL of the merchant's logo, or null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_logo: ::std::option::Option<::std::string::String>,
        ///The merchant's slug.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_slug: ::std::option::Option<::std::string::String>,
        ///The kind of merchant (`Biller`, value `B`, in seed 001).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_type: ::std::option::Option<LabelledValue>,
        ///The merchant's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl MerchantInfo {
        pub fn builder() -> builder::MerchantInfo {
            Default::default()
        }
    }
    /**The merchant's own unique reference for a bill or a cash-in. One
reference is one payment: never reuse it for another one. No source
gives a length limit (the samples have 6 to 20 characters).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MerchantReference(::std::string::String);
    impl ::std::ops::Deref for MerchantReference {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MerchantReference> for ::std::string::String {
        fn from(value: MerchantReference) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MerchantReference {
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
    impl ::std::convert::TryFrom<&str> for MerchantReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MerchantReference {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MerchantReference {
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
    ///The token endpoint's refusal (RFC 6749 section 5.2).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OAuthError {
        ///The reason, as a code.
        pub error: crate::generated::open_enums::TokenError,
        ///The reason, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
    }
    impl OAuthError {
        pub fn builder() -> builder::OAuthError {
            Default::default()
        }
    }
    /**The query parameters iHela adds to the merchant's `redirect_uri` when
it sends the customer's browser back. Anyone can forge them: confirm
with bill verify.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RedirectParams {
        ///The payment's reference in iHela, when paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_reference: ::std::option::Option<::std::string::String>,
        ///The bill's code.
        pub bill_code: BillCode,
        ///The merchant's reference of the bill.
        pub merchant_reference: MerchantReference,
        ///Whether the payment went through, as the URL claims.
        pub paid: bool,
        ///The bill's status, as the URL claims (`Paid`, `Processed`, `Pending`, `Expired`).
        pub status: crate::generated::open_enums::BillStatus,
    }
    impl RedirectParams {
        pub fn builder() -> builder::RedirectParams {
            Default::default()
        }
    }
    ///The OAuth2 response type of `authorize`: `code`, the authorization code flow (RFC 6749 section 4.1.1).
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
    pub enum ResponseType {
        #[serde(rename = "code")]
        Code,
    }
    impl ::std::fmt::Display for ResponseType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Code => f.write_str("code"),
            }
        }
    }
    impl ::std::str::FromStr for ResponseType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "code" => Ok(Self::Code),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResponseType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResponseType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Token`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Token {
        ///The token to send as `Authorization: <token_type> <access_token>`. A secret.
        pub access_token: ::pesa_core::Secret,
        ///Seconds until the token expires.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<i64>,
        /**A token to renew the access token with (the `refresh_token`
grant), for the authorization code grant; when a renewal answers
a new one, the old one is spent. Assumed: no published answer
shows one; the 2026 SDK's authorization client keeps the whole
answer.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token: ::std::option::Option<::pesa_core::Secret>,
        ///The scopes granted, space-separated (`read write` in the example).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
        ///The header scheme for the token, `Bearer`.
        #[serde(default = "defaults::token_token_type")]
        pub token_type: ::std::string::String,
    }
    impl Token {
        pub fn builder() -> builder::Token {
            Default::default()
        }
    }
    /**The token request. With HTTP Basic only `grant_type` is sent. The
`authorization_code` grant ("log in with iHela") also sends `code`
and `redirect_uri`; the `refresh_token` grant sends
`refresh_token`. Both send `client_id` and `client_secret` as form
fields in `ihela-sdk` 0.4.0.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenRequest {
        ///Only when the credentials are sent as form fields.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///Only when the credentials are sent as form fields (the Java client); never logged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_secret: ::std::option::Option<::pesa_core::Secret>,
        ///The authorization code (authorization_code grant).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///`client_credentials` for a merchant's own token; `authorization_code` to exchange a sign-in code and `refresh_token` to renew a customer's token ("log in with iHela").
        pub grant_type: TokenRequestGrantType,
        ///The redirect URI the code was issued for (authorization_code grant), exactly as sent to `authorize`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_uri: ::std::option::Option<::std::string::String>,
        ///The customer's refresh token (refresh_token grant); never logged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refresh_token: ::std::option::Option<::pesa_core::Secret>,
    }
    impl TokenRequest {
        pub fn builder() -> builder::TokenRequest {
            Default::default()
        }
    }
    ///`client_credentials` for a merchant's own token; `authorization_code` to exchange a sign-in code and `refresh_token` to renew a customer's token ("log in with iHela").
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
    pub enum TokenRequestGrantType {
        #[serde(rename = "client_credentials")]
        ClientCredentials,
        #[serde(rename = "authorization_code")]
        AuthorizationCode,
        #[serde(rename = "refresh_token")]
        RefreshToken,
    }
    impl ::std::fmt::Display for TokenRequestGrantType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ClientCredentials => f.write_str("client_credentials"),
                Self::AuthorizationCode => f.write_str("authorization_code"),
                Self::RefreshToken => f.write_str("refresh_token"),
            }
        }
    }
    impl ::std::str::FromStr for TokenRequestGrantType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "client_credentials" => Ok(Self::ClientCredentials),
                "authorization_code" => Ok(Self::AuthorizationCode),
                "refresh_token" => Ok(Self::RefreshToken),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenRequestGrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TokenRequestGrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An iHela user (merchant or customer).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct User {
        ///The user's profile text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bio: ::std::option::Option<::std::string::String>,
        ///The user's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Whether the connected user follows this user (seed 001 shows `false`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub following: ::std::option::Option<bool>,
        ///The user's iHela identifier (a number, as text).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ihela_code: ::std::option::Option<::std::string::String>,
        ///URL of the user's profile picture.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///The user's iHela username.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AccountCashIn {
            account: ::std::result::Result<super::AccountNumber, ::std::string::String>,
            amount: ::std::result::Result<crate::money::Francs, ::std::string::String>,
            bank_slug: ::std::result::Result<super::BankSlug, ::std::string::String>,
            description: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                super::MerchantReference,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountCashIn {
            fn default() -> Self {
                Self {
                    account: Err("no value supplied for account".to_string()),
                    amount: Err("no value supplied for amount".to_string()),
                    bank_slug: Err("no value supplied for bank_slug".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                }
            }
        }
        impl AccountCashIn {
            pub fn account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountNumber>,
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
            pub fn bank_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BankSlug>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_slug: {e}")
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
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
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
        }
        impl ::std::convert::TryFrom<AccountCashIn> for super::AccountCashIn {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountCashIn,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account: value.account?,
                    amount: value.amount?,
                    bank_slug: value.bank_slug?,
                    description: value.description?,
                    merchant_reference: value.merchant_reference?,
                })
            }
        }
        impl ::std::convert::From<super::AccountCashIn> for AccountCashIn {
            fn from(value: super::AccountCashIn) -> Self {
                Self {
                    account: Ok(value.account),
                    amount: Ok(value.amount),
                    bank_slug: Ok(value.bank_slug),
                    description: Ok(value.description),
                    merchant_reference: Ok(value.merchant_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Bank {
            account_masked_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bank_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            bank_type: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::BankType>,
                ::std::string::String,
            >,
            can_create_account_online: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            company: ::std::result::Result<
                ::std::option::Option<super::Company>,
                ::std::string::String,
            >,
            ihela_account_inside: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            limits_config: ::std::result::Result<
                ::std::option::Option<super::BankLimits>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            slug: ::std::result::Result<super::BankSlug, ::std::string::String>,
            swift_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Bank {
            fn default() -> Self {
                Self {
                    account_masked_text: Ok(Default::default()),
                    bank_code: Ok(Default::default()),
                    bank_type: Ok(Default::default()),
                    can_create_account_online: Ok(Default::default()),
                    company: Ok(Default::default()),
                    ihela_account_inside: Ok(Default::default()),
                    is_active: Ok(Default::default()),
                    limits_config: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    swift_code: Ok(Default::default()),
                }
            }
        }
        impl Bank {
            pub fn account_masked_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_masked_text = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_masked_text: {e}"
                        )
                    });
                self
            }
            pub fn bank_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_code: {e}")
                    });
                self
            }
            pub fn bank_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::BankType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.bank_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_type: {e}")
                    });
                self
            }
            pub fn can_create_account_online<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_create_account_online = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for can_create_account_online: {e}"
                        )
                    });
                self
            }
            pub fn company<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Company>>,
                T::Error: ::std::fmt::Display,
            {
                self.company = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company: {e}")
                    });
                self
            }
            pub fn ihela_account_inside<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ihela_account_inside = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ihela_account_inside: {e}"
                        )
                    });
                self
            }
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_active: {e}")
                    });
                self
            }
            pub fn limits_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BankLimits>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limits_config: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BankSlug>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn swift_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.swift_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for swift_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Bank> for super::Bank {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Bank,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_masked_text: value.account_masked_text?,
                    bank_code: value.bank_code?,
                    bank_type: value.bank_type?,
                    can_create_account_online: value.can_create_account_online?,
                    company: value.company?,
                    ihela_account_inside: value.ihela_account_inside?,
                    is_active: value.is_active?,
                    limits_config: value.limits_config?,
                    name: value.name?,
                    slug: value.slug?,
                    swift_code: value.swift_code?,
                })
            }
        }
        impl ::std::convert::From<super::Bank> for Bank {
            fn from(value: super::Bank) -> Self {
                Self {
                    account_masked_text: Ok(value.account_masked_text),
                    bank_code: Ok(value.bank_code),
                    bank_type: Ok(value.bank_type),
                    can_create_account_online: Ok(value.can_create_account_online),
                    company: Ok(value.company),
                    ihela_account_inside: Ok(value.ihela_account_inside),
                    is_active: Ok(value.is_active),
                    limits_config: Ok(value.limits_config),
                    name: Ok(value.name),
                    slug: Ok(value.slug),
                    swift_code: Ok(value.swift_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BankLimits {
            in_maximum: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            in_minimum: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            out_maximum: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            out_minimum: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BankLimits {
            fn default() -> Self {
                Self {
                    in_maximum: Ok(Default::default()),
                    in_minimum: Ok(Default::default()),
                    out_maximum: Ok(Default::default()),
                    out_minimum: Ok(Default::default()),
                }
            }
        }
        impl BankLimits {
            pub fn in_maximum<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.in_maximum = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for in_maximum: {e}")
                    });
                self
            }
            pub fn in_minimum<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.in_minimum = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for in_minimum: {e}")
                    });
                self
            }
            pub fn out_maximum<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.out_maximum = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_maximum: {e}")
                    });
                self
            }
            pub fn out_minimum<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.out_minimum = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out_minimum: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BankLimits> for super::BankLimits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BankLimits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    in_maximum: value.in_maximum?,
                    in_minimum: value.in_minimum?,
                    out_maximum: value.out_maximum?,
                    out_minimum: value.out_minimum?,
                })
            }
        }
        impl ::std::convert::From<super::BankLimits> for BankLimits {
            fn from(value: super::BankLimits) -> Self {
                Self {
                    in_maximum: Ok(value.in_maximum),
                    in_minimum: Ok(value.in_minimum),
                    out_maximum: Ok(value.out_maximum),
                    out_minimum: Ok(value.out_minimum),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BankList {
            banks: ::std::result::Result<
                ::std::vec::Vec<super::Bank>,
                ::std::string::String,
            >,
            banks_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BankList {
            fn default() -> Self {
                Self {
                    banks: Err("no value supplied for banks".to_string()),
                    banks_count: Ok(Default::default()),
                    count: Ok(Default::default()),
                }
            }
        }
        impl BankList {
            pub fn banks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Bank>>,
                T::Error: ::std::fmt::Display,
            {
                self.banks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for banks: {e}")
                    });
                self
            }
            pub fn banks_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.banks_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for banks_count: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BankList> for super::BankList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BankList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    banks: value.banks?,
                    banks_count: value.banks_count?,
                    count: value.count?,
                })
            }
        }
        impl ::std::convert::From<super::BankList> for BankList {
            fn from(value: super::BankList) -> Self {
                Self {
                    banks: Ok(value.banks),
                    banks_count: Ok(value.banks_count),
                    count: Ok(value.count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Bill {
            amount: ::std::result::Result<
                ::rust_decimal::Decimal,
                ::std::string::String,
            >,
            code: ::std::result::Result<super::BillCode, ::std::string::String>,
            confirmation_uri: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            currency_info: ::std::result::Result<
                ::std::option::Option<super::CurrencyInfo>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expired: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            initiated_by: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
            merchant: ::std::result::Result<
                ::std::option::Option<super::BillMerchant>,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                super::MerchantReference,
                ::std::string::String,
            >,
            paid_by: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
            payment_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            redirect_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::BillStatusInfo>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Bill {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    confirmation_uri: Err(
                        "no value supplied for confirmation_uri".to_string(),
                    ),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    currency_info: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expired: Ok(Default::default()),
                    initiated_by: Ok(Default::default()),
                    merchant: Ok(Default::default()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    paid_by: Ok(Default::default()),
                    payment_reference: Ok(Default::default()),
                    redirect_uri: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl Bill {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::rust_decimal::Decimal>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BillCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn confirmation_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.confirmation_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for confirmation_uri: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn currency_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CurrencyInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency_info: {e}")
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
            pub fn expired<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.expired = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expired: {e}")
                    });
                self
            }
            pub fn initiated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.initiated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for initiated_by: {e}")
                    });
                self
            }
            pub fn merchant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BillMerchant>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant: {e}")
                    });
                self
            }
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
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
            pub fn paid_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.paid_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paid_by: {e}")
                    });
                self
            }
            pub fn payment_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_reference: {e}"
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BillStatusInfo>>,
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
        impl ::std::convert::TryFrom<Bill> for super::Bill {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Bill,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    code: value.code?,
                    confirmation_uri: value.confirmation_uri?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    currency_info: value.currency_info?,
                    description: value.description?,
                    expired: value.expired?,
                    initiated_by: value.initiated_by?,
                    merchant: value.merchant?,
                    merchant_reference: value.merchant_reference?,
                    paid_by: value.paid_by?,
                    payment_reference: value.payment_reference?,
                    redirect_uri: value.redirect_uri?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Bill> for Bill {
            fn from(value: super::Bill) -> Self {
                Self {
                    amount: Ok(value.amount),
                    code: Ok(value.code),
                    confirmation_uri: Ok(value.confirmation_uri),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    currency_info: Ok(value.currency_info),
                    description: Ok(value.description),
                    expired: Ok(value.expired),
                    initiated_by: Ok(value.initiated_by),
                    merchant: Ok(value.merchant),
                    merchant_reference: Ok(value.merchant_reference),
                    paid_by: Ok(value.paid_by),
                    payment_reference: Ok(value.payment_reference),
                    redirect_uri: Ok(value.redirect_uri),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillCallback {
            bill_code: ::std::result::Result<super::BillCode, ::std::string::String>,
            error: ::std::result::Result<bool, ::std::string::String>,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                super::MerchantReference,
                ::std::string::String,
            >,
            payment_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillCallback {
            fn default() -> Self {
                Self {
                    bill_code: Err("no value supplied for bill_code".to_string()),
                    error: Err("no value supplied for error".to_string()),
                    error_message: Ok(Default::default()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    payment_reference: Ok(Default::default()),
                }
            }
        }
        impl BillCallback {
            pub fn bill_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BillCode>,
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
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
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
            pub fn payment_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_reference: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BillCallback> for super::BillCallback {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillCallback,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bill_code: value.bill_code?,
                    error: value.error?,
                    error_message: value.error_message?,
                    merchant_reference: value.merchant_reference?,
                    payment_reference: value.payment_reference?,
                })
            }
        }
        impl ::std::convert::From<super::BillCallback> for BillCallback {
            fn from(value: super::BillCallback) -> Self {
                Self {
                    bill_code: Ok(value.bill_code),
                    error: Ok(value.error),
                    error_message: Ok(value.error_message),
                    merchant_reference: Ok(value.merchant_reference),
                    payment_reference: Ok(value.payment_reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillCallbackAnswer {
            error: ::std::result::Result<bool, ::std::string::String>,
            error_message: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillCallbackAnswer {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    error_message: Err("no value supplied for error_message".to_string()),
                }
            }
        }
        impl BillCallbackAnswer {
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
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<BillCallbackAnswer> for super::BillCallbackAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillCallbackAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    error_message: value.error_message?,
                })
            }
        }
        impl ::std::convert::From<super::BillCallbackAnswer> for BillCallbackAnswer {
            fn from(value: super::BillCallbackAnswer) -> Self {
                Self {
                    error: Ok(value.error),
                    error_message: Ok(value.error_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillCheckData {
            amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            bank_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bill_code: ::std::result::Result<
                ::std::option::Option<super::BillCode>,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                ::std::option::Option<super::MerchantReference>,
                ::std::string::String,
            >,
            payment_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::BillStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillCheckData {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    bank_reference: Ok(Default::default()),
                    bill_code: Ok(Default::default()),
                    merchant_reference: Ok(Default::default()),
                    payment_reference: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl BillCheckData {
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
            pub fn bill_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BillCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.bill_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bill_code: {e}")
                    });
                self
            }
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MerchantReference>,
                >,
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
            pub fn payment_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_reference: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::BillStatus>,
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
        impl ::std::convert::TryFrom<BillCheckData> for super::BillCheckData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillCheckData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    bank_reference: value.bank_reference?,
                    bill_code: value.bill_code?,
                    merchant_reference: value.merchant_reference?,
                    payment_reference: value.payment_reference?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::BillCheckData> for BillCheckData {
            fn from(value: super::BillCheckData) -> Self {
                Self {
                    amount: Ok(value.amount),
                    bank_reference: Ok(value.bank_reference),
                    bill_code: Ok(value.bill_code),
                    merchant_reference: Ok(value.merchant_reference),
                    payment_reference: Ok(value.payment_reference),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillCheckRequest {
            bill_code: ::std::result::Result<
                ::std::option::Option<super::BillCode>,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                super::MerchantReference,
                ::std::string::String,
            >,
            pin_code: ::std::result::Result<
                ::std::option::Option<crate::secret::Pin>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillCheckRequest {
            fn default() -> Self {
                Self {
                    bill_code: Ok(Default::default()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    pin_code: Ok(Default::default()),
                }
            }
        }
        impl BillCheckRequest {
            pub fn bill_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BillCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.bill_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bill_code: {e}")
                    });
                self
            }
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
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
            pub fn pin_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::secret::Pin>>,
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
        impl ::std::convert::TryFrom<BillCheckRequest> for super::BillCheckRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillCheckRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bill_code: value.bill_code?,
                    merchant_reference: value.merchant_reference?,
                    pin_code: value.pin_code?,
                })
            }
        }
        impl ::std::convert::From<super::BillCheckRequest> for BillCheckRequest {
            fn from(value: super::BillCheckRequest) -> Self {
                Self {
                    bill_code: Ok(value.bill_code),
                    merchant_reference: Ok(value.merchant_reference),
                    pin_code: Ok(value.pin_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillCheckResult {
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<super::BillCheckData>,
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
        impl ::std::default::Default for BillCheckResult {
            fn default() -> Self {
                Self {
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl BillCheckResult {
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
                T: ::std::convert::TryInto<::std::option::Option<super::BillCheckData>>,
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
        impl ::std::convert::TryFrom<BillCheckResult> for super::BillCheckResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillCheckResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::BillCheckResult> for BillCheckResult {
            fn from(value: super::BillCheckResult) -> Self {
                Self {
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillCreateRequest {
            amount: ::std::result::Result<crate::money::Francs, ::std::string::String>,
            debit_account: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            debit_bank: ::std::result::Result<
                ::std::option::Option<super::BankSlug>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            merchant_description: ::std::result::Result<
                ::std::option::Option<super::Description>,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                super::MerchantReference,
                ::std::string::String,
            >,
            payment_product_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pin_code: ::std::result::Result<
                ::std::option::Option<crate::secret::Pin>,
                ::std::string::String,
            >,
            redirect_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillCreateRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    debit_account: Err(
                        "no value supplied for debit_account".to_string(),
                    ),
                    debit_bank: Ok(Default::default()),
                    description: Err("no value supplied for description".to_string()),
                    merchant_description: Ok(Default::default()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    payment_product_id: Ok(Default::default()),
                    pin_code: Ok(Default::default()),
                    redirect_uri: Ok(Default::default()),
                }
            }
        }
        impl BillCreateRequest {
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.debit_account = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for debit_account: {e}")
                    });
                self
            }
            pub fn debit_bank<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BankSlug>>,
                T::Error: ::std::fmt::Display,
            {
                self.debit_bank = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for debit_bank: {e}")
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
            pub fn merchant_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Description>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_description: {e}"
                        )
                    });
                self
            }
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
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
            pub fn payment_product_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_product_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_product_id: {e}"
                        )
                    });
                self
            }
            pub fn pin_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::secret::Pin>>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_code: {e}")
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
        }
        impl ::std::convert::TryFrom<BillCreateRequest> for super::BillCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    debit_account: value.debit_account?,
                    debit_bank: value.debit_bank?,
                    description: value.description?,
                    merchant_description: value.merchant_description?,
                    merchant_reference: value.merchant_reference?,
                    payment_product_id: value.payment_product_id?,
                    pin_code: value.pin_code?,
                    redirect_uri: value.redirect_uri?,
                })
            }
        }
        impl ::std::convert::From<super::BillCreateRequest> for BillCreateRequest {
            fn from(value: super::BillCreateRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    debit_account: Ok(value.debit_account),
                    debit_bank: Ok(value.debit_bank),
                    description: Ok(value.description),
                    merchant_description: Ok(value.merchant_description),
                    merchant_reference: Ok(value.merchant_reference),
                    payment_product_id: Ok(value.payment_product_id),
                    pin_code: Ok(value.pin_code),
                    redirect_uri: Ok(value.redirect_uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillInitData {
            amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            bill_code: ::std::result::Result<
                ::std::option::Option<super::BillCode>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<super::BillCode>,
                ::std::string::String,
            >,
            confirmation_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                ::std::option::Option<super::MerchantReference>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::BillStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillInitData {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    bill_code: Ok(Default::default()),
                    code: Ok(Default::default()),
                    confirmation_uri: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    merchant_reference: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl BillInitData {
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
            pub fn bill_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BillCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.bill_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bill_code: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BillCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn confirmation_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.confirmation_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for confirmation_uri: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MerchantReference>,
                >,
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::BillStatus>,
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
        impl ::std::convert::TryFrom<BillInitData> for super::BillInitData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillInitData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    bill_code: value.bill_code?,
                    code: value.code?,
                    confirmation_uri: value.confirmation_uri?,
                    created_at: value.created_at?,
                    merchant_reference: value.merchant_reference?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::BillInitData> for BillInitData {
            fn from(value: super::BillInitData) -> Self {
                Self {
                    amount: Ok(value.amount),
                    bill_code: Ok(value.bill_code),
                    code: Ok(value.code),
                    confirmation_uri: Ok(value.confirmation_uri),
                    created_at: Ok(value.created_at),
                    merchant_reference: Ok(value.merchant_reference),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillInitRequest {
            amount: ::std::result::Result<crate::money::Francs, ::std::string::String>,
            bank: ::std::result::Result<
                ::std::option::Option<super::BankSlug>,
                ::std::string::String,
            >,
            bank_client_id: ::std::result::Result<
                ::std::option::Option<super::BillInitRequestBankClientId>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                super::MerchantReference,
                ::std::string::String,
            >,
            redirect_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                super::BillInitRequestUser,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillInitRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    bank: Ok(Default::default()),
                    bank_client_id: Ok(Default::default()),
                    description: Err("no value supplied for description".to_string()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    redirect_uri: Ok(Default::default()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl BillInitRequest {
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
            pub fn bank<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BankSlug>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank: {e}")
                    });
                self
            }
            pub fn bank_client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BillInitRequestBankClientId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.bank_client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bank_client_id: {e}"
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
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
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
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BillInitRequestUser>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BillInitRequest> for super::BillInitRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillInitRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    bank: value.bank?,
                    bank_client_id: value.bank_client_id?,
                    description: value.description?,
                    merchant_reference: value.merchant_reference?,
                    redirect_uri: value.redirect_uri?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::BillInitRequest> for BillInitRequest {
            fn from(value: super::BillInitRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    bank: Ok(value.bank),
                    bank_client_id: Ok(value.bank_client_id),
                    description: Ok(value.description),
                    merchant_reference: Ok(value.merchant_reference),
                    redirect_uri: Ok(value.redirect_uri),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillInitResponse {
            bill: ::std::result::Result<super::Bill, ::std::string::String>,
        }
        impl ::std::default::Default for BillInitResponse {
            fn default() -> Self {
                Self {
                    bill: Err("no value supplied for bill".to_string()),
                }
            }
        }
        impl BillInitResponse {
            pub fn bill<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Bill>,
                T::Error: ::std::fmt::Display,
            {
                self.bill = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bill: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BillInitResponse> for super::BillInitResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillInitResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { bill: value.bill? })
            }
        }
        impl ::std::convert::From<super::BillInitResponse> for BillInitResponse {
            fn from(value: super::BillInitResponse) -> Self {
                Self { bill: Ok(value.bill) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillInitResult {
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<super::BillInitData>,
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
        impl ::std::default::Default for BillInitResult {
            fn default() -> Self {
                Self {
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl BillInitResult {
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
                T: ::std::convert::TryInto<::std::option::Option<super::BillInitData>>,
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
        impl ::std::convert::TryFrom<BillInitResult> for super::BillInitResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillInitResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::BillInitResult> for BillInitResult {
            fn from(value: super::BillInitResult) -> Self {
                Self {
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillMerchant {
            merchant: ::std::result::Result<
                ::std::option::Option<super::MerchantInfo>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillMerchant {
            fn default() -> Self {
                Self {
                    merchant: Ok(Default::default()),
                    title: Ok(Default::default()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl BillMerchant {
            pub fn merchant<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MerchantInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BillMerchant> for super::BillMerchant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillMerchant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    merchant: value.merchant?,
                    title: value.title?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::BillMerchant> for BillMerchant {
            fn from(value: super::BillMerchant) -> Self {
                Self {
                    merchant: Ok(value.merchant),
                    title: Ok(value.title),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillStatusInfo {
            css: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::BillStatus>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillStatusInfo {
            fn default() -> Self {
                Self {
                    css: Ok(Default::default()),
                    label: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl BillStatusInfo {
            pub fn css<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.css = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for css: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::BillStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<BillStatusInfo> for super::BillStatusInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillStatusInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    css: value.css?,
                    label: value.label?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::BillStatusInfo> for BillStatusInfo {
            fn from(value: super::BillStatusInfo) -> Self {
                Self {
                    css: Ok(value.css),
                    label: Ok(value.label),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillVerification {
            bank_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            code: ::std::result::Result<super::MerchantReference, ::std::string::String>,
            reference: ::std::result::Result<super::BillCode, ::std::string::String>,
            status: ::std::result::Result<
                crate::generated::open_enums::BillStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillVerification {
            fn default() -> Self {
                Self {
                    bank_reference: Ok(Default::default()),
                    code: Err("no value supplied for code".to_string()),
                    reference: Err("no value supplied for reference".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl BillVerification {
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
                T: ::std::convert::TryInto<super::MerchantReference>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BillCode>,
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
                T: ::std::convert::TryInto<crate::generated::open_enums::BillStatus>,
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
        impl ::std::convert::TryFrom<BillVerification> for super::BillVerification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillVerification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bank_reference: value.bank_reference?,
                    code: value.code?,
                    reference: value.reference?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::BillVerification> for BillVerification {
            fn from(value: super::BillVerification) -> Self {
                Self {
                    bank_reference: Ok(value.bank_reference),
                    code: Ok(value.code),
                    reference: Ok(value.reference),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillVerifyRequest {
            code: ::std::result::Result<super::MerchantReference, ::std::string::String>,
            reference: ::std::result::Result<
                ::std::option::Option<super::BillCode>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillVerifyRequest {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    reference: Ok(Default::default()),
                }
            }
        }
        impl BillVerifyRequest {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BillCode>>,
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
        impl ::std::convert::TryFrom<BillVerifyRequest> for super::BillVerifyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillVerifyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    reference: value.reference?,
                })
            }
        }
        impl ::std::convert::From<super::BillVerifyRequest> for BillVerifyRequest {
            fn from(value: super::BillVerifyRequest) -> Self {
                Self {
                    code: Ok(value.code),
                    reference: Ok(value.reference),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BillVerifyResponse {
            bill: ::std::result::Result<super::BillVerification, ::std::string::String>,
        }
        impl ::std::default::Default for BillVerifyResponse {
            fn default() -> Self {
                Self {
                    bill: Err("no value supplied for bill".to_string()),
                }
            }
        }
        impl BillVerifyResponse {
            pub fn bill<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BillVerification>,
                T::Error: ::std::fmt::Display,
            {
                self.bill = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bill: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BillVerifyResponse> for super::BillVerifyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillVerifyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { bill: value.bill? })
            }
        }
        impl ::std::convert::From<super::BillVerifyResponse> for BillVerifyResponse {
            fn from(value: super::BillVerifyResponse) -> Self {
                Self { bill: Ok(value.bill) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CashInResult {
            account: ::std::result::Result<
                ::std::option::Option<super::AccountNumber>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            bank_slug: ::std::result::Result<
                ::std::option::Option<super::BankSlug>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                ::std::option::Option<super::MerchantReference>,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            response_code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ResponseCode>,
                ::std::string::String,
            >,
            response_data: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
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
        impl ::std::default::Default for CashInResult {
            fn default() -> Self {
                Self {
                    account: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    bank_slug: Ok(Default::default()),
                    description: Ok(Default::default()),
                    error: Ok(Default::default()),
                    error_message: Ok(Default::default()),
                    merchant_reference: Ok(Default::default()),
                    reference: Ok(Default::default()),
                    response_code: Ok(Default::default()),
                    response_data: Ok(Default::default()),
                    response_message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl CashInResult {
            pub fn account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountNumber>>,
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
            pub fn bank_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BankSlug>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_slug: {e}")
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MerchantReference>,
                >,
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
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
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
        }
        impl ::std::convert::TryFrom<CashInResult> for super::CashInResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CashInResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account: value.account?,
                    amount: value.amount?,
                    bank_slug: value.bank_slug?,
                    description: value.description?,
                    error: value.error?,
                    error_message: value.error_message?,
                    merchant_reference: value.merchant_reference?,
                    reference: value.reference?,
                    response_code: value.response_code?,
                    response_data: value.response_data?,
                    response_message: value.response_message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::CashInResult> for CashInResult {
            fn from(value: super::CashInResult) -> Self {
                Self {
                    account: Ok(value.account),
                    amount: Ok(value.amount),
                    bank_slug: Ok(value.bank_slug),
                    description: Ok(value.description),
                    error: Ok(value.error),
                    error_message: Ok(value.error_message),
                    merchant_reference: Ok(value.merchant_reference),
                    reference: Ok(value.reference),
                    response_code: Ok(value.response_code),
                    response_data: Ok(value.response_data),
                    response_message: Ok(value.response_message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Company {
            about: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fullname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            logo_icon: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nickname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Company {
            fn default() -> Self {
                Self {
                    about: Ok(Default::default()),
                    fullname: Ok(Default::default()),
                    image: Ok(Default::default()),
                    logo: Ok(Default::default()),
                    logo_icon: Ok(Default::default()),
                    name: Ok(Default::default()),
                    nickname: Ok(Default::default()),
                    slug: Ok(Default::default()),
                }
            }
        }
        impl Company {
            pub fn about<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.about = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for about: {e}")
                    });
                self
            }
            pub fn fullname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fullname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fullname: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo: {e}")
                    });
                self
            }
            pub fn logo_icon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo_icon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo_icon: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn nickname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.nickname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nickname: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Company> for super::Company {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Company,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    about: value.about?,
                    fullname: value.fullname?,
                    image: value.image?,
                    logo: value.logo?,
                    logo_icon: value.logo_icon?,
                    name: value.name?,
                    nickname: value.nickname?,
                    slug: value.slug?,
                })
            }
        }
        impl ::std::convert::From<super::Company> for Company {
            fn from(value: super::Company) -> Self {
                Self {
                    about: Ok(value.about),
                    fullname: Ok(value.fullname),
                    image: Ok(value.image),
                    logo: Ok(value.logo),
                    logo_icon: Ok(value.logo_icon),
                    name: Ok(value.name),
                    nickname: Ok(value.nickname),
                    slug: Ok(value.slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreditAccountCashIn {
            amount: ::std::result::Result<crate::money::Francs, ::std::string::String>,
            credit_account: ::std::result::Result<
                super::AccountNumber,
                ::std::string::String,
            >,
            credit_account_holder: ::std::result::Result<
                ::std::option::Option<super::CreditAccountCashInCreditAccountHolder>,
                ::std::string::String,
            >,
            credit_bank: ::std::result::Result<super::BankSlug, ::std::string::String>,
            currency: ::std::result::Result<
                ::std::option::Option<super::CreditAccountCashInCurrency>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                super::Description,
                ::std::string::String,
            >,
            merchant_reference: ::std::result::Result<
                super::MerchantReference,
                ::std::string::String,
            >,
            pin_code: ::std::result::Result<
                ::std::option::Option<crate::secret::Pin>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreditAccountCashIn {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    credit_account: Err(
                        "no value supplied for credit_account".to_string(),
                    ),
                    credit_account_holder: Ok(Default::default()),
                    credit_bank: Err("no value supplied for credit_bank".to_string()),
                    currency: Ok(Default::default()),
                    description: Err("no value supplied for description".to_string()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    pin_code: Ok(Default::default()),
                }
            }
        }
        impl CreditAccountCashIn {
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreditAccountCashInCreditAccountHolder>,
                >,
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
            pub fn credit_bank<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BankSlug>,
                T::Error: ::std::fmt::Display,
            {
                self.credit_bank = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for credit_bank: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreditAccountCashInCurrency>,
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
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
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
            pub fn pin_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::secret::Pin>>,
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
        impl ::std::convert::TryFrom<CreditAccountCashIn>
        for super::CreditAccountCashIn {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreditAccountCashIn,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    credit_account: value.credit_account?,
                    credit_account_holder: value.credit_account_holder?,
                    credit_bank: value.credit_bank?,
                    currency: value.currency?,
                    description: value.description?,
                    merchant_reference: value.merchant_reference?,
                    pin_code: value.pin_code?,
                })
            }
        }
        impl ::std::convert::From<super::CreditAccountCashIn> for CreditAccountCashIn {
            fn from(value: super::CreditAccountCashIn) -> Self {
                Self {
                    amount: Ok(value.amount),
                    credit_account: Ok(value.credit_account),
                    credit_account_holder: Ok(value.credit_account_holder),
                    credit_bank: Ok(value.credit_bank),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    merchant_reference: Ok(value.merchant_reference),
                    pin_code: Ok(value.pin_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CurrencyInfo {
            abbreviation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iso_alpha_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iso_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            operation_min_amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CurrencyInfo {
            fn default() -> Self {
                Self {
                    abbreviation: Ok(Default::default()),
                    iso_alpha_code: Ok(Default::default()),
                    iso_code: Ok(Default::default()),
                    operation_min_amount: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl CurrencyInfo {
            pub fn abbreviation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.abbreviation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for abbreviation: {e}")
                    });
                self
            }
            pub fn iso_alpha_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.iso_alpha_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for iso_alpha_code: {e}"
                        )
                    });
                self
            }
            pub fn iso_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.iso_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for iso_code: {e}")
                    });
                self
            }
            pub fn operation_min_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.operation_min_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_min_amount: {e}"
                        )
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CurrencyInfo> for super::CurrencyInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CurrencyInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    abbreviation: value.abbreviation?,
                    iso_alpha_code: value.iso_alpha_code?,
                    iso_code: value.iso_code?,
                    operation_min_amount: value.operation_min_amount?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::CurrencyInfo> for CurrencyInfo {
            fn from(value: super::CurrencyInfo) -> Self {
                Self {
                    abbreviation: Ok(value.abbreviation),
                    iso_alpha_code: Ok(value.iso_alpha_code),
                    iso_code: Ok(value.iso_code),
                    operation_min_amount: Ok(value.operation_min_amount),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerAccount {
            account_number: ::std::result::Result<
                super::AccountNumber,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerAccount {
            fn default() -> Self {
                Self {
                    account_number: Err(
                        "no value supplied for account_number".to_string(),
                    ),
                    name: Ok(Default::default()),
                }
            }
        }
        impl CustomerAccount {
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
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerAccount> for super::CustomerAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_number: value.account_number?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerAccount> for CustomerAccount {
            fn from(value: super::CustomerAccount) -> Self {
                Self {
                    account_number: Ok(value.account_number),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorDetail {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                }
            }
        }
        impl ErrorDetail {
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
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { detail: value.detail? })
            }
        }
        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self { detail: Ok(value.detail) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LabelledValue {
            css: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LabelledValue {
            fn default() -> Self {
                Self {
                    css: Ok(Default::default()),
                    label: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl LabelledValue {
            pub fn css<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.css = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for css: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<LabelledValue> for super::LabelledValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LabelledValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    css: value.css?,
                    label: value.label?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::LabelledValue> for LabelledValue {
            fn from(value: super::LabelledValue) -> Self {
                Self {
                    css: Ok(value.css),
                    label: Ok(value.label),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LoginRedirect {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::AuthorizeError>,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LoginRedirect {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                    error_description: Ok(Default::default()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl LoginRedirect {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::AuthorizeError>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<LoginRedirect> for super::LoginRedirect {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoginRedirect,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    error: value.error?,
                    error_description: value.error_description?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::LoginRedirect> for LoginRedirect {
            fn from(value: super::LoginRedirect) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
                    error_description: Ok(value.error_description),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MerchantInfo {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            merchant_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            merchant_logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_type: ::std::result::Result<
                ::std::option::Option<super::LabelledValue>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MerchantInfo {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    merchant_code: Ok(Default::default()),
                    merchant_logo: Ok(Default::default()),
                    merchant_slug: Ok(Default::default()),
                    merchant_type: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl MerchantInfo {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn merchant_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_code: {e}")
                    });
                self
            }
            pub fn merchant_logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_logo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_logo: {e}")
                    });
                self
            }
            pub fn merchant_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_slug: {e}")
                    });
                self
            }
            pub fn merchant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LabelledValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_type: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MerchantInfo> for super::MerchantInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MerchantInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    merchant_code: value.merchant_code?,
                    merchant_logo: value.merchant_logo?,
                    merchant_slug: value.merchant_slug?,
                    merchant_type: value.merchant_type?,
                    title: value.title?,
                })
            }
        }
        impl ::std::convert::From<super::MerchantInfo> for MerchantInfo {
            fn from(value: super::MerchantInfo) -> Self {
                Self {
                    id: Ok(value.id),
                    merchant_code: Ok(value.merchant_code),
                    merchant_logo: Ok(value.merchant_logo),
                    merchant_slug: Ok(value.merchant_slug),
                    merchant_type: Ok(value.merchant_type),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OAuthError {
            error: ::std::result::Result<
                crate::generated::open_enums::TokenError,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OAuthError {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    error_description: Ok(Default::default()),
                }
            }
        }
        impl OAuthError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::TokenError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OAuthError> for super::OAuthError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OAuthError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    error_description: value.error_description?,
                })
            }
        }
        impl ::std::convert::From<super::OAuthError> for OAuthError {
            fn from(value: super::OAuthError) -> Self {
                Self {
                    error: Ok(value.error),
                    error_description: Ok(value.error_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RedirectParams {
            bank_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bill_code: ::std::result::Result<super::BillCode, ::std::string::String>,
            merchant_reference: ::std::result::Result<
                super::MerchantReference,
                ::std::string::String,
            >,
            paid: ::std::result::Result<bool, ::std::string::String>,
            status: ::std::result::Result<
                crate::generated::open_enums::BillStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RedirectParams {
            fn default() -> Self {
                Self {
                    bank_reference: Ok(Default::default()),
                    bill_code: Err("no value supplied for bill_code".to_string()),
                    merchant_reference: Err(
                        "no value supplied for merchant_reference".to_string(),
                    ),
                    paid: Err("no value supplied for paid".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl RedirectParams {
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
            pub fn bill_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BillCode>,
                T::Error: ::std::fmt::Display,
            {
                self.bill_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bill_code: {e}")
                    });
                self
            }
            pub fn merchant_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MerchantReference>,
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
            pub fn paid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.paid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paid: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::BillStatus>,
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
        impl ::std::convert::TryFrom<RedirectParams> for super::RedirectParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RedirectParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bank_reference: value.bank_reference?,
                    bill_code: value.bill_code?,
                    merchant_reference: value.merchant_reference?,
                    paid: value.paid?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::RedirectParams> for RedirectParams {
            fn from(value: super::RedirectParams) -> Self {
                Self {
                    bank_reference: Ok(value.bank_reference),
                    bill_code: Ok(value.bill_code),
                    merchant_reference: Ok(value.merchant_reference),
                    paid: Ok(value.paid),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Token {
            access_token: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::option::Option<::pesa_core::Secret>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Token {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Ok(Default::default()),
                    refresh_token: Ok(Default::default()),
                    scope: Ok(Default::default()),
                    token_type: Ok(super::defaults::token_token_type()),
                }
            }
        }
        impl Token {
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
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::pesa_core::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
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
        impl ::std::convert::TryFrom<Token> for super::Token {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Token,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                    refresh_token: value.refresh_token?,
                    scope: value.scope?,
                    token_type: value.token_type?,
                })
            }
        }
        impl ::std::convert::From<super::Token> for Token {
            fn from(value: super::Token) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                    refresh_token: Ok(value.refresh_token),
                    scope: Ok(value.scope),
                    token_type: Ok(value.token_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenRequest {
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            client_secret: ::std::result::Result<
                ::std::option::Option<::pesa_core::Secret>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            grant_type: ::std::result::Result<
                super::TokenRequestGrantType,
                ::std::string::String,
            >,
            redirect_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::option::Option<::pesa_core::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenRequest {
            fn default() -> Self {
                Self {
                    client_id: Ok(Default::default()),
                    client_secret: Ok(Default::default()),
                    code: Ok(Default::default()),
                    grant_type: Err("no value supplied for grant_type".to_string()),
                    redirect_uri: Ok(Default::default()),
                    refresh_token: Ok(Default::default()),
                }
            }
        }
        impl TokenRequest {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn client_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::pesa_core::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_secret: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenRequestGrantType>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
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
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::pesa_core::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenRequest> for super::TokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    client_secret: value.client_secret?,
                    code: value.code?,
                    grant_type: value.grant_type?,
                    redirect_uri: value.redirect_uri?,
                    refresh_token: value.refresh_token?,
                })
            }
        }
        impl ::std::convert::From<super::TokenRequest> for TokenRequest {
            fn from(value: super::TokenRequest) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    client_secret: Ok(value.client_secret),
                    code: Ok(value.code),
                    grant_type: Ok(value.grant_type),
                    redirect_uri: Ok(value.redirect_uri),
                    refresh_token: Ok(value.refresh_token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            bio: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            following: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            ihela_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    bio: Ok(Default::default()),
                    email: Ok(Default::default()),
                    following: Ok(Default::default()),
                    ihela_code: Ok(Default::default()),
                    image: Ok(Default::default()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl User {
            pub fn bio<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bio = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bio: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn following<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.following = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for following: {e}")
                    });
                self
            }
            pub fn ihela_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ihela_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ihela_code: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bio: value.bio?,
                    email: value.email?,
                    following: value.following?,
                    ihela_code: value.ihela_code?,
                    image: value.image?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    bio: Ok(value.bio),
                    email: Ok(value.email),
                    following: Ok(value.following),
                    ihela_code: Ok(value.ihela_code),
                    image: Ok(value.image),
                    username: Ok(value.username),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn token_token_type() -> ::std::string::String {
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
/**Client for iHela merchant API

The merchant API of iHela Credit Union (Burundi): take payments with bills,
check a bill's status, pay money out to a customer (cash-in), and receive
iHela's bill callback.

This document is written by hand from the public sources listed in the
`ihela` repository (`shared/reference/ihela-api.md`): the README of the
Python client `ihela-python-client` 0.0.5, the merchant documentation
(callback and redirect contract) and the 2026 Python SDK `ihela-sdk` 0.4.0.
Nothing in it was checked against the live gateway.

Two generations of the API coexist:

* **generation 1** (the source documents): `bill/init/`, `bill/verify/`,
  the bank list, customer lookup and cash-in; answers are plain objects;
* **generation 2** (`ihela-sdk` 2026): `bill-init/`, `bill-check/`,
  the cash-in and cash-out bank lists; answers come in an envelope
  `{success, response_code, response_message, response_data}` where a
  `response_code` other than `"00"` is a failure (`"05"` insufficient
  funds, `"07"` transient, worth retrying).

Reading rules for clients generated from this document: unknown fields are
ignored; status strings are open enums (`anyOf` a string `enum` of the
known values and any other string: a new value decodes, it is not
refused); a property that may be `null` says so with `nullable: true`
beside its type, or beside `allOf: [$ref]` when it is another schema
(OpenAPI 3.0 ignores the siblings of a bare `$ref`); amounts received are decimal strings (`Amount`), amounts sent are
whole Burundian francs (`Francs`). A business failure can come with HTTP
200 (cash-in `"error": true`, envelope `response_code` other than `"00"`).
A gateway error (5XX) may come as an HTML page rather than JSON.

Operations other than GETs that are safe to send twice (a read sent as
POST, the token call) are marked `x-retry-safe: true`: a client may
repeat them after a transient failure. Any other POST creates a bill or
moves money, and must not be sent again before its outcome is known.

Where a statement has no source among the public documents, its
description says "Assumed".


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
    /**Obtain an access token (OAuth2 client credentials)

The client credentials go in an HTTP Basic `Authorization` header
(`client_id:client_secret`), as every published client sends them. The
Java client sends them as the form fields `client_id` and
`client_secret` instead; both are standard OAuth2 (RFC 6749 section
2.3.1) and both are described here. iHela's documentation site says
the endpoint takes `multipart/form-data`; every published client sends
`application/x-www-form-urlencoded`, which is what this document
describes.

"Log in with iHela" uses the same endpoint: the `authorization_code`
grant exchanges the code of the `customer_signed_in` redirect (with
the same `redirect_uri`) for the customer's token, and the
`refresh_token` grant renews it (RFC 6749 sections 4.1.3 and 6).
`ihela-sdk` 0.4.0 sends the credentials of that grant as the form
fields `client_id` and `client_secret`, as iHela documents it.


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
    /**The user behind the access token

With the merchant's token, the merchant. With a signed-in customer's
token ("log in with iHela"), that customer (`ihela-sdk` 0.4.0
`get_user_info`): that use is the operation of
`openapi/ihela-customer.yaml`, which shares this path item, so that
no generated client holds both parties' tokens for one operation.


Sends a `GET` request to `/api/v1/connected-user/`

```ignore
let response = client.get_connected_user()
    .send()
    .await;
```*/
    pub fn get_connected_user(&self) -> builder::GetConnectedUser<'_> {
        builder::GetConnectedUser::new(self)
    }
    /**Every bank and wallet iHela works with

Gives the bank slugs that bill init (`bank`) and cash-in (`bank_slug`)
take, with what a merchant needs for a selection widget (name, type,
logo, account input mask). The count is `count` in the 0.0.5 sample
and `banksCount` in the 0.0.4 sample; both are described.


Sends a `GET` request to `/api/v1/payments/bank/`

```ignore
let response = client.list_banks()
    .send()
    .await;
```*/
    pub fn list_banks(&self) -> builder::ListBanks<'_> {
        builder::ListBanks::new(self)
    }
    /**Banks a merchant can pay money out to (generation 2)

Listed by `ihela-sdk` 0.4.0 (`get_cashin_bank_list`). No client
publishes its answer; it is described as the same bank list as
`list_banks`.


Sends a `GET` request to `/api/v1/payments/bank/cashin/`

```ignore
let response = client.list_cash_in_banks()
    .send()
    .await;
```*/
    pub fn list_cash_in_banks(&self) -> builder::ListCashInBanks<'_> {
        builder::ListCashInBanks::new(self)
    }
    /**Banks a customer can pay a bill from (generation 2)

Listed by `ihela-sdk` 0.4.0 (`get_cashout_bank_list`). No client
publishes its answer; it is described as the same bank list as
`list_banks`.


Sends a `GET` request to `/api/v1/payments/bank/cashout/`

```ignore
let response = client.list_cash_out_banks()
    .send()
    .await;
```*/
    pub fn list_cash_out_banks(&self) -> builder::ListCashOutBanks<'_> {
        builder::ListCashOutBanks::new(self)
    }
    /**Find a customer's account number and name in a bank

Give exactly one of `customer_id` (the name `ihela-python-client`
0.0.5 and the PHP client send) or `account_number` (the name later
clients send); neither or both is answered 400. The name in the
answer is meant to be shown to the customer for confirmation before
money moves.

OpenAPI 3.0 has no way to require one of two query parameters that
generators enforce: an exploded object parameter with `oneOf` says
it, but openapi-python-client sends such a parameter as one
`who=<dict>` value and openapi-fetch as `who[customer_id]=`, so both
stay plain optional parameters. Clients check the rule themselves.


Sends a `GET` request to `/api/v1/bank/{bank_slug}/account/lookup/`

Arguments:
- `bank_slug`: The bank's slug from the bank list.
- `account_number`: The customer's account number or identifier (later name).
- `customer_id`: The customer's identifier in that bank (generation 1 name).
```ignore
let response = client.lookup_customer()
    .bank_slug(bank_slug)
    .account_number(account_number)
    .customer_id(customer_id)
    .send()
    .await;
```*/
    pub fn lookup_customer(&self) -> builder::LookupCustomer<'_> {
        builder::LookupCustomer::new(self)
    }
    /**Create a bill for a customer to confirm (generation 1)

Creates a bill in iHela, or in the bank named by `bank` (a mobile
wallet such as EcoCash, where `bank_client_id` is the phone number).
Keep the answer's `code` and `confirmation_uri`; send the customer to
`confirmation_uri`. When the customer pays, iHela POSTs the
`billPaid` callback to the URL the merchant registered, and sends the
browser back to `redirect_uri` with `RedirectParams`. Neither is
proof of payment: call `verify_bill`.

A bill created in iHela expires after one week by default; one sent
to a mobile wallet after 5 to 10 minutes (iHela's documentation
site). The body may be JSON (the PHP client) or form-encoded (the
Python and Java clients).


Sends a `POST` request to `/api/v1/payments/bill/init/`

```ignore
let response = client.init_bill()
    .body(body)
    .send()
    .await;
```*/
    pub fn init_bill(&self) -> builder::InitBill<'_> {
        builder::InitBill::new(self)
    }
    /**Ask the real status of a bill (generation 1)

The field names are crossed: `code` carries the **merchant
reference** and `reference` the **bill code**, as the Python client
sends them (`verify_bill(merchant_reference, bill_code)`). The answer
crosses them back the same way. The body may be JSON or form-encoded.


Sends a `POST` request to `/api/v1/payments/bill/verify/`

```ignore
let response = client.verify_bill()
    .body(body)
    .send()
    .await;
```*/
    pub fn verify_bill(&self) -> builder::VerifyBill<'_> {
        builder::VerifyBill::new(self)
    }
    /**Create a bill debiting a customer's account (generation 2)

Generation 2's bill init (`ihela-sdk` 0.4.0 `init_bill`).
The answer's `response_data` is not published by any client; it is
described loosely (`BillInitData`, every field optional).

With a signed-in customer's token ("log in with iHela",
`openapi/ihela-customer.yaml`), the bill is that customer's:
`ihela-sdk` 0.4.0 sends `debit_account` empty and no `debit_bank` or
`pin_code`.


Sends a `POST` request to `/api/v1/payments/bill-init/`

```ignore
let response = client.create_bill()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_bill(&self) -> builder::CreateBill<'_> {
        builder::CreateBill::new(self)
    }
    /**Ask the real status of a bill (generation 2)

With a signed-in customer's token (`openapi/ihela-customer.yaml`),
only that customer's bills are found (assumed).


Sends a `POST` request to `/api/v1/payments/bill-check/`

```ignore
let response = client.check_bill()
    .body(body)
    .send()
    .await;
```*/
    pub fn check_bill(&self) -> builder::CheckBill<'_> {
        builder::CheckBill::new(self)
    }
    /**Pay money out to a customer's account

Both generations use this path with different field names: generation
1 sends `bank_slug` and `account`; generation 2 sends
`credit_bank`, `credit_account`, `credit_account_holder`, `pin_code`
and `currency`. The body is one of the two schemas of
`CashInRequest`, never both pairs. A refused cash-in can come with
HTTP 200: `"error": true` (generation 1) or a `response_code` other
than `"00"` (generation 2). The body may be JSON or form-encoded.


Sends a `POST` request to `/api/v1/payments/cash-in/`

```ignore
let response = client.cash_in()
    .body(body)
    .send()
    .await;
```*/
    pub fn cash_in(&self) -> builder::CashIn<'_> {
        builder::CashIn::new(self)
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
        body: Result<types::builder::TokenRequest, String>,
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
            V: std::convert::TryInto<types::TokenRequest>,
            <V as std::convert::TryInto<types::TokenRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TokenRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TokenRequest,
            ) -> types::builder::TokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/oAuth2/token/`
        pub async fn send(self) -> Result<ResponseValue<types::Token>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TokenRequest::try_from(v).map_err(|e| e.to_string())
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
    /**Builder for [`Client::get_connected_user`]

[`Client::get_connected_user`]: super::Client::get_connected_user*/
    #[derive(Debug, Clone)]
    pub struct GetConnectedUser<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetConnectedUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/connected-user/`
        pub async fn send(self) -> Result<ResponseValue<types::User>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/connected-user/", client.baseurl,);
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
                operation_id: "get_connected_user",
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
    /**Builder for [`Client::list_banks`]

[`Client::list_banks`]: super::Client::list_banks*/
    #[derive(Debug, Clone)]
    pub struct ListBanks<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListBanks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/payments/bank/`
        pub async fn send(self) -> Result<ResponseValue<types::BankList>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/payments/bank/", client.baseurl,);
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
                operation_id: "list_banks",
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
    /**Builder for [`Client::list_cash_in_banks`]

[`Client::list_cash_in_banks`]: super::Client::list_cash_in_banks*/
    #[derive(Debug, Clone)]
    pub struct ListCashInBanks<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListCashInBanks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/payments/bank/cashin/`
        pub async fn send(self) -> Result<ResponseValue<types::BankList>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/payments/bank/cashin/", client.baseurl,);
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
                operation_id: "list_cash_in_banks",
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
    /**Builder for [`Client::list_cash_out_banks`]

[`Client::list_cash_out_banks`]: super::Client::list_cash_out_banks*/
    #[derive(Debug, Clone)]
    pub struct ListCashOutBanks<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListCashOutBanks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/v1/payments/bank/cashout/`
        pub async fn send(self) -> Result<ResponseValue<types::BankList>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/api/v1/payments/bank/cashout/", client.baseurl,);
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
                operation_id: "list_cash_out_banks",
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
    /**Builder for [`Client::lookup_customer`]

[`Client::lookup_customer`]: super::Client::lookup_customer*/
    #[derive(Debug, Clone)]
    pub struct LookupCustomer<'a> {
        client: &'a super::Client,
        bank_slug: Result<types::BankSlug, String>,
        account_number: Result<Option<types::LookupCustomerAccountNumber>, String>,
        customer_id: Result<Option<types::LookupCustomerCustomerId>, String>,
    }
    impl<'a> LookupCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                bank_slug: Err("bank_slug was not initialized".to_string()),
                account_number: Ok(None),
                customer_id: Ok(None),
            }
        }
        pub fn bank_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BankSlug>,
        {
            self.bank_slug = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BankSlug` for bank_slug failed".to_string()
                });
            self
        }
        pub fn account_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LookupCustomerAccountNumber>,
        {
            self.account_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `LookupCustomerAccountNumber` for account_number failed"
                        .to_string()
                });
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LookupCustomerCustomerId>,
        {
            self.customer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `LookupCustomerCustomerId` for customer_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/bank/{bank_slug}/account/lookup/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerAccount>, Error<()>> {
            let Self { client, bank_slug, account_number, customer_id } = self;
            let bank_slug = bank_slug.map_err(Error::InvalidRequest)?;
            let account_number = account_number.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/bank/{}/account/lookup/", client.baseurl, encode_path(&
                bank_slug.to_string()),
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "account_number",
                        &account_number,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("customer_id", &customer_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "lookup_customer",
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
    /**Builder for [`Client::init_bill`]

[`Client::init_bill`]: super::Client::init_bill*/
    #[derive(Debug, Clone)]
    pub struct InitBill<'a> {
        client: &'a super::Client,
        body: Result<types::builder::BillInitRequest, String>,
    }
    impl<'a> InitBill<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BillInitRequest>,
            <V as std::convert::TryInto<
                types::BillInitRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BillInitRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BillInitRequest,
            ) -> types::builder::BillInitRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/payments/bill/init/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BillInitResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::BillInitRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/payments/bill/init/", client.baseurl,);
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
                operation_id: "init_bill",
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
    /**Builder for [`Client::verify_bill`]

[`Client::verify_bill`]: super::Client::verify_bill*/
    #[derive(Debug, Clone)]
    pub struct VerifyBill<'a> {
        client: &'a super::Client,
        body: Result<types::builder::BillVerifyRequest, String>,
    }
    impl<'a> VerifyBill<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BillVerifyRequest>,
            <V as std::convert::TryInto<
                types::BillVerifyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BillVerifyRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BillVerifyRequest,
            ) -> types::builder::BillVerifyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/payments/bill/verify/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BillVerifyResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::BillVerifyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/payments/bill/verify/", client.baseurl,);
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
                operation_id: "verify_bill",
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
    /**Builder for [`Client::create_bill`]

[`Client::create_bill`]: super::Client::create_bill*/
    #[derive(Debug, Clone)]
    pub struct CreateBill<'a> {
        client: &'a super::Client,
        body: Result<types::builder::BillCreateRequest, String>,
    }
    impl<'a> CreateBill<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BillCreateRequest>,
            <V as std::convert::TryInto<
                types::BillCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BillCreateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BillCreateRequest,
            ) -> types::builder::BillCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/payments/bill-init/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BillInitResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::BillCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/payments/bill-init/", client.baseurl,);
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
                operation_id: "create_bill",
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
    /**Builder for [`Client::check_bill`]

[`Client::check_bill`]: super::Client::check_bill*/
    #[derive(Debug, Clone)]
    pub struct CheckBill<'a> {
        client: &'a super::Client,
        body: Result<types::builder::BillCheckRequest, String>,
    }
    impl<'a> CheckBill<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BillCheckRequest>,
            <V as std::convert::TryInto<
                types::BillCheckRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BillCheckRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BillCheckRequest,
            ) -> types::builder::BillCheckRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/payments/bill-check/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BillCheckResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::BillCheckRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/payments/bill-check/", client.baseurl,);
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
                operation_id: "check_bill",
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
    /**Builder for [`Client::cash_in`]

[`Client::cash_in`]: super::Client::cash_in*/
    #[derive(Debug, Clone)]
    pub struct CashIn<'a> {
        client: &'a super::Client,
        body: Result<types::CashInRequest, String>,
    }
    impl<'a> CashIn<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CashInRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CashInRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/v1/payments/cash-in/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CashInResult>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/payments/cash-in/", client.baseurl,);
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
                operation_id: "cash_in",
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
    type Answer = types::Token;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::Token>, Error>,
    > + Send {
        builder::CreateToken::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetConnectedUser<'_> {
    const ID: &'static str = "get_connected_user";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::User;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::User>, Error>,
    > + Send {
        builder::GetConnectedUser::send(self)
    }
}
impl ::pesa_core::Operation for builder::ListBanks<'_> {
    const ID: &'static str = "list_banks";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BankList;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BankList>, Error>,
    > + Send {
        builder::ListBanks::send(self)
    }
}
impl ::pesa_core::Operation for builder::ListCashInBanks<'_> {
    const ID: &'static str = "list_cash_in_banks";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BankList;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BankList>, Error>,
    > + Send {
        builder::ListCashInBanks::send(self)
    }
}
impl ::pesa_core::Operation for builder::ListCashOutBanks<'_> {
    const ID: &'static str = "list_cash_out_banks";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BankList;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BankList>, Error>,
    > + Send {
        builder::ListCashOutBanks::send(self)
    }
}
impl ::pesa_core::Operation for builder::LookupCustomer<'_> {
    const ID: &'static str = "lookup_customer";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::CustomerAccount;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::CustomerAccount>, Error>,
    > + Send {
        builder::LookupCustomer::send(self)
    }
}
impl ::pesa_core::Operation for builder::InitBill<'_> {
    const ID: &'static str = "init_bill";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BillInitResponse;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BillInitResponse>, Error>,
    > + Send {
        builder::InitBill::send(self)
    }
}
impl ::pesa_core::Operation for builder::VerifyBill<'_> {
    const ID: &'static str = "verify_bill";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BillVerifyResponse;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BillVerifyResponse>, Error>,
    > + Send {
        builder::VerifyBill::send(self)
    }
}
impl ::pesa_core::Operation for builder::CreateBill<'_> {
    const ID: &'static str = "create_bill";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BillInitResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BillInitResult>, Error>,
    > + Send {
        builder::CreateBill::send(self)
    }
}
impl ::pesa_core::Operation for builder::CheckBill<'_> {
    const ID: &'static str = "check_bill";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BillCheckResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BillCheckResult>, Error>,
    > + Send {
        builder::CheckBill::send(self)
    }
}
impl ::pesa_core::Operation for builder::CashIn<'_> {
    const ID: &'static str = "cash_in";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 200u16;
    type Answer = types::CashInResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::CashInResult>, Error>,
    > + Send {
        builder::CashIn::send(self)
    }
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `authorize` (`GET /oAuth2/authorize/`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct Authorize {
        ///Always `code`: the authorization code flow.
        #[serde(rename = "response_type")]
        pub response_type: types::ResponseType,
        ///The merchant's client id.
        #[serde(rename = "client_id")]
        pub client_id: ::std::string::String,
        /**Where iHela sends the browser back; one of the merchant's
registered redirect URIs. The code exchange must send the same.
*/
        #[serde(rename = "redirect_uri")]
        pub redirect_uri: ::std::string::String,
        /**An unguessable value the merchant keeps with the browser's
session and finds again in the redirect: what tells a real
sign-in from a forged one (RFC 6749 section 10.12). Optional in
OAuth2; required here, since a merchant must not do without it.
*/
        #[serde(rename = "state")]
        pub state: ::std::string::String,
    }
    ///The path and query parameters of `lookup_customer` (`GET /api/v1/bank/{bank_slug}/account/lookup/`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct LookupCustomer {
        ///The bank's slug from the bank list.
        #[serde(rename = "bank_slug")]
        pub bank_slug: types::BankSlug,
        ///The customer's identifier in that bank (generation 1 name).
        #[serde(rename = "customer_id", default)]
        pub customer_id: ::std::option::Option<::std::string::String>,
        ///The customer's account number or identifier (later name).
        #[serde(rename = "account_number", default)]
        pub account_number: ::std::option::Option<::std::string::String>,
    }
}
impl ::std::fmt::Display for types::MerchantReference {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::MerchantReference {
    ///Checks `value` against the spec's `MerchantReference`; a refusal names the field `merchant_reference`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new(
                "merchant_reference",
                e.to_string(),
            ))
    }
}
impl ::std::fmt::Display for types::BillCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::BillCode {
    ///Checks `value` against the spec's `BillCode`; a refusal names the field `bill_code`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("bill_code", e.to_string()))
    }
}
impl ::std::fmt::Display for types::BankSlug {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::BankSlug {
    ///Checks `value` against the spec's `BankSlug`; a refusal names the field `bank_slug`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("bank_slug", e.to_string()))
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
