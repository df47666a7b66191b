//! Amounts the banking contract sends as strings of whole francs
//! (`FrancsText`: the fee, the operation lookup, the withdrawal validation).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::money::Francs;

/// Whole francs written as a string (`"3000"`), made from [`Francs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrancsText(Francs);

impl From<Francs> for FrancsText {
    fn from(francs: Francs) -> Self {
        Self(francs)
    }
}

impl FrancsText {
    /// The amount.
    pub fn francs(self) -> Francs {
        self.0
    }
}

impl fmt::Display for FrancsText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.get())
    }
}

impl Serialize for FrancsText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FrancsText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let whole: i64 = text.parse().map_err(serde::de::Error::custom)?;
        Francs::new(whole).map(Self).map_err(serde::de::Error::custom)
    }
}
