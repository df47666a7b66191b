// Generated from openapi/momo.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the sandbox gateway: MTN's sandbox (MTY servers); its target environment is `sandbox`, its currency EUR.
    pub const SANDBOX: &str = "https://sandbox.momodeveloper.mtn.com";
    ///Base URL of the production gateway: Production (S4 `mobilemoney/request/route.py`); the market is the `X-Target-Environment`.
    pub const PRODUCTION: &str = "https://proxy.momoapi.mtn.com";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`POST /v1_0/apiuser`: the path of `create_api_user`.
    pub const CREATE_API_USER: &str = "/v1_0/apiuser";
    ///`GET /v1_0/apiuser/{apiUser}`: the path of `get_api_user`.
    pub const GET_API_USER: &str = "/v1_0/apiuser/{apiUser}";
    ///`/v1_0/apiuser/{apiUser}` with its parameters filled in, percent-encoded.
    pub fn get_api_user(api_user: &str) -> ::std::string::String {
        format!("/v1_0/apiuser/{}", ::progenitor_client::encode_path(api_user))
    }
    ///`POST /v1_0/apiuser/{apiUser}/apikey`: the path of `create_api_key`.
    pub const CREATE_API_KEY: &str = "/v1_0/apiuser/{apiUser}/apikey";
    ///`/v1_0/apiuser/{apiUser}/apikey` with its parameters filled in, percent-encoded.
    pub fn create_api_key(api_user: &str) -> ::std::string::String {
        format!("/v1_0/apiuser/{}/apikey", ::progenitor_client::encode_path(api_user))
    }
    ///`POST /{product}/token/`: the path of `create_access_token`.
    pub const CREATE_ACCESS_TOKEN: &str = "/{product}/token/";
    ///`/{product}/token/` with its parameters filled in, percent-encoded.
    pub fn create_access_token(product: &str) -> ::std::string::String {
        format!("/{}/token/", ::progenitor_client::encode_path(product))
    }
    ///`GET /{product}/v1_0/account/balance`: the path of `get_account_balance`.
    pub const GET_ACCOUNT_BALANCE: &str = "/{product}/v1_0/account/balance";
    ///`/{product}/v1_0/account/balance` with its parameters filled in, percent-encoded.
    pub fn get_account_balance(product: &str) -> ::std::string::String {
        format!("/{}/v1_0/account/balance", ::progenitor_client::encode_path(product))
    }
    ///`GET /{product}/v1_0/account/balance/{currency}`: the path of `get_account_balance_in_currency`.
    pub const GET_ACCOUNT_BALANCE_IN_CURRENCY: &str = "/{product}/v1_0/account/balance/{currency}";
    ///`/{product}/v1_0/account/balance/{currency}` with its parameters filled in, percent-encoded.
    pub fn get_account_balance_in_currency(
        product: &str,
        currency: &str,
    ) -> ::std::string::String {
        format!(
            "/{}/v1_0/account/balance/{}", ::progenitor_client::encode_path(product),
            ::progenitor_client::encode_path(currency)
        )
    }
    ///`GET /{product}/v1_0/accountholder/{accountHolderIdType}/{accountHolderId}/active`: the path of `validate_account_holder_status`.
    pub const VALIDATE_ACCOUNT_HOLDER_STATUS: &str = "/{product}/v1_0/accountholder/{accountHolderIdType}/{accountHolderId}/active";
    ///`/{product}/v1_0/accountholder/{accountHolderIdType}/{accountHolderId}/active` with its parameters filled in, percent-encoded.
    pub fn validate_account_holder_status(
        product: &str,
        account_holder_id_type: &str,
        account_holder_id: &str,
    ) -> ::std::string::String {
        format!(
            "/{}/v1_0/accountholder/{}/{}/active",
            ::progenitor_client::encode_path(product),
            ::progenitor_client::encode_path(account_holder_id_type),
            ::progenitor_client::encode_path(account_holder_id)
        )
    }
    ///`GET /{product}/v1_0/accountholder/msisdn/{accountHolderMsisdn}/basicuserinfo`: the path of `get_basic_userinfo`.
    pub const GET_BASIC_USERINFO: &str = "/{product}/v1_0/accountholder/msisdn/{accountHolderMsisdn}/basicuserinfo";
    ///`/{product}/v1_0/accountholder/msisdn/{accountHolderMsisdn}/basicuserinfo` with its parameters filled in, percent-encoded.
    pub fn get_basic_userinfo(
        product: &str,
        account_holder_msisdn: &str,
    ) -> ::std::string::String {
        format!(
            "/{}/v1_0/accountholder/msisdn/{}/basicuserinfo",
            ::progenitor_client::encode_path(product),
            ::progenitor_client::encode_path(account_holder_msisdn)
        )
    }
    ///`POST /collection/v1_0/requesttopay`: the path of `request_to_pay`.
    pub const REQUEST_TO_PAY: &str = "/collection/v1_0/requesttopay";
    ///`GET /collection/v1_0/requesttopay/{referenceId}`: the path of `get_request_to_pay_status`.
    pub const GET_REQUEST_TO_PAY_STATUS: &str = "/collection/v1_0/requesttopay/{referenceId}";
    ///`/collection/v1_0/requesttopay/{referenceId}` with its parameters filled in, percent-encoded.
    pub fn get_request_to_pay_status(reference_id: &str) -> ::std::string::String {
        format!(
            "/collection/v1_0/requesttopay/{}",
            ::progenitor_client::encode_path(reference_id)
        )
    }
    ///`POST /collection/v1_0/requesttowithdraw`: the path of `request_to_withdraw_v1`.
    pub const REQUEST_TO_WITHDRAW_V1: &str = "/collection/v1_0/requesttowithdraw";
    ///`POST /collection/v2_0/requesttowithdraw`: the path of `request_to_withdraw_v2`.
    pub const REQUEST_TO_WITHDRAW_V2: &str = "/collection/v2_0/requesttowithdraw";
    ///`GET /collection/v1_0/requesttowithdraw/{referenceId}`: the path of `get_request_to_withdraw_status`.
    pub const GET_REQUEST_TO_WITHDRAW_STATUS: &str = "/collection/v1_0/requesttowithdraw/{referenceId}";
    ///`/collection/v1_0/requesttowithdraw/{referenceId}` with its parameters filled in, percent-encoded.
    pub fn get_request_to_withdraw_status(reference_id: &str) -> ::std::string::String {
        format!(
            "/collection/v1_0/requesttowithdraw/{}",
            ::progenitor_client::encode_path(reference_id)
        )
    }
    ///`POST /disbursement/v1_0/deposit`: the path of `deposit_v1`.
    pub const DEPOSIT_V1: &str = "/disbursement/v1_0/deposit";
    ///`POST /disbursement/v2_0/deposit`: the path of `deposit_v2`.
    pub const DEPOSIT_V2: &str = "/disbursement/v2_0/deposit";
    ///`GET /disbursement/v1_0/deposit/{referenceId}`: the path of `get_deposit_status`.
    pub const GET_DEPOSIT_STATUS: &str = "/disbursement/v1_0/deposit/{referenceId}";
    ///`/disbursement/v1_0/deposit/{referenceId}` with its parameters filled in, percent-encoded.
    pub fn get_deposit_status(reference_id: &str) -> ::std::string::String {
        format!(
            "/disbursement/v1_0/deposit/{}",
            ::progenitor_client::encode_path(reference_id)
        )
    }
    ///`POST /{product}/v1_0/transfer`: the path of `transfer`.
    pub const TRANSFER: &str = "/{product}/v1_0/transfer";
    ///`/{product}/v1_0/transfer` with its parameters filled in, percent-encoded.
    pub fn transfer(product: &str) -> ::std::string::String {
        format!("/{}/v1_0/transfer", ::progenitor_client::encode_path(product))
    }
    ///`GET /{product}/v1_0/transfer/{referenceId}`: the path of `get_transfer_status`.
    pub const GET_TRANSFER_STATUS: &str = "/{product}/v1_0/transfer/{referenceId}";
    ///`/{product}/v1_0/transfer/{referenceId}` with its parameters filled in, percent-encoded.
    pub fn get_transfer_status(
        product: &str,
        reference_id: &str,
    ) -> ::std::string::String {
        format!(
            "/{}/v1_0/transfer/{}", ::progenitor_client::encode_path(product),
            ::progenitor_client::encode_path(reference_id)
        )
    }
    ///`POST /disbursement/v1_0/refund`: the path of `refund_v1`.
    pub const REFUND_V1: &str = "/disbursement/v1_0/refund";
    ///`POST /disbursement/v2_0/refund`: the path of `refund_v2`.
    pub const REFUND_V2: &str = "/disbursement/v2_0/refund";
    ///`GET /disbursement/v1_0/refund/{referenceId}`: the path of `get_refund_status`.
    pub const GET_REFUND_STATUS: &str = "/disbursement/v1_0/refund/{referenceId}";
    ///`/disbursement/v1_0/refund/{referenceId}` with its parameters filled in, percent-encoded.
    pub fn get_refund_status(reference_id: &str) -> ::std::string::String {
        format!(
            "/disbursement/v1_0/refund/{}",
            ::progenitor_client::encode_path(reference_id)
        )
    }
    ///`POST /remittance/v2_0/cashtransfer`: the path of `cash_transfer`.
    pub const CASH_TRANSFER: &str = "/remittance/v2_0/cashtransfer";
    ///`GET /remittance/v2_0/cashtransfer/{referenceId}`: the path of `get_cash_transfer_status`.
    pub const GET_CASH_TRANSFER_STATUS: &str = "/remittance/v2_0/cashtransfer/{referenceId}";
    ///`/remittance/v2_0/cashtransfer/{referenceId}` with its parameters filled in, percent-encoded.
    pub fn get_cash_transfer_status(reference_id: &str) -> ::std::string::String {
        format!(
            "/remittance/v2_0/cashtransfer/{}",
            ::progenitor_client::encode_path(reference_id)
        )
    }
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `Party`'s properties.
    pub mod party {
        pub const PARTY_ID_TYPE: &str = "partyIdType";
        pub const PARTY_ID: &str = "partyId";
    }
    ///The wire names of `ErrorReason`'s properties.
    pub mod error_reason {
        pub const CODE: &str = "code";
        pub const MESSAGE: &str = "message";
    }
    ///The wire names of `ErrorBody`'s properties.
    pub mod error_body {
        pub const CODE: &str = "code";
        pub const MESSAGE: &str = "message";
        pub const STATUS_CODE: &str = "statusCode";
        pub const ERROR: &str = "error";
    }
    ///The wire names of `ApiUser`'s properties.
    pub mod api_user {
        pub const PROVIDER_CALLBACK_HOST: &str = "providerCallbackHost";
    }
    ///The wire names of `ApiUserResult`'s properties.
    pub mod api_user_result {
        pub const PROVIDER_CALLBACK_HOST: &str = "providerCallbackHost";
        pub const TARGET_ENVIRONMENT: &str = "targetEnvironment";
    }
    ///The wire names of `ApiKeyResult`'s properties.
    pub mod api_key_result {
        pub const API_KEY: &str = "apiKey";
    }
    ///The wire names of `AccessTokenAnswer`'s properties.
    pub mod access_token_answer {
        pub const ACCESS_TOKEN: &str = "access_token";
        pub const TOKEN_TYPE: &str = "token_type";
        pub const EXPIRES_IN: &str = "expires_in";
    }
    ///The wire names of `Balance`'s properties.
    pub mod balance {
        pub const AVAILABLE_BALANCE: &str = "availableBalance";
        pub const CURRENCY: &str = "currency";
    }
    ///The wire names of `ActiveResult`'s properties.
    pub mod active_result {
        pub const RESULT: &str = "result";
    }
    ///The wire names of `BasicUserInfo`'s properties.
    pub mod basic_user_info {
        pub const GIVEN_NAME: &str = "given_name";
        pub const FAMILY_NAME: &str = "family_name";
        pub const BIRTHDATE: &str = "birthdate";
        pub const LOCALE: &str = "locale";
        pub const GENDER: &str = "gender";
        pub const STATUS: &str = "status";
    }
    ///The wire names of `RequestToPay`'s properties.
    pub mod request_to_pay {
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const EXTERNAL_ID: &str = "externalId";
        pub const PAYER: &str = "payer";
        pub const PAYER_MESSAGE: &str = "payerMessage";
        pub const PAYEE_NOTE: &str = "payeeNote";
    }
    ///The wire names of `RequestToPayResult`'s properties.
    pub mod request_to_pay_result {
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const FINANCIAL_TRANSACTION_ID: &str = "financialTransactionId";
        pub const EXTERNAL_ID: &str = "externalId";
        pub const PAYER: &str = "payer";
        pub const PAYER_MESSAGE: &str = "payerMessage";
        pub const PAYEE_NOTE: &str = "payeeNote";
        pub const STATUS: &str = "status";
        pub const REASON: &str = "reason";
    }
    ///The wire names of `Transfer`'s properties.
    pub mod transfer {
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const EXTERNAL_ID: &str = "externalId";
        pub const PAYEE: &str = "payee";
        pub const PAYER_MESSAGE: &str = "payerMessage";
        pub const PAYEE_NOTE: &str = "payeeNote";
    }
    ///The wire names of `Refund`'s properties.
    pub mod refund {
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const EXTERNAL_ID: &str = "externalId";
        pub const PAYER_MESSAGE: &str = "payerMessage";
        pub const PAYEE_NOTE: &str = "payeeNote";
        pub const REFERENCE_ID_TO_REFUND: &str = "referenceIdToRefund";
    }
    ///The wire names of `TransferResult`'s properties.
    pub mod transfer_result {
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const FINANCIAL_TRANSACTION_ID: &str = "financialTransactionId";
        pub const EXTERNAL_ID: &str = "externalId";
        pub const PAYEE: &str = "payee";
        pub const PAYER_MESSAGE: &str = "payerMessage";
        pub const PAYEE_NOTE: &str = "payeeNote";
        pub const STATUS: &str = "status";
        pub const REASON: &str = "reason";
    }
    ///The wire names of `CashTransfer`'s properties.
    pub mod cash_transfer {
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const PAYEE: &str = "payee";
        pub const EXTERNAL_ID: &str = "externalId";
        pub const ORGINATING_COUNTRY: &str = "orginatingCountry";
        pub const ORIGINAL_AMOUNT: &str = "originalAmount";
        pub const ORIGINAL_CURRENCY: &str = "originalCurrency";
        pub const PAYER_MESSAGE: &str = "payerMessage";
        pub const PAYEE_NOTE: &str = "payeeNote";
        pub const PAYER_IDENTIFICATION_TYPE: &str = "payerIdentificationType";
        pub const PAYER_IDENTIFICATION_NUMBER: &str = "payerIdentificationNumber";
        pub const PAYER_IDENTITY: &str = "payerIdentity";
        pub const PAYER_FIRST_NAME: &str = "payerFirstName";
        pub const PAYER_SUR_NAME: &str = "payerSurName";
        pub const PAYER_LANGUAGE_CODE: &str = "payerLanguageCode";
        pub const PAYER_EMAIL: &str = "payerEmail";
        pub const PAYER_MSISDN: &str = "payerMsisdn";
        pub const PAYER_GENDER: &str = "payerGender";
    }
    ///The wire names of `CashTransferResult`'s properties.
    pub mod cash_transfer_result {
        pub const FINANCIAL_TRANSACTION_ID: &str = "financialTransactionId";
        pub const STATUS: &str = "status";
        pub const REASON: &str = "reason";
        pub const AMOUNT: &str = "amount";
        pub const CURRENCY: &str = "currency";
        pub const PAYEE: &str = "payee";
        pub const EXTERNAL_ID: &str = "externalId";
        pub const ORGINATING_COUNTRY: &str = "orginatingCountry";
        pub const ORIGINAL_AMOUNT: &str = "originalAmount";
        pub const ORIGINAL_CURRENCY: &str = "originalCurrency";
        pub const PAYER_MESSAGE: &str = "payerMessage";
        pub const PAYEE_NOTE: &str = "payeeNote";
    }
}
/// The name of every header the spec defines.
pub mod headers {
    ///The `Ocp-Apim-Subscription-Key` header.
    pub const OCP_APIM_SUBSCRIPTION_KEY: &str = "Ocp-Apim-Subscription-Key";
    ///The `X-Callback-Url` header.
    pub const X_CALLBACK_URL: &str = "X-Callback-Url";
    ///The `X-Reference-Id` header.
    pub const X_REFERENCE_ID: &str = "X-Reference-Id";
    ///The `X-Target-Environment` header.
    pub const X_TARGET_ENVIRONMENT: &str = "X-Target-Environment";
}
/// Extensible string enums: the values the spec lists, and `Unknown`
/// for any other, so that a new value never breaks decoding.
pub mod open_enums {
    /**The wallet platform: `sandbox`, or a market (AEN
`sandbox/mtn-group-sandbox.yml`); MTN adds markets.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum TargetEnvironment {
        ///`sandbox`
        Sandbox,
        ///`mtnuganda`
        MtnUganda,
        ///`mtnghana`
        MtnGhana,
        ///`mtnivorycoast`
        MtnIvoryCoast,
        ///`mtnzambia`
        MtnZambia,
        ///`mtncameroon`
        MtnCameroon,
        ///`mtnbenin`
        MtnBenin,
        ///`mtncongo`
        MtnCongo,
        ///`mtnswaziland`
        MtnSwaziland,
        ///`mtnguineaconakry`
        MtnGuineaConakry,
        ///`mtnsouthafrica`
        MtnSouthAfrica,
        ///`mtnliberia`
        MtnLiberia,
        ///`mtnrwanda`
        MtnRwanda,
        ///`mtnnigeria`
        MtnNigeria,
        ///`mtnsouthsudan`
        MtnSouthSudan,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl TargetEnvironment {
        ///Every value of `TargetEnvironment` the spec lists, in its order.
        pub const KNOWN: &'static [TargetEnvironment] = &[
            TargetEnvironment::Sandbox,
            TargetEnvironment::MtnUganda,
            TargetEnvironment::MtnGhana,
            TargetEnvironment::MtnIvoryCoast,
            TargetEnvironment::MtnZambia,
            TargetEnvironment::MtnCameroon,
            TargetEnvironment::MtnBenin,
            TargetEnvironment::MtnCongo,
            TargetEnvironment::MtnSwaziland,
            TargetEnvironment::MtnGuineaConakry,
            TargetEnvironment::MtnSouthAfrica,
            TargetEnvironment::MtnLiberia,
            TargetEnvironment::MtnRwanda,
            TargetEnvironment::MtnNigeria,
            TargetEnvironment::MtnSouthSudan,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                TargetEnvironment::Sandbox => "sandbox",
                TargetEnvironment::MtnUganda => "mtnuganda",
                TargetEnvironment::MtnGhana => "mtnghana",
                TargetEnvironment::MtnIvoryCoast => "mtnivorycoast",
                TargetEnvironment::MtnZambia => "mtnzambia",
                TargetEnvironment::MtnCameroon => "mtncameroon",
                TargetEnvironment::MtnBenin => "mtnbenin",
                TargetEnvironment::MtnCongo => "mtncongo",
                TargetEnvironment::MtnSwaziland => "mtnswaziland",
                TargetEnvironment::MtnGuineaConakry => "mtnguineaconakry",
                TargetEnvironment::MtnSouthAfrica => "mtnsouthafrica",
                TargetEnvironment::MtnLiberia => "mtnliberia",
                TargetEnvironment::MtnRwanda => "mtnrwanda",
                TargetEnvironment::MtnNigeria => "mtnnigeria",
                TargetEnvironment::MtnSouthSudan => "mtnsouthsudan",
                TargetEnvironment::Unknown(other) => other,
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
                .unwrap_or_else(|| TargetEnvironment::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, TargetEnvironment::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                TargetEnvironment::Sandbox => None,
                TargetEnvironment::MtnUganda => None,
                TargetEnvironment::MtnGhana => None,
                TargetEnvironment::MtnIvoryCoast => None,
                TargetEnvironment::MtnZambia => None,
                TargetEnvironment::MtnCameroon => None,
                TargetEnvironment::MtnBenin => None,
                TargetEnvironment::MtnCongo => None,
                TargetEnvironment::MtnSwaziland => None,
                TargetEnvironment::MtnGuineaConakry => None,
                TargetEnvironment::MtnSouthAfrica => None,
                TargetEnvironment::MtnLiberia => None,
                TargetEnvironment::MtnRwanda => None,
                TargetEnvironment::MtnNigeria => None,
                TargetEnvironment::MtnSouthSudan => None,
                TargetEnvironment::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for TargetEnvironment {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for TargetEnvironment {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for TargetEnvironment {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TargetEnvironment {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**A request's state (MTY): `PENDING` until it is final, then
`SUCCESSFUL` or `FAILED`; `CREATED` on some collection objects
(mobile-money.md §2). Other values decode.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum Status {
        ///`PENDING`
        Pending,
        ///`SUCCESSFUL`
        Successful,
        ///`FAILED`
        Failed,
        ///`CREATED`
        Created,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl Status {
        ///Every value of `Status` the spec lists, in its order.
        pub const KNOWN: &'static [Status] = &[
            Status::Pending,
            Status::Successful,
            Status::Failed,
            Status::Created,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Status::Pending => "PENDING",
                Status::Successful => "SUCCESSFUL",
                Status::Failed => "FAILED",
                Status::Created => "CREATED",
                Status::Unknown(other) => other,
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
                .unwrap_or_else(|| Status::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, Status::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                Status::Pending => None,
                Status::Successful => None,
                Status::Failed => None,
                Status::Created => None,
                Status::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for Status {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for Status {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for Status {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Status {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            let value = String::deserialize(deserializer)?;
            Ok(Self::parse(&value))
        }
    }
    /**Why a request failed, or why a call was refused: MTY's 17 codes,
`TRANSACTION_CANCELED.` as the remittance export spells it, and the
codes MM and MTN's pages add (`COULD_NOT_PERFORM_TRANSACTION`: not
approved within 5 minutes). Other values decode.
*/
    ///
    /// Known values are matched exactly or, failing that, ignoring ASCII case;
    /// any other value is kept in `Unknown`.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub enum ReasonCode {
        ///`PAYEE_NOT_FOUND`
        PayeeNotFound,
        ///`PAYER_NOT_FOUND`
        PayerNotFound,
        ///`NOT_ALLOWED`
        NotAllowed,
        ///`NOT_ALLOWED_TARGET_ENVIRONMENT`
        NotAllowedTargetEnvironment,
        ///`INVALID_CALLBACK_URL_HOST`
        InvalidCallbackUrlHost,
        ///`INVALID_CURRENCY`
        InvalidCurrency,
        ///`SERVICE_UNAVAILABLE`
        ServiceUnavailable,
        ///`INTERNAL_PROCESSING_ERROR`
        InternalProcessingError,
        ///`NOT_ENOUGH_FUNDS`
        NotEnoughFunds,
        ///`PAYER_LIMIT_REACHED`
        PayerLimitReached,
        ///`PAYEE_NOT_ALLOWED_TO_RECEIVE`
        PayeeNotAllowedToReceive,
        ///`PAYMENT_NOT_APPROVED`
        PaymentNotApproved,
        ///`RESOURCE_NOT_FOUND`
        ResourceNotFound,
        ///`APPROVAL_REJECTED`
        ApprovalRejected,
        ///`EXPIRED`
        Expired,
        ///`TRANSACTION_CANCELED`
        TransactionCanceled,
        ///`RESOURCE_ALREADY_EXIST`
        ResourceAlreadyExist,
        ///`TRANSACTION_CANCELED.`
        TransactionCanceledDot,
        ///`ONGOING`
        Ongoing,
        ///`PAYER_DELAYED`
        PayerDelayed,
        ///`PAYEE_DELAYED`
        PayeeDelayed,
        ///`COULD_NOT_PERFORM_TRANSACTION`
        CouldNotPerformTransaction,
        /// A value the spec does not list, kept as received.
        Unknown(String),
    }
    impl ReasonCode {
        ///Every value of `ReasonCode` the spec lists, in its order.
        pub const KNOWN: &'static [ReasonCode] = &[
            ReasonCode::PayeeNotFound,
            ReasonCode::PayerNotFound,
            ReasonCode::NotAllowed,
            ReasonCode::NotAllowedTargetEnvironment,
            ReasonCode::InvalidCallbackUrlHost,
            ReasonCode::InvalidCurrency,
            ReasonCode::ServiceUnavailable,
            ReasonCode::InternalProcessingError,
            ReasonCode::NotEnoughFunds,
            ReasonCode::PayerLimitReached,
            ReasonCode::PayeeNotAllowedToReceive,
            ReasonCode::PaymentNotApproved,
            ReasonCode::ResourceNotFound,
            ReasonCode::ApprovalRejected,
            ReasonCode::Expired,
            ReasonCode::TransactionCanceled,
            ReasonCode::ResourceAlreadyExist,
            ReasonCode::TransactionCanceledDot,
            ReasonCode::Ongoing,
            ReasonCode::PayerDelayed,
            ReasonCode::PayeeDelayed,
            ReasonCode::CouldNotPerformTransaction,
        ];
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                ReasonCode::PayeeNotFound => "PAYEE_NOT_FOUND",
                ReasonCode::PayerNotFound => "PAYER_NOT_FOUND",
                ReasonCode::NotAllowed => "NOT_ALLOWED",
                ReasonCode::NotAllowedTargetEnvironment => {
                    "NOT_ALLOWED_TARGET_ENVIRONMENT"
                }
                ReasonCode::InvalidCallbackUrlHost => "INVALID_CALLBACK_URL_HOST",
                ReasonCode::InvalidCurrency => "INVALID_CURRENCY",
                ReasonCode::ServiceUnavailable => "SERVICE_UNAVAILABLE",
                ReasonCode::InternalProcessingError => "INTERNAL_PROCESSING_ERROR",
                ReasonCode::NotEnoughFunds => "NOT_ENOUGH_FUNDS",
                ReasonCode::PayerLimitReached => "PAYER_LIMIT_REACHED",
                ReasonCode::PayeeNotAllowedToReceive => "PAYEE_NOT_ALLOWED_TO_RECEIVE",
                ReasonCode::PaymentNotApproved => "PAYMENT_NOT_APPROVED",
                ReasonCode::ResourceNotFound => "RESOURCE_NOT_FOUND",
                ReasonCode::ApprovalRejected => "APPROVAL_REJECTED",
                ReasonCode::Expired => "EXPIRED",
                ReasonCode::TransactionCanceled => "TRANSACTION_CANCELED",
                ReasonCode::ResourceAlreadyExist => "RESOURCE_ALREADY_EXIST",
                ReasonCode::TransactionCanceledDot => "TRANSACTION_CANCELED.",
                ReasonCode::Ongoing => "ONGOING",
                ReasonCode::PayerDelayed => "PAYER_DELAYED",
                ReasonCode::PayeeDelayed => "PAYEE_DELAYED",
                ReasonCode::CouldNotPerformTransaction => "COULD_NOT_PERFORM_TRANSACTION",
                ReasonCode::Unknown(other) => other,
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
                .unwrap_or_else(|| ReasonCode::Unknown(value.to_owned()))
        }
        /// Whether the value is one the spec lists.
        pub fn is_known(&self) -> bool {
            !matches!(self, ReasonCode::Unknown(_))
        }
        /// What the spec says the value means (`x-enum-descriptions`), if it says.
        pub fn description(&self) -> Option<&'static str> {
            match self {
                ReasonCode::PayeeNotFound => None,
                ReasonCode::PayerNotFound => None,
                ReasonCode::NotAllowed => None,
                ReasonCode::NotAllowedTargetEnvironment => None,
                ReasonCode::InvalidCallbackUrlHost => None,
                ReasonCode::InvalidCurrency => None,
                ReasonCode::ServiceUnavailable => None,
                ReasonCode::InternalProcessingError => None,
                ReasonCode::NotEnoughFunds => None,
                ReasonCode::PayerLimitReached => None,
                ReasonCode::PayeeNotAllowedToReceive => None,
                ReasonCode::PaymentNotApproved => None,
                ReasonCode::ResourceNotFound => None,
                ReasonCode::ApprovalRejected => None,
                ReasonCode::Expired => None,
                ReasonCode::TransactionCanceled => None,
                ReasonCode::ResourceAlreadyExist => None,
                ReasonCode::TransactionCanceledDot => None,
                ReasonCode::Ongoing => None,
                ReasonCode::PayerDelayed => None,
                ReasonCode::PayeeDelayed => None,
                ReasonCode::CouldNotPerformTransaction => None,
                ReasonCode::Unknown(_) => None,
            }
        }
    }
    impl ::std::fmt::Display for ReasonCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for ReasonCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::parse(value))
        }
    }
    impl ::serde::Serialize for ReasonCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReasonCode {
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
    ///A token (MTY).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AccessTokenAnswer {
        ///The token (a secret).
        pub access_token: ::pesa_core::Secret,
        ///Its lifetime in seconds.
        pub expires_in: u64,
        ///The token type (`access_token` on the sandbox; Assumed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token_type: ::std::option::Option<::std::string::String>,
    }
    impl AccessTokenAnswer {
        pub fn builder() -> builder::AccessTokenAnswer {
            Default::default()
        }
    }
    ///How an account holder is named in the `active` path (MTY, lower case).
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
    pub enum AccountHolderIdType {
        #[serde(rename = "msisdn")]
        Msisdn,
        #[serde(rename = "email")]
        Email,
    }
    impl ::std::fmt::Display for AccountHolderIdType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Msisdn => f.write_str("msisdn"),
                Self::Email => f.write_str("email"),
            }
        }
    }
    impl ::std::str::FromStr for AccountHolderIdType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "msisdn" => Ok(Self::Msisdn),
                "email" => Ok(Self::Email),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AccountHolderIdType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AccountHolderIdType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Whether the account holder is active (MTY).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ActiveResult {
        ///Whether the account holder is registered and active.
        pub result: bool,
    }
    impl ActiveResult {
        pub fn builder() -> builder::ActiveResult {
            Default::default()
        }
    }
    ///A new API key (MTY).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ApiKeyResult {
        ///The new key (a secret).
        #[serde(rename = "apiKey")]
        pub api_key: ::pesa_core::Secret,
    }
    impl ApiKeyResult {
        pub fn builder() -> builder::ApiKeyResult {
            Default::default()
        }
    }
    ///A new API user (MTY:sandbox-provisioning-api).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ApiUser {
        ///The host callbacks may go to (`merchant.example.com`).
        #[serde(rename = "providerCallbackHost")]
        pub provider_callback_host: ApiUserProviderCallbackHost,
    }
    impl ApiUser {
        pub fn builder() -> builder::ApiUser {
            Default::default()
        }
    }
    ///The host callbacks may go to (`merchant.example.com`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ApiUserProviderCallbackHost(::std::string::String);
    impl ::std::ops::Deref for ApiUserProviderCallbackHost {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ApiUserProviderCallbackHost> for ::std::string::String {
        fn from(value: ApiUserProviderCallbackHost) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ApiUserProviderCallbackHost {
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
    impl ::std::convert::TryFrom<&str> for ApiUserProviderCallbackHost {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ApiUserProviderCallbackHost {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ApiUserProviderCallbackHost {
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
    ///An API user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ApiUserResult {
        ///The host its callbacks may go to.
        #[serde(rename = "providerCallbackHost")]
        pub provider_callback_host: ::std::string::String,
        ///The wallet platform it works in.
        #[serde(rename = "targetEnvironment")]
        pub target_environment: crate::generated::open_enums::TargetEnvironment,
    }
    impl ApiUserResult {
        pub fn builder() -> builder::ApiUserResult {
            Default::default()
        }
    }
    ///The available balance of the merchant's account (MTY).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Balance {
        ///The available balance.
        #[serde(rename = "availableBalance")]
        pub available_balance: ::rust_decimal::Decimal,
        ///Its ISO 4217 currency.
        pub currency: crate::money::Currency,
    }
    impl Balance {
        pub fn builder() -> builder::Balance {
            Default::default()
        }
    }
    ///An account holder's names (MTY `BasicUserInfoJsonResponse`); personal data.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BasicUserInfo {
        ///Birth date.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub birthdate: ::std::option::Option<::std::string::String>,
        ///Family name(s).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub family_name: ::std::option::Option<::std::string::String>,
        ///Gender.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gender: ::std::option::Option<::std::string::String>,
        ///Given name(s).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub given_name: ::std::option::Option<::std::string::String>,
        ///Locale (`sv_SE`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        ///Its state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl BasicUserInfo {
        pub fn builder() -> builder::BasicUserInfo {
            Default::default()
        }
    }
    ///An absolute http(s) URL (MTN-CB).
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
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^https?://[^/]").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^https?://[^/]\"".into());
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
    /**A remittance with the payer's identity (MTY; `required` added for
the transfer's own fields). `orginatingCountry` is MTY's spelling.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CashTransfer {
        ///The amount.
        pub amount: crate::money::Amount,
        ///Its ISO 4217 currency.
        pub currency: crate::money::Currency,
        ///The merchant's id for reconciliation.
        #[serde(rename = "externalId")]
        pub external_id: ExternalId,
        ///The ISO 3166 country the money comes from.
        #[serde(rename = "orginatingCountry")]
        pub orginating_country: CashTransferOrginatingCountry,
        ///The amount sent, before exchange.
        #[serde(rename = "originalAmount")]
        pub original_amount: crate::money::Amount,
        ///The currency of `originalAmount`.
        #[serde(rename = "originalCurrency")]
        pub original_currency: crate::money::Currency,
        ///Who is paid.
        pub payee: crate::party::Party,
        ///The note in the payee's history.
        #[serde(
            rename = "payeeNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee_note: ::std::option::Option<Message>,
        ///The payer's e-mail address.
        #[serde(
            rename = "payerEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_email: ::std::option::Option<::std::string::String>,
        ///The payer's first name.
        #[serde(
            rename = "payerFirstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_first_name: ::std::option::Option<::std::string::String>,
        ///The payer's gender (ISO 20022 code).
        #[serde(
            rename = "payerGender",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_gender: ::std::option::Option<::std::string::String>,
        ///The payer's identity document number.
        #[serde(
            rename = "payerIdentificationNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_identification_number: ::std::option::Option<::std::string::String>,
        ///The payer's identity document type.
        #[serde(
            rename = "payerIdentificationType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_identification_type: ::std::option::Option<IdentificationType>,
        ///The payer's identity (MTY gives no format).
        #[serde(
            rename = "payerIdentity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_identity: ::std::option::Option<::std::string::String>,
        ///The payer's language.
        #[serde(
            rename = "payerLanguageCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_language_code: ::std::option::Option<::std::string::String>,
        ///The message in the payer's history.
        #[serde(
            rename = "payerMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_message: ::std::option::Option<Message>,
        ///The payer's mobile number.
        #[serde(
            rename = "payerMsisdn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_msisdn: ::std::option::Option<::pesa_core::Msisdn>,
        ///The payer's surname.
        #[serde(
            rename = "payerSurName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_sur_name: ::std::option::Option<::std::string::String>,
    }
    impl CashTransfer {
        pub fn builder() -> builder::CashTransfer {
            Default::default()
        }
    }
    ///The ISO 3166 country the money comes from.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CashTransferOrginatingCountry(::std::string::String);
    impl ::std::ops::Deref for CashTransferOrginatingCountry {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CashTransferOrginatingCountry> for ::std::string::String {
        fn from(value: CashTransferOrginatingCountry) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CashTransferOrginatingCountry {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Z]{2}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Z]{2}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CashTransferOrginatingCountry {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CashTransferOrginatingCountry {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CashTransferOrginatingCountry {
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
    ///A cash transfer, as MTN holds it (MTY); also its callback's body.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CashTransferResult {
        ///The amount.
        pub amount: ::rust_decimal::Decimal,
        ///Its ISO 4217 currency.
        pub currency: crate::money::Currency,
        ///The merchant's id for reconciliation.
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<crate::wire::Text>,
        ///MTN's id of the money's movement, once it moved.
        #[serde(
            rename = "financialTransactionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub financial_transaction_id: ::std::option::Option<
            crate::wire::FinancialTransactionId,
        >,
        ///The ISO 3166 country the money comes from (MTY spelling).
        #[serde(
            rename = "orginatingCountry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub orginating_country: ::std::option::Option<::std::string::String>,
        ///The amount sent, before exchange.
        #[serde(
            rename = "originalAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub original_amount: ::std::option::Option<::rust_decimal::Decimal>,
        ///The currency of `originalAmount`.
        #[serde(
            rename = "originalCurrency",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub original_currency: ::std::option::Option<::std::string::String>,
        ///Who is paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payee: ::std::option::Option<crate::party::Party>,
        ///The note in the payee's history.
        #[serde(
            rename = "payeeNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee_note: ::std::option::Option<::std::string::String>,
        ///The message in the payer's history.
        #[serde(
            rename = "payerMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_message: ::std::option::Option<::std::string::String>,
        ///Why it failed, when it did.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<crate::reason::Reason>,
        ///Its state.
        pub status: crate::generated::open_enums::Status,
    }
    impl CashTransferResult {
        pub fn builder() -> builder::CashTransferResult {
            Default::default()
        }
    }
    /**An error answer: MTN's `{code, message}`, or the API gateway's
`{statusCode, message}` (a bad subscription key, MTN-ERR) or
`{error}` (the token call, MTY).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorBody {
        ///MTN's code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<crate::generated::open_enums::ReasonCode>,
        ///The token call's error (`login_failed`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///The message, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The API gateway's HTTP status.
        #[serde(
            rename = "statusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_code: ::std::option::Option<i64>,
    }
    impl ErrorBody {
        pub fn builder() -> builder::ErrorBody {
            Default::default()
        }
    }
    ///Why, with MTN's code and message (MTY).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorReason {
        ///MTN's code.
        pub code: crate::generated::open_enums::ReasonCode,
        ///The message, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorReason {
        pub fn builder() -> builder::ErrorReason {
            Default::default()
        }
    }
    ///The merchant's id for reconciliation, in MTN's reports; not required to be unique (MTY).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ExternalId(::std::string::String);
    impl ::std::ops::Deref for ExternalId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ExternalId> for ::std::string::String {
        fn from(value: ExternalId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ExternalId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ExternalId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExternalId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ExternalId {
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
    ///The payer's identity document (MTY).
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
    pub enum IdentificationType {
        #[serde(rename = "PASS")]
        Pass,
        #[serde(rename = "CPFA")]
        Cpfa,
        #[serde(rename = "SRSSA")]
        Srssa,
        #[serde(rename = "NRIN")]
        Nrin,
        #[serde(rename = "OTHR")]
        Othr,
        #[serde(rename = "DRLC")]
        Drlc,
        #[serde(rename = "SOCS")]
        Socs,
        #[serde(rename = "AREG")]
        Areg,
        #[serde(rename = "IDCD")]
        Idcd,
        #[serde(rename = "EMID")]
        Emid,
    }
    impl ::std::fmt::Display for IdentificationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pass => f.write_str("PASS"),
                Self::Cpfa => f.write_str("CPFA"),
                Self::Srssa => f.write_str("SRSSA"),
                Self::Nrin => f.write_str("NRIN"),
                Self::Othr => f.write_str("OTHR"),
                Self::Drlc => f.write_str("DRLC"),
                Self::Socs => f.write_str("SOCS"),
                Self::Areg => f.write_str("AREG"),
                Self::Idcd => f.write_str("IDCD"),
                Self::Emid => f.write_str("EMID"),
            }
        }
    }
    impl ::std::str::FromStr for IdentificationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PASS" => Ok(Self::Pass),
                "CPFA" => Ok(Self::Cpfa),
                "SRSSA" => Ok(Self::Srssa),
                "NRIN" => Ok(Self::Nrin),
                "OTHR" => Ok(Self::Othr),
                "DRLC" => Ok(Self::Drlc),
                "SOCS" => Ok(Self::Socs),
                "AREG" => Ok(Self::Areg),
                "IDCD" => Ok(Self::Idcd),
                "EMID" => Ok(Self::Emid),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IdentificationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IdentificationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A message for a transaction's history (`payerMessage`,
`payeeNote`): at most 160 characters, no apostrophe (MTN-ERR), no
`&` (issue `sparkplug/momoapi-node#84`), and not empty
(production answers 500 to empty ones, issue
`mtvbrianking/laravel-mtn-momo#69`).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct Message(::std::string::String);
    impl ::std::ops::Deref for Message {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Message> for ::std::string::String {
        fn from(value: Message) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Message {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 160usize {
                return Err("longer than 160 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[^'&<>]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[^'&<>]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for Message {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Message {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Message {
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
    ///How a party is named (MTY).
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
    pub enum PartyIdType {
        #[serde(rename = "MSISDN")]
        Msisdn,
        #[serde(rename = "EMAIL")]
        Email,
        #[serde(rename = "PARTY_CODE")]
        PartyCode,
    }
    impl ::std::fmt::Display for PartyIdType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Msisdn => f.write_str("MSISDN"),
                Self::Email => f.write_str("EMAIL"),
                Self::PartyCode => f.write_str("PARTY_CODE"),
            }
        }
    }
    impl ::std::str::FromStr for PartyIdType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "MSISDN" => Ok(Self::Msisdn),
                "EMAIL" => Ok(Self::Email),
                "PARTY_CODE" => Ok(Self::PartyCode),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PartyIdType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PartyIdType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A product that pays out (`transfer`).
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
    pub enum PayoutProduct {
        #[serde(rename = "disbursement")]
        Disbursement,
        #[serde(rename = "remittance")]
        Remittance,
    }
    impl ::std::fmt::Display for PayoutProduct {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Disbursement => f.write_str("disbursement"),
                Self::Remittance => f.write_str("remittance"),
            }
        }
    }
    impl ::std::str::FromStr for PayoutProduct {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "disbursement" => Ok(Self::Disbursement),
                "remittance" => Ok(Self::Remittance),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PayoutProduct {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PayoutProduct {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A product of MTN's API, each with its own subscription key and token.
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
    pub enum Product {
        #[serde(rename = "collection")]
        Collection,
        #[serde(rename = "disbursement")]
        Disbursement,
        #[serde(rename = "remittance")]
        Remittance,
    }
    impl ::std::fmt::Display for Product {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Collection => f.write_str("collection"),
                Self::Disbursement => f.write_str("disbursement"),
                Self::Remittance => f.write_str("remittance"),
            }
        }
    }
    impl ::std::str::FromStr for Product {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "collection" => Ok(Self::Collection),
                "disbursement" => Ok(Self::Disbursement),
                "remittance" => Ok(Self::Remittance),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Product {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Product {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A UUID version 4, chosen by the caller, which becomes the id of what it creates (MTY).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ReferenceId(::std::string::String);
    impl ::std::ops::Deref for ReferenceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReferenceId> for ::std::string::String {
        fn from(value: ReferenceId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReferenceId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new(
                        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                    )
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReferenceId {
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
    ///A refund of a request to pay (MTY; `required` added).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Refund {
        ///The amount.
        pub amount: crate::money::Amount,
        ///Its ISO 4217 currency.
        pub currency: crate::money::Currency,
        ///The merchant's id for reconciliation.
        #[serde(rename = "externalId")]
        pub external_id: ExternalId,
        ///The note in the payee's history.
        #[serde(
            rename = "payeeNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee_note: ::std::option::Option<Message>,
        ///The message in the payer's history.
        #[serde(
            rename = "payerMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_message: ::std::option::Option<Message>,
        ///The `X-Reference-Id` of the request to pay refunded.
        #[serde(rename = "referenceIdToRefund")]
        pub reference_id_to_refund: ReferenceId,
    }
    impl Refund {
        pub fn builder() -> builder::Refund {
            Default::default()
        }
    }
    /**A request to pay, or to withdraw (MTY; `required` added: MTN's
export has none, and these are what every SDK sends).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RequestToPay {
        ///The amount.
        pub amount: crate::money::Amount,
        ///Its ISO 4217 currency.
        pub currency: crate::money::Currency,
        ///The merchant's id for reconciliation.
        #[serde(rename = "externalId")]
        pub external_id: ExternalId,
        ///The note in the payee's history.
        #[serde(
            rename = "payeeNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee_note: ::std::option::Option<Message>,
        ///Who pays.
        pub payer: crate::party::Party,
        ///The message in the payer's history.
        #[serde(
            rename = "payerMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_message: ::std::option::Option<Message>,
    }
    impl RequestToPay {
        pub fn builder() -> builder::RequestToPay {
            Default::default()
        }
    }
    ///A request to pay or to withdraw, as MTN holds it (MTY); also its callback's body.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RequestToPayResult {
        ///The amount.
        pub amount: ::rust_decimal::Decimal,
        ///Its ISO 4217 currency.
        pub currency: crate::money::Currency,
        ///The merchant's id for reconciliation.
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<crate::wire::Text>,
        ///MTN's id of the money's movement, once it moved.
        #[serde(
            rename = "financialTransactionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub financial_transaction_id: ::std::option::Option<
            crate::wire::FinancialTransactionId,
        >,
        ///The note in the payee's history.
        #[serde(
            rename = "payeeNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee_note: ::std::option::Option<::std::string::String>,
        ///Who pays.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payer: ::std::option::Option<crate::party::Party>,
        ///The message in the payer's history.
        #[serde(
            rename = "payerMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_message: ::std::option::Option<::std::string::String>,
        ///Why it failed, when it did.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<crate::reason::Reason>,
        ///Its state.
        pub status: crate::generated::open_enums::Status,
    }
    impl RequestToPayResult {
        pub fn builder() -> builder::RequestToPayResult {
            Default::default()
        }
    }
    ///A transfer or deposit to a payee (MTY; `required` added).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Transfer {
        ///The amount.
        pub amount: crate::money::Amount,
        ///Its ISO 4217 currency.
        pub currency: crate::money::Currency,
        ///The merchant's id for reconciliation.
        #[serde(rename = "externalId")]
        pub external_id: ExternalId,
        ///Who is paid.
        pub payee: crate::party::Party,
        ///The note in the payee's history.
        #[serde(
            rename = "payeeNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee_note: ::std::option::Option<Message>,
        ///The message in the payer's history.
        #[serde(
            rename = "payerMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_message: ::std::option::Option<Message>,
    }
    impl Transfer {
        pub fn builder() -> builder::Transfer {
            Default::default()
        }
    }
    ///A transfer, deposit or refund, as MTN holds it (MTY); also its callback's body.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TransferResult {
        ///The amount.
        pub amount: ::rust_decimal::Decimal,
        ///Its ISO 4217 currency.
        pub currency: crate::money::Currency,
        ///The merchant's id for reconciliation.
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<crate::wire::Text>,
        ///MTN's id of the money's movement, once it moved.
        #[serde(
            rename = "financialTransactionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub financial_transaction_id: ::std::option::Option<
            crate::wire::FinancialTransactionId,
        >,
        ///Who is paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payee: ::std::option::Option<crate::party::Party>,
        ///The note in the payee's history.
        #[serde(
            rename = "payeeNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee_note: ::std::option::Option<::std::string::String>,
        ///The message in the payer's history.
        #[serde(
            rename = "payerMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payer_message: ::std::option::Option<::std::string::String>,
        ///Why it failed, when it did.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<crate::reason::Reason>,
        ///Its state.
        pub status: crate::generated::open_enums::Status,
    }
    impl TransferResult {
        pub fn builder() -> builder::TransferResult {
            Default::default()
        }
    }
    ///`ValidateAccountHolderStatusAccountHolderId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ValidateAccountHolderStatusAccountHolderId(::std::string::String);
    impl ::std::ops::Deref for ValidateAccountHolderStatusAccountHolderId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ValidateAccountHolderStatusAccountHolderId>
    for ::std::string::String {
        fn from(value: ValidateAccountHolderStatusAccountHolderId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ValidateAccountHolderStatusAccountHolderId {
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
    impl ::std::convert::TryFrom<&str> for ValidateAccountHolderStatusAccountHolderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ValidateAccountHolderStatusAccountHolderId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ValidateAccountHolderStatusAccountHolderId {
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
        pub struct AccessTokenAnswer {
            access_token: ::std::result::Result<
                ::pesa_core::Secret,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<u64, ::std::string::String>,
            token_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccessTokenAnswer {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Err("no value supplied for expires_in".to_string()),
                    token_type: Ok(Default::default()),
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
                T: ::std::convert::TryInto<u64>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<AccessTokenAnswer> for super::AccessTokenAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccessTokenAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                    token_type: value.token_type?,
                })
            }
        }
        impl ::std::convert::From<super::AccessTokenAnswer> for AccessTokenAnswer {
            fn from(value: super::AccessTokenAnswer) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                    token_type: Ok(value.token_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ActiveResult {
            result: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for ActiveResult {
            fn default() -> Self {
                Self {
                    result: Err("no value supplied for result".to_string()),
                }
            }
        }
        impl ActiveResult {
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
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
        impl ::std::convert::TryFrom<ActiveResult> for super::ActiveResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ActiveResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { result: value.result? })
            }
        }
        impl ::std::convert::From<super::ActiveResult> for ActiveResult {
            fn from(value: super::ActiveResult) -> Self {
                Self { result: Ok(value.result) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyResult {
            api_key: ::std::result::Result<::pesa_core::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for ApiKeyResult {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                }
            }
        }
        impl ApiKeyResult {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::pesa_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyResult> for super::ApiKeyResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { api_key: value.api_key? })
            }
        }
        impl ::std::convert::From<super::ApiKeyResult> for ApiKeyResult {
            fn from(value: super::ApiKeyResult) -> Self {
                Self { api_key: Ok(value.api_key) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiUser {
            provider_callback_host: ::std::result::Result<
                super::ApiUserProviderCallbackHost,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiUser {
            fn default() -> Self {
                Self {
                    provider_callback_host: Err(
                        "no value supplied for provider_callback_host".to_string(),
                    ),
                }
            }
        }
        impl ApiUser {
            pub fn provider_callback_host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiUserProviderCallbackHost>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_callback_host = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_callback_host: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiUser> for super::ApiUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    provider_callback_host: value.provider_callback_host?,
                })
            }
        }
        impl ::std::convert::From<super::ApiUser> for ApiUser {
            fn from(value: super::ApiUser) -> Self {
                Self {
                    provider_callback_host: Ok(value.provider_callback_host),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiUserResult {
            provider_callback_host: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            target_environment: ::std::result::Result<
                crate::generated::open_enums::TargetEnvironment,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiUserResult {
            fn default() -> Self {
                Self {
                    provider_callback_host: Err(
                        "no value supplied for provider_callback_host".to_string(),
                    ),
                    target_environment: Err(
                        "no value supplied for target_environment".to_string(),
                    ),
                }
            }
        }
        impl ApiUserResult {
            pub fn provider_callback_host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_callback_host = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for provider_callback_host: {e}"
                        )
                    });
                self
            }
            pub fn target_environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::generated::open_enums::TargetEnvironment,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.target_environment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_environment: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiUserResult> for super::ApiUserResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiUserResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    provider_callback_host: value.provider_callback_host?,
                    target_environment: value.target_environment?,
                })
            }
        }
        impl ::std::convert::From<super::ApiUserResult> for ApiUserResult {
            fn from(value: super::ApiUserResult) -> Self {
                Self {
                    provider_callback_host: Ok(value.provider_callback_host),
                    target_environment: Ok(value.target_environment),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Balance {
            available_balance: ::std::result::Result<
                ::rust_decimal::Decimal,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Balance {
            fn default() -> Self {
                Self {
                    available_balance: Err(
                        "no value supplied for available_balance".to_string(),
                    ),
                    currency: Err("no value supplied for currency".to_string()),
                }
            }
        }
        impl Balance {
            pub fn available_balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::rust_decimal::Decimal>,
                T::Error: ::std::fmt::Display,
            {
                self.available_balance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for available_balance: {e}"
                        )
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Currency>,
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
                    available_balance: value.available_balance?,
                    currency: value.currency?,
                })
            }
        }
        impl ::std::convert::From<super::Balance> for Balance {
            fn from(value: super::Balance) -> Self {
                Self {
                    available_balance: Ok(value.available_balance),
                    currency: Ok(value.currency),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BasicUserInfo {
            birthdate: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            family_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            given_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BasicUserInfo {
            fn default() -> Self {
                Self {
                    birthdate: Ok(Default::default()),
                    family_name: Ok(Default::default()),
                    gender: Ok(Default::default()),
                    given_name: Ok(Default::default()),
                    locale: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl BasicUserInfo {
            pub fn birthdate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.birthdate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for birthdate: {e}")
                    });
                self
            }
            pub fn family_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.family_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for family_name: {e}")
                    });
                self
            }
            pub fn gender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gender: {e}")
                    });
                self
            }
            pub fn given_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.given_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for given_name: {e}")
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<BasicUserInfo> for super::BasicUserInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BasicUserInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    birthdate: value.birthdate?,
                    family_name: value.family_name?,
                    gender: value.gender?,
                    given_name: value.given_name?,
                    locale: value.locale?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::BasicUserInfo> for BasicUserInfo {
            fn from(value: super::BasicUserInfo) -> Self {
                Self {
                    birthdate: Ok(value.birthdate),
                    family_name: Ok(value.family_name),
                    gender: Ok(value.gender),
                    given_name: Ok(value.given_name),
                    locale: Ok(value.locale),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CashTransfer {
            amount: ::std::result::Result<crate::money::Amount, ::std::string::String>,
            currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<super::ExternalId, ::std::string::String>,
            orginating_country: ::std::result::Result<
                super::CashTransferOrginatingCountry,
                ::std::string::String,
            >,
            original_amount: ::std::result::Result<
                crate::money::Amount,
                ::std::string::String,
            >,
            original_currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
            payee: ::std::result::Result<crate::party::Party, ::std::string::String>,
            payee_note: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            payer_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payer_first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payer_gender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payer_identification_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payer_identification_type: ::std::result::Result<
                ::std::option::Option<super::IdentificationType>,
                ::std::string::String,
            >,
            payer_identity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payer_language_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payer_message: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            payer_msisdn: ::std::result::Result<
                ::std::option::Option<::pesa_core::Msisdn>,
                ::std::string::String,
            >,
            payer_sur_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CashTransfer {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    external_id: Err("no value supplied for external_id".to_string()),
                    orginating_country: Err(
                        "no value supplied for orginating_country".to_string(),
                    ),
                    original_amount: Err(
                        "no value supplied for original_amount".to_string(),
                    ),
                    original_currency: Err(
                        "no value supplied for original_currency".to_string(),
                    ),
                    payee: Err("no value supplied for payee".to_string()),
                    payee_note: Ok(Default::default()),
                    payer_email: Ok(Default::default()),
                    payer_first_name: Ok(Default::default()),
                    payer_gender: Ok(Default::default()),
                    payer_identification_number: Ok(Default::default()),
                    payer_identification_type: Ok(Default::default()),
                    payer_identity: Ok(Default::default()),
                    payer_language_code: Ok(Default::default()),
                    payer_message: Ok(Default::default()),
                    payer_msisdn: Ok(Default::default()),
                    payer_sur_name: Ok(Default::default()),
                }
            }
        }
        impl CashTransfer {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
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
                T: ::std::convert::TryInto<crate::money::Currency>,
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
                T: ::std::convert::TryInto<super::ExternalId>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn orginating_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CashTransferOrginatingCountry>,
                T::Error: ::std::fmt::Display,
            {
                self.orginating_country = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for orginating_country: {e}"
                        )
                    });
                self
            }
            pub fn original_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
                T::Error: ::std::fmt::Display,
            {
                self.original_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_amount: {e}"
                        )
                    });
                self
            }
            pub fn original_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.original_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_currency: {e}"
                        )
                    });
                self
            }
            pub fn payee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::Party>,
                T::Error: ::std::fmt::Display,
            {
                self.payee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee: {e}")
                    });
                self
            }
            pub fn payee_note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee_note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee_note: {e}")
                    });
                self
            }
            pub fn payer_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_email: {e}")
                    });
                self
            }
            pub fn payer_first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payer_first_name: {e}"
                        )
                    });
                self
            }
            pub fn payer_gender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_gender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_gender: {e}")
                    });
                self
            }
            pub fn payer_identification_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_identification_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payer_identification_number: {e}"
                        )
                    });
                self
            }
            pub fn payer_identification_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::IdentificationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payer_identification_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payer_identification_type: {e}"
                        )
                    });
                self
            }
            pub fn payer_identity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_identity = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payer_identity: {e}"
                        )
                    });
                self
            }
            pub fn payer_language_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_language_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payer_language_code: {e}"
                        )
                    });
                self
            }
            pub fn payer_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_message: {e}")
                    });
                self
            }
            pub fn payer_msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::pesa_core::Msisdn>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_msisdn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_msisdn: {e}")
                    });
                self
            }
            pub fn payer_sur_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_sur_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payer_sur_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CashTransfer> for super::CashTransfer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CashTransfer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    external_id: value.external_id?,
                    orginating_country: value.orginating_country?,
                    original_amount: value.original_amount?,
                    original_currency: value.original_currency?,
                    payee: value.payee?,
                    payee_note: value.payee_note?,
                    payer_email: value.payer_email?,
                    payer_first_name: value.payer_first_name?,
                    payer_gender: value.payer_gender?,
                    payer_identification_number: value.payer_identification_number?,
                    payer_identification_type: value.payer_identification_type?,
                    payer_identity: value.payer_identity?,
                    payer_language_code: value.payer_language_code?,
                    payer_message: value.payer_message?,
                    payer_msisdn: value.payer_msisdn?,
                    payer_sur_name: value.payer_sur_name?,
                })
            }
        }
        impl ::std::convert::From<super::CashTransfer> for CashTransfer {
            fn from(value: super::CashTransfer) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    external_id: Ok(value.external_id),
                    orginating_country: Ok(value.orginating_country),
                    original_amount: Ok(value.original_amount),
                    original_currency: Ok(value.original_currency),
                    payee: Ok(value.payee),
                    payee_note: Ok(value.payee_note),
                    payer_email: Ok(value.payer_email),
                    payer_first_name: Ok(value.payer_first_name),
                    payer_gender: Ok(value.payer_gender),
                    payer_identification_number: Ok(value.payer_identification_number),
                    payer_identification_type: Ok(value.payer_identification_type),
                    payer_identity: Ok(value.payer_identity),
                    payer_language_code: Ok(value.payer_language_code),
                    payer_message: Ok(value.payer_message),
                    payer_msisdn: Ok(value.payer_msisdn),
                    payer_sur_name: Ok(value.payer_sur_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CashTransferResult {
            amount: ::std::result::Result<
                ::rust_decimal::Decimal,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<crate::wire::Text>,
                ::std::string::String,
            >,
            financial_transaction_id: ::std::result::Result<
                ::std::option::Option<crate::wire::FinancialTransactionId>,
                ::std::string::String,
            >,
            orginating_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            original_amount: ::std::result::Result<
                ::std::option::Option<::rust_decimal::Decimal>,
                ::std::string::String,
            >,
            original_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payee: ::std::result::Result<
                ::std::option::Option<crate::party::Party>,
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
            reason: ::std::result::Result<
                ::std::option::Option<crate::reason::Reason>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::open_enums::Status,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CashTransferResult {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    external_id: Ok(Default::default()),
                    financial_transaction_id: Ok(Default::default()),
                    orginating_country: Ok(Default::default()),
                    original_amount: Ok(Default::default()),
                    original_currency: Ok(Default::default()),
                    payee: Ok(Default::default()),
                    payee_note: Ok(Default::default()),
                    payer_message: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl CashTransferResult {
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
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Currency>,
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
                T: ::std::convert::TryInto<::std::option::Option<crate::wire::Text>>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::wire::FinancialTransactionId>,
                >,
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
            pub fn orginating_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.orginating_country = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for orginating_country: {e}"
                        )
                    });
                self
            }
            pub fn original_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::rust_decimal::Decimal>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.original_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_amount: {e}"
                        )
                    });
                self
            }
            pub fn original_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.original_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_currency: {e}"
                        )
                    });
                self
            }
            pub fn payee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::party::Party>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee: {e}")
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
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::reason::Reason>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::Status>,
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
        impl ::std::convert::TryFrom<CashTransferResult> for super::CashTransferResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CashTransferResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    external_id: value.external_id?,
                    financial_transaction_id: value.financial_transaction_id?,
                    orginating_country: value.orginating_country?,
                    original_amount: value.original_amount?,
                    original_currency: value.original_currency?,
                    payee: value.payee?,
                    payee_note: value.payee_note?,
                    payer_message: value.payer_message?,
                    reason: value.reason?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CashTransferResult> for CashTransferResult {
            fn from(value: super::CashTransferResult) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    external_id: Ok(value.external_id),
                    financial_transaction_id: Ok(value.financial_transaction_id),
                    orginating_country: Ok(value.orginating_country),
                    original_amount: Ok(value.original_amount),
                    original_currency: Ok(value.original_currency),
                    payee: Ok(value.payee),
                    payee_note: Ok(value.payee_note),
                    payer_message: Ok(value.payer_message),
                    reason: Ok(value.reason),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorBody {
            code: ::std::result::Result<
                ::std::option::Option<crate::generated::open_enums::ReasonCode>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorBody {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                    message: Ok(Default::default()),
                    status_code: Ok(Default::default()),
                }
            }
        }
        impl ErrorBody {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::open_enums::ReasonCode>,
                >,
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
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorBody> for super::ErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    error: value.error?,
                    message: value.message?,
                    status_code: value.status_code?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorBody> for ErrorBody {
            fn from(value: super::ErrorBody) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    status_code: Ok(value.status_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorReason {
            code: ::std::result::Result<
                crate::generated::open_enums::ReasonCode,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorReason {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorReason {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::ReasonCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorReason> for super::ErrorReason {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorReason,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorReason> for ErrorReason {
            fn from(value: super::ErrorReason) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Refund {
            amount: ::std::result::Result<crate::money::Amount, ::std::string::String>,
            currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<super::ExternalId, ::std::string::String>,
            payee_note: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            payer_message: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            reference_id_to_refund: ::std::result::Result<
                super::ReferenceId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Refund {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    external_id: Err("no value supplied for external_id".to_string()),
                    payee_note: Ok(Default::default()),
                    payer_message: Ok(Default::default()),
                    reference_id_to_refund: Err(
                        "no value supplied for reference_id_to_refund".to_string(),
                    ),
                }
            }
        }
        impl Refund {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
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
                T: ::std::convert::TryInto<crate::money::Currency>,
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
                T: ::std::convert::TryInto<super::ExternalId>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn payee_note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
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
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_message: {e}")
                    });
                self
            }
            pub fn reference_id_to_refund<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReferenceId>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id_to_refund = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reference_id_to_refund: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Refund> for super::Refund {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Refund,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    external_id: value.external_id?,
                    payee_note: value.payee_note?,
                    payer_message: value.payer_message?,
                    reference_id_to_refund: value.reference_id_to_refund?,
                })
            }
        }
        impl ::std::convert::From<super::Refund> for Refund {
            fn from(value: super::Refund) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    external_id: Ok(value.external_id),
                    payee_note: Ok(value.payee_note),
                    payer_message: Ok(value.payer_message),
                    reference_id_to_refund: Ok(value.reference_id_to_refund),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestToPay {
            amount: ::std::result::Result<crate::money::Amount, ::std::string::String>,
            currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<super::ExternalId, ::std::string::String>,
            payee_note: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            payer: ::std::result::Result<crate::party::Party, ::std::string::String>,
            payer_message: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestToPay {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    external_id: Err("no value supplied for external_id".to_string()),
                    payee_note: Ok(Default::default()),
                    payer: Err("no value supplied for payer".to_string()),
                    payer_message: Ok(Default::default()),
                }
            }
        }
        impl RequestToPay {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
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
                T: ::std::convert::TryInto<crate::money::Currency>,
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
                T: ::std::convert::TryInto<super::ExternalId>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn payee_note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee_note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee_note: {e}")
                    });
                self
            }
            pub fn payer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::Party>,
                T::Error: ::std::fmt::Display,
            {
                self.payer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer: {e}")
                    });
                self
            }
            pub fn payer_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestToPay> for super::RequestToPay {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestToPay,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    external_id: value.external_id?,
                    payee_note: value.payee_note?,
                    payer: value.payer?,
                    payer_message: value.payer_message?,
                })
            }
        }
        impl ::std::convert::From<super::RequestToPay> for RequestToPay {
            fn from(value: super::RequestToPay) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    external_id: Ok(value.external_id),
                    payee_note: Ok(value.payee_note),
                    payer: Ok(value.payer),
                    payer_message: Ok(value.payer_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestToPayResult {
            amount: ::std::result::Result<
                ::rust_decimal::Decimal,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<crate::wire::Text>,
                ::std::string::String,
            >,
            financial_transaction_id: ::std::result::Result<
                ::std::option::Option<crate::wire::FinancialTransactionId>,
                ::std::string::String,
            >,
            payee_note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payer: ::std::result::Result<
                ::std::option::Option<crate::party::Party>,
                ::std::string::String,
            >,
            payer_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<crate::reason::Reason>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::open_enums::Status,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestToPayResult {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    external_id: Ok(Default::default()),
                    financial_transaction_id: Ok(Default::default()),
                    payee_note: Ok(Default::default()),
                    payer: Ok(Default::default()),
                    payer_message: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl RequestToPayResult {
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
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Currency>,
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
                T: ::std::convert::TryInto<::std::option::Option<crate::wire::Text>>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::wire::FinancialTransactionId>,
                >,
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
            pub fn payer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::party::Party>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer: {e}")
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
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::reason::Reason>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::Status>,
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
        impl ::std::convert::TryFrom<RequestToPayResult> for super::RequestToPayResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestToPayResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    external_id: value.external_id?,
                    financial_transaction_id: value.financial_transaction_id?,
                    payee_note: value.payee_note?,
                    payer: value.payer?,
                    payer_message: value.payer_message?,
                    reason: value.reason?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::RequestToPayResult> for RequestToPayResult {
            fn from(value: super::RequestToPayResult) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    external_id: Ok(value.external_id),
                    financial_transaction_id: Ok(value.financial_transaction_id),
                    payee_note: Ok(value.payee_note),
                    payer: Ok(value.payer),
                    payer_message: Ok(value.payer_message),
                    reason: Ok(value.reason),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Transfer {
            amount: ::std::result::Result<crate::money::Amount, ::std::string::String>,
            currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<super::ExternalId, ::std::string::String>,
            payee: ::std::result::Result<crate::party::Party, ::std::string::String>,
            payee_note: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            payer_message: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Transfer {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    external_id: Err("no value supplied for external_id".to_string()),
                    payee: Err("no value supplied for payee".to_string()),
                    payee_note: Ok(Default::default()),
                    payer_message: Ok(Default::default()),
                }
            }
        }
        impl Transfer {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Amount>,
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
                T: ::std::convert::TryInto<crate::money::Currency>,
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
                T: ::std::convert::TryInto<super::ExternalId>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn payee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::party::Party>,
                T::Error: ::std::fmt::Display,
            {
                self.payee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee: {e}")
                    });
                self
            }
            pub fn payee_note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
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
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Transfer> for super::Transfer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Transfer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    external_id: value.external_id?,
                    payee: value.payee?,
                    payee_note: value.payee_note?,
                    payer_message: value.payer_message?,
                })
            }
        }
        impl ::std::convert::From<super::Transfer> for Transfer {
            fn from(value: super::Transfer) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    external_id: Ok(value.external_id),
                    payee: Ok(value.payee),
                    payee_note: Ok(value.payee_note),
                    payer_message: Ok(value.payer_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransferResult {
            amount: ::std::result::Result<
                ::rust_decimal::Decimal,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                crate::money::Currency,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<crate::wire::Text>,
                ::std::string::String,
            >,
            financial_transaction_id: ::std::result::Result<
                ::std::option::Option<crate::wire::FinancialTransactionId>,
                ::std::string::String,
            >,
            payee: ::std::result::Result<
                ::std::option::Option<crate::party::Party>,
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
            reason: ::std::result::Result<
                ::std::option::Option<crate::reason::Reason>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::open_enums::Status,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransferResult {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    external_id: Ok(Default::default()),
                    financial_transaction_id: Ok(Default::default()),
                    payee: Ok(Default::default()),
                    payee_note: Ok(Default::default()),
                    payer_message: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl TransferResult {
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
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::money::Currency>,
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
                T: ::std::convert::TryInto<::std::option::Option<crate::wire::Text>>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::wire::FinancialTransactionId>,
                >,
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
            pub fn payee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::party::Party>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee: {e}")
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
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::reason::Reason>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::open_enums::Status>,
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
        impl ::std::convert::TryFrom<TransferResult> for super::TransferResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransferResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    external_id: value.external_id?,
                    financial_transaction_id: value.financial_transaction_id?,
                    payee: value.payee?,
                    payee_note: value.payee_note?,
                    payer_message: value.payer_message?,
                    reason: value.reason?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::TransferResult> for TransferResult {
            fn from(value: super::TransferResult) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    external_id: Ok(value.external_id),
                    financial_transaction_id: Ok(value.financial_transaction_id),
                    payee: Ok(value.payee),
                    payee_note: Ok(value.payee_note),
                    payer_message: Ok(value.payer_message),
                    reason: Ok(value.reason),
                    status: Ok(value.status),
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
#[doc = "Client for MTN Mobile Money Open API (collection, disbursement, remittance)\n\nMTN's Mobile Money Open API (\"MoMo\"), as a merchant uses it in Uganda,\nGhana, Rwanda, Cameroon, Côte d'Ivoire, Zambia and MTN's other markets:\nask a customer to pay (collection), pay people out, refund them\n(disbursement), send remittances (remittance), and follow each request\nto its final state.\n\nMTN exports OpenAPI 3.0.1 files per product from its portal (MTY: the\ncopies vendored in `koodeyo/mtn_open_api` `schemas/*.yaml` @6182494),\nbut they cannot be used as they are: no schema has a `required` list,\nerror names are used as media types (`\"ReferenceId already in use\"`),\nmany answers have no schema, and there are no `callbacks`. This\ndocument is written by hand from those exports, MTN's pages (MTN-CB:\nhttps://momodeveloper.mtn.com/api-documentation/callback, MTN-ERR: the\ncommon errors page of momodevelopercommunity.mtn.com), the seed SDK\n`mobilemoney-py` 0.1.2 (S4) and the crate `mtnmomo` 0.1.9 (MM); the\n`ihela` repository's `shared/reference/mobile-money.md` (§2, §6, §7)\nlists each fact with its source. Nothing in it was checked against the\nlive gateway. Where a statement has no source, it says \"Assumed\".\n\nReading rules for clients generated from this document:\n\n* Every call carries the product's subscription key\n  (`Ocp-Apim-Subscription-Key`, security scheme `subscriptionKey`);\n  collection, disbursement and remittance each have their own key and\n  their own token (MTN-ERR).\n* The three products share the shape of their common operations (token,\n  balance, account holder): those paths take the product as their first\n  segment (`{product}`).\n* A request that moves money is created under the caller's\n  `X-Reference-Id` (a UUID version 4), which becomes its id: it answers\n  `202` with no body (\"accepted\", never \"paid\"), `409\n  RESOURCE_ALREADY_EXIST` when the reference was used before, and its\n  state is read with a GET of that reference. The outcome may also come\n  to `X-Callback-Url`, once, unsigned, without retry (MTN-CB): v1\n  operations POST it, v2 operations PUT it.\n* `status` and the reason codes are open enums (`anyOf` the known values\n  and any string): MTN and its markets use values beyond the export's.\n  `reason` comes as `{code, message}` or as a bare code.\n* Amounts are decimal strings with an ISO 4217 `currency`; answers may\n  write them as numbers (MTY's examples do).\n* Error answers carry `{code, message}` (`ErrorReason`); the API\n  gateway's own refusals (a bad subscription key, a bad token) carry\n  `{statusCode, message}` or `{error}` (`GatewayError`).\n\n\nVersion: 1.0.0"]
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
    /**Create an API user (sandbox only)

The new user's id is the caller's `X-Reference-Id`; its callbacks
may only go to `providerCallbackHost` (MTY:sandbox-provisioning-api,
MTN-ERR `INVALID_CALLBACK_URL_HOST`). Production users are made in
MTN's partner portal. A reused id is `409 RESOURCE_ALREADY_EXIST`.


Sends a `POST` request to `/v1_0/apiuser`

Arguments:
- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.create_api_user()
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_api_user(&self) -> builder::CreateApiUser<'_> {
        builder::CreateApiUser::new(self)
    }
    /**An API user's callback host and target environment

MTY declares `targetEnvironment` as an object; MTN's sandbox and
every SDK read it as a string (`"sandbox"`, MM `src/responses`).


Sends a `GET` request to `/v1_0/apiuser/{apiUser}`

Arguments:
- `api_user`: The API user's id (MTY names it `X-Reference-Id`).
```ignore
let response = client.get_api_user()
    .api_user(api_user)
    .send()
    .await;
```*/
    pub fn get_api_user(&self) -> builder::GetApiUser<'_> {
        builder::GetApiUser::new(self)
    }
    /**A new API key for an API user (sandbox only)

Each call makes a new key (MTY). Not safe to repeat blindly: a lost
answer loses the key, and a new one must be asked for.


Sends a `POST` request to `/v1_0/apiuser/{apiUser}/apikey`

Arguments:
- `api_user`: The API user's id (MTY names it `X-Reference-Id`).
```ignore
let response = client.create_api_key()
    .api_user(api_user)
    .send()
    .await;
```*/
    pub fn create_api_key(&self) -> builder::CreateApiKey<'_> {
        builder::CreateApiKey::new(self)
    }
    /**An access token for the API user, for one product

`Authorization: Basic base64(apiUser:apiKey)` and no body (MTN-ERR
lists a body on `/token` among the causes of 400). The token is a
JWT valid `expires_in` seconds (3600 in practice, MTY
`oauth2TokenResponse`). Asking again is harmless.


Sends a `POST` request to `/{product}/token/`

Arguments:
- `product`: The product whose subscription key and token the call carries.
```ignore
let response = client.create_access_token()
    .product(product)
    .send()
    .await;
```*/
    pub fn create_access_token(&self) -> builder::CreateAccessToken<'_> {
        builder::CreateAccessToken::new(self)
    }
    /**The balance of the merchant's account for the product

Sends a `GET` request to `/{product}/v1_0/account/balance`

Arguments:
- `product`: The product whose subscription key and token the call carries.
```ignore
let response = client.get_account_balance()
    .product(product)
    .send()
    .await;
```*/
    pub fn get_account_balance(&self) -> builder::GetAccountBalance<'_> {
        builder::GetAccountBalance::new(self)
    }
    /**The balance of the merchant's account in one currency

Sends a `GET` request to `/{product}/v1_0/account/balance/{currency}`

Arguments:
- `product`: The product whose subscription key and token the call carries.
- `currency`: An ISO 4217 code.
```ignore
let response = client.get_account_balance_in_currency()
    .product(product)
    .currency(currency)
    .send()
    .await;
```*/
    pub fn get_account_balance_in_currency(
        &self,
    ) -> builder::GetAccountBalanceInCurrency<'_> {
        builder::GetAccountBalanceInCurrency::new(self)
    }
    /**Whether an account holder is registered and active

`result` is false for an account that is not active or not found
(MTY).


Sends a `GET` request to `/{product}/v1_0/accountholder/{accountHolderIdType}/{accountHolderId}/active`

Arguments:
- `product`: The product whose subscription key and token the call carries.
- `account_holder_id_type`: How the account holder is named (MTY lists `msisdn, email`).
- `account_holder_id`: The MSISDN (E.164 digits) or e-mail address.
```ignore
let response = client.validate_account_holder_status()
    .product(product)
    .account_holder_id_type(account_holder_id_type)
    .account_holder_id(account_holder_id)
    .send()
    .await;
```*/
    pub fn validate_account_holder_status(
        &self,
    ) -> builder::ValidateAccountHolderStatus<'_> {
        builder::ValidateAccountHolderStatus::new(self)
    }
    /**An account holder's names, without their consent

Personal data; keep it out of logs.

Sends a `GET` request to `/{product}/v1_0/accountholder/msisdn/{accountHolderMsisdn}/basicuserinfo`

Arguments:
- `product`: The product whose subscription key and token the call carries.
- `account_holder_msisdn`: The account holder's MSISDN, E.164 digits without `+`.
```ignore
let response = client.get_basic_userinfo()
    .product(product)
    .account_holder_msisdn(account_holder_msisdn)
    .send()
    .await;
```*/
    pub fn get_basic_userinfo(&self) -> builder::GetBasicUserinfo<'_> {
        builder::GetBasicUserinfo::new(self)
    }
    /**Ask a customer to approve a payment on their phone

The customer is asked to authorise; the request stays `PENDING` until
they approve or decline, or the system times it out (MTY). The
answer only says the request was accepted: its outcome comes from
`get_request_to_pay_status` or, once, to `X-Callback-Url` (POST).


Sends a `POST` request to `/collection/v1_0/requesttopay`

Arguments:
- `x_callback_url`: Where the outcome is POSTed, once, without retry (MTN-CB); its host
must be the API user's `providerCallbackHost` (MTN-ERR
`INVALID_CALLBACK_URL_HOST`). http on the sandbox, https in
production (MTN-CB).

- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.request_to_pay()
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn request_to_pay(&self) -> builder::RequestToPay<'_> {
        builder::RequestToPay::new(self)
    }
    /**How a request to pay stands

A failed request is a 200 too, `status` FAILED with its `reason` (MTY); an unknown reference is 404.

Sends a `GET` request to `/collection/v1_0/requesttopay/{referenceId}`

Arguments:
- `reference_id`: The `X-Reference-Id` the request was created under.
```ignore
let response = client.get_request_to_pay_status()
    .reference_id(reference_id)
    .send()
    .await;
```*/
    pub fn get_request_to_pay_status(&self) -> builder::GetRequestToPayStatus<'_> {
        builder::GetRequestToPayStatus::new(self)
    }
    /**Ask a customer to approve a withdrawal from their account (callback POST)

Sends a `POST` request to `/collection/v1_0/requesttowithdraw`

Arguments:
- `x_callback_url`: Where the outcome is POSTed, once, without retry (MTN-CB); its host
must be the API user's `providerCallbackHost` (MTN-ERR
`INVALID_CALLBACK_URL_HOST`). http on the sandbox, https in
production (MTN-CB).

- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.request_to_withdraw_v1()
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn request_to_withdraw_v1(&self) -> builder::RequestToWithdrawV1<'_> {
        builder::RequestToWithdrawV1::new(self)
    }
    /**Ask a customer to approve a withdrawal (callback PUT)

Sends a `POST` request to `/collection/v2_0/requesttowithdraw`

Arguments:
- `x_callback_url`: Where the outcome is PUT, once, without retry (MTY's v2 operations, MTN-CB).
- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.request_to_withdraw_v2()
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn request_to_withdraw_v2(&self) -> builder::RequestToWithdrawV2<'_> {
        builder::RequestToWithdrawV2::new(self)
    }
    /**How a request to withdraw (v1 or v2) stands

Sends a `GET` request to `/collection/v1_0/requesttowithdraw/{referenceId}`

Arguments:
- `reference_id`: The `X-Reference-Id` the request was created under.
```ignore
let response = client.get_request_to_withdraw_status()
    .reference_id(reference_id)
    .send()
    .await;
```*/
    pub fn get_request_to_withdraw_status(
        &self,
    ) -> builder::GetRequestToWithdrawStatus<'_> {
        builder::GetRequestToWithdrawStatus::new(self)
    }
    /**Deposit money into a customer's account (callback POST)

Sends a `POST` request to `/disbursement/v1_0/deposit`

Arguments:
- `x_callback_url`: Where the outcome is POSTed, once, without retry (MTN-CB); its host
must be the API user's `providerCallbackHost` (MTN-ERR
`INVALID_CALLBACK_URL_HOST`). http on the sandbox, https in
production (MTN-CB).

- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.deposit_v1()
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn deposit_v1(&self) -> builder::DepositV1<'_> {
        builder::DepositV1::new(self)
    }
    /**Deposit money into a customer's account (callback PUT; S4's `deposit`)

Sends a `POST` request to `/disbursement/v2_0/deposit`

Arguments:
- `x_callback_url`: Where the outcome is PUT, once, without retry (MTY's v2 operations, MTN-CB).
- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.deposit_v2()
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn deposit_v2(&self) -> builder::DepositV2<'_> {
        builder::DepositV2::new(self)
    }
    /**How a deposit (v1 or v2) stands

Sends a `GET` request to `/disbursement/v1_0/deposit/{referenceId}`

Arguments:
- `reference_id`: The `X-Reference-Id` the request was created under.
```ignore
let response = client.get_deposit_status()
    .reference_id(reference_id)
    .send()
    .await;
```*/
    pub fn get_deposit_status(&self) -> builder::GetDepositStatus<'_> {
        builder::GetDepositStatus::new(self)
    }
    /**Transfer money to a payee (disbursement or remittance; callback POST)

Sends a `POST` request to `/{product}/v1_0/transfer`

Arguments:
- `product`: The product that pays out (`transfer` exists in both).
- `x_callback_url`: Where the outcome is POSTed, once, without retry (MTN-CB); its host
must be the API user's `providerCallbackHost` (MTN-ERR
`INVALID_CALLBACK_URL_HOST`). http on the sandbox, https in
production (MTN-CB).

- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.transfer()
    .product(product)
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn transfer(&self) -> builder::Transfer<'_> {
        builder::Transfer::new(self)
    }
    /**How a transfer stands

Sends a `GET` request to `/{product}/v1_0/transfer/{referenceId}`

Arguments:
- `product`: The product that pays out (`transfer` exists in both).
- `reference_id`: The `X-Reference-Id` the request was created under.
```ignore
let response = client.get_transfer_status()
    .product(product)
    .reference_id(reference_id)
    .send()
    .await;
```*/
    pub fn get_transfer_status(&self) -> builder::GetTransferStatus<'_> {
        builder::GetTransferStatus::new(self)
    }
    /**Refund a request to pay, wholly or in part (callback POST)

Sends a `POST` request to `/disbursement/v1_0/refund`

Arguments:
- `x_callback_url`: Where the outcome is POSTed, once, without retry (MTN-CB); its host
must be the API user's `providerCallbackHost` (MTN-ERR
`INVALID_CALLBACK_URL_HOST`). http on the sandbox, https in
production (MTN-CB).

- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.refund_v1()
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn refund_v1(&self) -> builder::RefundV1<'_> {
        builder::RefundV1::new(self)
    }
    /**Refund a request to pay (callback PUT; S4's `refund`)

Sends a `POST` request to `/disbursement/v2_0/refund`

Arguments:
- `x_callback_url`: Where the outcome is PUT, once, without retry (MTY's v2 operations, MTN-CB).
- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.refund_v2()
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn refund_v2(&self) -> builder::RefundV2<'_> {
        builder::RefundV2::new(self)
    }
    /**How a refund (v1 or v2) stands

Sends a `GET` request to `/disbursement/v1_0/refund/{referenceId}`

Arguments:
- `reference_id`: The `X-Reference-Id` the request was created under.
```ignore
let response = client.get_refund_status()
    .reference_id(reference_id)
    .send()
    .await;
```*/
    pub fn get_refund_status(&self) -> builder::GetRefundStatus<'_> {
        builder::GetRefundStatus::new(self)
    }
    /**Send a remittance paid out to the payee, with the payer's identity (callback PUT)

MTY spells the field `orginatingCountry`; it is kept as MTY spells
it.


Sends a `POST` request to `/remittance/v2_0/cashtransfer`

Arguments:
- `x_callback_url`: Where the outcome is PUT, once, without retry (MTY's v2 operations, MTN-CB).
- `x_reference_id`: The id of the resource to create, chosen by the caller: a UUID
version 4 (MTY; anything else is 400, MTN-ERR). Reused, the request
is refused with 409 `RESOURCE_ALREADY_EXIST`: a client that lost an
answer reads the request with this id rather than sending another.

- `body`
```ignore
let response = client.cash_transfer()
    .x_callback_url(x_callback_url)
    .x_reference_id(x_reference_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn cash_transfer(&self) -> builder::CashTransfer<'_> {
        builder::CashTransfer::new(self)
    }
    /**How a cash transfer stands

Sends a `GET` request to `/remittance/v2_0/cashtransfer/{referenceId}`

Arguments:
- `reference_id`: The `X-Reference-Id` the request was created under.
```ignore
let response = client.get_cash_transfer_status()
    .reference_id(reference_id)
    .send()
    .await;
```*/
    pub fn get_cash_transfer_status(&self) -> builder::GetCashTransferStatus<'_> {
        builder::GetCashTransferStatus::new(self)
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
    /**Builder for [`Client::create_api_user`]

[`Client::create_api_user`]: super::Client::create_api_user*/
    #[derive(Debug, Clone)]
    pub struct CreateApiUser<'a> {
        client: &'a super::Client,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::ApiUser, String>,
    }
    impl<'a> CreateApiUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ApiUser>,
            <V as std::convert::TryInto<types::ApiUser>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `ApiUser` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::ApiUser) -> types::builder::ApiUser,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1_0/apiuser`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_reference_id, body } = self;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::ApiUser::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1_0/apiuser", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_api_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_api_user`]

