//! The command line: global flags, then a command group per API and the
//! developer's tools. Each command's `--help` ends with an example.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// One command line for iHela, M-Pesa and MTN MoMo: test mode by default,
/// every payment under your reference, the sandboxes on your machine.
#[derive(Debug, Parser)]
#[command(name = "pesa", version, propagate_version = true)]
#[command(after_help = "Example:\n  pesa sandbox start\n  pesa ihela banks")]
pub struct Cli {
    /// What every command takes.
    #[command(flatten)]
    pub global: Global,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// The profile to use.
    #[arg(long, short = 'p', global = true, env = "PESA_PROFILE", default_value = "default")]
    pub profile: String,
    /// The configuration file (default: the system's configuration folder,
    /// `pesa/config.toml`).
    #[arg(long, global = true, env = "PESA_CONFIG")]
    pub config: Option<PathBuf>,
    /// Print JSON for scripts instead of tables (stable: see the README).
    #[arg(long, global = true)]
    pub json: bool,
    /// Use a live profile: without it, a profile that points at a
    /// production gateway is refused.
    #[arg(long, global = true)]
    pub live: bool,
    /// Do what a live money-moving command asks to confirm, without asking.
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Save an API's credentials in a profile (no terminal needed: flags,
    /// environment or standard input).
    #[command(after_help = "Example:\n  echo \"$SECRET\" | pesa login ihela --client-id shop-1 --client-secret-stdin")]
    Login(Login),
    /// Forget a profile.
    #[command(after_help = "Example:\n  pesa logout --profile staging")]
    Logout,
    /// The profile in use, and where each setting comes from.
    #[command(after_help = "Example:\n  pesa status --json")]
    Status,
    /// iHela's merchant API: banks, customers, bills, cash-in.
    #[command(subcommand)]
    Ihela(Ihela),
    /// iHela's banking service: a partner's deposits, withdrawals,
    /// statements and fees (the PIN from `PESA_IHELA_PIN` or `--pin-stdin`).
    Banking(Banking),
    /// iHela's agent service: cash-in, and cash-out of a customer's code
    /// (the PIN from `PESA_IHELA_PIN` or `--pin-stdin`).
    Agent(Agent),
    /// Safaricom's M-Pesa Daraja: STK pushes and their status, B2C payouts.
    #[command(subcommand)]
    Daraja(Daraja),
    /// MTN MoMo: requests to pay, transfers, their status, balances.
    #[command(subcommand)]
    Momo(Momo),
    /// Run every API's sandbox on this machine.
    #[command(subcommand)]
    Sandbox(Sandbox),
    /// Make an event happen in a sandbox, so that its callback is
    /// delivered (sandbox profiles only: refused against a real gateway).
    #[command(
        after_help = "Example:\n  pesa trigger bill.paid\n  pesa trigger bill.failed --code BILL-20261205-AB12CD\n  pesa trigger stk.paid\n  pesa trigger momo.rejected --id order-1042"
    )]
    Trigger(Trigger),
    /// Receive the sandboxes' callbacks and forward each to your app,
    /// printing what arrived and how your app answered.
    #[command(
        after_help = "Example:\n  pesa listen --forward-to http://localhost:3000/webhooks --route ihela=http://localhost:3000/ihela"
    )]
    Listen(Listen),
    /// The calls this command line made and the requests the sandboxes
    /// received, in time order.
    #[command(subcommand)]
    Logs(Logs),
    /// Print shell completions.
    #[command(after_help = "Example:\n  pesa completions bash > ~/.local/share/bash-completion/completions/pesa")]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// `pesa login`.
