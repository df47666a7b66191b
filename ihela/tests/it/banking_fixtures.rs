//! Banking and agent fixture snapshots: each recorded answer in
//! `tests/fixtures/banking/` decoded into its operation's answer type and
//! read as the clients read it (the data of a success, or the refusal), then
//! snapshotted. A new fixture without a case here fails the test.

use ihela::banking::types;
use pesa_core::Answer;

use crate::common::fixture;

/// What the clients make of `body`, an answer of type `T`.
fn read<T>(body: &str) -> String
where
    T: serde::de::DeserializeOwned + Answer<ihela::ResponseCode>,
    T::Data: std::fmt::Debug,
{
    let decoded: T = serde_json::from_str(body).unwrap();
    format!("{:#?}", decoded.into_data())
}

/// An error answer, as the error carries it.
fn error(body: &str) -> String {
    format!("{:#?}", serde_json::from_str::<types::ErrorObject>(body).unwrap())
}

/// What the clients make of a fixture's body.
type Reader = fn(&str) -> String;

/// How a fixture is read, by its name's start (the first that matches).
const READERS: &[(&str, Reader)] = &[
    ("request_jwt_", read::<types::JwtPair>),
    ("ping_error_", error),
    ("make_deposit_error_", error),
    ("ping_", read::<types::Envelope>),
    ("account_lookup_", read::<types::AccountAnswer>),
    ("account_balance_", read::<types::BalanceAnswer>),
    ("mini_statement_", read::<types::StatementAnswer>),
    ("transaction_fee_", read::<types::FeeAnswer>),
    ("operation_lookup_", read::<types::OperationLookupAnswer>),
    ("make_deposit_", read::<types::OperationAnswer>),
    ("make_withdrawal_", read::<types::OperationAnswer>),
    ("transaction_status_", read::<types::OperationAnswer>),
    ("validate_withdrawal_", read::<types::OperationAnswer>),
];

/// What the clients make of the fixture `name`.
fn read_fixture(name: &str) -> String {
    let body = fixture(&format!("banking/{name}"));
    let (_, reader) = READERS
        .iter()
        .find(|(prefix, _)| name.starts_with(prefix))
        .unwrap_or_else(|| panic!("no reader for the fixture {name}"));
    reader(&body)
}

#[test]
fn every_banking_fixture_decodes_as_the_clients_read_it() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/banking");
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .filter_map(|entry| {
            let path = entry.unwrap().path();
            let json = path.extension().is_some_and(|ext| ext == "json");
            json.then(|| path.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert_eq!(names.len(), 21, "{names:?}");
    for name in names {
        insta::assert_snapshot!(format!("banking_{name}"), read_fixture(&name));
    }
}
