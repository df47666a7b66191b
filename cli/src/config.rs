//! Profiles: each API's credentials and gateway under a name, in a TOML
//! file only its owner can read (mode 0600). A setting comes from the
//! environment, else the profile, else its default; `pesa status` says which, and an
//! environment variable that overrides a profile's value is said on
//! standard error, never silently.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::output::{Exit, Failure};

/// The configuration file (no `Debug`: it may hold secrets).
#[derive(Default, Serialize, Deserialize)]
struct File {
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

/// A profile: each API's settings (`[profiles.NAME.API]` tables of
/// `setting = "value"`), as `crate::settings` names them. Secrets are
/// here only when the OS keyring could not keep them.
pub type Profile = BTreeMap<String, BTreeMap<String, String>>;

/// The configuration file, read.
pub struct Config {
    path: PathBuf,
    file: File,
}

impl std::fmt::Debug for Config {
    /// The path and the profiles' names: never a setting's value.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("path", &self.path)
            .field("profiles", &self.file.profiles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Config {
    /// Reads `path`, or the default file; a file that does not exist is an
    /// empty configuration.
    ///
    /// # Errors
    /// [`Exit::Config`] when it cannot be read or is not TOML.
    pub fn load(path: Option<PathBuf>) -> Result<Self, Failure> {
        let path = match path {
            Some(path) => path,
            None => default_path()?,
        };
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => {
                toml::from_str(&text).map_err(|e| Failure::new(Exit::Config, format!("{}: {e}", path.display())))?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => File::default(),
            Err(e) => return Err(Failure::new(Exit::Config, format!("{}: {e}", path.display()))),
        };
        Ok(Self { path, file })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The profile `name`, when the file has it.
    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.file.profiles.get(name)
    }

    /// The profile `name`, made when missing.
    pub fn profile_mut(&mut self, name: &str) -> &mut Profile {
        self.file.profiles.entry(name.to_owned()).or_default()
    }

    /// Forgets the profile `name`; whether it was there.
    pub fn remove(&mut self, name: &str) -> bool {
        self.file.profiles.remove(name).is_some()
    }

    /// Writes the file, readable by its owner only.
    ///
    /// # Errors
    /// [`Exit::Config`] when it cannot be written.
    pub fn save(&self) -> Result<(), Failure> {
        let failed = |e: &dyn std::fmt::Display| Failure::new(Exit::Config, format!("{}: {e}", self.path.display()));
        if let Some(folder) = self.path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| failed(&e))?;
        }
        let text = toml::to_string_pretty(&self.file).map_err(|e| failed(&e))?;
        write_private(&self.path, text.as_bytes()).map_err(|e| failed(&e))
    }
}

/// `pesa/config.toml` in the system's configuration folder.
fn default_path() -> Result<PathBuf, Failure> {
    directories::ProjectDirs::from("", "", "pesa")
        .map(|dirs| dirs.config_dir().join("config.toml"))
        .ok_or_else(|| Failure::new(Exit::Config, "no home folder: give --config or PESA_CONFIG"))
}

/// Writes `bytes` to `path`, created (or narrowed) to mode 0600 on Unix.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
        options.mode(0o600);
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    options.open(path)?.write_all(bytes)
}

/// Where a setting's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// An environment variable.
    Environment,
    /// The profile.
    Profile,
    /// The OS keyring (a secret of the profile).
    Keyring,
    /// The default.
    Default,
}

/// A setting's value and where it came from. Its `Debug` never shows the
/// value (it may be a secret); `pesa status` shows a secret only as set.
#[derive(Clone, Serialize)]
pub struct Setting {
    /// The value.
    pub value: String,
    /// Where it came from.
    pub source: Source,
    /// The environment variable it can come from.
    pub variable: &'static str,
}

impl std::fmt::Debug for Setting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Setting")
            .field("source", &self.source)
            .field("variable", &self.variable)
            .finish_non_exhaustive()
    }
}

/// The value of a setting: the environment's `variable`, else the
/// profile's, else `default`. An environment value that overrides another
/// profile value is said on standard error.
pub fn resolve(variable: &'static str, profile: Option<&str>, default: Option<&str>) -> Option<Setting> {
    let from_environment = std::env::var(variable).ok().filter(|value| !value.is_empty());
    match (from_environment, profile) {
        (Some(value), profiled) => {
            if profiled.is_some_and(|profiled| profiled != value) {
                eprintln!("note: {variable} overrides the profile's value");
            }
            Some(Setting {
                value,
                source: Source::Environment,
                variable,
            })
        }
        (None, Some(value)) => Some(Setting {
            value: value.to_owned(),
            source: Source::Profile,
            variable,
        }),
        (None, None) => default.map(|value| Setting {
            value: value.to_owned(),
            source: Source::Default,
            variable,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_value_shows_in_debug() {
        let setting = resolve("PESA_TEST_UNSET_VARIABLE", Some("the-secret"), None).unwrap();
        assert_eq!(setting.value, "the-secret");
        assert!(!format!("{setting:?}").contains("the-secret"));
        let mut config = Config {
            path: PathBuf::from("config.toml"),
            file: File::default(),
        };
        let table = BTreeMap::from([("client_secret".to_owned(), "the-secret".to_owned())]);
        config.profile_mut("shop").insert("ihela".to_owned(), table);
        let shown = format!("{config:?}");
        assert!(shown.contains("shop") && !shown.contains("the-secret"), "{shown}");
    }
}
