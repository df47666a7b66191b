//! Tokens and sign-ins: the access tokens the sandbox issued (the
//! merchant's, or a customer's signed in with iHela), the one-time codes of
//! "log in with iHela", and the refresh tokens that renew a customer's
//! token. One lock, never held across an `await`; "now" is the sandbox's
//! clock, given by the caller.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rand::distr::{Alphanumeric, SampleString};

use crate::banking::Jwt;
use crate::data::Customer;

/// Why a token is refused.
pub const NO_CREDENTIALS: &str = "Authentication credentials were not provided.";
const INVALID_TOKEN: &str = "Invalid token.";
const EXPIRED_TOKEN: &str = "Token has expired.";
/// SimpleJWT's answer to a refresh token it does not take.
const JWT_REFUSED: &str = "Token is invalid or expired";

/// Who a token acts for.
#[derive(Debug, Clone, Copy)]
pub enum Holder {
    /// The merchant (client credentials).
    Merchant,
    /// A customer signed in with iHela.
    Customer(&'static Customer),
}

/// Who a token was issued to: a party of the merchant API, or a banking
/// partner or agent (the index of its [`crate::BankingUser`] in the
/// configuration), whose tokens open only the banking and agent services.
#[derive(Debug, Clone, Copy)]
pub enum Owner {
    /// The merchant, or a customer signed in.
    Merchant(Holder),
    /// A banking partner or agent.
    Banking(usize),
}

/// A customer's tokens, as the token endpoint answers them.
#[derive(Debug)]
pub struct Issued {
    /// The access token.
    pub access_token: String,
    /// The refresh token, when the sandbox gives them.
    pub refresh_token: Option<String>,
}

/// Why a code or a refresh token is refused (`invalid_grant`, RFC 6749
/// section 5.2), as `error_description`.
pub type Refused = &'static str;

#[derive(Debug)]
struct AccessToken {
    owner: Owner,
    expires: DateTime<Utc>,
    /// The code it was issued for, so that a code used twice revokes it.
    code: Option<String>,
}

#[derive(Debug)]
struct Code {
    client_id: String,
    redirect_uri: String,
    customer: &'static Customer,
    expires: DateTime<Utc>,
    used: bool,
}

#[derive(Debug)]
struct RefreshToken {
    client_id: String,
    customer: &'static Customer,
    code: Option<String>,
}

#[derive(Debug, Default)]
struct Inner {
    access: HashMap<String, AccessToken>,
    codes: HashMap<String, Code>,
    refresh: HashMap<String, RefreshToken>,
    /// The banking JWT refresh tokens: whose, and until when.
    jwt_refresh: HashMap<String, (usize, DateTime<Utc>)>,
    /// Access tokens issued.
    issued: u64,
    /// Every access and refresh token ever issued, for leak checks.
    every: Vec<String>,
}

/// Every token and code, shared by every request.
#[derive(Debug, Default)]
pub struct Tokens {
    inner: Mutex<Inner>,
}

fn random(length: usize) -> String {
    Alphanumeric.sample_string(&mut rand::rng(), length)
}

impl Tokens {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A new random access token for `holder` (client credentials), valid
    /// for `lifetime` from `now`.
    pub fn issue(&self, owner: Owner, lifetime: Duration, now: DateTime<Utc>) -> String {
        let token = random(40);
        self.lock().access_token(token, owner, now + lifetime, None)
    }

    /// A JWT pair for the banking user `user` (SimpleJWT's shape: an
    /// `access` token, and a `refresh` token that renews it until it
    /// expires), signed with `key`.
    pub fn issue_jwt_pair(&self, user: usize, key: &Jwt, now: DateTime<Utc>) -> (String, String) {
        let access = key.encode("access", user, now, key.access_ttl);
        let refresh = key.encode("refresh", user, now, key.refresh_ttl);
        let mut inner = self.lock();
        let access = inner.access_token(access, Owner::Banking(user), now + key.access_ttl, None);
        inner.jwt_refresh.insert(refresh.clone(), (user, now + key.refresh_ttl));
        inner.every.push(refresh.clone());
        (access, refresh)
    }