#[derive(Debug, Args)]
pub struct Login {
    /// The API.
    pub api: Api,
    /// The client id (iHela's merchant API): `--set client_id=…`.
    #[arg(long, env = "PESA_IHELA_CLIENT_ID")]
    pub client_id: Option<String>,
    /// The partner's or agent's username (iHela's banking and agent
    /// services): `--set username=…`.
    #[arg(long, env = "PESA_IHELA_BANKING_USERNAME")]
    pub username: Option<String>,
    /// A setting that is not a secret, `NAME=VALUE` (`pesa status` lists
    /// each API's): `--set shortcode=174379`.
    #[arg(long = "set", value_name = "NAME=VALUE", value_parser = parse_setting)]
    pub settings: Vec<(String, String)>,
    /// Read the password from standard input (one line); or set
    /// `PESA_IHELA_BANKING_PASSWORD`.
    #[arg(long)]
    pub password_stdin: bool,
    /// Read the client secret from standard input (one line); or set
    /// `PESA_IHELA_CLIENT_SECRET`. Never a flag's value: it would stay in
    /// the shell's history.
    #[arg(long)]
    pub client_secret_stdin: bool,
    /// Read secrets from standard input, a `NAME=VALUE` line each
    /// (`consumer_secret=…`); or set their variables
    /// (`PESA_DARAJA_CONSUMER_SECRET`, …).
    #[arg(long, conflicts_with_all = ["password_stdin", "client_secret_stdin"])]
    pub secrets_stdin: bool,
    /// The gateway: `test` (default), `production`, or a base URL (a
    /// sandbox's).
    #[arg(long, default_value = "test")]
    pub gateway: String,
}

/// `NAME=VALUE`.
fn parse_setting(text: &str) -> Result<(String, String), String> {
    let (name, value) = text.split_once('=').ok_or("a setting is NAME=VALUE")?;
    Ok((name.trim().to_owned(), value.trim().to_owned()))
}

/// The APIs a profile holds credentials for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Api {
    /// iHela's merchant API.
    Ihela,
    /// iHela's banking and agent services (the JWT pair of a username and password).
    IhelaBanking,
    /// Safaricom's M-Pesa Daraja.
    Daraja,
    /// MTN MoMo.
    Momo,
}

/// `pesa ihela …`.
#[derive(Debug, Subcommand)]
pub enum Ihela {
    /// The banks a customer can pay from (or be paid to).
    #[command(after_help = "Example:\n  pesa ihela banks --cash-in")]
    Banks {
        /// The banks that take cash-ins.
        #[arg(long, conflicts_with = "cash_out")]
        cash_in: bool,
        /// The banks that take cash-outs.
        #[arg(long)]
        cash_out: bool,
    },
    /// A customer's account at a bank, by iHela customer id or account.
    #[command(after_help = "Example:\n  pesa ihela customer MF1-0001 76000111")]
    Customer {
        /// The bank's slug.
        bank: String,
        /// The customer's iHela id or account number.
        who: String,
    },
    /// Bills: create one, read one.
    #[command(subcommand)]
    Bills(Bills),
    /// Pay money out to a customer's account, once under your reference.
    #[command(
        after_help = "Example:\n  pesa ihela cash-in --bank MF1-0001 --account 000001-01 --amount 20000 --reference refund-1042 --description 'Refund of order 1042'"
    )]
    CashIn {
        /// The bank's slug.
        #[arg(long)]
        bank: String,
        /// The customer's account number (as customer lookup gives it).
        #[arg(long)]
        account: String,
        /// Whole francs.
        #[arg(long)]
        amount: i64,
        /// Your reference: the payout's identity. Run the command again
        /// with it and nothing is paid twice.
        #[arg(long)]
        reference: String,
        /// What it is for.
        #[arg(long)]
        description: String,
    },
}

/// `pesa ihela bills …`.
#[derive(Debug, Subcommand)]
pub enum Bills {
    /// Bill a customer, under your reference; `--wait` until it is paid,
    /// fails or expires.
    #[command(
        after_help = "Example:\n  pesa ihela bills create --amount 2000 --customer 76000111 --bank MF1-0001 --reference order-1042 --description 'Order 1042' --wait"
    )]
    Create {
        /// Whole francs.
        #[arg(long)]
        amount: i64,
        /// The customer: their iHela id, or an account or phone number at `--bank`.
        #[arg(long)]
        customer: String,
        /// The bank the customer pays from (default: iHela).
        #[arg(long)]
        bank: Option<String>,
        /// Your reference: the bill's identity.
        #[arg(long)]
        reference: String,
        /// What it is for.
        #[arg(long)]
        description: String,
        /// Wait until the bill is paid, fails or expires, showing progress.
        #[arg(long)]
        wait: bool,
        /// How long `--wait` waits, in seconds.
        #[arg(long, default_value_t = 600)]
        wait_seconds: u64,
    },
    /// A bill's status, by your reference and its code.
    #[command(after_help = "Example:\n  pesa ihela bills get order-1042 BILL-20261205-AB12CD")]
    Get {
        /// Your reference.
        reference: String,
        /// The bill's code.
        code: String,
    },
}

