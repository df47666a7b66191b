//! Amounts sent to iHela: whole Burundian francs, at least 1.
//!
//! Amounts *received* are [`rust_decimal::Decimal`] (the spec's `Amount`);
//! amounts *sent* are [`Francs`] (the spec's `Francs`). Neither is ever a binary floating point.

use std::fmt;
use std::num::NonZeroU64;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A positive whole number of Burundian francs (BIF has no minor unit in use):
/// what every request that moves money takes, so that a bad amount is
/// refused when it is made, not when it is sent.
///
/// ```
/// use ihela::Francs;
/// # fn main() -> ihela::Result<()> {
/// let price = Francs::new(2000)?;
/// assert_eq!(price.get(), 2000);
/// assert!(Francs::new(0).is_err() && Francs::new(-5000).is_err());
/// assert!(Francs::try_from(rust_decimal::Decimal::new(15, 1)).is_err()); // 1.5
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Francs(NonZeroU64);

/// Why a value is not a valid [`Francs`] amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("must be a whole number of francs, at least 1 (got {0})")]
pub struct AmountError(String);

impl Francs {
    /// `amount` whole francs: refused when it is 0 or below.
    pub fn new(amount: i64) -> Result<Self, AmountError> {
        Self::try_from(amount)
    }

    /// The amount as a plain integer.
    pub fn get(self) -> u64 {
        self.0.get()
    }

    /// The amount as a decimal, to compare with an amount received.
    pub fn to_decimal(self) -> Decimal {
        Decimal::from(self.get())
    }
}

impl From<NonZeroU64> for Francs {
    fn from(value: NonZeroU64) -> Self {
        Self(value)
    }
}

macro_rules! francs_from_integer {
    ($($int:ty),*) => {$(
        impl TryFrom<$int> for Francs {
            type Error = AmountError;
            fn try_from(value: $int) -> Result<Self, AmountError> {
                u64::try_from(value)
                    .ok()
                    .and_then(NonZeroU64::new)
                    .map(Self)
                    .ok_or_else(|| AmountError(value.to_string()))
            }
        }
    )*};
}
francs_from_integer!(i32, i64, u32, u64, usize);

impl TryFrom<Decimal> for Francs {
    type Error = AmountError;

    fn try_from(value: Decimal) -> Result<Self, AmountError> {
        if !value.fract().is_zero() {
            return Err(AmountError(value.to_string()));
        }
        let whole = u64::try_from(value.trunc()).map_err(|_| AmountError(value.to_string()))?;
        Self::try_from(whole)
    }
}

impl fmt::Debug for Francs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} BIF", self.0)
    }
}

impl fmt::Display for Francs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} BIF", self.0)
    }
}

impl Serialize for Francs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.get())
    }
}

impl<'de> Deserialize<'de> for Francs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = u64::deserialize(deserializer)?;
        Self::try_from(value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_zero_negative_and_fractions() {
        assert!(Francs::try_from(0u64).is_err());
        assert!(Francs::try_from(-5i64).is_err());
        assert!(Francs::try_from(Decimal::new(-2000, 0)).is_err());
        assert!(Francs::try_from(Decimal::new(200_001, 2)).is_err());
        assert_eq!(Francs::try_from(Decimal::new(200_000, 2)).unwrap().get(), 2000);
    }

    #[test]
    fn goes_on_the_wire_as_an_integer() {
        let amount = Francs::try_from(20000).unwrap();
        assert_eq!(serde_json::to_string(&amount).unwrap(), "20000");
        assert_eq!(serde_json::from_str::<Francs>("20000").unwrap(), amount);
        assert!(serde_json::from_str::<Francs>("0").is_err());
        assert_eq!(amount.to_decimal(), Decimal::new(20000, 0));
    }
}
