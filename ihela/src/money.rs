//! Amounts sent to iHela: whole Burundian francs, at least 1.
//!
//! Amounts *received* are [`rust_decimal::Decimal`] (the spec's `Amount`);
//! amounts *sent* are [`Francs`] (the spec's `Francs`). Neither is ever a
//! binary floating point.

/// The Burundian franc, whose amounts are sent whole (BIF has no minor unit
/// in use).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bif;

impl pesa_core::Currency for Bif {
    const CODE: &'static str = "BIF";
    const UNITS: &'static str = "francs";
}

/// A positive whole number of Burundian francs: what every request that
/// moves money takes, so that a bad amount is refused when it is made, not
/// when it is sent.
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
pub type Francs = pesa_core::Whole<Bif>;

pub use pesa_core::AmountError;
