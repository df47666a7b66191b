//! The contracts of this workspace, each with its generation settings: one
//! place that `build.rs` of each crate and `cargo xtask regen` both read.

use crate::Api;

/// iHela's merchant API (`ihela`).
///
/// - `Amount`: amounts received are decimals, never `f64`;
/// - `Francs`: amounts sent, whole francs >= 1, made from integers;
/// - `PinCode`, `ClientSecret`, `AccessToken`: secrets, redacted in `Debug`.
pub const IHELA: Api<'static> = Api {
    spec: "openapi/ihela-merchant.yaml",
    module: "crate::generated",
    client_state: Some("crate::auth::ClientState"),
    replacements: &[
        ("Amount", "::rust_decimal::Decimal"),
        ("Francs", "crate::money::Francs"),
        ("PinCode", "crate::secret::Pin"),
        ("ClientSecret", "::pesa_core::Secret"),
        ("AccessToken", "::pesa_core::Secret"),
    ],
    external: &[],
    session_headers: &[],
};

/// iHela's banking and agent API (`ihela`, module `banking`).
///
/// - `Amount`: amounts received are decimals, never `f64`;
/// - `Francs`: amounts sent as integers, whole francs >= 1;
/// - `FrancsText`: amounts sent as strings of whole francs;
/// - `PinCode`: the partner's or agent's PIN; `AccessToken`, `Password`: secrets;
/// - `ResponseCode`: the merchant contract's, so that both halves share one error type.
pub const IHELA_BANKING: Api<'static> = Api {
    spec: "openapi/ihela-banking.yaml",
    module: "crate::banking::generated",
    client_state: Some("crate::banking::auth::BankingState"),
    replacements: &[
        ("Amount", "::rust_decimal::Decimal"),
        ("Francs", "crate::money::Francs"),
        ("FrancsText", "crate::banking::wire::FrancsText"),
        ("PinCode", "crate::secret::Pin"),
        ("ResponseCode", "crate::generated::open_enums::ResponseCode"),
        ("AccessToken", "::pesa_core::Secret"),
        ("Password", "::pesa_core::Secret"),
    ],
    external: &[],
    session_headers: &[],
};

/// The controls every sandbox serves (`pesa-sandbox`): faults and clock.
pub const SANDBOX_CONTROLS: Api<'static> = Api {
    spec: "openapi/sandbox-controls.yaml",
    module: "crate::controls",
    client_state: None,
    replacements: &[],
    external: &[],
    session_headers: &[],
};

/// The controls of iHela's sandbox (`ihela-sandbox`); its schemas use the
/// merchant contract's types.
pub const IHELA_SANDBOX: Api<'static> = Api {
    spec: "openapi/ihela-sandbox.yaml",
    module: "crate::controls",
    client_state: None,
    replacements: &[],
    external: &[("ihela-merchant.yaml", "::ihela::types")],
    session_headers: &[],
};

/// Safaricom's M-Pesa Daraja API (`daraja`).
///
/// - `Amount`: amounts sent, whole shillings >= 1, made from integers;
/// - `ReceivedAmount`: amounts received, decimals, never `f64`;
/// - `Msisdn`: phone numbers, taken as `07…`, `+2547…` or `2547…` and sent
///   as `2547XXXXXXXX`;
/// - `ShortCode`, `Party`, `Seconds`: digits that come as numbers or text;
/// - `ParameterValue`: a callback's value, a number (exact) or text;
/// - `AccessToken`, `StkPassword`, `SecurityCredential`: secrets.
pub const DARAJA: Api<'static> = Api {
    spec: "openapi/daraja.yaml",
    module: "crate::generated",
    client_state: Some("crate::auth::ClientState"),
    replacements: &[
        ("Amount", "crate::money::Shillings"),
        ("ReceivedAmount", "::rust_decimal::Decimal"),
        ("Msisdn", "crate::phone::PhoneNumber"),
        ("ShortCode", "crate::party::ShortCode"),
        ("Party", "crate::party::PartyId"),
        ("Seconds", "crate::wire::Seconds"),
        ("ParameterValue", "crate::wire::Value"),
        ("AccessToken", "::pesa_core::Secret"),
        ("StkPassword", "::pesa_core::Secret"),
        ("SecurityCredential", "::pesa_core::Secret"),
    ],
    external: &[],
    session_headers: &[],
};

/// The controls of Daraja's sandbox (`daraja-sandbox`); its schemas use
/// the Daraja contract's types.
pub const DARAJA_SANDBOX: Api<'static> = Api {
    spec: "openapi/daraja-sandbox.yaml",
    module: "crate::controls",
    client_state: None,
    replacements: &[],
    external: &[("daraja.yaml", "::daraja::types")],
    session_headers: &[],
};

