//! Amounts sent in currencies without a minor unit in use: whole Burundian
//! francs, whole Kenya shillings. [`Whole`] is at least 1 and never a
//! binary floating point; each client names it for its currency
//! (`pub type Francs = Whole<Bif>`). Amounts *received* are
//! `rust_decimal::Decimal`.

use std::fmt;
use std::marker::PhantomData;
use std::num::NonZeroU64;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A currency whose amounts are sent whole.
pub trait Currency: Send + Sync + 'static {
    /// Its ISO 4217 code (`BIF`, `KES`).
    const CODE: &'static str;
    /// Its unit in words, plural (`francs`, `shillings`).
    const UNITS: &'static str;
}

/// A positive whole number of units of `C`: what every request that moves
/// money takes, so that a bad amount is refused when it is made, not when
/// it is sent. On the wire it is an integer; it reads from an integer or a
/// string of digits.
pub struct Whole<C: Currency>(NonZeroU64, PhantomData<C>);

/// Why a value is not a valid [`Whole`] amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("must be a whole number of {units}, at least 1 (got {value})")]
pub struct AmountError {
    units: &'static str,
    value: String,
}

impl<C: Currency> Whole<C> {
    /// `amount` whole units: refused when it is 0 or below.
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

    fn refused(value: impl fmt::Display) -> AmountError {
        AmountError {
            units: C::UNITS,
            value: value.to_string(),
        }
    }
}

// Written out: the derives would ask `C` for what only the amount needs.
impl<C: Currency> Clone for Whole<C> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<C: Currency> Copy for Whole<C> {}
impl<C: Currency> PartialEq for Whole<C> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl<C: Currency> Eq for Whole<C> {}
impl<C: Currency> PartialOrd for Whole<C> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<C: Currency> Ord for Whole<C> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}
impl<C: Currency> std::hash::Hash for Whole<C> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl<C: Currency> From<NonZeroU64> for Whole<C> {
    fn from(value: NonZeroU64) -> Self {
        Self(value, PhantomData)
    }
}

macro_rules! whole_from_integer {
    ($($int:ty),*) => {$(
        impl<C: Currency> TryFrom<$int> for Whole<C> {
            type Error = AmountError;
            fn try_from(value: $int) -> Result<Self, AmountError> {
                u64::try_from(value)
                    .ok()
                    .and_then(NonZeroU64::new)
                    .map(Self::from)
                    .ok_or_else(|| Self::refused(value))
            }
        }
    )*};
}
whole_from_integer!(i32, i64, u32, u64, usize);

impl<C: Currency> TryFrom<Decimal> for Whole<C> {
    type Error = AmountError;

    fn try_from(value: Decimal) -> Result<Self, AmountError> {
        if !value.fract().is_zero() {
            return Err(Self::refused(value));
        }
        let whole = u64::try_from(value.trunc()).map_err(|_| Self::refused(value))?;
        Self::try_from(whole)
    }
}

impl<C: Currency> fmt::Debug for Whole<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, C::CODE)
    }
}

impl<C: Currency> fmt::Display for Whole<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, C::CODE)
    }
}

impl<C: Currency> Serialize for Whole<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.get())
    }
}

impl<'de, C: Currency> Deserialize<'de> for Whole<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Number(u64),
            Text(String),
        }
        let value = match Wire::deserialize(deserializer)? {
            Wire::Number(number) => number,
            Wire::Text(text) => text
                .parse::<u64>()
                .map_err(|_| serde::de::Error::custom(Self::refused(&text)))?,
        };
        Self::try_from(value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Kes;
    impl Currency for Kes {
        const CODE: &'static str = "KES";
        const UNITS: &'static str = "shillings";
    }
    type Shillings = Whole<Kes>;

    #[test]
    fn refuses_zero_negative_and_fractions() {
        assert!(Shillings::try_from(0u64).is_err());
        assert!(Shillings::try_from(-5i64).is_err());
        assert!(Shillings::try_from(Decimal::new(-2000, 0)).is_err());
        assert!(Shillings::try_from(Decimal::new(200_001, 2)).is_err());
        assert_eq!(Shillings::try_from(Decimal::new(200_000, 2)).unwrap().get(), 2000);
        let refused = Shillings::new(0).unwrap_err().to_string();
        assert_eq!(refused, "must be a whole number of shillings, at least 1 (got 0)");
    }

    #[test]
    fn goes_on_the_wire_as_an_integer_and_reads_digits_too() {
        let amount = Shillings::try_from(20000).unwrap();
        assert_eq!(serde_json::to_string(&amount).unwrap(), "20000");
        assert_eq!(serde_json::from_str::<Shillings>("20000").unwrap(), amount);
        assert_eq!(serde_json::from_str::<Shillings>("\"20000\"").unwrap(), amount);
        for bad in ["0", "\"0\"", "\"1.5\"", "1.5", "-3"] {
            assert!(serde_json::from_str::<Shillings>(bad).is_err(), "{bad}");
        }
        assert_eq!(amount.to_decimal(), Decimal::new(20000, 0));
        assert_eq!(amount.to_string(), "20000 KES");
    }
}
