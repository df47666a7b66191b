// Generated from openapi/vodacom-mozambique.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::mozambique::generated::*;
    pub struct C2bPaymentWhen(::httpmock::When);
    impl C2bPaymentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ipg/v1x/c2bPayment/singleStage/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn origin<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::types::Origin>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Origin", value.to_string()))
            } else {
                Self(self.0.header_missing("Origin"))
            }
        }
        pub fn body(self, value: &types::C2bRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct C2bPaymentThen(::httpmock::Then);
    impl C2bPaymentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PaymentAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::PaymentAnswer) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Refusal) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Refusal) -> Self {
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
                    .path_matches(regex::Regex::new("^/ipg/v1x/b2cPayment/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn origin<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::types::Origin>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Origin", value.to_string()))
            } else {
                Self(self.0.header_missing("Origin"))
            }
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
        pub fn ok(self, value: &types::PaymentAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::PaymentAnswer) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Refusal) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Refusal) -> Self {
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
                    .path_matches(regex::Regex::new("^/ipg/v1x/b2bPayment/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn origin<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::types::Origin>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Origin", value.to_string()))
            } else {
                Self(self.0.header_missing("Origin"))
            }
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
        pub fn ok(self, value: &types::PaymentAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::PaymentAnswer) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Refusal) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Refusal) -> Self {
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
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/ipg/v1x/reversal/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn origin<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::types::Origin>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Origin", value.to_string()))
            } else {
                Self(self.0.header_missing("Origin"))
            }
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
        pub fn ok(self, value: &types::PaymentAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::PaymentAnswer) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Refusal) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Refusal) -> Self {
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
    pub struct QueryTransactionStatusWhen(::httpmock::When);
    impl QueryTransactionStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/ipg/v1x/queryTransactionStatus/$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn input_query_reference(
            self,
            value: &crate::types::QueryReference,
        ) -> Self {
            Self(self.0.query_param("input_QueryReference", value.to_string()))
        }
        pub fn input_service_provider_code(
            self,
            value: &crate::types::ServiceProviderCode,
        ) -> Self {
            Self(self.0.query_param("input_ServiceProviderCode", value.to_string()))
        }
        pub fn input_third_party_reference(
            self,
            value: &crate::types::ThirdPartyConversationId,
        ) -> Self {
            Self(self.0.query_param("input_ThirdPartyReference", value.to_string()))
        }
        pub fn origin<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::types::Origin>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Origin", value.to_string()))
            } else {
                Self(self.0.header_missing("Origin"))
            }
        }
    }
    pub struct QueryTransactionStatusThen(::httpmock::Then);
    impl QueryTransactionStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StatusAnswer) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn created(self, value: &types::StatusAnswer) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::Refusal) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::Refusal) -> Self {
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
    fn c2b_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bPaymentWhen, operations::C2bPaymentThen);
    fn b2c_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::B2cPaymentWhen, operations::B2cPaymentThen);
    fn b2b_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::B2bPaymentWhen, operations::B2bPaymentThen);
    fn reversal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ReversalWhen, operations::ReversalThen);
    fn query_transaction_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::QueryTransactionStatusWhen,
            operations::QueryTransactionStatusThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn c2b_payment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::C2bPaymentWhen, operations::C2bPaymentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::C2bPaymentWhen::new(when),
                operations::C2bPaymentThen::new(then),
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
    fn query_transaction_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::QueryTransactionStatusWhen,
            operations::QueryTransactionStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::QueryTransactionStatusWhen::new(when),
                operations::QueryTransactionStatusThen::new(then),
            )
        })
    }
}
