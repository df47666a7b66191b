//! `pesa`: one command line for the payment APIs of East and Central
//! Africa, built on the typed clients. See the README's "Command line".

mod apis;
mod args;
mod config;
mod listen;
mod live;
mod logs;
mod output;
mod sandbox;
mod secrets;
mod session;
mod settings;
mod trigger;
mod wait;

use std::process::ExitCode;

use clap::{CommandFactory as _, Parser as _};

use args::{Cli, Command, Logs, Sandbox};
use output::{Failure, Shown};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.global.json;
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => return output::fail(&Failure::new(output::Exit::Config, format!("no runtime: {e}")), json),
    };
    match runtime.block_on(run(cli)) {
        Ok(Some(shown)) => {
            output::print(&shown, json);
            ExitCode::SUCCESS
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(failure) => output::fail(&failure, json),
    }
}

/// Runs the command: what it shows, if anything is left to print.
async fn run(cli: Cli) -> Result<Option<Shown>, Failure> {
    let global = cli.global;
    let mut config = config::Config::load(global.config.clone())?;
    logs::record(&config);
    let shown = match cli.command {
        Command::Login(login) => session::login(login, &global, &mut config).await?,
        Command::Logout => session::logout(&global, &mut config)?,
        Command::Status => session::status(&global, &config),
        Command::Ihela(command) => apis::ihela::run(command, &global, &config).await?,
        Command::Banking(asked) => apis::banking::banking(asked, &global, &config).await?,
        Command::Agent(asked) => apis::banking::agent(asked, &global, &config).await?,
        Command::Daraja(command) => apis::daraja::run(command, &global, &config).await?,
        Command::Momo(command) => apis::momo::run(command, &global, &config).await?,
        Command::Sandbox(Sandbox::Start(asked)) => {
            sandbox::start(asked, global.json).await?;
            return Ok(None);
        }
        Command::Trigger(asked) => trigger::trigger(asked, &global, &config).await?,
        Command::Listen(asked) => {
            listen::listen(asked).await?;
            return Ok(None);
        }
        Command::Logs(Logs::Tail(asked)) => {
            logs::tail(asked, &global, &config).await?;
            return Ok(None);
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "pesa", &mut std::io::stdout());
            return Ok(None);
        }
    };
    Ok(Some(shown))
}
