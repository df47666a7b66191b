//! The client against the sandbox (`vodacom-sandbox`), whose own keypair
//! decrypts what the client encrypts: sessions opened with the API key and
//! waited for until live on the sandbox's clock, payments and their
//! refusals by `INS-*` code, balances that move, reversals, mandates, a
//! reference sent twice paid once; Mozambique's side, a port per operation.

use std::time::Duration;

use rust_decimal::Decimal;
use vodacom::types::{Country, TransactionStatus};
use vodacom::{
    Amount, BusinessPayment, Client, Error, ErrorExt as _, Mandate, MandatePayment, Market, Msisdn, Payment, PublicKey,
    ResponseCode, Reversal, ThirdPartyConversationId, TransactionReference,
};
use vodacom_sandbox::{Config, Sandbox, TransactionKind};

const CUSTOMER: &str = "255744553111";

/// A sandbox whose sessions are live at once, unless a test says otherwise.
async fn sandbox() -> Sandbox {
    let config = Config {
        session_live_after: Duration::ZERO,
        ..Config::default()
    };
    Sandbox::start_with(config).await.unwrap()
}

fn reference(text: &str) -> ThirdPartyConversationId {
    ThirdPartyConversationId::try_from(text).unwrap()
}

fn shillings(units: u64) -> Amount {
    Amount::whole(units).unwrap()
}

fn payment(key: &str, customer: &str, units: u64) -> Payment {
    Payment::new(
        reference(key),
        Msisdn::parse(customer).unwrap(),
        shillings(units),
        TransactionReference::try_from("ORDER-1042").unwrap(),
        "Shoes",
    )
}

fn balance(sandbox: &Sandbox, country: Country) -> Decimal {
    let state = sandbox.state();
    state.balances.iter().find(|b| b.country == country).unwrap().balance
}

#[tokio::test]
async fn payments_move_the_balance_and_a_reversal_undoes_one() {
    let sandbox = sandbox().await;
    let client = sandbox.client_builder(Market::Tanzania).build().unwrap();
    let start = balance(&sandbox, Country::Tzn);

    let paid = client.c2b(&payment("c2b1", CUSTOMER, 15_000)).await.unwrap();
    assert!(!paid.already_existed);
    let transaction = paid.transaction_id.clone().unwrap();
    client.b2c(&payment("b2c1", "255744553222", 4_000)).await.unwrap();
    let receiver = "000001".parse().unwrap();
    let stock = BusinessPayment::new(
        reference("b2b1"),
        receiver,
        shillings(1_000),
        TransactionReference::try_from("STOCK-7").unwrap(),
        "Stock",
    );
    client.b2b(&stock).await.unwrap();
    assert_eq!(
        balance(&sandbox, Country::Tzn),
        start + Decimal::from(15_000 - 4_000 - 1_000)
    );

    // The status by any of the three keys.
    for key in [
        paid.reference.as_str(),
        transaction.as_str(),
        paid.conversation_id.as_ref().unwrap().as_str(),
    ] {
        assert_eq!(
            client.status(key).await.unwrap().state,
            TransactionStatus::Completed,
            "{key}"
        );
    }
    assert_eq!(
        client.status("neversent").await.unwrap().state,
        TransactionStatus::NotKnown
    );

    // A reversal of part of the C2B; a second one of the same is refused.
    let back = Reversal::new(reference("rev1"), transaction.clone(), shillings(5_000));
    client.reverse(&back).await.unwrap();
    assert_eq!(
        balance(&sandbox, Country::Tzn),
        start + Decimal::from(15_000 - 4_000 - 1_000 - 5_000)
    );
    let again = Reversal::new(reference("rev2"), transaction, shillings(5_000));
    let refused = client.reverse(&again).await.unwrap_err();
    assert_eq!(
        refused.response_code(),
        Some(ResponseCode::InvalidTransactionId),
        "{refused}"
    );

    // Ghana's money is its own.
    assert_eq!(
        balance(&sandbox, Country::Gha),
        Decimal::from(vodacom_sandbox::STARTING_BALANCE)
    );
    let kinds: Vec<_> = sandbox.state().transactions.iter().map(|t| t.kind).collect();
    let expected = [
        TransactionKind::C2bPayment,
        TransactionKind::B2cPayment,
        TransactionKind::B2bPayment,
        TransactionKind::Reversal,
        TransactionKind::Reversal,
    ];
    assert_eq!(kinds, expected);
    // One session for all of it.
    assert_eq!(sandbox.state().sessions.opened, 1);
}