    /// A new access token for the JWT refresh token `refresh`, presented
    /// at `now`: it stays valid until it expires (SimpleJWT's default, no
    /// rotation).
    pub fn refresh_jwt(&self, refresh: &str, key: &Jwt, now: DateTime<Utc>) -> Result<String, Refused> {
        let mut inner = self.lock();
        let &(user, expires) = inner.jwt_refresh.get(refresh).ok_or(JWT_REFUSED)?;
        if now >= expires {
            return Err(JWT_REFUSED);
        }
        let access = key.encode("access", user, now, key.access_ttl);
        Ok(inner.access_token(access, Owner::Banking(user), now + key.access_ttl, None))
    }

    /// Every access and refresh token issued so far, expired, spent or not.
    pub fn issued_tokens(&self) -> Vec<String> {
        self.lock().every.clone()
    }

    /// How many access tokens were issued.
    pub fn issued(&self) -> u64 {
        self.lock().issued
    }

    /// Who `token` acts for, when it is known and not expired at `now`; the
    /// 401 detail otherwise.
    /// The banking service's tokens are not the merchant API's: invalid there.
    pub fn check(&self, token: &str, now: DateTime<Utc>) -> Result<Holder, &'static str> {
        match self.owner(token, now)? {
            Owner::Merchant(holder) => Ok(holder),
            Owner::Banking(_) => Err(INVALID_TOKEN),
        }
    }

    /// Who `token` was issued to, when it is known and not expired at
    /// `now`; the 401 detail otherwise.
    pub fn owner(&self, token: &str, now: DateTime<Utc>) -> Result<Owner, &'static str> {
        match self.lock().access.get(token) {
            None => Err(INVALID_TOKEN),
            Some(token) if now >= token.expires => Err(EXPIRED_TOKEN),
            Some(token) => Ok(token.owner),
        }
    }

    /// A one-time code for `customer`, who approved `client_id`'s login
    /// coming back to `redirect_uri`, valid until `expires`.
    pub fn issue_code(
        &self,
        client_id: &str,
        redirect_uri: &str,
        customer: &'static Customer,
        expires: DateTime<Utc>,
    ) -> String {
        let code = random(32);
        let entry = Code {
            client_id: client_id.to_owned(),
            redirect_uri: redirect_uri.to_owned(),
            customer,
            expires,
            used: false,
        };
        self.lock().codes.insert(code.clone(), entry);
        code
    }

    /// The customer's tokens for `code`, presented at `now` by `client_id`
    /// with `redirect_uri`: once, before it expires, by the client and for
    /// the redirect URI it was issued to. A code presented again is refused
    /// and revokes the tokens it gave (RFC 6749 section 4.1.2). The tokens
    /// live `lifetime`.
    pub fn redeem(
        &self,
        code: &str,
        client_id: &str,
        redirect_uri: &str,
        (now, lifetime): (DateTime<Utc>, Duration),
        with_refresh: bool,
    ) -> Result<Issued, Refused> {
        let mut inner = self.lock();
        let entry = inner.codes.get_mut(code).ok_or("Unknown code.")?;
        if entry.used {
            inner.revoke(code);
            return Err("The code was already used; the tokens it gave are revoked.");
        }
        entry.used = true;
        if now >= entry.expires {
            return Err("The code expired.");
        }
        if entry.client_id != client_id {
            return Err("The code was issued to another client.");
        }
        if entry.redirect_uri != redirect_uri {
            return Err("The redirect_uri is not the one the code was issued for.");
        }
        let customer = entry.customer;
        Ok(inner.customer_tokens(client_id, customer, now + lifetime, with_refresh, Some(code)))
    }

    /// New tokens for the customer of `refresh_token`, presented at `now` by
    /// `client_id`, living `lifetime`; the refresh token is spent (rotated).
    pub fn refresh(
        &self,
        refresh_token: &str,
        client_id: &str,
        (now, lifetime): (DateTime<Utc>, Duration),
        with_refresh: bool,
    ) -> Result<Issued, Refused> {
        let mut inner = self.lock();
        match inner.refresh.get(refresh_token) {
            None => return Err("Unknown refresh token."),
            Some(entry) if entry.client_id != client_id => return Err("The refresh token belongs to another client."),
            Some(_) => {}
        }
        let spent = inner.refresh.remove(refresh_token).ok_or("Unknown refresh token.")?;
        let code = spent.code.as_deref();
        Ok(inner.customer_tokens(client_id, spent.customer, now + lifetime, with_refresh, code))
    }
}