[`Client::get_api_user`]: super::Client::get_api_user*/
    #[derive(Debug, Clone)]
    pub struct GetApiUser<'a> {
        client: &'a super::Client,
        api_user: Result<types::ReferenceId, String>,
    }
    impl<'a> GetApiUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_user: Err("api_user was not initialized".to_string()),
            }
        }
        pub fn api_user<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.api_user = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for api_user failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1_0/apiuser/{apiUser}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiUserResult>, Error<()>> {
            let Self { client, api_user } = self;
            let api_user = api_user.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1_0/apiuser/{}", client.baseurl, encode_path(& api_user
                .to_string()),
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
                operation_id: "get_api_user",
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
    /**Builder for [`Client::create_api_key`]

[`Client::create_api_key`]: super::Client::create_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateApiKey<'a> {
        client: &'a super::Client,
        api_user: Result<types::ReferenceId, String>,
    }
    impl<'a> CreateApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_user: Err("api_user was not initialized".to_string()),
            }
        }
        pub fn api_user<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.api_user = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for api_user failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v1_0/apiuser/{apiUser}/apikey`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKeyResult>, Error<()>> {
            let Self { client, api_user } = self;
            let api_user = api_user.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1_0/apiuser/{}/apikey", client.baseurl, encode_path(& api_user
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
                operation_id: "create_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ::pesa_core::answer_value(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_access_token`]

[`Client::create_access_token`]: super::Client::create_access_token*/
    #[derive(Debug, Clone)]
    pub struct CreateAccessToken<'a> {
        client: &'a super::Client,
        product: Result<types::Product, String>,
    }
    impl<'a> CreateAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product: Err("product was not initialized".to_string()),
            }
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Product>,
        {
            self.product = value
                .try_into()
                .map_err(|_| "conversion to `Product` for product failed".to_string());
            self
        }
        ///Sends a `POST` request to `/{product}/token/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccessTokenAnswer>, Error<()>> {
            let Self { client, product } = self;
            let product = product.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/token/", client.baseurl, encode_path(& product.to_string()),
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
                operation_id: "create_access_token",
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
    /**Builder for [`Client::get_account_balance`]

[`Client::get_account_balance`]: super::Client::get_account_balance*/
    #[derive(Debug, Clone)]
    pub struct GetAccountBalance<'a> {
        client: &'a super::Client,
        product: Result<types::Product, String>,
    }
    impl<'a> GetAccountBalance<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product: Err("product was not initialized".to_string()),
            }
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Product>,
        {
            self.product = value
                .try_into()
                .map_err(|_| "conversion to `Product` for product failed".to_string());
            self
        }
        ///Sends a `GET` request to `/{product}/v1_0/account/balance`
        pub async fn send(self) -> Result<ResponseValue<types::Balance>, Error<()>> {
            let Self { client, product } = self;
            let product = product.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/v1_0/account/balance", client.baseurl, encode_path(& product
                .to_string()),
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
                operation_id: "get_account_balance",
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
    /**Builder for [`Client::get_account_balance_in_currency`]

[`Client::get_account_balance_in_currency`]: super::Client::get_account_balance_in_currency*/
    #[derive(Debug, Clone)]
    pub struct GetAccountBalanceInCurrency<'a> {
        client: &'a super::Client,
        product: Result<types::Product, String>,
        currency: Result<crate::money::Currency, String>,
    }
    impl<'a> GetAccountBalanceInCurrency<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product: Err("product was not initialized".to_string()),
                currency: Err("currency was not initialized".to_string()),
            }
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Product>,
        {
            self.product = value
                .try_into()
                .map_err(|_| "conversion to `Product` for product failed".to_string());
            self
        }
        pub fn currency<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::money::Currency>,
        {
            self.currency = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: money :: Currency` for currency failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{product}/v1_0/account/balance/{currency}`
        pub async fn send(self) -> Result<ResponseValue<types::Balance>, Error<()>> {
            let Self { client, product, currency } = self;
            let product = product.map_err(Error::InvalidRequest)?;
            let currency = currency.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/v1_0/account/balance/{}", client.baseurl, encode_path(& product
                .to_string()), encode_path(& currency.to_string()),
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
                operation_id: "get_account_balance_in_currency",
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
    /**Builder for [`Client::validate_account_holder_status`]

[`Client::validate_account_holder_status`]: super::Client::validate_account_holder_status*/
    #[derive(Debug, Clone)]
    pub struct ValidateAccountHolderStatus<'a> {
        client: &'a super::Client,
        product: Result<types::Product, String>,
        account_holder_id_type: Result<types::AccountHolderIdType, String>,
        account_holder_id: Result<
            types::ValidateAccountHolderStatusAccountHolderId,
            String,
        >,
    }
    impl<'a> ValidateAccountHolderStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product: Err("product was not initialized".to_string()),
                account_holder_id_type: Err(
                    "account_holder_id_type was not initialized".to_string(),
                ),
                account_holder_id: Err(
                    "account_holder_id was not initialized".to_string(),
                ),
            }
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Product>,
        {
            self.product = value
                .try_into()
                .map_err(|_| "conversion to `Product` for product failed".to_string());
            self
        }
        pub fn account_holder_id_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountHolderIdType>,
        {
            self.account_holder_id_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AccountHolderIdType` for account_holder_id_type failed"
                        .to_string()
                });
            self
        }
        pub fn account_holder_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ValidateAccountHolderStatusAccountHolderId>,
        {
            self.account_holder_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ValidateAccountHolderStatusAccountHolderId` for account_holder_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{product}/v1_0/accountholder/{accountHolderIdType}/{accountHolderId}/active`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ActiveResult>, Error<()>> {
            let Self { client, product, account_holder_id_type, account_holder_id } = self;
            let product = product.map_err(Error::InvalidRequest)?;
            let account_holder_id_type = account_holder_id_type
                .map_err(Error::InvalidRequest)?;
            let account_holder_id = account_holder_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/v1_0/accountholder/{}/{}/active", client.baseurl, encode_path(&
                product.to_string()), encode_path(& account_holder_id_type.to_string()),
                encode_path(& account_holder_id.to_string()),
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
                operation_id: "validate_account_holder_status",
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
    /**Builder for [`Client::get_basic_userinfo`]

[`Client::get_basic_userinfo`]: super::Client::get_basic_userinfo*/
    #[derive(Debug, Clone)]
    pub struct GetBasicUserinfo<'a> {
        client: &'a super::Client,
        product: Result<types::Product, String>,
        account_holder_msisdn: Result<::pesa_core::Msisdn, String>,
    }
    impl<'a> GetBasicUserinfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product: Err("product was not initialized".to_string()),
                account_holder_msisdn: Err(
                    "account_holder_msisdn was not initialized".to_string(),
                ),
            }
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Product>,
        {
            self.product = value
                .try_into()
                .map_err(|_| "conversion to `Product` for product failed".to_string());
            self
        }
        pub fn account_holder_msisdn<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::pesa_core::Msisdn>,
        {
            self.account_holder_msisdn = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: pesa_core :: Msisdn` for account_holder_msisdn failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{product}/v1_0/accountholder/msisdn/{accountHolderMsisdn}/basicuserinfo`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BasicUserInfo>, Error<()>> {
            let Self { client, product, account_holder_msisdn } = self;
            let product = product.map_err(Error::InvalidRequest)?;
            let account_holder_msisdn = account_holder_msisdn
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/v1_0/accountholder/msisdn/{}/basicuserinfo", client.baseurl,
                encode_path(& product.to_string()), encode_path(& account_holder_msisdn
                .to_string()),
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
                operation_id: "get_basic_userinfo",
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
    /**Builder for [`Client::request_to_pay`]

[`Client::request_to_pay`]: super::Client::request_to_pay*/
    #[derive(Debug, Clone)]
    pub struct RequestToPay<'a> {
        client: &'a super::Client,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::RequestToPay, String>,
    }
    impl<'a> RequestToPay<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RequestToPay>,
            <V as std::convert::TryInto<types::RequestToPay>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RequestToPay` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RequestToPay,
            ) -> types::builder::RequestToPay,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/collection/v1_0/requesttopay`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_callback_url, x_reference_id, body } = self;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RequestToPay::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/collection/v1_0/requesttopay", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "request_to_pay",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_request_to_pay_status`]

