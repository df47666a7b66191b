//! A held bill as the contracts show it: the full bill of a bill init, where
//! the customer confirms it, and where iHela sends the customer's browser
//! afterwards.

use ihela::types::{self, BillStatus};

use crate::controls::paths;
use crate::controls::types::{BillRecord, BillView};

impl BillRecord {
    /// The full bill, as bill init (generation 1) answers it.
    pub(crate) fn answer(&self, base_url: &str) -> types::Bill {
        let merchant_user = crate::data::merchant_user();
        let merchant = types::MerchantInfo {
            id: Some(1),
            title: Some("Sandbox merchant".to_owned()),
            merchant_type: Some(types::LabelledValue {
                label: Some("Online shop".to_owned()),
                value: Some("O".to_owned()),
                css: Some("info".to_owned()),
            }),
            merchant_slug: Some("sandbox-merchant".to_owned()),
            merchant_logo: None,
            merchant_code: Some(1),
        };
        types::Bill {
            merchant: Some(types::BillMerchant {
                title: Some("Sandbox merchant".to_owned()),
                merchant: Some(merchant),
                user: Some(merchant_user.clone()),
            }),
            initiated_by: Some(merchant_user),
            paid_by: None,
            amount: self.amount.to_decimal(),
            currency: Some(108),
            currency_info: Some(types::CurrencyInfo {
                iso_code: Some(108),
                iso_alpha_code: Some("BIF".to_owned()),
                title: Some("Burundian franc".to_owned()),
                abbreviation: Some("FBu".to_owned()),
                operation_min_amount: Some(crate::data::amount(1)),
            }),
            description: Some(self.description.to_string()),
            merchant_reference: self.merchant_reference.clone(),
            status: Some(status_info(&self.state)),
            expired: Some(self.state == BillStatus::Expired),
            code: self.code.clone(),
            redirect_uri: self.redirect_uri.clone(),
            confirmation_uri: self.confirmation_uri(base_url),
            payment_reference: self.bank_reference.clone(),
            created_at: Some(self.created_at),
        }
    }

    /// Where the customer confirms the bill: the sandbox shows it there.
    pub(crate) fn confirmation_uri(&self, base_url: &str) -> String {
        format!("{base_url}{}", paths::show_bill(&self.code))
    }

    /// Where iHela sends the customer's browser: the bill's redirect URI
    /// with the redirect parameters of the contract.
    fn redirect_url(&self) -> Option<String> {
        let params = types::RedirectParams {
            merchant_reference: self.merchant_reference.clone(),
            bill_code: self.code.clone(),
            paid: self.bank_reference.is_some(),
            status: self.state.clone(),
            bank_reference: self.bank_reference.clone(),
        };
        crate::urls::with_params(self.redirect_uri.as_deref()?, &params)
    }

    /// The bill as a control leaves it, without a callback.
    pub(crate) fn view(&self, base_url: &str) -> BillView {
        BillView {
            bill: self.answer(base_url),
            status: self.state.clone(),
            redirect_url: self.redirect_url(),
            callback: None,
        }
    }
}

/// The label, one-letter value and CSS class of a bill's status, as a full
/// bill (bill init) shows it.
fn status_info(status: &BillStatus) -> types::BillStatusInfo {
    let (label, value, css) = match status {
        BillStatus::Pending => (BillStatus::Initiated, "I", "warning"),
        BillStatus::Paid => (BillStatus::Paid, "P", "success"),
        BillStatus::Expired => (BillStatus::Expired, "E", "secondary"),
        BillStatus::Error => (BillStatus::Error, "F", "danger"),
        other => (other.clone(), "C", "secondary"),
    };
    types::BillStatusInfo {
        label: Some(label),
        value: Some(value.to_owned()),
        css: Some(css.to_owned()),
    }
}