/// `pesa daraja …`.
#[derive(Debug, Subcommand)]
pub enum Daraja {
    /// Prompt a customer's phone to pay (M-Pesa Express), once under your
    /// reference; `--wait` until they answer.
    #[command(
        after_help = "Example:\n  pesa daraja stk-push --phone 0708374149 --amount 1500 --reference ORDER-1042 --description 'Order 1042' --wait"
    )]
    StkPush {
        /// The customer's phone (`0712 345 678`, `+254712345678`).
        #[arg(long)]
        phone: String,
        /// Whole shillings.
        #[arg(long)]
        amount: i64,
        /// Your reference, shown to the customer (up to 12 characters):
        /// run the command again with it and no second prompt is sent.
        #[arg(long)]
        reference: String,
        /// A comment (up to 13 characters).
        #[arg(long, default_value = "Payment")]
        description: String,
        /// Where Daraja POSTs the outcome (default: `pesa listen`'s).
        #[arg(long, default_value = "http://127.0.0.1:8099/daraja/stk")]
        callback_url: String,
        /// Wait until the customer pays or the push ends, showing progress.
        #[arg(long)]
        wait: bool,
        /// How long `--wait` waits, in seconds.
        #[arg(long, default_value_t = 120)]
        wait_seconds: u64,
    },
    /// How a push stands, by its checkout request id.
    #[command(after_help = "Example:\n  pesa daraja stk-status ws_CO_05122026101500123456")]
    StkStatus {
        /// The push's checkout request id.
        checkout_request_id: String,
    },
    /// Pay a customer (B2C), once under your reference (its
    /// `OriginatorConversationID`); the result comes to `--result-url`.
    #[command(
        after_help = "Example:\n  pesa daraja b2c --phone 0712345678 --amount 2500 --reference payout-2026-0001 --remarks Refund"
    )]
    B2c {
        /// The customer's phone.
        #[arg(long)]
        phone: String,
        /// Whole shillings.
        #[arg(long)]
        amount: i64,
        /// Your reference: the payout's identity.
        #[arg(long)]
        reference: String,
        /// What it is for.
        #[arg(long)]
        remarks: String,
        /// Where M-Pesa POSTs the result (default: `pesa listen`'s).
        #[arg(long, default_value = "http://127.0.0.1:8099/daraja/result")]
        result_url: String,
        /// Where M-Pesa POSTs a queue timeout (default: `pesa listen`'s).
        #[arg(long, default_value = "http://127.0.0.1:8099/daraja/timeout")]
        timeout_url: String,
    },
}

/// `pesa momo …`.
#[derive(Debug, Subcommand)]
pub enum Momo {
    /// Ask a customer to pay (a request to pay they approve on their
    /// phone), once under your reference; `--wait` until they answer.
    #[command(
        after_help = "Example:\n  pesa momo request-to-pay --payer 256772123456 --amount 1500 --currency EUR --reference order-1042 --wait"
    )]
    RequestToPay(MomoPayment),
    /// A request to pay's status, by your reference.
    #[command(after_help = "Example:\n  pesa momo request-to-pay-status order-1042")]
    RequestToPayStatus {
        /// Your reference (or the request's UUID).
        reference: String,
    },
    /// Pay a customer (a disbursement transfer), once under your reference;
    /// `--wait` until it ends.
    #[command(
        after_help = "Example:\n  pesa momo transfer --payer 256772123456 --amount 200 --currency EUR --reference payout-77"
    )]
    Transfer(MomoPayment),
    /// A transfer's status, by your reference.
    #[command(after_help = "Example:\n  pesa momo transfer-status payout-77")]
    TransferStatus {
        /// Your reference (or the transfer's UUID).
        reference: String,
    },
    /// The account's balance (collection's, or `--disbursement`'s).
    #[command(after_help = "Example:\n  pesa momo balance --disbursement")]
    Balance {
        /// The disbursement account's.
        #[arg(long)]
        disbursement: bool,
    },
}