#[tokio::test]
async fn a_reference_sent_twice_is_paid_once_and_answered_with_the_first() {
    let sandbox = sandbox().await;
    let client = sandbox.client_builder(Market::Ghana).build().unwrap();
    let first = client.c2b(&payment("order77", "233244553111", 50)).await.unwrap();
    let second = client.c2b(&payment("order77", "233244553111", 50)).await.unwrap();
    assert!(second.already_existed, "INS-10, looked up by status, found completed");
    assert_eq!(second.reference, first.reference);
    let state = sandbox.state();
    assert_eq!(state.transactions.len(), 1);
    assert_eq!(
        balance(&sandbox, Country::Gha),
        Decimal::from(vodacom_sandbox::STARTING_BALANCE + 50)
    );
}

#[tokio::test]
async fn customers_refuse_by_their_test_numbers_and_the_refusal_is_kept() {
    let sandbox = sandbox().await;
    let client = sandbox.client_builder(Market::Tanzania).build().unwrap();
    let start = balance(&sandbox, Country::Tzn);
    for (number, code) in vodacom_sandbox::CUSTOMER_ANSWERS
        .iter()
        .map(|(ending, code)| (format!("25570000{ending}"), code))
    {
        let key = format!("c2b{number}");
        let error = client.c2b(&payment(&key, &number, 100)).await.unwrap_err();
        assert_eq!(error.response_code().as_ref(), Some(code), "{number}: {error}");
        let expected = if *code == ResponseCode::RequestTimeout {
            TransactionStatus::Expired
        } else {
            TransactionStatus::Cancelled
        };
        assert_eq!(client.status(&key).await.unwrap().state, expected, "{number}");
    }
    // A customer's refusal comes as HTTP 401 (CODES): not taken for a
    // session refused, so the payment is not sent again under a new one.
    assert_eq!(sandbox.state().sessions.opened, 1);
    let payout = client.b2c(&payment("toomuch", CUSTOMER, 10_000_000)).await.unwrap_err();
    assert_eq!(
        payout.response_code(),
        Some(ResponseCode::InsufficientBalance),
        "{payout}"
    );
    assert_eq!(balance(&sandbox, Country::Tzn), start, "nothing moved");
}

#[tokio::test]
async fn a_mandate_is_given_once_and_debited_without_asking() {
    let sandbox = sandbox().await;
    let client = sandbox.client_builder(Market::Tanzania).build().unwrap();
    let customer = Msisdn::parse(CUSTOMER).unwrap();
    let debit = MandatePayment::new(reference("debit1"), customer.clone(), shillings(300), "gym-42");
    let missing = client.pay_under_mandate(&debit).await.unwrap_err();
    assert_eq!(
        missing.response_code(),
        Some(ResponseCode::DirectDebitMissing),
        "{missing}"
    );
    client
        .create_mandate(&Mandate::new(reference("mandate1"), customer.clone(), "gym-42"))
        .await
        .unwrap();
    let twice = client
        .create_mandate(&Mandate::new(reference("mandate2"), customer.clone(), "gym-42"))
        .await
        .unwrap_err();
    assert_eq!(
        twice.response_code(),
        Some(ResponseCode::DirectDebitAlreadyExists),
        "{twice}"
    );
    let debit = MandatePayment::new(reference("debit2"), customer, shillings(300), "gym-42");
    client.pay_under_mandate(&debit).await.unwrap();
    let state = sandbox.state();
    assert_eq!(state.mandates.len(), 1);
    let last = state.transactions.last().unwrap();
    assert_eq!(
        (last.kind, last.status.clone()),
        (TransactionKind::DirectDebitPayment, TransactionStatus::Completed)
    );
}

#[tokio::test]
async fn a_new_session_is_waited_for_until_the_sandbox_clock_makes_it_live() {
    let config = Config {
        session_live_after: Duration::from_secs(30),
        clock_start: Some(chrono::DateTime::UNIX_EPOCH),
        ..Config::default()
    };
    let sandbox = Sandbox::start_with(config).await.unwrap();
    let client = sandbox
        .client_builder(Market::Tanzania)
        .session_wait(Duration::from_secs(120))
        .build()
        .unwrap();
    let paying = tokio::spawn({
        let client = client.clone();
        async move { client.c2b(&payment("afterwait", CUSTOMER, 10)).await }
    });
    // The session is opened; on a stopped clock it cannot be live yet.
    while sandbox.state().sessions.opened == 0 {
        tokio::task::yield_now().await;
    }
    assert_eq!(sandbox.state().sessions.live, 0);
    assert!(
        !paying.is_finished(),
        "nothing is paid under a session that is not live"
    );
    assert!(sandbox.state().transactions.is_empty());
    sandbox.advance(Duration::from_secs(30));
    let paid = paying.await.unwrap().unwrap();
    assert!(paid.transaction_id.is_some());
    assert_eq!(sandbox.state().sessions.opened, 1, "one session, waited for");
}

