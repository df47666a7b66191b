// Generated from openapi/ihela-banking.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::banking::generated::*;
    pub struct CreateTokenWhen(::httpmock::When);
    impl CreateTokenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/oAuth2/token/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ClientCredentialsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateTokenThen(::httpmock::Then);
    impl CreateTokenThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ClientToken) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RequestJwtWhen(::httpmock::When);
    impl RequestJwtWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/auth-token/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::JwtRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RequestJwtThen(::httpmock::Then);
    impl RequestJwtThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::JwtPair) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RefreshJwtWhen(::httpmock::When);
    impl RefreshJwtWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/auth-token/refresh/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::JwtRefreshRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RefreshJwtThen(::httpmock::Then);
    impl RefreshJwtThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::JwtRefreshed) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct PingWhen(::httpmock::When);
    impl PingWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/ihela/api/v1/ping/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct PingThen(::httpmock::Then);
    impl PingThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Envelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AccountLookupWhen(::httpmock::When);
    impl AccountLookupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/account-lookup/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn account_format<T>(self, value: T) -> Self
        where
            T: Into<Option<types::AccountLookupAccountFormat>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("account_format", value.to_string()))
            } else {
                Self(self.0.query_param_missing("account_format"))
            }
        }
        pub fn body(self, value: &types::AccountQuery) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AccountLookupThen(::httpmock::Then);
    impl AccountLookupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AccountAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AccountBalanceWhen(::httpmock::When);
    impl AccountBalanceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/bsces/balance/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AccountQuery) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AccountBalanceThen(::httpmock::Then);
    impl AccountBalanceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::BalanceAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MakeDepositWhen(::httpmock::When);
    impl MakeDepositWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/make-deposit/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_i_hela_signature<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::MakeDepositXiHelaSignature>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-iHela-Signature", value.to_string()))
            } else {
                Self(self.0.header_missing("X-iHela-Signature"))
            }
        }
        pub fn body(self, value: &types::DepositRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct MakeDepositThen(::httpmock::Then);
    impl MakeDepositThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OperationAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MakeWithdrawalWhen(::httpmock::When);
    impl MakeWithdrawalWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/make-withdrawal/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_i_hela_signature<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::MakeWithdrawalXiHelaSignature>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-iHela-Signature", value.to_string()))
            } else {
                Self(self.0.header_missing("X-iHela-Signature"))
            }
        }
        pub fn body(self, value: &types::WithdrawalRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct MakeWithdrawalThen(::httpmock::Then);
    impl MakeWithdrawalThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OperationAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MiniStatementWhen(::httpmock::When);
    impl MiniStatementWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/mini-statement/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn account_number(self, value: &types::AccountNumber) -> Self {
            Self(self.0.query_param("account_number", value.to_string()))
        }
    }
    pub struct MiniStatementThen(::httpmock::Then);
    impl MiniStatementThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StatementAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct TransactionStatusWhen(::httpmock::When);
    impl TransactionStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/transaction-status/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::TransactionStatusRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct TransactionStatusThen(::httpmock::Then);
    impl TransactionStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OperationAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct TransactionFeeWhen(::httpmock::When);
    impl TransactionFeeWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/transaction-fee/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::FeeRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct TransactionFeeThen(::httpmock::Then);
    impl TransactionFeeThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FeeAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AgentDepositWhen(::httpmock::When);
    impl AgentDepositWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/agent-deposit/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_i_hela_signature<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::AgentDepositXiHelaSignature>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-iHela-Signature", value.to_string()))
            } else {
                Self(self.0.header_missing("X-iHela-Signature"))
            }
        }
        pub fn body(self, value: &types::DepositRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AgentDepositThen(::httpmock::Then);
    impl AgentDepositThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OperationAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct OperationLookupWhen(::httpmock::When);
    impl OperationLookupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/operation-lookup/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::OperationLookupRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct OperationLookupThen(::httpmock::Then);
    impl OperationLookupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OperationLookupAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ValidateWithdrawalWhen(::httpmock::When);
    impl ValidateWithdrawalWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ihela/api/v1/validate-withdrawal/$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_i_hela_signature<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ValidateWithdrawalXiHelaSignature>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-iHela-Signature", value.to_string()))
            } else {
                Self(self.0.header_missing("X-iHela-Signature"))
            }
        }
        pub fn body(self, value: &types::ValidateWithdrawalRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ValidateWithdrawalThen(::httpmock::Then);
    impl ValidateWithdrawalThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::OperationAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorObject) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn create_token<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTokenWhen, operations::CreateTokenThen);
    fn request_jwt<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RequestJwtWhen, operations::RequestJwtThen);
    fn refresh_jwt<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RefreshJwtWhen, operations::RefreshJwtThen);
    fn ping<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PingWhen, operations::PingThen);
    fn account_lookup<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AccountLookupWhen, operations::AccountLookupThen);
    fn account_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AccountBalanceWhen, operations::AccountBalanceThen);
    fn make_deposit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MakeDepositWhen, operations::MakeDepositThen);
    fn make_withdrawal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MakeWithdrawalWhen, operations::MakeWithdrawalThen);
    fn mini_statement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MiniStatementWhen, operations::MiniStatementThen);
    fn transaction_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransactionStatusWhen, operations::TransactionStatusThen);
    fn transaction_fee<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransactionFeeWhen, operations::TransactionFeeThen);
    fn agent_deposit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AgentDepositWhen, operations::AgentDepositThen);
    fn operation_lookup<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::OperationLookupWhen, operations::OperationLookupThen);
    fn validate_withdrawal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ValidateWithdrawalWhen,
            operations::ValidateWithdrawalThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn create_token<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTokenWhen, operations::CreateTokenThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateTokenWhen::new(when),
                operations::CreateTokenThen::new(then),
            )
        })
    }
    fn request_jwt<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RequestJwtWhen, operations::RequestJwtThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RequestJwtWhen::new(when),
                operations::RequestJwtThen::new(then),
            )
        })
    }
    fn refresh_jwt<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RefreshJwtWhen, operations::RefreshJwtThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RefreshJwtWhen::new(when),
                operations::RefreshJwtThen::new(then),
            )
        })
    }
    fn ping<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PingWhen, operations::PingThen),
    {
        self.mock(|when, then| {
            config_fn(operations::PingWhen::new(when), operations::PingThen::new(then))
        })
    }
    fn account_lookup<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AccountLookupWhen, operations::AccountLookupThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AccountLookupWhen::new(when),
                operations::AccountLookupThen::new(then),
            )
        })
    }
    fn account_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AccountBalanceWhen, operations::AccountBalanceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AccountBalanceWhen::new(when),
                operations::AccountBalanceThen::new(then),
            )
        })
    }
    fn make_deposit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MakeDepositWhen, operations::MakeDepositThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MakeDepositWhen::new(when),
                operations::MakeDepositThen::new(then),
            )
        })
    }
    fn make_withdrawal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MakeWithdrawalWhen, operations::MakeWithdrawalThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MakeWithdrawalWhen::new(when),
                operations::MakeWithdrawalThen::new(then),
            )
        })
    }
    fn mini_statement<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MiniStatementWhen, operations::MiniStatementThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MiniStatementWhen::new(when),
                operations::MiniStatementThen::new(then),
            )
        })
    }
    fn transaction_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransactionStatusWhen, operations::TransactionStatusThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TransactionStatusWhen::new(when),
                operations::TransactionStatusThen::new(then),
            )
        })
    }
    fn transaction_fee<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransactionFeeWhen, operations::TransactionFeeThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TransactionFeeWhen::new(when),
                operations::TransactionFeeThen::new(then),
            )
        })
    }
    fn agent_deposit<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AgentDepositWhen, operations::AgentDepositThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AgentDepositWhen::new(when),
                operations::AgentDepositThen::new(then),
            )
        })
    }
    fn operation_lookup<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::OperationLookupWhen, operations::OperationLookupThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::OperationLookupWhen::new(when),
                operations::OperationLookupThen::new(then),
            )
        })
    }
    fn validate_withdrawal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ValidateWithdrawalWhen,
            operations::ValidateWithdrawalThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ValidateWithdrawalWhen::new(when),
                operations::ValidateWithdrawalThen::new(then),
            )
        })
    }
}