/// A MoMo request to pay or transfer.
#[derive(Debug, Args)]
pub struct MomoPayment {
    /// The customer's number (`+256 772 123 456`): who pays, or is paid.
    #[arg(long)]
    pub payer: String,
    /// The amount, in `--currency` (decimals as the market allows).
    #[arg(long)]
    pub amount: rust_decimal::Decimal,
    /// The currency (`EUR` on MTN's sandbox, `UGX`, `GHS`, …).
    #[arg(long)]
    pub currency: String,
    /// Your reference: the request's identity (MTN's `X-Reference-Id` is
    /// the UUID it names), also sent as its `externalId`. Run the command
    /// again with it and nothing is paid twice.
    #[arg(long)]
    pub reference: String,
    /// A message for the customer.
    #[arg(long)]
    pub message: Option<String>,
    /// Where MTN sends the outcome (default: `pesa listen`'s, under the
    /// API user's callback host).
    #[arg(long, default_value = "http://127.0.0.1:8099/momo")]
    pub callback_root: String,
    /// Wait until it ends, showing progress.
    #[arg(long)]
    pub wait: bool,
    /// How long `--wait` waits, in seconds.
    #[arg(long, default_value_t = 120)]
    pub wait_seconds: u64,
}

/// `pesa sandbox …`.
#[derive(Debug, Subcommand)]
pub enum Sandbox {
    /// Start every API's sandbox on loopback and print their URLs and
    /// credentials; Ctrl-C stops them.
    #[command(after_help = "Example:\n  pesa sandbox start --ihela-port 8089")]
    Start(SandboxStart),
}

/// `pesa sandbox start`.
#[derive(Debug, Args)]
pub struct SandboxStart {
    /// iHela's sandbox port (0: a free one).
    #[arg(long, default_value_t = 8089)]
    pub ihela_port: u16,
    /// Daraja's sandbox port (0: a free one).
    #[arg(long, default_value_t = 8090)]
    pub daraja_port: u16,
    /// MoMo's sandbox port (0: a free one).
    #[arg(long, default_value_t = 8091)]
    pub momo_port: u16,
    /// The sandbox port of M-Pesa in Vodacom's markets (0: a free one).
    #[arg(long, default_value_t = 8092)]
    pub vodacom_port: u16,
    /// Where iHela's sandbox POSTs bill callbacks (your app, or `pesa listen`).
    #[arg(long)]
    pub ihela_callback_url: Option<String>,
}

/// `pesa trigger`.
#[derive(Debug, Args)]
pub struct Trigger {
    /// The event.
    pub event: Event,
    /// What it happens to: a bill's code (iHela), a push's checkout
    /// request id (Daraja), a request's reference (MoMo). Default: a new
    /// one, made through the profile's client, its callback to `--callback-url`.
    #[arg(long, visible_alias = "code")]
    pub id: Option<String>,
    /// Why a failed iHela payment failed.
    #[arg(long, default_value = "Insufficient balance")]
    pub message: String,
    /// Where a new push's or request's callback goes (default: `pesa
    /// listen`'s; iHela's sandbox has its own, set when it starts).
    #[arg(long, default_value = "http://127.0.0.1:8099")]
    pub callback_root: String,
}

