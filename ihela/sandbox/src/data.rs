//! The banks and customers the sandbox knows: those of the source documents,
//! and one customer more per bank.

use ihela::{BankType, types};

use rust_decimal::Decimal;

/// A value the sandbox checked when it was asked, or made itself, or holds
/// in its tables, as its generated type.
pub fn valid<T>(value: &str) -> T
where
    T: for<'a> TryFrom<&'a str, Error = types::error::ConversionError>,
{
    T::try_from(value).unwrap_or_else(|e| unreachable!("{value:?} was checked when it was asked: {e}"))
}

/// An amount as iHela answers it: francs with two decimal places.
pub fn amount(francs: u64) -> Decimal {
    Decimal::from(francs) * Decimal::new(100, 2)
}

/// A bank or wallet.
#[derive(Debug)]
pub struct Bank {
    /// Its slug (`MF1-0001`).
    pub slug: &'static str,
    /// Its name.
    pub name: &'static str,
    /// Microfinance, bank or mobile wallet.
    pub bank_type: BankType,
    /// Its number in the slug.
    pub code: u32,
    /// Amount limits (minimum, maximum) for money in and money out, when it has them.
    pub limits: Option<Limits>,
    /// The input mask of an account number.
    pub account_mask: Option<&'static str>,
}

/// A bank's amount limits, in francs.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The smallest and largest amount paid into an account (cash-in).
    pub money_in: (u64, u64),
    /// The smallest and largest amount paid from an account (a bill).
    pub money_out: (u64, u64),
}

impl Bank {
    /// Whether it is a mobile wallet (its bills expire sooner).
    pub fn is_wallet(&self) -> bool {
        self.bank_type == BankType::Mob
    }

    /// The bank as the bank list shows it.
    pub fn answer(&self) -> types::Bank {
        let limits = self.limits.map(|l| types::BankLimits {
            in_minimum: Some(amount(l.money_in.0)),
            in_maximum: Some(amount(l.money_in.1)),
            out_minimum: Some(amount(l.money_out.0)),
            out_maximum: Some(amount(l.money_out.1)),
        });
        let company = types::Company {
            name: Some(self.name.to_owned()),
            fullname: Some(self.name.to_owned()),
            nickname: None,
            slug: Some(self.name.to_lowercase().replace(' ', "-")),
            image: None,
            about: Some(String::new()),
            logo: None,
            logo_icon: None,
        };
        types::Bank {
            slug: valid(self.slug),
            name: self.name.to_owned(),
            swift_code: None,
            bank_code: Some(i64::from(self.code)),
            bank_type: Some(self.bank_type.clone()),
            can_create_account_online: Some(false),
            is_active: Some(true),
            company: Some(company),
            limits_config: limits,
            account_masked_text: self.account_mask.map(str::to_owned),
            ihela_account_inside: None,
        }
    }
}

/// iHela Credit Union's own bank: where a bill goes when no bank is named.
pub const IHELA_BANK: &str = "MF1-0001";

/// Every bank, in the bank list's order.
pub const BANKS: &[Bank] = &[
    Bank {
        slug: "MF1-0001",
        name: "iHela Credit Union",
        bank_type: BankType::Mf1,
        code: 1,
        limits: None,
        account_mask: Some("000000-00"),
    },
    Bank {
        slug: "BNQ-0002",
        name: "Mutec",
        bank_type: BankType::Bnq,
        code: 2,
        limits: None,
        account_mask: None,
    },
    Bank {
        slug: "MOB-0003",
        name: "EcoCash",
        bank_type: BankType::Mob,
        code: 3,
        limits: Some(Limits {
            money_in: (100, 2_000_000),
            money_out: (100, 2_000_000),
        }),
        account_mask: None,
    },
    Bank {
        slug: "MOB-0006",
        name: "PesaFlash",
        bank_type: BankType::Mob,
        code: 6,
        limits: Some(Limits {
            money_in: (10_000, 50_000_000),
            money_out: (10_000, 50_000_000),
        }),
        account_mask: None,
    },
];

/// The sandbox's merchant, the user behind its tokens.
pub fn merchant_user() -> types::User {
    types::User {
        username: Some("sandbox-merchant".to_owned()),
        email: Some("merchant@sandbox.invalid".to_owned()),
        ihela_code: Some("SBX-MERCHANT".to_owned()),
        bio: Some("The iHela sandbox's merchant".to_owned()),
        image: None,
        following: Some(false),
    }
}

/// The bank with `slug`.
pub fn bank(slug: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|bank| bank.slug == slug)
}

/// A customer of a bank.
#[derive(Debug)]
pub struct Customer {
    /// The bank's slug.
    pub bank: &'static str,
    /// The customer's id in the bank (for a wallet, the phone number).
    pub customer_id: &'static str,
    /// The account number.
    pub account_number: &'static str,
    /// The account holder's name.
    pub name: &'static str,
}

/// Every customer.
pub const CUSTOMERS: &[Customer] = &[
    Customer {
        bank: "MF1-0001",
        customer_id: "76000111",
        account_number: "000001-01",
        name: "Bigirimana Fabrice",
    },
    Customer {
        bank: "MF1-0001",
        customer_id: "76000116",
        account_number: "000016-01",
        name: "Irakoze Aline",
    },
    Customer {
        bank: "BNQ-0002",
        customer_id: "20000201",
        account_number: "0002-000201",
        name: "Niyonkuru Eric",
    },
    Customer {
        bank: "MOB-0003",
        customer_id: "+25779000003",
        account_number: "79000003",
        name: "Ndayishimiye Diane",
    },
    Customer {
        bank: "MOB-0006",
        customer_id: "+25768000006",
        account_number: "68000006",
        name: "Hakizimana Jean",
    },
];

/// The customer of `bank` whose id or account number is `who`.
pub fn customer(bank: &str, who: &str) -> Option<&'static Customer> {
    CUSTOMERS
        .iter()
        .find(|c| c.bank == bank && (c.customer_id == who || c.account_number == who))
}

/// The customers who can sign in with iHela: those with an account at iHela
/// Credit Union, in the table's order.
pub fn ihela_customers() -> impl Iterator<Item = &'static Customer> {
    CUSTOMERS.iter().filter(|customer| customer.bank == IHELA_BANK)
}

/// The customer who can sign in with iHela under `customer_id`.
pub fn ihela_customer(customer_id: &str) -> Option<&'static Customer> {
    ihela_customers().find(|customer| customer.customer_id == customer_id)
}

impl Customer {
    /// The customer as an iHela user: what `connected-user/` answers with
    /// their token.
    pub fn user(&self) -> types::User {
        let username = self.name.to_lowercase().replace(' ', ".");
        types::User {
            email: Some(format!("{username}@customers.sandbox.invalid")),
            username: Some(username),
            ihela_code: Some(self.customer_id.to_owned()),
            bio: None,
            image: None,
            following: Some(false),
        }
    }
}
