//! Who pays or is paid: an account holder named by MSISDN, e-mail or party
//! code (MTY `Party`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::types::PartyIdType;
use pesa_core::Msisdn;

/// An account holder of the wallet platform. Personal data: `Debug` masks it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Party {
    /// A mobile number (`partyIdType: MSISDN`), the usual case.
    Msisdn(Msisdn),
    /// An e-mail address (`EMAIL`).
    Email(String),
    /// A party code, a UUID (`PARTY_CODE`).
    PartyCode(String),
}

impl Party {
    /// The party's type, as the wire names it.
    pub fn id_type(&self) -> PartyIdType {
        match self {
            Party::Msisdn(_) => PartyIdType::Msisdn,
            Party::Email(_) => PartyIdType::Email,
            Party::PartyCode(_) => PartyIdType::PartyCode,
        }
    }

    /// The party's id, as sent.
    pub fn id(&self) -> &str {
        match self {
            Party::Msisdn(number) => number.as_str(),
            Party::Email(id) | Party::PartyCode(id) => id,
        }
    }

    /// The id with most of it hidden, for logs.
    pub fn masked(&self) -> String {
        match self {
            Party::Msisdn(number) => number.masked(),
            Party::Email(id) | Party::PartyCode(id) => {
                let shown: String = id.chars().take(2).collect();
                format!("{shown}***")
            }
        }
    }
}

impl From<Msisdn> for Party {
    fn from(number: Msisdn) -> Self {
        Party::Msisdn(number)
    }
}

impl fmt::Debug for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Party({}:{})", self.id_type(), self.masked())
    }
}

/// The wire's shape.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Wire {
    party_id_type: PartyIdType,
    #[serde(deserialize_with = "crate::wire::digits")]
    party_id: String,
}

impl Serialize for Party {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Wire {
            party_id_type: self.id_type(),
            party_id: self.id().to_owned(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Party {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = Wire::deserialize(deserializer)?;
        Ok(match wire.party_id_type {
            PartyIdType::Msisdn => Party::Msisdn(Msisdn::parse(&wire.party_id).map_err(serde::de::Error::custom)?),
            PartyIdType::Email => Party::Email(wire.party_id),
            PartyIdType::PartyCode => Party::PartyCode(wire.party_id),
        })
    }
}