/// The events `pesa trigger` makes happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Event {
    /// iHela: the customer pays the bill; its callback is delivered.
    #[value(name = "bill.paid")]
    BillPaid,
    /// iHela: the customer's payment fails; its callback is delivered.
    #[value(name = "bill.failed")]
    BillFailed,
    /// iHela: the bill expires unpaid.
    #[value(name = "bill.expired")]
    BillExpired,
    /// Daraja: the customer pays the STK push; its callback is delivered.
    #[value(name = "stk.paid")]
    StkPaid,
    /// Daraja: the customer cancels the prompt (`1032`).
    #[value(name = "stk.cancelled")]
    StkCancelled,
    /// Daraja: the customer enters a wrong PIN (`2001`).
    #[value(name = "stk.wrong_pin")]
    StkWrongPin,
    /// Daraja: the phone cannot be reached (`1037`).
    #[value(name = "stk.unreachable")]
    StkUnreachable,
    /// MoMo: the customer approves the request to pay; its callback is delivered.
    #[value(name = "momo.approved")]
    MomoApproved,
    /// MoMo: the customer rejects it (`APPROVAL_REJECTED`).
    #[value(name = "momo.rejected")]
    MomoRejected,
    /// MoMo: it expires unanswered (`EXPIRED`).
    #[value(name = "momo.expired")]
    MomoExpired,
    /// MoMo: MTN fails it (`INTERNAL_PROCESSING_ERROR`).
    #[value(name = "momo.failed")]
    MomoFailed,
}

/// `pesa listen`.
#[derive(Debug, Args)]
pub struct Listen {
    /// Where to forward every callback that no `--route` names.
    #[arg(long)]
    pub forward_to: Option<String>,
    /// A route, `NAME=URL`: the callbacks of an API (`ihela`, `daraja`,
    /// `momo`), or of an event (`bill.paid`, `stk.failed`, `stk` for every
    /// STK callback, `request-to-pay`, `result`, `c2b`), go there. The most
    /// precise route wins: the event, its kind, its API, then `--forward-to`.
    #[arg(long = "route", value_parser = parse_route)]
    pub routes: Vec<(String, String)>,
    /// The port to listen on, on 127.0.0.1 (callbacks come to
    /// `http://127.0.0.1:PORT/<api>/…`).
    #[arg(long, default_value_t = 8099)]
    pub port: u16,
    /// The iHela signature key, to check `X-iHela-Signature`.
    #[arg(long, env = "PESA_IHELA_SIGNATURE_KEY", hide_env_values = true)]
    pub signature_key: Option<String>,
    /// Seconds between heartbeat lines.
    #[arg(long, default_value_t = 60)]
    pub heartbeat: u64,
    /// Exit (non-zero) after this many forwarding failures in a row, so
    /// that a supervisor restarts it; 0: never.
    #[arg(long, default_value_t = 0)]
    pub max_failures: u32,
}

/// `pesa logs …`.
#[derive(Debug, Subcommand)]
pub enum Logs {
    /// The last calls and sandbox requests; `--follow` for new ones as they come.
    #[command(
        after_help = "Example:\n  pesa logs tail --follow\n  pesa logs tail --sandbox http://127.0.0.1:8090 --lines 50"
    )]
    Tail(LogsTail),
}

/// `pesa logs tail`.
#[derive(Debug, Args)]
pub struct LogsTail {
    /// Keep showing new entries until Ctrl-C.
    #[arg(long, short = 'f')]
    pub follow: bool,
    /// How many of the last entries to show first.
    #[arg(long, short = 'n', default_value_t = 20)]
    pub lines: usize,
    /// A sandbox whose requests to show (default: those the profile's
    /// gateways point at on this machine).
    #[arg(long = "sandbox", value_name = "URL")]
    pub sandboxes: Vec<String>,
}

/// `NAME=URL`: an API's or an event's name, and an http(s) URL.
fn parse_route(text: &str) -> Result<(String, String), String> {
    let (name, url) = text.split_once('=').ok_or("a route is NAME=URL")?;
    let named = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'));
    if !named {
        return Err(format!(
            "{name}: not an API (ihela, daraja, momo) or an event (bill.paid, stk, …)"
        ));
    }
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(format!("{url}: not an http(s) URL"));
    }
    Ok((name.to_owned(), url.to_owned()))
}

/// The PIN of a banking or agent command.
#[derive(Debug, Args)]
pub struct PinSource {
    /// Read the PIN from standard input (one line); otherwise
    /// `PESA_IHELA_PIN`. Never a flag's value.
    #[arg(long, global = true)]
    pub pin_stdin: bool,
}