/// MTN's Mobile Money Open API (`mtn-momo`).
///
/// - `Amount`: amounts sent, positive decimals written as strings;
/// - `ReceivedAmount`: amounts received, decimals from strings or numbers;
/// - `Currency`: ISO 4217 codes, with their minor units;
/// - `Msisdn`: E.164 digits without `+`, taken with or without it;
/// - `Party`: an account holder, by MSISDN, e-mail or party code;
/// - `Reason`: `{code, message}` or a bare code;
/// - `ReceivedText`, `FinancialTransactionId`: text that may come as a number;
/// - `ApiKey`, `AccessToken`: secrets.
///
/// `X-Target-Environment` is the same for every call of a client: its
/// session carries it, and the builders take none.
pub const MOMO: Api<'static> = Api {
    spec: "openapi/momo.yaml",
    module: "crate::generated",
    client_state: Some("crate::auth::ClientState"),
    replacements: &[
        ("Amount", "crate::money::Amount"),
        ("ReceivedAmount", "::rust_decimal::Decimal"),
        ("Currency", "crate::money::Currency"),
        ("Msisdn", "::pesa_core::Msisdn"),
        ("Party", "crate::party::Party"),
        ("Reason", "crate::reason::Reason"),
        ("ReceivedText", "crate::wire::Text"),
        ("FinancialTransactionId", "crate::wire::FinancialTransactionId"),
        ("ApiKey", "::pesa_core::Secret"),
        ("AccessToken", "::pesa_core::Secret"),
    ],
    external: &[],
    session_headers: &["X-Target-Environment"],
};

/// The controls of MoMo's sandbox (`mtn-momo-sandbox`); its schemas use the
/// MoMo contract's types.
pub const MOMO_SANDBOX: Api<'static> = Api {
    spec: "openapi/momo-sandbox.yaml",
    module: "crate::controls",
    client_state: None,
    replacements: &[],
    external: &[("momo.yaml", "::momo::types")],
    session_headers: &[],
};

/// Vodacom's M-Pesa OpenAPI, Tanzania and Ghana (`vodacom-mpesa`).
///
/// - `Amount`: amounts sent, positive decimals of at most two places,
///   written as strings;
/// - `Msisdn`: a customer's number, digits with the country code;
/// - `SessionId`: a session's id, a secret.
pub const VODACOM: Api<'static> = Api {
    spec: "openapi/vodacom.yaml",
    module: "crate::generated",
    client_state: Some("crate::auth::ClientState"),
    replacements: &[
        ("Amount", "crate::money::Amount"),
        ("Msisdn", "::pesa_core::Msisdn"),
        ("SessionId", "::pesa_core::Secret"),
    ],
    external: &[],
    session_headers: &[],
};

/// Vodacom's M-Pesa in Mozambique (`vodacom-mpesa`, module `mozambique`):
/// no session, a port per operation (`paths::<OP>_SERVERS`).
///
/// - `Amount`: the crate's `Amount`, as the other markets';
/// - `ThirdPartyReference`: the caller's key, the other markets'
///   `ThirdPartyConversationId` (letters and digits: a key good in every
///   market);
/// - `SecurityCredential`: the initiator's credential, a secret;
/// - `vodacom.yaml`'s schemas are the crate's `types` (one type per concept).
pub const VODACOM_MOZAMBIQUE: Api<'static> = Api {
    spec: "openapi/vodacom-mozambique.yaml",
    module: "crate::mozambique::generated",
    client_state: Some("crate::mozambique::auth::ClientState"),
    replacements: &[
        ("Amount", "crate::money::Amount"),
        ("ThirdPartyReference", "crate::types::ThirdPartyConversationId"),
        ("SecurityCredential", "::pesa_core::Secret"),
    ],
    external: &[("vodacom.yaml", "crate::types")],
    session_headers: &[],
};

/// The controls of Vodacom's sandbox (`vodacom-sandbox`); its schemas use
/// the Vodacom contract's types, and `Balance`, a decimal that may be zero
/// or below, is a `Decimal`.
pub const VODACOM_SANDBOX: Api<'static> = Api {
    spec: "openapi/vodacom-sandbox.yaml",
    module: "crate::controls",
    client_state: None,
    replacements: &[("Balance", "::rust_decimal::Decimal")],
    external: &[("vodacom.yaml", "::vodacom::types")],
    session_headers: &[],
};

/// Every contract, with the crate folder its paths are relative to.
pub const ALL: &[(&str, Api<'static>)] = &[
    ("ihela", IHELA),
    ("ihela", IHELA_BANKING),
    ("ihela/sandbox", IHELA_SANDBOX),
    ("daraja", DARAJA),
    ("daraja/sandbox", DARAJA_SANDBOX),
    ("momo", MOMO),
    ("momo/sandbox", MOMO_SANDBOX),
    ("sandbox-kit", SANDBOX_CONTROLS),
    ("vodacom", VODACOM),
    ("vodacom", VODACOM_MOZAMBIQUE),
    ("vodacom/sandbox", VODACOM_SANDBOX),
];

/// Specs with no Rust of their own, kept beside the contracts (bundled to
/// JSON, linted, compared for breaking changes): (crate folder, spec).
///
/// - `ihela-customer.yaml`: the operations a signed-in customer's token
///   opens, sharing the merchant contract's path items, so that no
///   operation of either document takes both parties' tokens. The Rust
///   client calls those path items through the merchant contract's
///   generated code, with the customer's token.
pub const DOCUMENTS: &[(&str, &str)] = &[("ihela", "openapi/ihela-customer.yaml")];