[`Client::get_request_to_pay_status`]: super::Client::get_request_to_pay_status*/
    #[derive(Debug, Clone)]
    pub struct GetRequestToPayStatus<'a> {
        client: &'a super::Client,
        reference_id: Result<types::ReferenceId, String>,
    }
    impl<'a> GetRequestToPayStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                reference_id: Err("reference_id was not initialized".to_string()),
            }
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for reference_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/collection/v1_0/requesttopay/{referenceId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RequestToPayResult>, Error<()>> {
            let Self { client, reference_id } = self;
            let reference_id = reference_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/collection/v1_0/requesttopay/{}", client.baseurl, encode_path(&
                reference_id.to_string()),
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
                operation_id: "get_request_to_pay_status",
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
    /**Builder for [`Client::request_to_withdraw_v1`]

[`Client::request_to_withdraw_v1`]: super::Client::request_to_withdraw_v1*/
    #[derive(Debug, Clone)]
    pub struct RequestToWithdrawV1<'a> {
        client: &'a super::Client,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::RequestToPay, String>,
    }
    impl<'a> RequestToWithdrawV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RequestToPay>,
            <V as std::convert::TryInto<types::RequestToPay>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RequestToPay` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RequestToPay,
            ) -> types::builder::RequestToPay,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/collection/v1_0/requesttowithdraw`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_callback_url, x_reference_id, body } = self;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RequestToPay::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/collection/v1_0/requesttowithdraw", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "request_to_withdraw_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::request_to_withdraw_v2`]

[`Client::request_to_withdraw_v2`]: super::Client::request_to_withdraw_v2*/
    #[derive(Debug, Clone)]
    pub struct RequestToWithdrawV2<'a> {
        client: &'a super::Client,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::RequestToPay, String>,
    }
    impl<'a> RequestToWithdrawV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RequestToPay>,
            <V as std::convert::TryInto<types::RequestToPay>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RequestToPay` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RequestToPay,
            ) -> types::builder::RequestToPay,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/collection/v2_0/requesttowithdraw`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_callback_url, x_reference_id, body } = self;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RequestToPay::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/collection/v2_0/requesttowithdraw", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "request_to_withdraw_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_request_to_withdraw_status`]