#[tokio::test]
async fn a_wrong_api_key_or_public_key_opens_no_session() {
    let sandbox = sandbox().await;
    let wrong_key = Client::builder(
        sandbox.environment(Market::Tanzania),
        sandbox.public_key(),
        "not-the-api-key",
        sandbox.service_provider_code(),
    )
    .build()
    .unwrap();
    let error = wrong_key.c2b(&payment("k1", CUSTOMER, 10)).await.unwrap_err();
    assert!(matches!(error, Error::Auth { .. }), "{error}");
    assert_eq!(error.response_code(), Some(ResponseCode::InvalidApiKey), "{error}");
    // Another market's key (the client tests' own): the sandbox cannot read it.
    let other = PublicKey::parse(include_str!("keys/test-public.b64")).unwrap();
    let wrong_public = Client::builder(
        sandbox.environment(Market::Tanzania),
        other,
        sandbox.api_key(),
        sandbox.service_provider_code(),
    )
    .build()
    .unwrap();
    let error = wrong_public.c2b(&payment("k2", CUSTOMER, 10)).await.unwrap_err();
    assert_eq!(error.response_code(), Some(ResponseCode::InvalidApiKey), "{error}");
    assert_eq!(sandbox.state().sessions.opened, 0);
    assert!(sandbox.state().transactions.is_empty());
}

#[tokio::test]
async fn nothing_secret_leaks_into_debug_or_errors() {
    let sandbox = sandbox().await;
    let client = sandbox.client_builder(Market::Tanzania).build().unwrap();
    let paid = client.c2b(&payment("audit1", CUSTOMER, 10)).await.unwrap();
    let refused = client.c2b(&payment("audit1", CUSTOMER, 10)).await;
    let error = client.b2c(&payment("audit2", CUSTOMER, 10_000_000)).await.unwrap_err();
    let shown = format!("{client:?} {paid:?} {refused:?} {error} {error:?}");
    let secrets = sandbox.issued_secrets();
    assert_eq!(secrets.len(), 2, "the API key and one session");
    for secret in secrets {
        assert!(!shown.contains(&secret), "a secret leaked: {shown}");
    }
}

#[tokio::test]
async fn mozambique_pays_reverses_and_answers_on_each_operations_port() {
    let sandbox = sandbox().await;
    let client = sandbox.mozambique_client_builder().build().unwrap();
    let customer = "258843330333";
    let paid = client.c2b(&payment("moz1", customer, 1_000)).await.unwrap();
    let transaction = paid.transaction_id.clone().unwrap();
    client.b2c(&payment("moz2", customer, 300)).await.unwrap();
    let again = client.c2b(&payment("moz1", customer, 1_000)).await.unwrap();
    assert!(again.already_existed, "INS-10, looked up by status: not paid twice");
    let back = Reversal::new(reference("moz3"), transaction.clone(), shillings(400));
    client.reverse(&back).await.unwrap();
    assert_eq!(
        client.status(transaction.as_str()).await.unwrap().state,
        TransactionStatus::Completed
    );
    let state = sandbox.state().mozambique;
    assert_eq!(state.transactions.len(), 3);
    assert_eq!(
        state.balance,
        Decimal::from(vodacom_sandbox::STARTING_BALANCE + 1_000 - 300 - 400)
    );
    // Tanzania's and Ghana's money is their own.
    assert_eq!(
        balance(&sandbox, Country::Tzn),
        Decimal::from(vodacom_sandbox::STARTING_BALANCE)
    );
    assert_eq!(sandbox.state().sessions.opened, 0, "Mozambique has no sessions");

    // Another initiator's credential reverses nothing.
    let impostor = vodacom::mozambique::Client::builder(
        sandbox.mozambique_environment(),
        sandbox.public_key(),
        sandbox.api_key(),
        sandbox.service_provider_code(),
    )
    .initiator(vodacom::mozambique::Initiator::new(
        vodacom_sandbox::MOZAMBIQUE_INITIATOR.0,
        "guessed",
    ))
    .build()
    .unwrap();
    let refused = impostor
        .reverse(&Reversal::new(reference("moz4"), transaction, shillings(1)))
        .await
        .unwrap_err();
    assert_eq!(
        refused.response_code(),
        Some(ResponseCode::InvalidSecurityCredential),
        "{refused}"
    );

    // Each operation on its own port: a payment sent to the status port finds nothing.
    let ports = match sandbox.mozambique_environment() {
        vodacom::mozambique::Environment::Custom { ports, .. } => ports,
        other => panic!("{other:?}"),
    };
    let misrouted = vodacom::mozambique::Client::builder(
        vodacom::mozambique::Environment::Custom {
            host: "http://127.0.0.1".to_owned(),
            ports: vodacom::mozambique::Ports {
                c2b: ports.status,
                ..ports
            },
        },
        sandbox.public_key(),
        sandbox.api_key(),
        sandbox.service_provider_code(),
    )
    .build()
    .unwrap();
    let lost = misrouted.c2b(&payment("moz5", customer, 10)).await.unwrap_err();
    assert!(matches!(lost, Error::Http { status, .. } if status == 404), "{lost}");
    assert_eq!(sandbox.state().mozambique.transactions.len(), 3);
}