/// A deposit or withdrawal's account, amount and reference.
#[derive(Debug, Args)]
pub struct MovementArgs {
    /// The customer's account.
    #[arg(long)]
    pub account: String,
    /// Its holder's name, as iHela has it.
    #[arg(long)]
    pub holder: String,
    /// Whole francs.
    #[arg(long)]
    pub amount: i64,
    /// What it is for.
    #[arg(long)]
    pub description: String,
    /// Your reference: the operation's identity. Run the command again with
    /// it and nothing moves twice.
    #[arg(long)]
    pub reference: String,
}

/// `pesa banking`.
#[derive(Debug, Args)]
pub struct Banking {
    /// The PIN.
    #[command(flatten)]
    pub pin: PinSource,
    /// The command.
    #[command(subcommand)]
    pub command: BankingCommand,
}

/// `pesa banking …`.
#[derive(Debug, Subcommand)]
pub enum BankingCommand {
    /// An account's holder.
    #[command(after_help = "Example:\n  pesa banking account ACT-123")]
    Account {
        /// The account.
        account: String,
    },
    /// An account's balance.
    #[command(after_help = "Example:\n  pesa banking balance ACT-123")]
    Balance {
        /// The account.
        account: String,
    },
    /// An account's last operations.
    #[command(after_help = "Example:\n  pesa banking statement ACT-123")]
    Statement {
        /// The account.
        account: String,
    },
    /// The fee of a deposit or a withdrawal of an amount.
    #[command(after_help = "Example:\n  pesa banking fee withdrawal 20000")]
    Fee {
        /// `deposit` or `withdrawal`.
        kind: String,
        /// Whole francs.
        amount: i64,
    },
    /// Deposit into a customer's account, once under your reference.
    #[command(
        after_help = "Example:\n  PESA_IHELA_PIN=1234 pesa banking deposit --account ACT-123 --holder 'John Doe' --amount 5000 --description Salary --reference dep-1"
    )]
    Deposit(MovementArgs),
    /// Withdraw from a customer's account, once under your reference.
    #[command(
        after_help = "Example:\n  PESA_IHELA_PIN=1234 pesa banking withdraw --account ACT-123 --holder 'John Doe' --amount 20000 --description Cash --reference wdr-1"
    )]
    Withdraw(MovementArgs),
    /// The operation made under your reference.
    #[command(after_help = "Example:\n  pesa banking status dep-1")]
    Status {
        /// Your reference.
        reference: String,
    },
}

/// `pesa agent`.
#[derive(Debug, Args)]
pub struct Agent {
    /// The PIN.
    #[command(flatten)]
    pub pin: PinSource,
    /// The command.
    #[command(subcommand)]
    pub command: AgentCommand,
}

/// `pesa agent …`.
#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// Cash a customer in: a deposit into their account from the agent's float.
    #[command(
        after_help = "Example:\n  PESA_IHELA_PIN=4321 pesa agent cash-in --account ACT-123 --holder 'John Doe' --amount 10000 --description Cash-in --reference agd-1"
    )]
    CashIn(MovementArgs),
    /// Cash-out, step 1: who a customer's code is for, and how much.
    #[command(after_help = "Example:\n  pesa agent lookup 63716977 --amount 30000")]
    Lookup {
        /// The code the customer shows.
        code: String,
        /// Whole francs the customer asks for.
        #[arg(long)]
        amount: i64,
    },
    /// Cash-out, both steps: the code looked up, then paid out under your
    /// reference (check the holder it shows against their ID first).
    #[command(
        after_help = "Example:\n  PESA_IHELA_PIN=4321 pesa agent cash-out 63716977 --amount 30000 --agent-code AGT-001 --reference cso-1"
    )]
    CashOut {
        /// The code the customer shows.
        code: String,
        /// Whole francs the customer asks for.
        #[arg(long)]
        amount: i64,
        /// The agent's code.
        #[arg(long)]
        agent_code: String,
        /// Your reference: the cash-out's identity.
        #[arg(long)]
        reference: String,
    },
}
