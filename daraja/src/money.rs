//! Amounts sent to M-Pesa: whole Kenya shillings, at least 1 ("Only whole
//! numbers are supported"; decimals are refused as an invalid amount).
//! Amounts received are `rust_decimal::Decimal`, never `f64`.

/// The Kenya shilling, whose amounts M-Pesa takes whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kes;

impl pesa_core::Currency for Kes {
    const CODE: &'static str = "KES";
    const UNITS: &'static str = "shillings";
}

/// A positive whole number of Kenya shillings: what every request that
/// moves money takes, refused when it is made if it is 0 or below.
///
/// ```
/// use daraja::Shillings;
/// # fn main() -> daraja::Result<()> {
/// let price = Shillings::new(1500)?;
/// assert_eq!(price.get(), 1500);
/// assert!(Shillings::new(0).is_err());
/// # Ok(())
/// # }
/// ```
pub type Shillings = pesa_core::Whole<Kes>;
