//! Why a request failed: MTN sends `{code, message}` (MTY) or, as its own
//! post shows, the bare code (`"reason": "INTERNAL_PROCESSING_ERROR"`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::types::{ErrorReason, ReasonCode};

/// A reason, read from either shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// MTN's code ([`ReasonCode::ApprovalRejected`], …, or one it adds).
    pub code: ReasonCode,
    /// Its message, when MTN sent one.
    pub message: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Either {
    Object(ErrorReason),
    Bare(ReasonCode),
}

impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Either::deserialize(deserializer)? {
            Either::Object(reason) => Reason {
                code: reason.code,
                message: reason.message,
            },
            Either::Bare(code) => Reason { code, message: None },
        })
    }
}

impl Serialize for Reason {
    /// As `{code, message}`, the documented shape.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ErrorReason {
            code: self.code.clone(),
            message: self.message.clone(),
        }
        .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_shapes_decode_and_new_codes_too() {
        let object: Reason = serde_json::from_str(r#"{"code":"APPROVAL_REJECTED","message":"No"}"#).unwrap();
        assert_eq!(object.code, ReasonCode::ApprovalRejected);
        let bare: Reason = serde_json::from_str(r#""INTERNAL_PROCESSING_ERROR""#).unwrap();
        assert_eq!(bare.code, ReasonCode::InternalProcessingError);
        let new: Reason = serde_json::from_str(r#""SOMETHING_NEW""#).unwrap();
        assert_eq!(new.code, ReasonCode::Unknown("SOMETHING_NEW".to_owned()));
    }
}
