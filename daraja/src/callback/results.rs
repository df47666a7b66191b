//! A result POSTed to a `ResultURL` (B2C, B2B, transaction status, account
//! balance, reversal), read as the samples show it: a parameter list or a
//! single parameter, values as numbers or text or absent, a key repeated.

use rust_decimal::Decimal;

use crate::types::{self, ParameterKey, ResultCode};
use crate::wire::Value;

/// The keys of an asynchronous request, as Daraja returned them when it
/// accepted it ([`Submitted`](crate::Submitted)) and as its result carries
/// them: what correlates a result with the request that caused it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ResultKeys {
    /// M-Pesa's key of the request.
    pub conversation_id: types::ConversationId,
    /// The request's key (the merchant's own, for a B2C).
    pub originator_conversation_id: types::OriginatorConversationId,
}

/// The outcome of an asynchronous request.
#[derive(Debug, Clone)]
pub struct ResultNotice {
    /// The request it is the outcome of.
    pub keys: ResultKeys,
    /// How it ended ([`ResultCode::Completed`] when it went through).
    pub code: ResultCode,
    /// How it ended, in words.
    pub description: Option<String>,
    /// The M-Pesa receipt, for a transaction.
    pub transaction_id: Option<String>,
    parameters: Vec<types::Parameter>,
}

impl From<types::Result> for ResultNotice {
    fn from(result: types::Result) -> Self {
        let parameters = result
            .result_parameters
            .and_then(|parameters| parameters.result_parameter)
            .map(listed)
            .unwrap_or_default();
        Self {
            keys: ResultKeys {
                conversation_id: result.conversation_id,
                originator_conversation_id: result.originator_conversation_id,
            },
            code: result.result_code,
            description: result.result_desc,
            transaction_id: result.transaction_id,
            parameters,
        }
    }
}

/// One parameter or a list of them, as a list.
fn listed(parameters: types::Parameters) -> Vec<types::Parameter> {
    match parameters {
        types::Parameters::Array(list) => list,
        types::Parameters::Parameter(one) => vec![one],
    }
}

impl ResultNotice {
    /// Whether the request went through.
    pub fn is_completed(&self) -> bool {
        self.code == ResultCode::Completed
    }

    /// Every parameter, in order (a key may repeat: a status result names
    /// `DebitPartyName` twice).
    pub fn parameters(&self) -> impl Iterator<Item = (&ParameterKey, Option<&Value>)> {
        self.parameters.iter().map(|p| (&p.key, p.value.as_ref()))
    }

    /// The first value under `key`.
    pub fn value(&self, key: &ParameterKey) -> Option<&Value> {
        self.parameters().find(|(k, _)| *k == key).and_then(|(_, value)| value)
    }

    /// The first value under `key`, as an amount (a number, or text that
    /// reads as one).
    pub fn amount(&self, key: &ParameterKey) -> Option<Decimal> {
        self.value(key).and_then(Value::decimal)
    }

    /// The first value under `key`, as text.
    pub fn text(&self, key: &ParameterKey) -> Option<String> {
        self.value(key).map(Value::text)
    }

    /// The balances of an account balance result (its `AccountBalance`
    /// parameter: accounts separated by `&`, each
    /// `name|currency|available|current|reserved|uncleared`); none for
    /// another result.
    pub fn balances(&self) -> Vec<AccountBalance> {
        let Some(text) = self.text(&ParameterKey::AccountBalance) else {
            return Vec::new();
        };
        text.split('&').filter_map(AccountBalance::parse).collect()
    }
}

/// One account of an account balance result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountBalance {
    /// Its name (`Working Account`, `Utility Account`…).
    pub account: String,
    /// Its currency (`KES`).
    pub currency: String,
    /// What can be spent.
    pub available: Decimal,
    /// The balance.
    pub current: Decimal,
    /// What is reserved.
    pub reserved: Decimal,
    /// What is not yet cleared.
    pub uncleared: Decimal,
}

impl AccountBalance {
    /// `name|currency|available|current|reserved|uncleared`; none when it
    /// is not that.
    fn parse(text: &str) -> Option<Self> {
        let mut fields = text.split('|');
        let account = fields.next()?.trim().to_owned();
        let currency = fields.next()?.trim().to_owned();
        let mut amount = || fields.next()?.trim().parse::<Decimal>().ok();
        Some(Self {
            account,
            currency,
            available: amount()?,
            current: amount()?,
            reserved: amount()?,
            uncleared: amount()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::callback::decode_result;

    #[test]
    fn a_balance_result_reads_every_account() {
        let body = br#"{"Result": {"ResultType": 0, "ResultCode": 0, "ResultDesc": "ok",
            "OriginatorConversationID": "o-1", "ConversationID": "AG_1", "TransactionID": "T1",
            "ResultParameters": {"ResultParameter": {"Key": "AccountBalance",
              "Value": "Working Account|KES|700000.00|700000.00|0.00|0.00&Utility Account|KES|228037.00|228037.00|0.00|0.00"}}}}"#;
        let notice = decode_result(body).unwrap();
        let balances = notice.balances();
        assert_eq!(balances.len(), 2);
        assert_eq!(balances[1].account, "Utility Account");
        assert_eq!(balances[1].available, Decimal::new(22_803_700, 2));
    }

    #[test]
    fn keys_without_values_and_repeated_keys_are_read() {
        let body = br#"{"Result": {"ResultCode": "R000002", "OriginatorConversationID": "o", "ConversationID": "c",
            "ResultParameters": {"ResultParameter": [{"Key": "DebitPartyName", "Value": "600310 - Safaricom333"},
              {"Key": "DebitPartyName", "Value": "254708374149 - John Doe"}, {"Key": "TransactionReason"},
              {"Key": "Amount", "Value": "300"}]}}}"#;
        let notice = decode_result(body).unwrap();
        assert_eq!(notice.code, ResultCode::OriginalTransactionInvalid);
        assert!(!notice.is_completed());
        assert_eq!(
            notice.text(&ParameterKey::DebitPartyName).as_deref(),
            Some("600310 - Safaricom333")
        );
        assert_eq!(notice.value(&ParameterKey::TransactionReason), None);
        assert_eq!(notice.amount(&ParameterKey::Amount), Some(Decimal::from(300)));
        assert_eq!(notice.parameters().count(), 4);
    }
}
