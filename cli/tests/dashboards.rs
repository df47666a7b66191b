//! The sandboxes' dashboards (what `pesa sandbox start` serves) in a real
//! browser: headless Chromium (from the system's packages, through
//! chromedriver) opens each `/_sandbox/`, settles a payment with its button
//! (an iHela bill paid, an STK push paid, a MoMo request approved), and
//! sees the callback delivered to the merchant's app. Skipped, saying so,
//! where chromedriver is not installed (`.ci/run` installs it).

mod support;

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};

use fantoccini::{Client, ClientBuilder, Locator};

/// chromedriver, from `PESA_CHROMEDRIVER` or the system's package.
fn chromedriver() -> Option<String> {
    std::env::var("PESA_CHROMEDRIVER").ok().or_else(|| {
        std::path::Path::new("/usr/bin/chromedriver")
            .exists()
            .then(|| "/usr/bin/chromedriver".to_owned())
    })
}

/// chromedriver on a free port, once it says it started.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(program: &str) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        for line in stdout.lines().map_while(Result::ok) {
            if line.contains("started successfully") {
                break;
            }
        }
        Self { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A headless Chromium session, and its chromedriver.
struct Browser {
    client: Client,
    _driver: Driver,
}

impl Browser {
    /// A session, or `None` (said) where there is no chromedriver.
    async fn open() -> Option<Self> {
        let Some(program) = chromedriver() else {
            eprintln!("skipped: no chromedriver (set PESA_CHROMEDRIVER, or install Debian's chromium-driver)");
            return None;
        };
        let driver = Driver::start(&program);
        let mut capabilities = serde_json::Map::new();
        let chrome = serde_json::json!({"args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900",
        ]});
        capabilities.insert("goog:chromeOptions".to_owned(), chrome);
        let client = ClientBuilder::rustls()
            .unwrap()
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .unwrap();
        Some(Self {
            client,
            _driver: driver,
        })
    }

    /// Opens the dashboard at `base`, checks the row `key` shows `before`,
    /// clicks its `button`, and waits until the page shows the row with
    /// `after` and its callback answered 200 once; closes the session
    /// (with `PESA_DASHBOARD_SCREENSHOTS=FOLDER`, after saving
    /// `FOLDER/{name}-dashboard.png`).
    async fn settle(self, name: &str, base: &str, key: &str, before: &str, button: &str, after: &str) {
        let browser = &self.client;
        browser.goto(&format!("{base}/_sandbox/")).await.unwrap();
        let row = format!("//tr[@data-key=\"{key}\"]");
        let status = browser
            .find(Locator::XPath(&format!("{row}/td[contains(@class,\"status\")]")))
            .await
            .unwrap();
        assert_eq!(status.text().await.unwrap(), before);
        let control = format!("{row}//button[text()=\"{button}\"]");
        browser
            .find(Locator::XPath(&control))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        // The page reloads when the control answered, the callback delivered.
        browser
            .wait()
            .for_element(Locator::XPath(&format!(
                "{row}[td[contains(@class,\"status\")]=\"{after}\"][td[@class=\"callback\"]=\"200 (1 attempt)\"]"
            )))
            .await
            .unwrap();
        if let Ok(folder) = std::env::var("PESA_DASHBOARD_SCREENSHOTS") {
            std::fs::write(
                format!("{folder}/{name}-dashboard.png"),
                browser.screenshot().await.unwrap(),
            )
            .unwrap();
        }
        self.client.close().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ihela_bill_paid_with_the_dashboards_button_has_its_callback_delivered() {
    let Some(browser) = Browser::open().await else {
        return;
    };
    let (app, mut received) = support::merchant(serde_json::json!({"error": false, "error_message": "Merci"})).await;
    let sandbox = ihela_sandbox::Sandbox::start_with(ihela_sandbox::Config {
        callback_url: Some(format!("{app}/callback")),
        ..ihela_sandbox::Config::default()
    })
    .await
    .unwrap();
    let client = sandbox.client().build().unwrap();
    let reference = ihela::MerchantReference::parse("order-dashboard").unwrap();
    let request = ihela::gen1::InitBill::new(ihela::Francs::new(2000).unwrap(), "76000111", "Order", reference);
    let code = client.init_bill(request).await.unwrap().bill().code.clone();
    browser
        .settle("ihela", sandbox.base_url(), code.as_str(), "Pending", "Pay", "Paid")
        .await;
    let body = received.recv().await.unwrap();
    assert!(body.contains(code.as_str()), "{body}");
    let state = sandbox.state();
    assert_eq!(state.callbacks.len(), 1);
    assert_eq!(state.callbacks[0].status, Some(200));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_stk_push_paid_with_the_dashboards_button_has_its_callback_delivered() {
    let Some(browser) = Browser::open().await else {
        return;
    };
    let (app, mut received) = support::merchant(serde_json::json!({"ResultCode": 0, "ResultDesc": "Accepted"})).await;
    let sandbox = daraja_sandbox::Sandbox::start().await.unwrap();
    let client = sandbox.client().build().unwrap();
    let shortcode = daraja::ShortCode::parse(daraja_sandbox::PAYBILL).unwrap();
    let express = client.express(shortcode, daraja_sandbox::PASSKEY);
    let push = daraja::StkPush::new(
        daraja::PhoneNumber::parse("0708374149").unwrap(),
        daraja::Shillings::new(1500).unwrap(),
        "ORDER-1042",
        format!("{app}/mpesa/stk"),
    );
    let id = express.push(push).await.unwrap().checkout_request_id;
    browser
        .settle("daraja", sandbox.base_url(), id.as_str(), "pending", "Pay", "paid")
        .await;
    let body = received.recv().await.unwrap();
    assert!(body.contains(id.as_str()), "{body}");
    assert_eq!(express.status(&id).await.unwrap(), daraja::StkStatus::Paid);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_momo_request_approved_with_the_dashboards_button_has_its_callback_delivered() {
    let Some(browser) = Browser::open().await else {
        return;
    };
    let (app, mut received) = support::merchant(serde_json::json!({})).await;
    let sandbox = momo_sandbox::Sandbox::start().await.unwrap();
    let collection = momo::Collection::builder(sandbox.environment(), sandbox.provision("127.0.0.1").await.unwrap())
        .build()
        .unwrap();
    let reference = momo::ReferenceId::new();
    let payment = momo::Payment::new(
        reference.clone(),
        momo::Money::whole(1500, momo::Currency::parse(momo_sandbox::CURRENCY).unwrap()).unwrap(),
        momo::Msisdn::parse("256772123456").unwrap(),
        "order-1042",
    )
    .callback_url(momo::callback::callback_url(
        &format!("{app}/momo"),
        momo::callback::CallbackKind::RequestToPay,
        &reference,
    ));
    collection.request_to_pay(&payment).await.unwrap();
    browser
        .settle(
            "momo",
            sandbox.base_url(),
            reference.as_str(),
            "PENDING",
            "Approve",
            "SUCCESSFUL",
        )
        .await;
    let body = received.recv().await.unwrap();
    assert!(body.contains("SUCCESSFUL"), "{body}");
}