[`Client::get_request_to_withdraw_status`]: super::Client::get_request_to_withdraw_status*/
    #[derive(Debug, Clone)]
    pub struct GetRequestToWithdrawStatus<'a> {
        client: &'a super::Client,
        reference_id: Result<types::ReferenceId, String>,
    }
    impl<'a> GetRequestToWithdrawStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                reference_id: Err("reference_id was not initialized".to_string()),
            }
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for reference_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/collection/v1_0/requesttowithdraw/{referenceId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RequestToPayResult>, Error<()>> {
            let Self { client, reference_id } = self;
            let reference_id = reference_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/collection/v1_0/requesttowithdraw/{}", client.baseurl, encode_path(&
                reference_id.to_string()),
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
                operation_id: "get_request_to_withdraw_status",
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
    /**Builder for [`Client::deposit_v1`]

[`Client::deposit_v1`]: super::Client::deposit_v1*/
    #[derive(Debug, Clone)]
    pub struct DepositV1<'a> {
        client: &'a super::Client,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::Transfer, String>,
    }
    impl<'a> DepositV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Transfer>,
            <V as std::convert::TryInto<types::Transfer>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Transfer` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Transfer) -> types::builder::Transfer,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/disbursement/v1_0/deposit`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_callback_url, x_reference_id, body } = self;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Transfer::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/disbursement/v1_0/deposit", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "deposit_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::deposit_v2`]

[`Client::deposit_v2`]: super::Client::deposit_v2*/
    #[derive(Debug, Clone)]
    pub struct DepositV2<'a> {
        client: &'a super::Client,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::Transfer, String>,
    }
    impl<'a> DepositV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Transfer>,
            <V as std::convert::TryInto<types::Transfer>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Transfer` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Transfer) -> types::builder::Transfer,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/disbursement/v2_0/deposit`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_callback_url, x_reference_id, body } = self;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Transfer::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/disbursement/v2_0/deposit", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "deposit_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_deposit_status`]

