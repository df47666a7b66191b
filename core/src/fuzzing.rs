//! What every client's fuzz targets share: arbitrary bytes decoded as an
//! answer, and the replay of a target's corpus in `cargo test`.
//!
//! Compiled for `cargo fuzz` (`--cfg fuzzing`) and with the `fuzzing`
//! feature, which the clients enable for their own tests.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::Answer;

/// Decodes `data` as a `T`; what decodes must encode back to JSON.
pub fn decoded<T: DeserializeOwned + Serialize>(data: &[u8]) -> Option<T> {
    let value = serde_json::from_slice::<T>(data).ok()?;
    assert!(serde_json::to_vec(&value).is_ok());
    Some(value)
}

/// Decodes `data` as the answer `T` (whose refusals carry codes `C`) and
/// reads what it means.
pub fn answer<C, T: Answer<C> + DeserializeOwned + Serialize>(data: &[u8]) {
    if let Some(value) = decoded::<T>(data) {
        let _ = value.into_data();
    }
}

/// Runs `target` on every input of `<crate>/fuzz/corpus/<name>` (the seeds
/// and what the fuzz runs kept); the corpus holds at least `at_least`.
pub fn replay(crate_dir: &str, name: &str, target: fn(&[u8]), at_least: usize) {
    let inputs = corpus(crate_dir, name);
    assert!(inputs.len() >= at_least, "{name}: only {} inputs", inputs.len());
    for input in &inputs {
        target(input);
    }
}

/// Checks that every fixture of `<crate>/tests/fixtures` whose name starts
/// with one of `prefixes` seeds the corpus of the target `name`; a prefix
/// may start with a folder of the fixtures (`banking/`).
pub fn assert_seeded(crate_dir: &str, name: &str, prefixes: &[&str]) {
    let inputs = corpus(crate_dir, name);
    let fixtures = Path::new(crate_dir).join("tests/fixtures");
    for prefix in prefixes {
        // `banking/make_` is the fixtures of `banking/` starting with `make_`.
        let (folder, start) = match prefix.rsplit_once('/') {
            Some((folder, start)) => (fixtures.join(folder), start),
            None => (fixtures.clone(), *prefix),
        };
        let entries = std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("a fixture").path();
            let file = path.file_name().unwrap_or_default().to_string_lossy();
            if file.ends_with(".json") && file.starts_with(start) {
                let bytes = std::fs::read(&path).expect("a fixture");
                assert!(inputs.contains(&bytes), "{file} does not seed {name}");
            }
        }
    }
}

fn corpus(crate_dir: &str, name: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(crate_dir).join("fuzz/corpus").join(name);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    entries
        .map(|entry| std::fs::read(entry.expect("a corpus entry").path()).expect("a corpus file"))
        .collect()
}
