// Generated from openapi/sandbox-controls.yaml by pesa-codegen. Do not edit:
// edit the spec and run `cargo xtask regen`.

/// Base URLs of the gateway's environments, from the spec's `servers`.
pub mod servers {
    ///Base URL of the local gateway: A sandbox on loopback (its port is printed when it starts).
    pub const LOCAL: &str = "http://127.0.0.1:8089";
}
/// The path of every operation of the spec, by operationId.
pub mod paths {
    ///`POST /_sandbox/faults`: the path of `inject_fault`.
    pub const INJECT_FAULT: &str = "/_sandbox/faults";
    ///`DELETE /_sandbox/faults`: the path of `clear_faults`.
    pub const CLEAR_FAULTS: &str = "/_sandbox/faults";
    ///`GET /_sandbox/clock`: the path of `read_clock`.
    pub const READ_CLOCK: &str = "/_sandbox/clock";
    ///`POST /_sandbox/clock/advance`: the path of `advance_clock`.
    pub const ADVANCE_CLOCK: &str = "/_sandbox/clock/advance";
    ///`GET /_sandbox/requests`: the path of `read_requests`.
    pub const READ_REQUESTS: &str = "/_sandbox/requests";
}
/// The wire name of every property of every object schema, by schema.
#[allow(missing_docs)]
pub mod fields {
    ///The wire names of `Fault`'s properties.
    pub mod fault {
        pub const PATH: &str = "path";
        pub const KIND: &str = "kind";
        pub const STATUS: &str = "status";
        pub const BODY: &str = "body";
        pub const RETRY_AFTER: &str = "retry_after";
        pub const DELAY_MS: &str = "delay_ms";
        pub const COUNT: &str = "count";
    }
    ///The wire names of `ClockAdvance`'s properties.
    pub mod clock_advance {
        pub const SECONDS: &str = "seconds";
    }
    ///The wire names of `ClockReading`'s properties.
    pub mod clock_reading {
        pub const NOW: &str = "now";
    }
    ///The wire names of `LoggedRequest`'s properties.
    pub mod logged_request {
        pub const ID: &str = "id";
        pub const AT: &str = "at";
        pub const METHOD: &str = "method";
        pub const PATH: &str = "path";
        pub const STATUS: &str = "status";
        pub const DURATION_MS: &str = "duration_ms";
    }
    ///The wire names of `ControlProblem`'s properties.
    pub mod control_problem {
        pub const DETAIL: &str = "detail";
    }
}
/// The name of every header the spec defines.
pub mod headers {}
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
    ///How far to move the sandbox's time.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ClockAdvance {
        ///Seconds to move forward.
        pub seconds: u64,
    }
    impl ClockAdvance {
        pub fn builder() -> builder::ClockAdvance {
            Default::default()
        }
    }
    ///The sandbox's time.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ClockReading {
        ///Now, for the sandbox.
        pub now: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl ClockReading {
        pub fn builder() -> builder::ClockReading {
            Default::default()
        }
    }
    ///Why a control cannot be done.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ControlProblem {
        ///What is wrong, in words.
        pub detail: ::std::string::String,
    }
    impl ControlProblem {
        pub fn builder() -> builder::ControlProblem {
            Default::default()
        }
    }
    ///A fault for the next requests under a path.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Fault {
        ///The body of a `status` fault (a JSON `detail` when not given); one starting with `<` goes as HTML.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::std::string::String>,
        ///How many requests fail.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
        pub count: ::std::num::NonZeroU64,
        ///The wait of a `delay` fault, in milliseconds.
        #[serde(default = "defaults::default_u64::<u64, 2000>")]
        pub delay_ms: u64,
        ///How they fail.
        pub kind: FaultKind,
        ///The path prefix of the requests that fail (`/api/v1/payments/bill/init/`; empty for every request).
        pub path: ::std::string::String,
        ///The `Retry-After` seconds of a `status` fault.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retry_after: ::std::option::Option<u64>,
        ///The status of a `status` fault.
        #[serde(default = "defaults::default_u64::<i64, 503>")]
        pub status: i64,
    }
    impl Fault {
        pub fn builder() -> builder::Fault {
            Default::default()
        }
    }
    ///How a request fails.
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
    pub enum FaultKind {
        #[serde(rename = "status")]
        Status,
        #[serde(rename = "delay")]
        Delay,
        #[serde(rename = "drop")]
        Drop,
        #[serde(rename = "malformed")]
        Malformed,
    }
    impl ::std::fmt::Display for FaultKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Status => f.write_str("status"),
                Self::Delay => f.write_str("delay"),
                Self::Drop => f.write_str("drop"),
                Self::Malformed => f.write_str("malformed"),
            }
        }
    }
    impl ::std::str::FromStr for FaultKind {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "status" => Ok(Self::Status),
                "delay" => Ok(Self::Delay),
                "drop" => Ok(Self::Drop),
                "malformed" => Ok(Self::Malformed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FaultKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FaultKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A request the sandbox received, and how it answered.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct LoggedRequest {
        ///When it was received, by the system's clock.
        pub at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///How long the answer took, in milliseconds.
        pub duration_ms: i64,
        ///Its number, counting from 1 since the sandbox started.
        pub id: ::std::num::NonZeroU64,
        ///Its HTTP method.
        pub method: ::std::string::String,
        ///Its path, phone numbers in it masked (no query).
        pub path: ::std::string::String,
        ///The status answered; absent when the connection was dropped (a fault).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
    }
    impl LoggedRequest {
        pub fn builder() -> builder::LoggedRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ClockAdvance {
            seconds: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for ClockAdvance {
            fn default() -> Self {
                Self {
                    seconds: Err("no value supplied for seconds".to_string()),
                }
            }
        }
        impl ClockAdvance {
            pub fn seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seconds: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClockAdvance> for super::ClockAdvance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClockAdvance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { seconds: value.seconds? })
            }
        }
        impl ::std::convert::From<super::ClockAdvance> for ClockAdvance {
            fn from(value: super::ClockAdvance) -> Self {
                Self { seconds: Ok(value.seconds) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClockReading {
            now: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClockReading {
            fn default() -> Self {
                Self {
                    now: Err("no value supplied for now".to_string()),
                }
            }
        }
        impl ClockReading {
            pub fn now<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.now = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for now: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClockReading> for super::ClockReading {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClockReading,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { now: value.now? })
            }
        }
        impl ::std::convert::From<super::ClockReading> for ClockReading {
            fn from(value: super::ClockReading) -> Self {
                Self { now: Ok(value.now) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ControlProblem {
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ControlProblem {
            fn default() -> Self {
                Self {
                    detail: Err("no value supplied for detail".to_string()),
                }
            }
        }
        impl ControlProblem {
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
        impl ::std::convert::TryFrom<ControlProblem> for super::ControlProblem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ControlProblem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { detail: value.detail? })
            }
        }
        impl ::std::convert::From<super::ControlProblem> for ControlProblem {
            fn from(value: super::ControlProblem) -> Self {
                Self { detail: Ok(value.detail) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Fault {
            body: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            count: ::std::result::Result<::std::num::NonZeroU64, ::std::string::String>,
            delay_ms: ::std::result::Result<u64, ::std::string::String>,
            kind: ::std::result::Result<super::FaultKind, ::std::string::String>,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            retry_after: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for Fault {
            fn default() -> Self {
                Self {
                    body: Ok(Default::default()),
                    count: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU64, 1>(),
                    ),
                    delay_ms: Ok(super::defaults::default_u64::<u64, 2000>()),
                    kind: Err("no value supplied for kind".to_string()),
                    path: Err("no value supplied for path".to_string()),
                    retry_after: Ok(Default::default()),
                    status: Ok(super::defaults::default_u64::<i64, 503>()),
                }
            }
        }
        impl Fault {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn delay_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.delay_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delay_ms: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FaultKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
            pub fn retry_after<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.retry_after = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for retry_after: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
        impl ::std::convert::TryFrom<Fault> for super::Fault {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fault,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    count: value.count?,
                    delay_ms: value.delay_ms?,
                    kind: value.kind?,
                    path: value.path?,
                    retry_after: value.retry_after?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Fault> for Fault {
            fn from(value: super::Fault) -> Self {
                Self {
                    body: Ok(value.body),
                    count: Ok(value.count),
                    delay_ms: Ok(value.delay_ms),
                    kind: Ok(value.kind),
                    path: Ok(value.path),
                    retry_after: Ok(value.retry_after),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LoggedRequest {
            at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            duration_ms: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<::std::num::NonZeroU64, ::std::string::String>,
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
            path: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LoggedRequest {
            fn default() -> Self {
                Self {
                    at: Err("no value supplied for at".to_string()),
                    duration_ms: Err("no value supplied for duration_ms".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    method: Err("no value supplied for method".to_string()),
                    path: Err("no value supplied for path".to_string()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl LoggedRequest {
            pub fn at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for at: {e}"));
                self
            }
            pub fn duration_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_ms: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
        impl ::std::convert::TryFrom<LoggedRequest> for super::LoggedRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoggedRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    at: value.at?,
                    duration_ms: value.duration_ms?,
                    id: value.id?,
                    method: value.method?,
                    path: value.path?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::LoggedRequest> for LoggedRequest {
            fn from(value: super::LoggedRequest) -> Self {
                Self {
                    at: Ok(value.at),
                    duration_ms: Ok(value.duration_ms),
                    id: Ok(value.id),
                    method: Ok(value.method),
                    path: Ok(value.path),
                    status: Ok(value.status),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_u64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<u64>,
            <T as ::std::convert::TryFrom<u64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(V).unwrap()
        }
        pub(super) fn default_nzu64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
            <T as ::std::convert::TryFrom<
                ::std::num::NonZeroU64,
            >>::Error: ::std::fmt::Debug,
        {
            T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
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
/**Client for Sandbox controls (every sandbox)

The test controls every sandbox of the `ihela` workspace (`pesa-sandbox`)
serves beside the gateway it stands for, under `/_sandbox/`, a prefix
no real gateway uses: faults injected into the next requests, and the
sandbox's clock, which tokens, codes and bills expire by.

Each sandbox adds its own controls (paying a bill, approving a prompt)
in a spec of its own. Nothing here exists on a real gateway.


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**The next requests under a path fail as told

The next `count` requests whose path starts with `path` fail the
fault's way: `status` answers without processing; `delay` waits,
then processes (even when the caller has hung up); `drop` processes,
then closes the connection without an answer; `malformed` processes,
then answers half the body.


Sends a `POST` request to `/_sandbox/faults`

```ignore
let response = client.inject_fault()
    .body(body)
    .send()
    .await;
```*/
    pub fn inject_fault(&self) -> builder::InjectFault<'_> {
        builder::InjectFault::new(self)
    }
    /**Forgets every fault not yet used

Sends a `DELETE` request to `/_sandbox/faults`

```ignore
let response = client.clear_faults()
    .send()
    .await;
```*/
    pub fn clear_faults(&self) -> builder::ClearFaults<'_> {
        builder::ClearFaults::new(self)
    }
    /**What time it is for the sandbox

Sends a `GET` request to `/_sandbox/clock`

```ignore
let response = client.read_clock()
    .send()
    .await;
```*/
    pub fn read_clock(&self) -> builder::ReadClock<'_> {
        builder::ReadClock::new(self)
    }
    /**Moves the sandbox's time forward

Tokens, sign-in codes and bills then expire as if that much time had
passed; nothing is delivered or retried by it.


Sends a `POST` request to `/_sandbox/clock/advance`

```ignore
let response = client.advance_clock()
    .body(body)
    .send()
    .await;
```*/
    pub fn advance_clock(&self) -> builder::AdvanceClock<'_> {
        builder::AdvanceClock::new(self)
    }
    /**The requests the sandbox received, oldest first

The last 1,000 requests (this control's own excepted): method, path
(phone numbers in it masked), status and time taken. `after` gives
only those received after the one it names, to follow the log.


Sends a `GET` request to `/_sandbox/requests`

Arguments:
- `after`: The id of the last request already read.
```ignore
let response = client.read_requests()
    .after(after)
    .send()
    .await;
```*/
    pub fn read_requests(&self) -> builder::ReadRequests<'_> {
        builder::ReadRequests::new(self)
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
    /**Builder for [`Client::inject_fault`]

[`Client::inject_fault`]: super::Client::inject_fault*/
    #[derive(Debug, Clone)]
    pub struct InjectFault<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Fault, String>,
    }
    impl<'a> InjectFault<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Fault>,
            <V as std::convert::TryInto<types::Fault>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Fault` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Fault) -> types::builder::Fault,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/_sandbox/faults`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Fault>, Error<types::ControlProblem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Fault::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/_sandbox/faults", client.baseurl,);
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
                operation_id: "inject_fault",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::clear_faults`]

[`Client::clear_faults`]: super::Client::clear_faults*/
    #[derive(Debug, Clone)]
    pub struct ClearFaults<'a> {
        client: &'a super::Client,
    }
    impl<'a> ClearFaults<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `DELETE` request to `/_sandbox/faults`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ControlProblem>> {
            let Self { client } = self;
            let url = format!("{}/_sandbox/faults", client.baseurl,);
            #[allow(unused_mut)]
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "clear_faults",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::read_clock`]

[`Client::read_clock`]: super::Client::read_clock*/
    #[derive(Debug, Clone)]
    pub struct ReadClock<'a> {
        client: &'a super::Client,
    }
    impl<'a> ReadClock<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/_sandbox/clock`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ClockReading>, Error<types::ControlProblem>> {
            let Self { client } = self;
            let url = format!("{}/_sandbox/clock", client.baseurl,);
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
                operation_id: "read_clock",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::advance_clock`]

[`Client::advance_clock`]: super::Client::advance_clock*/
    #[derive(Debug, Clone)]
    pub struct AdvanceClock<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ClockAdvance, String>,
    }
    impl<'a> AdvanceClock<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClockAdvance>,
            <V as std::convert::TryInto<types::ClockAdvance>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ClockAdvance` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ClockAdvance,
            ) -> types::builder::ClockAdvance,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/_sandbox/clock/advance`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ClockReading>, Error<types::ControlProblem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ClockAdvance::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/_sandbox/clock/advance", client.baseurl,);
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
                operation_id: "advance_clock",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::read_requests`]

[`Client::read_requests`]: super::Client::read_requests*/
    #[derive(Debug, Clone)]
    pub struct ReadRequests<'a> {
        client: &'a super::Client,
        after: Result<Option<i64>, String>,
    }
    impl<'a> ReadRequests<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.after = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for after failed".to_string());
            self
        }
        ///Sends a `GET` request to `/_sandbox/requests`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::LoggedRequest>>,
            Error<types::ControlProblem>,
        > {
            let Self { client, after } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/_sandbox/requests", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("after", &after))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "read_requests",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The path and query parameters of each operation that has some, as
/// a server reads them.
pub mod parameters {
    use super::types;
    ///The path and query parameters of `read_requests` (`GET /_sandbox/requests`).
    #[derive(Debug, Clone, ::serde::Deserialize, ::serde::Serialize)]
    pub struct ReadRequests {
        ///The id of the last request already read.
        #[serde(rename = "after", default)]
        pub after: ::std::option::Option<i64>,
    }
}