[`Client::get_deposit_status`]: super::Client::get_deposit_status*/
    #[derive(Debug, Clone)]
    pub struct GetDepositStatus<'a> {
        client: &'a super::Client,
        reference_id: Result<types::ReferenceId, String>,
    }
    impl<'a> GetDepositStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                reference_id: Err("reference_id was not initialized".to_string()),
            }
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for reference_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/disbursement/v1_0/deposit/{referenceId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransferResult>, Error<()>> {
            let Self { client, reference_id } = self;
            let reference_id = reference_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/disbursement/v1_0/deposit/{}", client.baseurl, encode_path(&
                reference_id.to_string()),
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
                operation_id: "get_deposit_status",
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
    /**Builder for [`Client::transfer`]

[`Client::transfer`]: super::Client::transfer*/
    #[derive(Debug, Clone)]
    pub struct Transfer<'a> {
        client: &'a super::Client,
        product: Result<types::PayoutProduct, String>,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::Transfer, String>,
    }
    impl<'a> Transfer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product: Err("product was not initialized".to_string()),
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PayoutProduct>,
        {
            self.product = value
                .try_into()
                .map_err(|_| {
                    "conversion to `PayoutProduct` for product failed".to_string()
                });
            self
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Transfer>,
            <V as std::convert::TryInto<types::Transfer>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Transfer` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Transfer) -> types::builder::Transfer,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/{product}/v1_0/transfer`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, product, x_callback_url, x_reference_id, body } = self;
            let product = product.map_err(Error::InvalidRequest)?;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Transfer::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/v1_0/transfer", client.baseurl, encode_path(& product
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "transfer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_transfer_status`]

