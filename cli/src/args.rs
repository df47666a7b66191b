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
    /// Run every API's sandbox on this machine.
    #[command(subcommand)]
    Sandbox(Sandbox),
    /// Make an event happen in a sandbox, so that its callback is
    /// delivered (sandbox profiles only: refused against a real gateway).
    #[command(
        after_help = "Example:\n  pesa trigger bill.paid\n  pesa trigger bill.failed --code BILL-20261205-AB12CD"
    )]
    Trigger(Trigger),
    /// Receive the sandboxes' callbacks and forward each to your app,
    /// printing what arrived and how your app answered.
    #[command(
        after_help = "Example:\n  pesa listen --forward-to http://localhost:3000/webhooks --route ihela=http://localhost:3000/ihela"
    )]
    Listen(Listen),
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
    /// The client id (iHela's merchant API).
    #[arg(long, env = "PESA_IHELA_CLIENT_ID")]
    pub client_id: Option<String>,
    /// The partner's or agent's username (iHela's banking and agent services).
    #[arg(long, env = "PESA_IHELA_BANKING_USERNAME")]
    pub username: Option<String>,
    /// Read the password from standard input (one line); or set
    /// `PESA_IHELA_BANKING_PASSWORD`.
    #[arg(long)]
    pub password_stdin: bool,
    /// Read the client secret from standard input (one line); or set
    /// `PESA_IHELA_CLIENT_SECRET`. Never a flag's value: it would stay in
    /// the shell's history.
    #[arg(long)]
    pub client_secret_stdin: bool,
    /// The gateway: `test` (default), `production`, or a base URL (a
    /// sandbox's).
    #[arg(long, default_value = "test")]
    pub gateway: String,
}

/// The APIs a profile holds credentials for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Api {
    /// iHela's merchant API.
    Ihela,
    /// iHela's banking and agent services (the JWT pair of a username and password).
    IhelaBanking,
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
    /// Where iHela's sandbox POSTs bill callbacks (your app, or `pesa listen`).
    #[arg(long)]
    pub ihela_callback_url: Option<String>,
}

/// `pesa trigger`.
#[derive(Debug, Args)]
pub struct Trigger {
    /// The event.
    pub event: Event,
    /// The bill it happens to (default: a new bill of 2,000 francs to the
    /// sandbox's customer 76000111).
    #[arg(long)]
    pub code: Option<String>,
    /// Why a failed payment failed.
    #[arg(long, default_value = "Insufficient balance")]
    pub message: String,
}

/// The events `pesa trigger` makes happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Event {
    /// iHela: the customer pays the bill; its callback is delivered.
    #[value(name = "bill.paid")]
    Paid,
    /// iHela: the customer's payment fails; its callback is delivered.
    #[value(name = "bill.failed")]
    Failed,
    /// iHela: the bill expires unpaid.
    #[value(name = "bill.expired")]
    Expired,
}

/// `pesa listen`.
#[derive(Debug, Args)]
pub struct Listen {
    /// Where to forward every callback that no `--route` names.
    #[arg(long)]
    pub forward_to: Option<String>,
    /// A route, `API=URL` (`ihela`, `daraja`, `momo`): that API's callbacks go there.
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

/// `API=URL`.
fn parse_route(text: &str) -> Result<(String, String), String> {
    let (api, url) = text.split_once('=').ok_or("a route is API=URL")?;
    if !["ihela", "daraja", "momo"].contains(&api) {
        return Err(format!("{api}: not an API (ihela, daraja, momo)"));
    }
    Ok((api.to_owned(), url.to_owned()))
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
