// Generated from openapi/momo.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::generated::*;
    pub struct CreateApiUserWhen(::httpmock::When);
    impl CreateApiUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/v1_0/apiuser$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn body(self, value: &types::ApiUser) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateApiUserThen(::httpmock::Then);
    impl CreateApiUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self) -> Self {
            Self(self.0.status(201u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetApiUserWhen(::httpmock::When);
    impl GetApiUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/v1_0/apiuser/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn api_user(self, value: &types::ReferenceId) -> Self {
            let re = regex::Regex::new(&format!("^/v1_0/apiuser/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetApiUserThen(::httpmock::Then);
    impl GetApiUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ApiUserResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct CreateApiKeyWhen(::httpmock::When);
    impl CreateApiKeyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/v1_0/apiuser/[^/]*/apikey$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn api_user(self, value: &types::ReferenceId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/v1_0/apiuser/{}/apikey$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct CreateApiKeyThen(::httpmock::Then);
    impl CreateApiKeyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::ApiKeyResult) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct CreateAccessTokenWhen(::httpmock::When);
    impl CreateAccessTokenWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/[^/]*/token/$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product(self, value: types::Product) -> Self {
            let re = regex::Regex::new(&format!("^/{}/token/$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct CreateAccessTokenThen(::httpmock::Then);
    impl CreateAccessTokenThen {
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
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetAccountBalanceWhen(::httpmock::When);
    impl GetAccountBalanceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/[^/]*/v1_0/account/balance$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product(self, value: types::Product) -> Self {
            let re = regex::Regex::new(
                    &format!("^/{}/v1_0/account/balance$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetAccountBalanceThen(::httpmock::Then);
    impl GetAccountBalanceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Balance) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetAccountBalanceInCurrencyWhen(::httpmock::When);
    impl GetAccountBalanceInCurrencyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/[^/]*/v1_0/account/balance/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product(self, value: types::Product) -> Self {
            let re = regex::Regex::new(
                    &format!("^/{}/v1_0/account/balance/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn currency(self, value: &crate::money::Currency) -> Self {
            let re = regex::Regex::new(
                    &format!("^/.*/v1_0/account/balance/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetAccountBalanceInCurrencyThen(::httpmock::Then);
    impl GetAccountBalanceInCurrencyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Balance) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct ValidateAccountHolderStatusWhen(::httpmock::When);
    impl ValidateAccountHolderStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/[^/]*/v1_0/accountholder/[^/]*/[^/]*/active$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product(self, value: types::Product) -> Self {
            let re = regex::Regex::new(
                    &format!("^/{}/v1_0/accountholder/.*/.*/active$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn account_holder_id_type(self, value: types::AccountHolderIdType) -> Self {
            let re = regex::Regex::new(
                    &format!("^/.*/v1_0/accountholder/{}/.*/active$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn account_holder_id(
            self,
            value: &types::ValidateAccountHolderStatusAccountHolderId,
        ) -> Self {
            let re = regex::Regex::new(
                    &format!("^/.*/v1_0/accountholder/.*/{}/active$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct ValidateAccountHolderStatusThen(::httpmock::Then);
    impl ValidateAccountHolderStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ActiveResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetBasicUserinfoWhen(::httpmock::When);
    impl GetBasicUserinfoWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/[^/]*/v1_0/accountholder/msisdn/[^/]*/basicuserinfo$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product(self, value: types::Product) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/{}/v1_0/accountholder/msisdn/.*/basicuserinfo$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn account_holder_msisdn(self, value: &::pesa_core::Msisdn) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/.*/v1_0/accountholder/msisdn/{}/basicuserinfo$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetBasicUserinfoThen(::httpmock::Then);
    impl GetBasicUserinfoThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::BasicUserInfo) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct RequestToPayWhen(::httpmock::When);
    impl RequestToPayWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/collection/v1_0/requesttopay$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::RequestToPay) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RequestToPayThen(::httpmock::Then);
    impl RequestToPayThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetRequestToPayStatusWhen(::httpmock::When);
    impl GetRequestToPayStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/collection/v1_0/requesttopay/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn reference_id(self, value: &types::ReferenceId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/collection/v1_0/requesttopay/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetRequestToPayStatusThen(::httpmock::Then);
    impl GetRequestToPayStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RequestToPayResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct RequestToWithdrawV1When(::httpmock::When);
    impl RequestToWithdrawV1When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/collection/v1_0/requesttowithdraw$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::RequestToPay) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RequestToWithdrawV1Then(::httpmock::Then);
    impl RequestToWithdrawV1Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct RequestToWithdrawV2When(::httpmock::When);
    impl RequestToWithdrawV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/collection/v2_0/requesttowithdraw$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::RequestToPay) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RequestToWithdrawV2Then(::httpmock::Then);
    impl RequestToWithdrawV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetRequestToWithdrawStatusWhen(::httpmock::When);
    impl GetRequestToWithdrawStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/collection/v1_0/requesttowithdraw/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn reference_id(self, value: &types::ReferenceId) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/collection/v1_0/requesttowithdraw/{}$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetRequestToWithdrawStatusThen(::httpmock::Then);
    impl GetRequestToWithdrawStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RequestToPayResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct DepositV1When(::httpmock::When);
    impl DepositV1When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/disbursement/v1_0/deposit$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::Transfer) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct DepositV1Then(::httpmock::Then);
    impl DepositV1Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct DepositV2When(::httpmock::When);
    impl DepositV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/disbursement/v2_0/deposit$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::Transfer) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct DepositV2Then(::httpmock::Then);
    impl DepositV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetDepositStatusWhen(::httpmock::When);
    impl GetDepositStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/disbursement/v1_0/deposit/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn reference_id(self, value: &types::ReferenceId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/disbursement/v1_0/deposit/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetDepositStatusThen(::httpmock::Then);
    impl GetDepositStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TransferResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct TransferWhen(::httpmock::When);
    impl TransferWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/[^/]*/v1_0/transfer$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product(self, value: types::PayoutProduct) -> Self {
            let re = regex::Regex::new(
                    &format!("^/{}/v1_0/transfer$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::Transfer) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct TransferThen(::httpmock::Then);
    impl TransferThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetTransferStatusWhen(::httpmock::When);
    impl GetTransferStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/[^/]*/v1_0/transfer/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn product(self, value: types::PayoutProduct) -> Self {
            let re = regex::Regex::new(
                    &format!("^/{}/v1_0/transfer/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn reference_id(self, value: &types::ReferenceId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/.*/v1_0/transfer/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetTransferStatusThen(::httpmock::Then);
    impl GetTransferStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TransferResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct RefundV1When(::httpmock::When);
    impl RefundV1When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/disbursement/v1_0/refund$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::Refund) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RefundV1Then(::httpmock::Then);
    impl RefundV1Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct RefundV2When(::httpmock::When);
    impl RefundV2When {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/disbursement/v2_0/refund$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::Refund) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct RefundV2Then(::httpmock::Then);
    impl RefundV2Then {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetRefundStatusWhen(::httpmock::When);
    impl GetRefundStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/disbursement/v1_0/refund/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn reference_id(self, value: &types::ReferenceId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/disbursement/v1_0/refund/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetRefundStatusThen(::httpmock::Then);
    impl GetRefundStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::TransferResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct CashTransferWhen(::httpmock::When);
    impl CashTransferWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/remittance/v2_0/cashtransfer$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn x_callback_url<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CallbackUrl>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("X-Callback-Url", value.to_string()))
            } else {
                Self(self.0.header_missing("X-Callback-Url"))
            }
        }
        pub fn x_reference_id(self, value: &types::ReferenceId) -> Self {
            Self(self.0.header("X-Reference-Id", value.to_string()))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
        pub fn body(self, value: &types::CashTransfer) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CashTransferThen(::httpmock::Then);
    impl CashTransferThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn accepted(self) -> Self {
            Self(self.0.status(202u16))
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    pub struct GetCashTransferStatusWhen(::httpmock::When);
    impl GetCashTransferStatusWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/remittance/v2_0/cashtransfer/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn reference_id(self, value: &types::ReferenceId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/remittance/v2_0/cashtransfer/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_target_environment(
            self,
            value: &crate::generated::open_enums::TargetEnvironment,
        ) -> Self {
            Self(self.0.header("X-Target-Environment", value.to_string()))
        }
    }
    pub struct GetCashTransferStatusThen(::httpmock::Then);
    impl GetCashTransferStatusThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CashTransferResult) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn client_error(self, status: u16, value: &types::ErrorBody) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn server_error(self, status: u16, value: &types::ErrorBody) -> Self {
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
    fn create_api_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateApiUserWhen, operations::CreateApiUserThen);
    fn get_api_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetApiUserWhen, operations::GetApiUserThen);
    fn create_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateApiKeyWhen, operations::CreateApiKeyThen);
    fn create_access_token<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAccessTokenWhen, operations::CreateAccessTokenThen);
    fn get_account_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAccountBalanceWhen, operations::GetAccountBalanceThen);
    fn get_account_balance_in_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAccountBalanceInCurrencyWhen,
            operations::GetAccountBalanceInCurrencyThen,
        );
    fn validate_account_holder_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ValidateAccountHolderStatusWhen,
            operations::ValidateAccountHolderStatusThen,
        );
    fn get_basic_userinfo<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetBasicUserinfoWhen, operations::GetBasicUserinfoThen);
    fn request_to_pay<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RequestToPayWhen, operations::RequestToPayThen);
    fn get_request_to_pay_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRequestToPayStatusWhen,
            operations::GetRequestToPayStatusThen,
        );
    fn request_to_withdraw_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RequestToWithdrawV1When,
            operations::RequestToWithdrawV1Then,
        );
    fn request_to_withdraw_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RequestToWithdrawV2When,
            operations::RequestToWithdrawV2Then,
        );
    fn get_request_to_withdraw_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRequestToWithdrawStatusWhen,
            operations::GetRequestToWithdrawStatusThen,
        );
    fn deposit_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DepositV1When, operations::DepositV1Then);
    fn deposit_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DepositV2When, operations::DepositV2Then);
    fn get_deposit_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDepositStatusWhen, operations::GetDepositStatusThen);
    fn transfer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransferWhen, operations::TransferThen);
    fn get_transfer_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTransferStatusWhen, operations::GetTransferStatusThen);
    fn refund_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RefundV1When, operations::RefundV1Then);
    fn refund_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RefundV2When, operations::RefundV2Then);
    fn get_refund_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRefundStatusWhen, operations::GetRefundStatusThen);
    fn cash_transfer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CashTransferWhen, operations::CashTransferThen);
    fn get_cash_transfer_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCashTransferStatusWhen,
            operations::GetCashTransferStatusThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn create_api_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateApiUserWhen, operations::CreateApiUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateApiUserWhen::new(when),
                operations::CreateApiUserThen::new(then),
            )
        })
    }
    fn get_api_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetApiUserWhen, operations::GetApiUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetApiUserWhen::new(when),
                operations::GetApiUserThen::new(then),
            )
        })
    }
    fn create_api_key<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateApiKeyWhen, operations::CreateApiKeyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateApiKeyWhen::new(when),
                operations::CreateApiKeyThen::new(then),
            )
        })
    }
    fn create_access_token<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAccessTokenWhen, operations::CreateAccessTokenThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateAccessTokenWhen::new(when),
                operations::CreateAccessTokenThen::new(then),
            )
        })
    }
    fn get_account_balance<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAccountBalanceWhen, operations::GetAccountBalanceThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAccountBalanceWhen::new(when),
                operations::GetAccountBalanceThen::new(then),
            )
        })
    }
    fn get_account_balance_in_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetAccountBalanceInCurrencyWhen,
            operations::GetAccountBalanceInCurrencyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAccountBalanceInCurrencyWhen::new(when),
                operations::GetAccountBalanceInCurrencyThen::new(then),
            )
        })
    }
    fn validate_account_holder_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ValidateAccountHolderStatusWhen,
            operations::ValidateAccountHolderStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ValidateAccountHolderStatusWhen::new(when),
                operations::ValidateAccountHolderStatusThen::new(then),
            )
        })
    }
    fn get_basic_userinfo<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetBasicUserinfoWhen, operations::GetBasicUserinfoThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetBasicUserinfoWhen::new(when),
                operations::GetBasicUserinfoThen::new(then),
            )
        })
    }
    fn request_to_pay<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RequestToPayWhen, operations::RequestToPayThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RequestToPayWhen::new(when),
                operations::RequestToPayThen::new(then),
            )
        })
    }
    fn get_request_to_pay_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRequestToPayStatusWhen,
            operations::GetRequestToPayStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRequestToPayStatusWhen::new(when),
                operations::GetRequestToPayStatusThen::new(then),
            )
        })
    }
    fn request_to_withdraw_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RequestToWithdrawV1When,
            operations::RequestToWithdrawV1Then,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RequestToWithdrawV1When::new(when),
                operations::RequestToWithdrawV1Then::new(then),
            )
        })
    }
    fn request_to_withdraw_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RequestToWithdrawV2When,
            operations::RequestToWithdrawV2Then,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RequestToWithdrawV2When::new(when),
                operations::RequestToWithdrawV2Then::new(then),
            )
        })
    }
    fn get_request_to_withdraw_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetRequestToWithdrawStatusWhen,
            operations::GetRequestToWithdrawStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRequestToWithdrawStatusWhen::new(when),
                operations::GetRequestToWithdrawStatusThen::new(then),
            )
        })
    }
    fn deposit_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DepositV1When, operations::DepositV1Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DepositV1When::new(when),
                operations::DepositV1Then::new(then),
            )
        })
    }
    fn deposit_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DepositV2When, operations::DepositV2Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DepositV2When::new(when),
                operations::DepositV2Then::new(then),
            )
        })
    }
    fn get_deposit_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDepositStatusWhen, operations::GetDepositStatusThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDepositStatusWhen::new(when),
                operations::GetDepositStatusThen::new(then),
            )
        })
    }
    fn transfer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TransferWhen, operations::TransferThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TransferWhen::new(when),
                operations::TransferThen::new(then),
            )
        })
    }
    fn get_transfer_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTransferStatusWhen, operations::GetTransferStatusThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTransferStatusWhen::new(when),
                operations::GetTransferStatusThen::new(then),
            )
        })
    }
    fn refund_v1<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RefundV1When, operations::RefundV1Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RefundV1When::new(when),
                operations::RefundV1Then::new(then),
            )
        })
    }
    fn refund_v2<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RefundV2When, operations::RefundV2Then),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RefundV2When::new(when),
                operations::RefundV2Then::new(then),
            )
        })
    }
    fn get_refund_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetRefundStatusWhen, operations::GetRefundStatusThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetRefundStatusWhen::new(when),
                operations::GetRefundStatusThen::new(then),
            )
        })
    }
    fn cash_transfer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CashTransferWhen, operations::CashTransferThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CashTransferWhen::new(when),
                operations::CashTransferThen::new(then),
            )
        })
    }
    fn get_cash_transfer_status<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetCashTransferStatusWhen,
            operations::GetCashTransferStatusThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCashTransferStatusWhen::new(when),
                operations::GetCashTransferStatusThen::new(then),
            )
        })
    }
}