[`Client::get_transfer_status`]: super::Client::get_transfer_status*/
    #[derive(Debug, Clone)]
    pub struct GetTransferStatus<'a> {
        client: &'a super::Client,
        product: Result<types::PayoutProduct, String>,
        reference_id: Result<types::ReferenceId, String>,
    }
    impl<'a> GetTransferStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product: Err("product was not initialized".to_string()),
                reference_id: Err("reference_id was not initialized".to_string()),
            }
        }
        pub fn product<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PayoutProduct>,
        {
            self.product = value
                .try_into()
                .map_err(|_| {
                    "conversion to `PayoutProduct` for product failed".to_string()
                });
            self
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for reference_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{product}/v1_0/transfer/{referenceId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransferResult>, Error<()>> {
            let Self { client, product, reference_id } = self;
            let product = product.map_err(Error::InvalidRequest)?;
            let reference_id = reference_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/v1_0/transfer/{}", client.baseurl, encode_path(& product
                .to_string()), encode_path(& reference_id.to_string()),
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
                operation_id: "get_transfer_status",
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
    /**Builder for [`Client::refund_v1`]

[`Client::refund_v1`]: super::Client::refund_v1*/
    #[derive(Debug, Clone)]
    pub struct RefundV1<'a> {
        client: &'a super::Client,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::Refund, String>,
    }
    impl<'a> RefundV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Refund>,
            <V as std::convert::TryInto<types::Refund>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Refund` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Refund) -> types::builder::Refund,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/disbursement/v1_0/refund`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_callback_url, x_reference_id, body } = self;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Refund::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/disbursement/v1_0/refund", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refund_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::refund_v2`]

