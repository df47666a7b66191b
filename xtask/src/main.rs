//! Project tasks: `cargo xtask <task>`.
//!
//! - `regen`: rewrite everything derived from `openapi/ihela-merchant.yaml`
//!   that is kept in the repository: the review copy of the generated Rust
//!   (`generated/ihela_client.rs`) and the bundled JSON spec
//!   (`openapi/ihela-merchant.json`).
//! - `regen --check`: fail when any of them is stale or the spec does not lint
//!   clean with Redocly (installed here by npm from `xtask/redocly/`).
//! - `snapshots [--review]`: run the fixture snapshot tests; `--review`
//!   accepts the new snapshots (review the diff before committing).
//! - `breaking [--base REV]`: what the spec's changes since REV (default
//!   `HEAD`) break for existing callers; `regen` prints it too.
//! - `client-view OUT`: the spec as JSON the way generated clients see it
//!   (one media type per request body, JSON; no browser pages), for
//!   generators that take no more (the interop scripts).

mod breaking;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Tasks of the ihela workspace")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Rewrite the files derived from the spec (or check them with --check).
    Regen {
        /// Change nothing; fail if a derived file is stale or the spec does not lint.
        #[arg(long)]
        check: bool,
    },
    /// Report what the spec's changes since a git revision break for callers.
    Breaking {
        /// The revision to compare with.
        #[arg(long, default_value = "HEAD")]
        base: String,
    },
    /// Write the spec as JSON the way generated clients see it (JSON request
    /// bodies only, no browser pages), for generators that take no more.
    ClientView {
        /// The file to write.
        out: PathBuf,
    },
    /// Run the fixture snapshot tests.
    Snapshots {
        /// Accept changed snapshots.
        #[arg(long)]
        review: bool,
    },
}

const SPEC: &str = "openapi/ihela-merchant.yaml";

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace");
    let outcome = match Cli::parse().task {
        Task::Regen { check } => regen(root, check),
        Task::Snapshots { review } => snapshots(root, review),
        Task::Breaking { base } => report_breaking(root, &base),
        Task::ClientView { out } => client_view(root, &out),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A file derived from the spec, with its expected content.
struct Derived {
    path: PathBuf,
    content: String,
}

fn derived(root: &Path) -> Result<Vec<Derived>, String> {
    let spec_path = root.join(SPEC);
    let spec = ihela_codegen::load_spec(&spec_path).map_err(|e| e.to_string())?;
    let code = ihela_codegen::generate(&spec).map_err(|e| e.to_string())?;
    let json = ihela_codegen::bundle_json(&spec_path).map_err(|e| e.to_string())?;
    let mocks = ihela_codegen::generate_mocks(&spec).map_err(|e| e.to_string())?;
    Ok(vec![
        Derived {
            path: root.join("generated/ihela_client.rs"),
            content: code,
        },
        Derived {
            path: root.join("openapi/ihela-merchant.json"),
            content: json,
        },
        Derived {
            path: root.join("generated/ihela_mock.rs"),
            content: mocks,
        },
    ])
}

fn regen(root: &Path, check: bool) -> Result<(), String> {
    let files = derived(root)?;
    let mut stale = Vec::new();
    for file in &files {
        let current = std::fs::read_to_string(&file.path).unwrap_or_default();
        if current == file.content {
            continue;
        }
        if check {
            stale.push(file.path.strip_prefix(root).unwrap_or(&file.path).display().to_string());
        } else {
            if let Some(dir) = file.path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&file.path, &file.content).map_err(|e| format!("{}: {e}", file.path.display()))?;
            println!("wrote {}", file.path.display());
        }
    }
    lint(root)?;
    if !check {
        report_breaking(root, "HEAD")?;
    }
    if stale.is_empty() {
        println!("derived files are up to date and {SPEC} lints clean");
        Ok(())
    } else {
        Err(format!("stale, run `cargo xtask regen`: {}", stale.join(", ")))
    }
}

/// Lints the spec with the Redocly CLI pinned in `xtask/redocly/`.
fn lint(root: &Path) -> Result<(), String> {
    let tool_dir = root.join("xtask/redocly");
    let redocly = tool_dir.join("node_modules/.bin/redocly");
    if !redocly.exists() {
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&tool_dir))?;
    }
    run(Command::new(redocly)
        .args(["lint", SPEC, "--format=stylish"])
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .current_dir(root))
}

/// Writes the spec as generated clients see it to `out`.
fn client_view(root: &Path, out: &Path) -> Result<(), String> {
    let spec = ihela_codegen::load_spec(&root.join(SPEC)).map_err(|e| e.to_string())?;
    let reduced = ihela_codegen::client_view(&spec);
    let text = serde_json::to_string_pretty(&reduced).map_err(|e| e.to_string())?;
    std::fs::write(out, text + "\n").map_err(|e| format!("{}: {e}", out.display()))
}

/// Prints what changed in the spec since `base`, breaking changes first.
fn report_breaking(root: &Path, base: &str) -> Result<(), String> {
    let shown = Command::new("git")
        .args(["show", &format!("{base}:{SPEC}")])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !shown.status.success() {
        return Err(format!(
            "no {SPEC} at {base}: {}",
            String::from_utf8_lossy(&shown.stderr)
        ));
    }
    let parse = |text: &[u8]| serde_yaml::from_slice::<serde_json::Value>(text).map_err(|e| e.to_string());
    let old = parse(&shown.stdout)?;
    let new = parse(&std::fs::read(root.join(SPEC)).map_err(|e| e.to_string())?)?;
    let mut changes = breaking::compare(&old, &new);
    changes.sort_by_key(|change| !change.breaking);
    for change in &changes {
        let kind = if change.breaking { "BREAKING " } else { "compatible" };
        println!("{kind} {}", change.what);
    }
    let count = changes.iter().filter(|change| change.breaking).count();
    println!(
        "{SPEC} since {base}: {count} breaking, {} compatible",
        changes.len() - count
    );
    Ok(())
}

fn snapshots(root: &Path, review: bool) -> Result<(), String> {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .args(["test", "--package", "ihela", "--test", "it", "fixture_snapshots"])
        .current_dir(root);
    if review {
        command.env("INSTA_UPDATE", "always");
    } else {
        command.env("INSTA_UPDATE", "no");
    }
    run(&mut command)?;
    if review {
        println!("snapshots accepted: review `git diff tests/snapshots` before committing");
    }
    Ok(())
}

fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|e| format!("cannot run {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}
