//! `pesa sandbox start`: every API's sandbox in one process, on loopback,
//! with what a client needs to reach each printed (Vodacom's markets have
//! no command group yet: their sandbox serves their clients); Ctrl-C stops
//! them.

use momo::types::Product;
use serde_json::json;

use crate::args::SandboxStart;
use crate::output::{Exit, Failure, Shown};

/// Starts the sandboxes, prints where they are, and serves until stopped.
///
/// # Errors
/// A port that cannot be bound ([`Exit::Config`]).
pub async fn start(asked: SandboxStart, json_output: bool) -> Result<Shown, Failure> {
    let failed = |api: &str, e: std::io::Error| Failure::new(Exit::Config, format!("{api} sandbox: {e}"));
    let ihela = ihela_sandbox::Sandbox::start_with(ihela_sandbox::Config {
        port: asked.ihela_port,
        callback_url: asked.ihela_callback_url,
        ..ihela_sandbox::Config::default()
    })
    .await
    .map_err(|e| failed("iHela", e))?;
    let daraja = daraja_sandbox::Sandbox::start_with(daraja_sandbox::Config {
        port: asked.daraja_port,
        ..daraja_sandbox::Config::default()
    })
    .await
    .map_err(|e| failed("Daraja", e))?;
    let momo = momo_sandbox::Sandbox::start_with(momo_sandbox::Config {
        port: asked.momo_port,
        ..momo_sandbox::Config::default()
    })
    .await
    .map_err(|e| failed("MoMo", e))?;
    let vodacom = vodacom_sandbox::Sandbox::start_with(vodacom_sandbox::Config {
        port: asked.vodacom_port,
        ..vodacom_sandbox::Config::default()
    })
    .await
    .map_err(|e| failed("Vodacom", e))?;
    let partner = ihela.banking_user(false);
    let agent = ihela.banking_user(true);
    let keys =
        [Product::Collection, Product::Disbursement, Product::Remittance].map(|p| momo.subscription_key(p).to_owned());
    // An API user whose callbacks may come to this machine (`pesa listen`).
    let provisioning = momo::Provisioning::new(&momo.environment(), keys[0].clone())?;
    let api_user = momo::ReferenceId::new();
    provisioning.create_user(&api_user, "127.0.0.1").await?;
    let api_key = provisioning.create_key(&api_user).await?;
    let mut rows = vec![
        vec![
            "ihela".to_owned(),
            ihela.base_url().to_owned(),
            format!("client {} / {}", ihela.client_id(), ihela.client_secret()),
        ],
        vec![
            "ihela dashboard".to_owned(),
            format!("{}/_sandbox/", ihela.base_url()),
            "bills, callbacks, cash-ins; pay, fail, expire buttons".to_owned(),
        ],
        vec![
            "ihela banking".to_owned(),
            ihela.base_url().to_owned(),
            format!(
                "partner {} / {}, PIN {}",
                partner.username, partner.password, partner.pin
            ),
        ],
        vec![
            "ihela agent".to_owned(),
            ihela.base_url().to_owned(),
            format!("agent {} / {}, PIN {}", agent.username, agent.password, agent.pin),
        ],
        vec![
            "daraja".to_owned(),
            daraja.base_url().to_owned(),
            format!(
                "consumer {} / {}; shortcode {}, passkey {}; B2C from {} as {} / {}",
                daraja.consumer_key(),
                daraja.consumer_secret(),
                daraja_sandbox::PAYBILL,
                daraja_sandbox::PASSKEY,
                daraja_sandbox::BUSINESS,
                daraja_sandbox::INITIATOR,
                daraja_sandbox::INITIATOR_PASSWORD
            ),
        ],
        vec![
            "daraja dashboard".to_owned(),
            format!("{}/_sandbox/", daraja.base_url()),
            "STK pushes (pay, cancel, wrong PIN, unreachable), results, C2B, callbacks".to_owned(),
        ],
        vec![
            "momo".to_owned(),
            momo.base_url().to_owned(),
            format!(
                "API user {api_user} / {}; subscription keys {}",
                api_key.expose(),
                keys.join(" / ")
            ),
        ],
    ];
    rows.push(vec![
        "momo dashboard".to_owned(),
        format!("{}/_sandbox/", momo.base_url()),
        "requests (approve, reject, expire, fail), callbacks, API users".to_owned(),
    ]);
    let markets =
        [vodacom::Market::Tanzania, vodacom::Market::Ghana].map(|market| vodacom.environment(market).base_url());
    // Mozambique's operations, each on a port of its own.
    let mozambique = match vodacom.mozambique_environment() {
        vodacom::mozambique::Environment::Custom { host, ports } => [
            ("c2b", ports.c2b),
            ("b2c", ports.b2c),
            ("b2b", ports.b2b),
            ("reversal", ports.reversal),
            ("status", ports.status),
        ]
        .map(|(operation, port)| (operation.to_owned(), serde_json::Value::from(format!("{host}:{port}")))),
        other => unreachable!("the sandbox's Mozambique is on loopback: {other:?}"),
    };
    for (name, base_url) in ["vodacom tanzania", "vodacom ghana"].into_iter().zip(&markets) {
        rows.push(vec![
            name.to_owned(),
            base_url.clone(),
            format!(
                "API key {}; business {}; public key: --json, or vodacom/sandbox/keys/",
                vodacom.api_key(),
                vodacom_sandbox::SERVICE_PROVIDER_CODE
            ),
        ]);
    }
    for (operation, url) in &mozambique {
        rows.push(vec![
            format!("vodacom mozambique {operation}"),
            url.as_str().unwrap_or_default().to_owned(),
            "the same API key and business; a port per operation".to_owned(),
        ]);
    }
    let json = json!({
        "ihela": {"base_url": ihela.base_url(), "client_id": ihela.client_id(), "client_secret": ihela.client_secret(),
                  "dashboard": format!("{}/_sandbox/", ihela.base_url())},
        "daraja": {"base_url": daraja.base_url(), "consumer_key": daraja.consumer_key(), "consumer_secret": daraja.consumer_secret(),
                   "shortcode": daraja_sandbox::PAYBILL, "passkey": daraja_sandbox::PASSKEY,
                   "b2c_shortcode": daraja_sandbox::BUSINESS, "initiator": daraja_sandbox::INITIATOR,
                   "initiator_password": daraja_sandbox::INITIATOR_PASSWORD,
                   "dashboard": format!("{}/_sandbox/", daraja.base_url())},
        "momo": {"base_url": momo.base_url(), "api_user": api_user, "api_key": api_key.expose(),
                 "subscription_keys": {"collection": keys[0], "disbursement": keys[1], "remittance": keys[2]},
                 "dashboard": format!("{}/_sandbox/", momo.base_url())},
        "vodacom": {"base_url": vodacom.base_url(), "tanzania": markets[0], "ghana": markets[1],
                    "api_key": vodacom.api_key(), "public_key": vodacom_sandbox::PUBLIC_KEY.trim(),
                    "service_provider_code": vodacom_sandbox::SERVICE_PROVIDER_CODE,
                    "mozambique": serde_json::Map::from_iter(mozambique)},
    });
    let shown = Shown::table(&["api", "base URL", "test credentials"], rows, json);
    // Printed now: the sandboxes serve until stopped.
    crate::output::print(&shown, json_output);
    eprintln!("Sandboxes running (test credentials only). Ctrl-C stops them.");
    pesa_sandbox::stop_requested()
        .await
        .map_err(|e| Failure::new(Exit::Config, format!("waiting for Ctrl-C: {e}")))?;
    ihela.stop().await;
    daraja.stop().await;
    momo.stop().await;
    vodacom.stop().await;
    Ok(Shown::record(
        &[("stopped", "every sandbox".to_owned())],
        json!({"stopped": true}),
    ))
}