[`Client::refund_v2`]: super::Client::refund_v2*/
    #[derive(Debug, Clone)]
    pub struct RefundV2<'a> {
        client: &'a super::Client,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::Refund, String>,
    }
    impl<'a> RefundV2<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Refund>,
            <V as std::convert::TryInto<types::Refund>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Refund` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Refund) -> types::builder::Refund,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/disbursement/v2_0/refund`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_callback_url, x_reference_id, body } = self;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Refund::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/disbursement/v2_0/refund", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refund_v2",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_refund_status`]

[`Client::get_refund_status`]: super::Client::get_refund_status*/
    #[derive(Debug, Clone)]
    pub struct GetRefundStatus<'a> {
        client: &'a super::Client,
        reference_id: Result<types::ReferenceId, String>,
    }
    impl<'a> GetRefundStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                reference_id: Err("reference_id was not initialized".to_string()),
            }
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for reference_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/disbursement/v1_0/refund/{referenceId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransferResult>, Error<()>> {
            let Self { client, reference_id } = self;
            let reference_id = reference_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/disbursement/v1_0/refund/{}", client.baseurl, encode_path(&
                reference_id.to_string()),
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
                operation_id: "get_refund_status",
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
    /**Builder for [`Client::cash_transfer`]

[`Client::cash_transfer`]: super::Client::cash_transfer*/
    #[derive(Debug, Clone)]
    pub struct CashTransfer<'a> {
        client: &'a super::Client,
        x_callback_url: Result<Option<types::CallbackUrl>, String>,
        x_reference_id: Result<types::ReferenceId, String>,
        body: Result<types::builder::CashTransfer, String>,
    }
    impl<'a> CashTransfer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_callback_url: Ok(None),
                x_reference_id: Err("x_reference_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn x_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackUrl>,
        {
            self.x_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CallbackUrl` for x_callback_url failed".to_string()
                });
            self
        }
        pub fn x_reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.x_reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for x_reference_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CashTransfer>,
            <V as std::convert::TryInto<types::CashTransfer>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CashTransfer` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CashTransfer,
            ) -> types::builder::CashTransfer,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/remittance/v2_0/cashtransfer`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, x_callback_url, x_reference_id, body } = self;
            let x_callback_url = x_callback_url.map_err(Error::InvalidRequest)?;
            let x_reference_id = x_reference_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CashTransfer::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/remittance/v2_0/cashtransfer", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_callback_url {
                header_map.append("X-Callback-Url", value.to_string().try_into()?);
            }
            header_map.append("X-Reference-Id", x_reference_id.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "cash_transfer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(::pesa_core::empty_answer(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_cash_transfer_status`]

[`Client::get_cash_transfer_status`]: super::Client::get_cash_transfer_status*/
    #[derive(Debug, Clone)]
    pub struct GetCashTransferStatus<'a> {
        client: &'a super::Client,
        reference_id: Result<types::ReferenceId, String>,
    }
    impl<'a> GetCashTransferStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                reference_id: Err("reference_id was not initialized".to_string()),
            }
        }
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReferenceId>,
        {
            self.reference_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ReferenceId` for reference_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/remittance/v2_0/cashtransfer/{referenceId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CashTransferResult>, Error<()>> {
            let Self { client, reference_id } = self;
            let reference_id = reference_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/remittance/v2_0/cashtransfer/{}", client.baseurl, encode_path(&
                reference_id.to_string()),
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
                operation_id: "get_cash_transfer_status",
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
impl ::pesa_core::Operation for builder::CreateApiUser<'_> {
    const ID: &'static str = "create_api_user";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 201u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::CreateApiUser::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetApiUser<'_> {
    const ID: &'static str = "get_api_user";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::ApiUserResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::ApiUserResult>, Error>,
    > + Send {
        builder::GetApiUser::send(self)
    }
}
impl ::pesa_core::Operation for builder::CreateApiKey<'_> {
    const ID: &'static str = "create_api_key";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 201u16;
    type Answer = types::ApiKeyResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::ApiKeyResult>, Error>,
    > + Send {
        builder::CreateApiKey::send(self)
    }
}
impl ::pesa_core::Operation for builder::CreateAccessToken<'_> {
    const ID: &'static str = "create_access_token";
    const TOKEN: bool = false;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::AccessTokenAnswer;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::AccessTokenAnswer>, Error>,
    > + Send {
        builder::CreateAccessToken::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetAccountBalance<'_> {
    const ID: &'static str = "get_account_balance";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::Balance;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::Balance>, Error>,
    > + Send {
        builder::GetAccountBalance::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetAccountBalanceInCurrency<'_> {
    const ID: &'static str = "get_account_balance_in_currency";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::Balance;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::Balance>, Error>,
    > + Send {
        builder::GetAccountBalanceInCurrency::send(self)
    }
}
impl ::pesa_core::Operation for builder::ValidateAccountHolderStatus<'_> {
    const ID: &'static str = "validate_account_holder_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::ActiveResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::ActiveResult>, Error>,
    > + Send {
        builder::ValidateAccountHolderStatus::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetBasicUserinfo<'_> {
    const ID: &'static str = "get_basic_userinfo";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::BasicUserInfo;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::BasicUserInfo>, Error>,
    > + Send {
        builder::GetBasicUserinfo::send(self)
    }
}
impl ::pesa_core::Operation for builder::RequestToPay<'_> {
    const ID: &'static str = "request_to_pay";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::RequestToPay::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetRequestToPayStatus<'_> {
    const ID: &'static str = "get_request_to_pay_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::RequestToPayResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::RequestToPayResult>, Error>,
    > + Send {
        builder::GetRequestToPayStatus::send(self)
    }
}
impl ::pesa_core::Operation for builder::RequestToWithdrawV1<'_> {
    const ID: &'static str = "request_to_withdraw_v1";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::RequestToWithdrawV1::send(self)
    }
}
impl ::pesa_core::Operation for builder::RequestToWithdrawV2<'_> {
    const ID: &'static str = "request_to_withdraw_v2";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::RequestToWithdrawV2::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetRequestToWithdrawStatus<'_> {
    const ID: &'static str = "get_request_to_withdraw_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::RequestToPayResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::RequestToPayResult>, Error>,
    > + Send {
        builder::GetRequestToWithdrawStatus::send(self)
    }
}
impl ::pesa_core::Operation for builder::DepositV1<'_> {
    const ID: &'static str = "deposit_v1";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::DepositV1::send(self)
    }
}
impl ::pesa_core::Operation for builder::DepositV2<'_> {
    const ID: &'static str = "deposit_v2";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::DepositV2::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetDepositStatus<'_> {
    const ID: &'static str = "get_deposit_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::TransferResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::TransferResult>, Error>,
    > + Send {
        builder::GetDepositStatus::send(self)
    }
}
impl ::pesa_core::Operation for builder::Transfer<'_> {
    const ID: &'static str = "transfer";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::Transfer::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetTransferStatus<'_> {
    const ID: &'static str = "get_transfer_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::TransferResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::TransferResult>, Error>,
    > + Send {
        builder::GetTransferStatus::send(self)
    }
}
impl ::pesa_core::Operation for builder::RefundV1<'_> {
    const ID: &'static str = "refund_v1";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::RefundV1::send(self)
    }
}
impl ::pesa_core::Operation for builder::RefundV2<'_> {
    const ID: &'static str = "refund_v2";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::RefundV2::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetRefundStatus<'_> {
    const ID: &'static str = "get_refund_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::TransferResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::TransferResult>, Error>,
    > + Send {
        builder::GetRefundStatus::send(self)
    }
}
impl ::pesa_core::Operation for builder::CashTransfer<'_> {
    const ID: &'static str = "cash_transfer";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = false;
    const SUCCESS: u16 = 202u16;
    type Answer = ();
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<()>, Error>,
    > + Send {
        builder::CashTransfer::send(self)
    }
}
impl ::pesa_core::Operation for builder::GetCashTransferStatus<'_> {
    const ID: &'static str = "get_cash_transfer_status";
    const TOKEN: bool = true;
    const RETRY_SAFE: bool = true;
    const SUCCESS: u16 = 200u16;
    type Answer = types::CashTransferResult;
    fn send(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<ResponseValue<types::CashTransferResult>, Error>,
    > + Send {
        builder::GetCashTransferStatus::send(self)
    }
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `get_api_user` (`GET /v1_0/apiuser/{apiUser}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetApiUser {
        ///The API user's id (MTY names it `X-Reference-Id`).
        #[serde(rename = "apiUser")]
        pub api_user: types::ReferenceId,
    }
    ///The path and query parameters of `create_api_key` (`POST /v1_0/apiuser/{apiUser}/apikey`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct CreateApiKey {
        ///The API user's id (MTY names it `X-Reference-Id`).
        #[serde(rename = "apiUser")]
        pub api_user: types::ReferenceId,
    }
    ///The path and query parameters of `create_access_token` (`POST /{product}/token/`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct CreateAccessToken {
        ///The product whose subscription key and token the call carries.
        #[serde(rename = "product")]
        pub product: types::Product,
    }
    ///The path and query parameters of `get_account_balance` (`GET /{product}/v1_0/account/balance`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetAccountBalance {
        ///The product whose subscription key and token the call carries.
        #[serde(rename = "product")]
        pub product: types::Product,
    }
    ///The path and query parameters of `get_account_balance_in_currency` (`GET /{product}/v1_0/account/balance/{currency}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetAccountBalanceInCurrency {
        ///The product whose subscription key and token the call carries.
        #[serde(rename = "product")]
        pub product: types::Product,
        ///An ISO 4217 code.
        #[serde(rename = "currency")]
        pub currency: crate::money::Currency,
    }
    ///The path and query parameters of `validate_account_holder_status` (`GET /{product}/v1_0/accountholder/{accountHolderIdType}/{accountHolderId}/active`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct ValidateAccountHolderStatus {
        ///The product whose subscription key and token the call carries.
        #[serde(rename = "product")]
        pub product: types::Product,
        ///How the account holder is named (MTY lists `msisdn, email`).
        #[serde(rename = "accountHolderIdType")]
        pub account_holder_id_type: types::AccountHolderIdType,
        ///The MSISDN (E.164 digits) or e-mail address.
        #[serde(rename = "accountHolderId")]
        pub account_holder_id: ::std::string::String,
    }
    ///The path and query parameters of `get_basic_userinfo` (`GET /{product}/v1_0/accountholder/msisdn/{accountHolderMsisdn}/basicuserinfo`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetBasicUserinfo {
        ///The product whose subscription key and token the call carries.
        #[serde(rename = "product")]
        pub product: types::Product,
        ///The account holder's MSISDN, E.164 digits without `+`.
        #[serde(rename = "accountHolderMsisdn")]
        pub account_holder_msisdn: ::pesa_core::Msisdn,
    }
    ///The path and query parameters of `get_request_to_pay_status` (`GET /collection/v1_0/requesttopay/{referenceId}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetRequestToPayStatus {
        ///The `X-Reference-Id` the request was created under.
        #[serde(rename = "referenceId")]
        pub reference_id: types::ReferenceId,
    }
    ///The path and query parameters of `get_request_to_withdraw_status` (`GET /collection/v1_0/requesttowithdraw/{referenceId}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetRequestToWithdrawStatus {
        ///The `X-Reference-Id` the request was created under.
        #[serde(rename = "referenceId")]
        pub reference_id: types::ReferenceId,
    }
    ///The path and query parameters of `get_deposit_status` (`GET /disbursement/v1_0/deposit/{referenceId}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetDepositStatus {
        ///The `X-Reference-Id` the request was created under.
        #[serde(rename = "referenceId")]
        pub reference_id: types::ReferenceId,
    }
    ///The path and query parameters of `transfer` (`POST /{product}/v1_0/transfer`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct Transfer {
        ///The product that pays out (`transfer` exists in both).
        #[serde(rename = "product")]
        pub product: types::PayoutProduct,
    }
    ///The path and query parameters of `get_transfer_status` (`GET /{product}/v1_0/transfer/{referenceId}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetTransferStatus {
        ///The product that pays out (`transfer` exists in both).
        #[serde(rename = "product")]
        pub product: types::PayoutProduct,
        ///The `X-Reference-Id` the request was created under.
        #[serde(rename = "referenceId")]
        pub reference_id: types::ReferenceId,
    }
    ///The path and query parameters of `get_refund_status` (`GET /disbursement/v1_0/refund/{referenceId}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetRefundStatus {
        ///The `X-Reference-Id` the request was created under.
        #[serde(rename = "referenceId")]
        pub reference_id: types::ReferenceId,
    }
    ///The path and query parameters of `get_cash_transfer_status` (`GET /remittance/v2_0/cashtransfer/{referenceId}`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct GetCashTransferStatus {
        ///The `X-Reference-Id` the request was created under.
        #[serde(rename = "referenceId")]
        pub reference_id: types::ReferenceId,
    }
}
impl ::std::fmt::Display for types::ReferenceId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::ReferenceId {
    ///Checks `value` against the spec's `ReferenceId`; a refusal names the field `reference_id`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("reference_id", e.to_string()))
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
impl ::std::fmt::Display for types::Message {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::Message {
    ///Checks `value` against the spec's `Message`; a refusal names the field `message`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("message", e.to_string()))
    }
}
impl ::std::fmt::Display for types::ExternalId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl types::ExternalId {
    ///Checks `value` against the spec's `ExternalId`; a refusal names the field `external_id`.
    pub fn parse(
        value: impl Into<String>,
    ) -> ::std::result::Result<Self, ::pesa_core::InvalidInput> {
        Self::try_from(value.into())
            .map_err(|e| ::pesa_core::InvalidInput::new("external_id", e.to_string()))
    }
}
