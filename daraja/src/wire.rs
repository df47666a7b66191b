//! Values Daraja sends as numbers or as text, read without loss: a count of
//! seconds, and the values of a callback's lists (an amount `1.00`, a
//! receipt `"NLJ7RT61SV"`, a date `20191219102115`).

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A JSON number or string, as text (a number's shortest form).
#[derive(Deserialize)]
#[serde(untagged)]
enum Either {
    Number(serde_json::Number),
    Text(String),
}

/// Reads a JSON number or string as its digits' text.
pub(crate) fn digits<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(match Either::deserialize(deserializer)? {
        Either::Number(number) => number.to_string(),
        Either::Text(text) => text,
    })
}

/// A count of seconds, from `3599` or `"3599"` (the spec's `Seconds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seconds(pub u64);

impl Serialize for Seconds {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0)
    }
}

impl<'de> Deserialize<'de> for Seconds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = digits(deserializer)?;
        text.trim().parse().map(Seconds).map_err(serde::de::Error::custom)
    }
}

/// A value of a callback's list (`Item`, `ResultParameter`): a number,
/// kept exact as a decimal, or text (the spec's `ParameterValue`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A JSON number (`1.00`, `20191219102115`, `254708374149`).
    Number(Decimal),
    /// A JSON string (`"NLJ7RT61SV"`, `"300"`).
    Text(String),
}

impl Value {
    /// The value as a decimal: a number, or text that reads as one (`"300"`).
    pub fn decimal(&self) -> Option<Decimal> {
        match self {
            Value::Number(number) => Some(*number),
            Value::Text(text) => text.trim().parse().ok(),
        }
    }

    /// The value as text: a number in its plain form (`20191219102115`).
    pub fn text(&self) -> String {
        match self {
            Value::Number(number) => number.normalize().to_string(),
            Value::Text(text) => text.clone(),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl Serialize for Value {
    /// A whole number goes as a JSON integer. Any other goes through its
    /// shortest binary form, which JSON numbers are: exact for up to 15
    /// significant digits, which every shilling amount M-Pesa holds has.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use rust_decimal::prelude::ToPrimitive;
        match self {
            Value::Number(number) if number.fract().is_zero() => match number.to_i64() {
                Some(whole) => serializer.serialize_i64(whole),
                None => serializer.serialize_str(&number.to_string()),
            },
            Value::Number(number) => match number.to_f64() {
                Some(float) => serializer.serialize_f64(float),
                None => serializer.serialize_str(&number.to_string()),
            },
            Value::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Either::deserialize(deserializer)? {
            Either::Number(number) => number
                .to_string()
                .parse::<Decimal>()
                .or_else(|_| Decimal::from_scientific(&number.to_string()))
                .map(Value::Number)
                .map_err(serde::de::Error::custom),
            Either::Text(text) => Ok(Value::Text(text)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_stay_exact_and_text_stays_text() {
        let amount: Value = serde_json::from_str("8959269.60").unwrap();
        assert_eq!(amount.decimal(), Some(Decimal::new(895_926_960, 2)));
        let date: Value = serde_json::from_str("20191219102115").unwrap();
        assert_eq!(date.text(), "20191219102115");
        let text: Value = serde_json::from_str("\"300\"").unwrap();
        assert_eq!(text.decimal(), Some(Decimal::from(300)));
        assert_eq!(serde_json::from_str::<Seconds>("\"3599\"").unwrap(), Seconds(3599));
        assert_eq!(serde_json::from_str::<Seconds>("3599").unwrap(), Seconds(3599));
    }
}
