//! Money sent to MoMo: a positive decimal [`Amount`] in a [`Currency`],
//! checked together as [`Money`] before anything is sent. Amounts received
//! are `rust_decimal::Decimal`, never `f64`.

use std::fmt;

use pesa_core::InvalidInput;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ISO 4217 currency code: three capital letters (`EUR`, `UGX`). MTN
/// refuses a currency that does not match the target environment (the
/// sandbox takes EUR only).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.as_str())
    }
}

impl Currency {
    /// The euro, the sandbox's only currency.
    pub const EUR: Currency = Currency(*b"EUR");
    /// The Uganda shilling.
    pub const UGX: Currency = Currency(*b"UGX");
    /// The Ghana cedi.
    pub const GHS: Currency = Currency(*b"GHS");
    /// The Rwanda franc.
    pub const RWF: Currency = Currency(*b"RWF");
    /// The Central African CFA franc (Cameroon, Congo).
    pub const XAF: Currency = Currency(*b"XAF");
    /// The West African CFA franc (Côte d'Ivoire, Benin).
    pub const XOF: Currency = Currency(*b"XOF");
    /// The Zambian kwacha.
    pub const ZMW: Currency = Currency(*b"ZMW");

    /// `code` as a currency: three ASCII letters, taken in either case.
    pub fn parse(code: &str) -> Result<Self, InvalidInput> {
        match code.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|byte| byte.is_ascii_alphabetic()) => Ok(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(InvalidInput::new(
                "currency",
                format!("{code:?} is not an ISO 4217 code"),
            )),
        }
    }

    /// The code, `EUR`.
    pub fn as_str(&self) -> &str {
        // Made from ASCII letters only.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// How many decimal places its amounts may have (ISO 4217's minor unit:
    /// 0 for the francs and the Uganda shilling, 2 for most others).
    pub fn minor_units(&self) -> u32 {
        match &self.0 {
            b"UGX" | b"RWF" | b"XAF" | b"XOF" | b"GNF" | b"BIF" | b"KMF" | b"DJF" | b"JPY" | b"KRW" => 0,
            b"BHD" | b"KWD" | b"OMR" | b"TND" | b"LYD" | b"JOD" | b"IQD" => 3,
            _ => 2,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Currency {
    type Err = InvalidInput;
    fn from_str(code: &str) -> Result<Self, InvalidInput> {
        Self::parse(code)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Self::parse(&code).map_err(serde::de::Error::custom)
    }
}

/// A positive amount, as MTN takes it: a decimal string (`"100"`,
/// `"15.5"`). Made through [`Money`], which checks its decimal places
/// against the currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(Decimal);

impl Amount {
    /// `amount`, refused when it is 0 or below.
    pub fn new(amount: Decimal) -> Result<Self, InvalidInput> {
        if amount <= Decimal::ZERO {
            return Err(InvalidInput::new(
                "amount",
                format!("must be greater than 0 (got {amount})"),
            ));
        }
        Ok(Amount(amount.normalize()))
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
    /// From a decimal string (or, leniently, a number): what MTN echoes.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let amount = <Decimal as Deserialize>::deserialize(deserializer)?;
        Self::new(amount).map_err(serde::de::Error::custom)
    }
}

/// An amount in a currency: what every request that moves money takes,
/// checked when it is made: above 0, with no more decimal places than the
/// currency has (Assumed: MTN documents no rule; ISO 4217's minor units).
///
/// ```
/// use momo::{Currency, Money};
/// use rust_decimal::Decimal;
/// # fn main() -> Result<(), momo::InvalidInput> {
/// let price = Money::new(Decimal::new(1550, 2), Currency::EUR)?; // 15.50 EUR
/// assert_eq!(price.amount().to_string(), "15.5");
/// assert!(Money::new(Decimal::new(1550, 2), Currency::UGX).is_err()); // no cents in UGX
/// assert!(Money::new(Decimal::ZERO, Currency::EUR).is_err());
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    amount: Amount,
    currency: Currency,
}

impl Money {
    /// `amount` of `currency`, checked.
    pub fn new(amount: Decimal, currency: Currency) -> Result<Self, InvalidInput> {
        let amount = Amount::new(amount)?;
        if amount.0.scale() > currency.minor_units() {
            return Err(InvalidInput::new(
                "amount",
                format!(
                    "{amount} {currency} has more than the {} decimal places of {currency}",
                    currency.minor_units()
                ),
            ));
        }
        Ok(Money { amount, currency })
    }

    /// `units` whole units of `currency` (`Money::whole(500, Currency::UGX)`).
    pub fn whole(units: u64, currency: Currency) -> Result<Self, InvalidInput> {
        Self::new(Decimal::from(units), currency)
    }

    /// The amount.
    pub fn amount(&self) -> Amount {
        self.amount
    }

    /// The currency.
    pub fn currency(&self) -> Currency {
        self.currency
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_go_out_as_decimal_strings_and_are_checked_against_the_currency() {
        let money = Money::new(Decimal::new(15_000, 2), Currency::EUR).unwrap();
        assert_eq!(serde_json::to_string(&money.amount()).unwrap(), "\"150\"");
        assert_eq!(Money::whole(500, Currency::UGX).unwrap().to_string(), "500 UGX");
        let refused = Money::new(Decimal::new(1, 1), Currency::RWF).unwrap_err();
        assert_eq!(refused.field(), "amount");
        assert!(Money::new(Decimal::new(-1, 0), Currency::EUR).is_err());
        assert_eq!(Currency::parse("ugx").unwrap(), Currency::UGX);
        assert_eq!(Currency::parse("EURO").unwrap_err().field(), "currency");
        assert!(serde_json::from_str::<Amount>("\"0\"").is_err());
        assert_eq!(serde_json::from_str::<Amount>("100").unwrap().to_string(), "100");
    }
}
