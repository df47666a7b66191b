//! Project tasks: `cargo xtask <task>`, for every contract of the workspace
//! (`pesa_codegen::apis::ALL`).
//!
//! - `regen`: rewrite everything derived from the contracts that is kept in
//!   the repository: the review copy of each generated Rust file
//!   (`generated/<spec>.rs`, and `generated/<spec>_mock.rs` for a client's
//!   typed mocks) and each bundled JSON spec (beside its YAML).
//! - `regen --check`: fail when any of them is stale or a spec does not lint
//!   clean with Redocly (installed here by npm from `xtask/redocly/`).
//! - `snapshots [--review]`: run every client's fixture snapshot tests; `--review`
//!   accepts the new snapshots (review the diff before committing).
//! - `breaking [--base REV]`: what each spec's changes since REV (default
//!   `HEAD`) break for existing callers, by direction (`breaking.rs`);
//!   `regen` prints it too.
//! - `client-view SPEC OUT`: a spec as JSON the way generated clients see it
//!   (one media type per request body, JSON; no browser pages), for
//!   generators that take no more (the interop scripts).

mod breaking;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};
use pesa_codegen::Api;

#[derive(Parser)]
#[command(about = "Tasks of the ihela workspace")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Rewrite the files derived from the specs (or check them with --check).
    Regen {
        /// Change nothing; fail if a derived file is stale or a spec does not lint.
        #[arg(long)]
        check: bool,
    },
    /// Report what each spec's changes since a git revision break for callers.
    Breaking {
        /// The revision to compare with.
        #[arg(long, default_value = "HEAD")]
        base: String,
    },
    /// Write a spec as JSON the way generated clients see it (JSON request
    /// bodies only, no browser pages), for generators that take no more.
    ClientView {
        /// The spec, relative to the workspace (`ihela/openapi/ihela-merchant.yaml`).
        spec: PathBuf,
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

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace");
    let outcome = match Cli::parse().task {
        Task::Regen { check } => regen(root, check),
        Task::Snapshots { review } => snapshots(root, review),
        Task::Breaking { base } => report_breaking(root, &base),
        Task::ClientView { spec, out } => client_view(root, &spec, &out),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A contract: the crate folder it belongs to, and its settings.
struct Contract {
    dir: PathBuf,
    api: Api<'static>,
}

impl Contract {
    /// The spec, relative to the workspace (`openapi/x.yaml`, never `./openapi/x.yaml`).
    fn spec(&self) -> PathBuf {
        relative(&self.dir.join(self.api.spec))
    }

    /// The spec's file name without `.yaml`.
    fn stem(&self) -> String {
        Path::new(self.api.spec)
            .file_stem()
            .map(|stem| stem.to_string_lossy().replace('-', "_"))
            .unwrap_or_default()
    }
}

fn contracts() -> Vec<Contract> {
    pesa_codegen::apis::ALL
        .iter()
        .map(|(dir, api)| Contract {
            dir: PathBuf::from(dir),
            api: *api,
        })
        .collect()
}

/// Every spec of the workspace, relative to it: the contracts, and the
/// documents that have no Rust of their own.
fn specs() -> Vec<PathBuf> {
    let documents = pesa_codegen::apis::DOCUMENTS
        .iter()
        .map(|(dir, spec)| relative(&Path::new(dir).join(spec)));
    contracts().iter().map(Contract::spec).chain(documents).collect()
}

/// A file derived from a spec, with its expected content.
struct Derived {
    path: PathBuf,
    content: String,
}

fn derived(root: &Path) -> Result<Vec<Derived>, String> {
    let mut files = Vec::new();
    for contract in contracts() {
        let loaded = pesa_codegen::load(contract.api, &root.join(&contract.dir)).map_err(|e| e.to_string())?;
        let stem = contract.stem();
        files.push(Derived {
            path: root.join("generated").join(format!("{stem}.rs")),
            content: pesa_codegen::generate(&loaded).map_err(|e| e.to_string())?,
        });
        if contract.api.client_state.is_some() {
            files.push(Derived {
                path: root.join("generated").join(format!("{stem}_mock.rs")),
                content: pesa_codegen::generate_mocks(&loaded).map_err(|e| e.to_string())?,
            });
        }
    }
    for spec in specs() {
        let spec = root.join(spec);
        files.push(Derived {
            path: spec.with_extension("json"),
            content: pesa_codegen::bundle_json(&spec).map_err(|e| e.to_string())?,
        });
    }
    Ok(files)
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
        println!("derived files are up to date and every spec lints clean");
        Ok(())
    } else {
        Err(format!("stale, run `cargo xtask regen`: {}", stale.join(", ")))
    }
}

/// Lints every spec with the Redocly CLI pinned in `xtask/redocly/`.
fn lint(root: &Path) -> Result<(), String> {
    let tool_dir = root.join("xtask/redocly");
    let redocly = tool_dir.join("node_modules/.bin/redocly");
    if !redocly.exists() {
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&tool_dir))?;
    }
    run(Command::new(redocly)
        .arg("lint")
        .args(specs())
        .arg("--format=stylish")
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .current_dir(root))
}

