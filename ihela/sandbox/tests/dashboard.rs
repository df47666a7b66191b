//! The dashboard in a real browser: headless Chromium (from the system's
//! packages, through chromedriver) opens `/_sandbox/`, pays a bill with its
//! button, and sees the callback delivered to the merchant's app. Skipped,
//! saying so, where chromedriver is not installed (`.ci/run` installs it).

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};

use fantoccini::{ClientBuilder, Locator};
use ihela_sandbox::{Config, Sandbox};

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bill_paid_with_the_dashboards_button_has_its_callback_delivered() {
    let Some(program) = chromedriver() else {
        eprintln!("skipped: no chromedriver (set PESA_CHROMEDRIVER, or install Debian's chromium-driver)");
        return;
    };
    // The merchant's app, which accepts every callback.
    let (got, mut received) = tokio::sync::mpsc::unbounded_channel();
    let app = axum::Router::new().route(
        "/callback",
        axum::routing::post(move |body: String| {
            let got = got.clone();
            async move {
                let _ = got.send(body);
                axum::Json(serde_json::json!({"error": false, "error_message": "Merci"}))
            }
        }),
    );
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let app_url = format!("http://{}/callback", socket.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(socket, app).await });
    let sandbox = Sandbox::start_with(Config {
        callback_url: Some(app_url),
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sandbox.client().build().unwrap();
    let reference = ihela::MerchantReference::parse("order-dashboard").unwrap();
    let request = ihela::gen1::InitBill::new(ihela::Francs::new(2000).unwrap(), "76000111", "Order", reference);
    let code = client.init_bill(request).await.unwrap().bill().code.clone();

    let driver = Driver::start(&program);
    let mut capabilities = serde_json::Map::new();
    let chrome = serde_json::json!({"args": [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900",
    ]});
    capabilities.insert("goog:chromeOptions".to_owned(), chrome);
    let browser = ClientBuilder::rustls()
        .unwrap()
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .unwrap();
    browser
        .goto(&format!("{}/_sandbox/", sandbox.base_url()))
        .await
        .unwrap();
    let row = format!("tr[data-code=\"{code}\"]");
    let status = browser.find(Locator::Css(&format!("{row} td.status"))).await.unwrap();
    assert_eq!(status.text().await.unwrap(), "Pending");
    let pay = browser
        .find(Locator::XPath(&format!(
            "//tr[@data-code=\"{code}\"]//button[text()=\"Pay\"]"
        )))
        .await
        .unwrap();
    pay.click().await.unwrap();
    // The page reloads when the control answered, the callback delivered.
    let delivered = browser
        .wait()
        .for_element(Locator::XPath(&format!(
            "//tr[@data-code=\"{code}\"][td[contains(@class,\"status\")]=\"Paid\"][td[@class=\"callback\"]=\"200 (1 attempt)\"]"
        )))
        .await
        .unwrap();
    assert!(delivered.text().await.unwrap().contains("Deliver the callback again"));
    let body = received.recv().await.unwrap();
    assert!(body.contains(code.as_str()), "{body}");
    if let Ok(path) = std::env::var("PESA_DASHBOARD_SCREENSHOT") {
        std::fs::write(path, browser.screenshot().await.unwrap()).unwrap();
    }
    browser.close().await.unwrap();
    let state = sandbox.state();
    assert_eq!(state.callbacks.len(), 1);
    assert_eq!(state.callbacks[0].status, Some(200));
}
