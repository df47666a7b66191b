// Generated from openapi/daraja.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::generated::*;
    pub struct CreateTokenWhen(::httpmock::When);
    impl CreateTokenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/oauth/v1/generate$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn grant_type(self, value: types::GrantType) -> Self {
            Self(self.0.query_param("grant_type", value.to_string()))
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
        pub fn ok(self, value: &types::AccessTokenAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct StkPushWhen(::httpmock::When);
    impl StkPushWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/mpesa/stkpush/v1/processrequest$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::StkPushRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct StkPushThen(::httpmock::Then);
    impl StkPushThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StkPushAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct StkQueryWhen(::httpmock::When);
    impl StkQueryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/mpesa/stkpushquery/v1/query$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::StkQueryRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct StkQueryThen(::httpmock::Then);
    impl StkQueryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StkQueryAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct C2bRegisterUrlsWhen(::httpmock::When);
    impl C2bRegisterUrlsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/mpesa/c2b/v2/registerurl$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::C2bRegisterRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct C2bRegisterUrlsThen(::httpmock::Then);
    impl C2bRegisterUrlsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::C2bAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct C2bRegisterUrlsV1When(::httpmock::When);
    impl C2bRegisterUrlsV1When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/mpesa/c2b/v1/registerurl$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::C2bRegisterRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct C2bRegisterUrlsV1Then(::httpmock::Then);
    impl C2bRegisterUrlsV1Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::C2bAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct C2bSimulateWhen(::httpmock::When);
    impl C2bSimulateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/mpesa/c2b/v2/simulate$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::C2bSimulateRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct C2bSimulateThen(::httpmock::Then);
    impl C2bSimulateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::C2bAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct C2bSimulateV1When(::httpmock::When);
    impl C2bSimulateV1When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/mpesa/c2b/v1/simulate$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::C2bSimulateRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct C2bSimulateV1Then(::httpmock::Then);
    impl C2bSimulateV1Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::C2bAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct B2cPaymentWhen(::httpmock::When);
    impl B2cPaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/mpesa/b2c/v3/paymentrequest$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::B2cRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct B2cPaymentThen(::httpmock::Then);
    impl B2cPaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AcceptedAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct B2cPaymentV1When(::httpmock::When);
    impl B2cPaymentV1When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/mpesa/b2c/v1/paymentrequest$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::B2cRequestV1) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct B2cPaymentV1Then(::httpmock::Then);
    impl B2cPaymentV1Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AcceptedAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct B2bPaymentWhen(::httpmock::When);
    impl B2bPaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/mpesa/b2b/v1/paymentrequest$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::B2bRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct B2bPaymentThen(::httpmock::Then);
    impl B2bPaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AcceptedAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
                        regex::Regex::new("^/mpesa/transactionstatus/v1/query$").unwrap(),
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
        pub fn ok(self, value: &types::AcceptedAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
                        regex::Regex::new("^/mpesa/accountbalance/v1/query$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AccountBalanceRequest) -> Self {
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
        pub fn ok(self, value: &types::AcceptedAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    pub struct ReversalWhen(::httpmock::When);
    impl ReversalWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/mpesa/reversal/v1/request$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ReversalRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ReversalThen(::httpmock::Then);
    impl ReversalThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AcceptedAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorEnvelope) -> Self {
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
    fn stk_push<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StkPushWhen, operations::StkPushThen);
    fn stk_query<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StkQueryWhen, operations::StkQueryThen);
    fn c2b_register_urls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bRegisterUrlsWhen, operations::C2bRegisterUrlsThen);
    fn c2b_register_urls_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bRegisterUrlsV1When, operations::C2bRegisterUrlsV1Then);
    fn c2b_simulate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bSimulateWhen, operations::C2bSimulateThen);
    fn c2b_simulate_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bSimulateV1When, operations::C2bSimulateV1Then);
    fn b2c_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::B2cPaymentWhen, operations::B2cPaymentThen);
    fn b2c_payment_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::B2cPaymentV1When, operations::B2cPaymentV1Then);
    fn b2b_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::B2bPaymentWhen, operations::B2bPaymentThen);
    fn transaction_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransactionStatusWhen, operations::TransactionStatusThen);
    fn account_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AccountBalanceWhen, operations::AccountBalanceThen);
    fn reversal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ReversalWhen, operations::ReversalThen);
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
    fn stk_push<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StkPushWhen, operations::StkPushThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StkPushWhen::new(when),
                operations::StkPushThen::new(then),
            )
        })
    }
    fn stk_query<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StkQueryWhen, operations::StkQueryThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StkQueryWhen::new(when),
                operations::StkQueryThen::new(then),
            )
        })
    }
    fn c2b_register_urls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bRegisterUrlsWhen, operations::C2bRegisterUrlsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::C2bRegisterUrlsWhen::new(when),
                operations::C2bRegisterUrlsThen::new(then),
            )
        })
    }
    fn c2b_register_urls_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bRegisterUrlsV1When, operations::C2bRegisterUrlsV1Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::C2bRegisterUrlsV1When::new(when),
                operations::C2bRegisterUrlsV1Then::new(then),
            )
        })
    }
    fn c2b_simulate<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bSimulateWhen, operations::C2bSimulateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::C2bSimulateWhen::new(when),
                operations::C2bSimulateThen::new(then),
            )
        })
    }
    fn c2b_simulate_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bSimulateV1When, operations::C2bSimulateV1Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::C2bSimulateV1When::new(when),
                operations::C2bSimulateV1Then::new(then),
            )
        })
    }
    fn b2c_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::B2cPaymentWhen, operations::B2cPaymentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::B2cPaymentWhen::new(when),
                operations::B2cPaymentThen::new(then),
            )
        })
    }
    fn b2c_payment_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::B2cPaymentV1When, operations::B2cPaymentV1Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::B2cPaymentV1When::new(when),
                operations::B2cPaymentV1Then::new(then),
            )
        })
    }
    fn b2b_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::B2bPaymentWhen, operations::B2bPaymentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::B2bPaymentWhen::new(when),
                operations::B2bPaymentThen::new(then),
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
    fn reversal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ReversalWhen, operations::ReversalThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ReversalWhen::new(when),
                operations::ReversalThen::new(then),
            )
        })
    }
}
