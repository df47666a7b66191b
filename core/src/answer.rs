//! What a decoded success answer means: its data, or a refusal it carries.
//!
//! Some gateways refuse inside a success answer (iHela's `"error": true`, an
//! envelope with a failure code). Each client implements [`Answer`] for the
//! answer types of its spec, so that a caller only ever gets the data of an
//! accepted operation.

use crate::error::Refusal;

/// Why a decoded success answer is not a success.
#[derive(Debug)]
pub enum Rejection<C> {
    /// The provider refused the operation.
    Refused(Refusal<C>),
    /// The answer shows neither acceptance nor refusal.
    Incomplete {
        /// What is missing.
        reason: String,
        /// The answer, encoded again as JSON for the error.
        answer: Vec<u8>,
    },
}

impl<C> Rejection<C> {
    /// `answer` shows neither acceptance nor refusal, for `reason`.
    pub fn incomplete(reason: impl Into<String>, answer: &impl serde::Serialize) -> Self {
        Rejection::Incomplete {
            reason: reason.into(),
            answer: serde_json::to_vec(answer).unwrap_or_default(),
        }
    }
}

/// A decoded success answer of an operation, whose refusals carry codes
/// `C` (the provider's).
pub trait Answer<C>: Sized {
    /// What the caller gets when the operation succeeded.
    type Data;
    /// The data, or why there is none.
    fn into_data(self) -> Result<Self::Data, Rejection<C>>;
}

/// An answer without a body (`202 Accepted`): nothing to refuse with.
impl<C> Answer<C> for () {
    type Data = ();
    fn into_data(self) -> Result<(), Rejection<C>> {
        Ok(())
    }
}

/// `Answer` for answer types that cannot carry a refusal: they are their
/// own data. `plain_answers!(Code; types::BankList, types::User)`.
#[macro_export]
macro_rules! plain_answers {
    ($code:ty; $($ty:ty),* $(,)?) => {$(
        impl $crate::Answer<$code> for $ty {
            type Data = $ty;
            fn into_data(self) -> ::std::result::Result<$ty, $crate::Rejection<$code>> {
                Ok(self)
            }
        }
    )*};
}