impl Inner {
    fn access_token(&mut self, token: String, owner: Owner, expires: DateTime<Utc>, code: Option<&str>) -> String {
        let entry = AccessToken {
            owner,
            expires,
            code: code.map(str::to_owned),
        };
        self.access.insert(token.clone(), entry);
        self.issued += 1;
        self.every.push(token.clone());
        token
    }

    fn customer_tokens(
        &mut self,
        client_id: &str,
        customer: &'static Customer,
        expires: DateTime<Utc>,
        with_refresh: bool,
        code: Option<&str>,
    ) -> Issued {
        let access_token = self.access_token(random(40), Owner::Merchant(Holder::Customer(customer)), expires, code);
        let refresh_token = with_refresh.then(|| {
            let token = random(40);
            let entry = RefreshToken {
                client_id: client_id.to_owned(),
                customer,
                code: code.map(str::to_owned),
            };
            self.refresh.insert(token.clone(), entry);
            self.every.push(token.clone());
            token
        });
        Issued {
            access_token,
            refresh_token,
        }
    }

    /// Revokes every access and refresh token that `code` gave.
    fn revoke(&mut self, code: &str) {
        let from_code = |issued: &Option<String>| issued.as_deref() == Some(code);
        self.access.retain(|_, token| !from_code(&token.code));
        self.refresh.retain(|_, token| !from_code(&token.code));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: Duration = Duration::from_secs(3600);
    const RETURN: &str = "https://shop.example/return";

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-04T10:00:00Z").unwrap().to_utc()
    }

    fn at_now() -> (DateTime<Utc>, Duration) {
        (now(), HOUR)
    }

    fn customer() -> &'static Customer {
        &crate::data::CUSTOMERS[0]
    }

    #[test]
    fn a_code_works_once_for_its_client_and_redirect_uri() {
        let tokens = Tokens::default();
        let code = tokens.issue_code("shop", RETURN, customer(), now() + HOUR);
        assert!(tokens.redeem(&code, "other", RETURN, at_now(), true).is_err());
        // Refused once, it is spent.
        assert!(tokens.redeem(&code, "shop", RETURN, at_now(), true).is_err());
        let code = tokens.issue_code("shop", RETURN, customer(), now() + HOUR);
        assert!(
            tokens
                .redeem(&code, "shop", "https://shop.example/other", at_now(), true)
                .is_err()
        );
        let code = tokens.issue_code("shop", RETURN, customer(), now() + HOUR);
        let issued = tokens.redeem(&code, "shop", RETURN, at_now(), true).unwrap();
        assert!(
            matches!(tokens.check(&issued.access_token, now()), Ok(Holder::Customer(c)) if c.customer_id == customer().customer_id)
        );
        // Used again: refused, and what it gave is revoked.
        assert!(tokens.redeem(&code, "shop", RETURN, at_now(), true).is_err());
        assert!(tokens.check(&issued.access_token, now()).is_err());
        let refresh = issued.refresh_token.unwrap();
        assert!(tokens.refresh(&refresh, "shop", at_now(), true).is_err());
    }

    #[test]
    fn codes_expire_and_refresh_tokens_rotate() {
        let tokens = Tokens::default();
        let code = tokens.issue_code("shop", RETURN, customer(), now());
        assert_eq!(
            tokens.redeem(&code, "shop", RETURN, at_now(), true).unwrap_err(),
            "The code expired."
        );
        let code = tokens.issue_code("shop", RETURN, customer(), now() + HOUR);
        let first = tokens.redeem(&code, "shop", RETURN, at_now(), true).unwrap();
        let refresh = first.refresh_token.unwrap();
        assert!(tokens.refresh(&refresh, "other", at_now(), true).is_err());
        let renewed = tokens.refresh(&refresh, "shop", at_now(), true).unwrap();
        assert!(tokens.check(&renewed.access_token, now()).is_ok());
        assert!(tokens.refresh(&refresh, "shop", at_now(), true).is_err(), "spent");
        assert!(
            tokens
                .refresh(&renewed.refresh_token.unwrap(), "shop", at_now(), false)
                .unwrap()
                .refresh_token
                .is_none()
        );
    }
}