/// `path` without its `.` components, so that `./a/b` and `a/b` compare equal.
fn relative(path: &Path) -> PathBuf {
    path.components()
        .filter(|component| *component != std::path::Component::CurDir)
        .collect()
}

/// Writes `spec` as generated clients see it to `out`.
fn client_view(root: &Path, spec: &Path, out: &Path) -> Result<(), String> {
    let contract = contracts()
        .into_iter()
        .find(|contract| contract.spec() == relative(spec))
        .ok_or_else(|| format!("{} is not a contract of the workspace", spec.display()))?;
    let loaded = pesa_codegen::load(contract.api, &root.join(&contract.dir)).map_err(|e| e.to_string())?;
    // Another language's generator gets the schemas of the specs this one
    // uses (Mozambique's of `vodacom.yaml`) inlined, as the bundled JSON has
    // them, not the Rust generator's placeholders for its own types.
    let bundled;
    let spec = if contract.api.external.is_empty() {
        loaded.spec()
    } else {
        let json = pesa_codegen::bundle_json(&root.join(contract.spec())).map_err(|e| e.to_string())?;
        bundled = serde_json::from_str(&json).map_err(|e| format!("{}: {e}", spec.display()))?;
        &bundled
    };
    let reduced = pesa_codegen::client_view(spec);
    let text = serde_json::to_string_pretty(&reduced).map_err(|e| e.to_string())?;
    std::fs::write(out, text + "\n").map_err(|e| format!("{}: {e}", out.display()))
}

/// Prints what changed in each spec since `base`, breaking changes first:
/// the bundled JSON committed at `base` against the spec bundled now.
fn report_breaking(root: &Path, base: &str) -> Result<(), String> {
    for spec in specs() {
        let bundled = spec.with_extension("json");
        let shown = Command::new("git")
            .args(["show", &format!("{base}:{}", bundled.display())])
            .current_dir(root)
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if !shown.status.success() {
            println!("{}: new since {base}", spec.display());
            continue;
        }
        let old: serde_json::Value = serde_json::from_slice(&shown.stdout).map_err(|e| e.to_string())?;
        let now = pesa_codegen::bundle_json(&root.join(&spec)).map_err(|e| e.to_string())?;
        let new: serde_json::Value = serde_json::from_str(&now).map_err(|e| e.to_string())?;
        let changes = breaking::compare(&old, &new);
        for change in &changes {
            let kind = if change.breaking { "BREAKING " } else { "compatible" };
            println!("{kind} {}", change.what);
        }
        let count = changes.iter().filter(|change| change.breaking).count();
        println!(
            "{} since {base}: {count} breaking, {} compatible",
            spec.display(),
            changes.len() - count
        );
    }
    Ok(())
}

fn snapshots(root: &Path, review: bool) -> Result<(), String> {
    // Every client crate's fixture snapshots (`<api>/tests/it/snapshots`).
    for package in ["ihela", "daraja"] {
        let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        command
            .args(["test", "--package", package, "--test", "it", "fixture_snapshots"])
            .current_dir(root)
            .env("INSTA_UPDATE", if review { "always" } else { "no" });
        run(&mut command)?;
    }
    if review {
        println!("snapshots accepted: review `git diff -- '*/tests/it/snapshots'` before committing");
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
