//! Amounts sent to M-Pesa: a positive decimal of at most two places, in
//! the market's currency (TZS, GHS), written as a string (`"1500"`,
//! `"12.5"`). Money is never `f64`.

use std::fmt;

use pesa_core::InvalidInput;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A positive amount of at most two decimal places (Assumed: the minor
/// units of TZS and GHS; Vodacom documents no rule), refused when it is
/// made otherwise. Its currency is the client's market's.
///
/// ```
/// use rust_decimal::Decimal;
/// use vodacom::Amount;
/// assert_eq!(Amount::new(Decimal::new(1250, 2)).unwrap().to_string(), "12.5");
/// assert!(Amount::new(Decimal::new(1, 3)).is_err()); // 0.001
/// assert!(Amount::new(Decimal::ZERO).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(Decimal);

impl Amount {
    /// `amount`, refused (naming `amount`) when it is 0 or below or has
    /// more than two decimal places.
    pub fn new(amount: Decimal) -> Result<Self, InvalidInput> {
        let amount = amount.normalize();
        if amount <= Decimal::ZERO {
            return Err(InvalidInput::new(
                "amount",
                format!("must be greater than 0 (got {amount})"),
            ));
        }
        if amount.scale() > 2 {
            return Err(InvalidInput::new(
                "amount",
                format!("has at most two decimal places (got {amount})"),
            ));
        }
        Ok(Self(amount))
    }

    /// A whole number of units (shillings, cedis).
    pub fn whole(units: u64) -> Result<Self, InvalidInput> {
        Self::new(Decimal::from(units))
    }

    /// The amount as a decimal.
    pub fn get(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Amount {
    /// From the string a request carries (what a sandbox reads).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let amount: Decimal = text.parse().map_err(serde::de::Error::custom)?;
        Self::new(amount).map_err(serde::de::Error::custom)
    }
}
