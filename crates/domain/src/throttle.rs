//! Sign-in throttling: pure rules deciding whether a sign-in attempt may
//! have its password checked, following OWASP's authentication guidance and
//! NIST SP 800-63B (at most 100 consecutive failures per account).
//!
//! Three counters are kept, so that an attacker slows only their own
//! attempts and cannot lock the owner out:
//!
//! - **account at address**: five free failures in 15 minutes, then a wait
//!   that doubles from 30 seconds up to 15 minutes. Guessing one account
//!   from one place slows down; the owner elsewhere is untouched.
//! - **address**: a ceiling of 100 failures in 15 minutes across all
//!   accounts (password spraying), then the same doubling wait. Successful
//!   sign-ins give their attempt back, so an office behind one address is
//!   not slowed by its own people.
//! - **account**: a hard cap of 90 consecutive failures from anywhere (a
//!   guesser spread over many addresses). At the cap password sign-in is
//!   refused until the password is set again through a reset link; a
//!   successful sign-in or any new password starts the count again.
//!
//! Every attempt is counted *before* its password is checked (as a failure
//! that a success gives back), atomically per counter, so concurrent
//! attempts cannot all slip in under the limit.

use chrono::{DateTime, Duration, Utc};
use std::net::IpAddr;

/// Failed sign-ins counted for one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottleState {
    pub failures: i32,
    pub window_started_at: DateTime<Utc>,
    pub locked_until: Option<DateTime<Utc>>,
}

/// A windowed back-off: `free` failures within `window` are allowed; each
/// further failure locks the key for twice as long as the last, from `base`
/// up to `cap`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackOff {
    pub free: i32,
    pub window: Duration,
    pub base: Duration,
    pub cap: Duration,
}

impl BackOff {
    /// Per account at one address: five tries, then 30 s, 60 s, … up to 15
    /// minutes.
    pub fn account_at_address() -> Self {
        Self {
            free: 5,
            window: Duration::minutes(15),
            base: Duration::seconds(30),
            cap: Duration::minutes(15),
        }
    }

    /// Per address, across accounts: a ceiling of 100 failures in 15
    /// minutes, then the same doubling wait.
    pub fn address() -> Self {
        Self {
            free: 100,
            ..Self::account_at_address()
        }
    }

    /// Seconds to wait before another try, if the key is locked now.
    pub fn retry_after(&self, state: Option<&ThrottleState>, now: DateTime<Utc>) -> Option<u64> {
        let until = state?.locked_until?;
        (until > now).then(|| (until - now).num_seconds().max(1) as u64)
    }

    /// The state after one more failure at `now`.
    pub fn after_failure(
        &self,
        state: Option<&ThrottleState>,
        now: DateTime<Utc>,
    ) -> ThrottleState {
        let (failures, started) = match state {
            Some(s)
                if now - s.window_started_at < self.window
                    || s.locked_until.is_some_and(|u| u > now) =>
            {
                (s.failures + 1, s.window_started_at)
            }
            _ => (1, now),
        };
        let locked_until = (failures > self.free).then(|| {
            let doublings = (failures - self.free - 1).clamp(0, 16) as u32;
            let wait = self.base * 2i32.pow(doublings);
            now + wait.min(self.cap)
        });
        ThrottleState {
            failures,
            window_started_at: started,
            locked_until,
        }
    }

    /// Gives back the failure counted in advance for an attempt that
    /// succeeded; the lock goes once the count is within the free allowance.
    pub fn refund(&self, state: Option<&ThrottleState>) -> Option<ThrottleState> {
        let s = state?;
        let failures = s.failures - 1;
        if failures <= 0 {
            return None;
        }
        Some(ThrottleState {
            failures,
            window_started_at: s.window_started_at,
            locked_until: s.locked_until.filter(|_| failures > self.free),
        })
    }
}

/// Consecutive failed sign-ins to one account, from any address, before
/// password sign-in stops until the password is set again (NIST SP
/// 800-63B allows at most 100).
pub const ACCOUNT_FAILURE_CAP: i32 = 90;

/// One of the counters a sign-in attempt is counted against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThrottleKey {
    AccountAtAddress { email: String, address: String },
    Address(String),
    Account(String),
}

impl ThrottleKey {
    /// The counters for a sign-in to `email` from `client` (if known), in
    /// the order they are locked (by storage key, the same for every
    /// attempt, so that concurrent attempts cannot deadlock).
    pub fn for_sign_in(email: &str, client: Option<IpAddr>) -> Vec<ThrottleKey> {
        let address = client.map(address_key).unwrap_or_else(|| "unknown".into());
        let mut keys = vec![
            ThrottleKey::AccountAtAddress {
                email: email.to_string(),
                address: address.clone(),
            },
            ThrottleKey::Account(email.to_string()),
        ];
        if client.is_some() {
            keys.push(ThrottleKey::Address(address));
        }
        keys.sort_by_key(ThrottleKey::storage_key);
        keys
    }

    /// The key a counter is stored under.
    pub fn storage_key(&self) -> String {
        match self {
            Self::AccountAtAddress { email, address } => format!("account-at:{address}:{email}"),
            Self::Address(address) => format!("address:{address}"),
            Self::Account(email) => format!("account:{email}"),
        }
    }
}

/// Counters at an address (with or without an account) say nothing once
/// they are this old and unlocked: their window has long passed. The
/// per-account counts of consecutive failures are kept until a success or a
/// new password.
pub const ADDRESS_COUNTERS_KEPT: Duration = Duration::days(1);

/// The storage-key prefixes of the counters that [`ADDRESS_COUNTERS_KEPT`]
/// applies to.
pub const ADDRESS_COUNTER_PREFIXES: [&str; 2] = ["account-at:", "address:"];

/// How a client address is counted: IPv4 as is, IPv6 by its /64 network
/// (one subscriber usually holds a whole /64), IPv4-mapped IPv6 as IPv4.
pub fn address_key(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

/// Why an attempt was not let through to a password check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Try again after this many seconds.
    Wait(u64),
    /// The account reached [`ACCOUNT_FAILURE_CAP`]: only a new password
    /// (through a reset link) opens it again.
    AccountLocked,
}

/// Decides an attempt against its counters' current states (read under a
/// lock): either every counter's new state, counting this attempt as a
/// failure in advance, or the refusal (and nothing is counted).
pub fn admit(
    counters: &[(ThrottleKey, Option<ThrottleState>)],
    now: DateTime<Utc>,
) -> Result<Vec<ThrottleState>, Refusal> {
    let mut wait = None::<u64>;
    for (key, state) in counters {
        match key {
            ThrottleKey::Account(_) => {
                if state.is_some_and(|s| s.failures >= ACCOUNT_FAILURE_CAP) {
                    return Err(Refusal::AccountLocked);
                }
            }
            ThrottleKey::AccountAtAddress { .. } | ThrottleKey::Address(_) => {
                if let Some(s) = back_off(key).retry_after(state.as_ref(), now) {
                    wait = Some(wait.map_or(s, |w| w.max(s)));
                }
            }
        }
    }
    if let Some(seconds) = wait {
        return Err(Refusal::Wait(seconds));
    }
    Ok(counters
        .iter()
        .map(|(key, state)| match key {
            ThrottleKey::Account(_) => ThrottleState {
                failures: state.map_or(0, |s| s.failures) + 1,
                window_started_at: state.map_or(now, |s| s.window_started_at),
                locked_until: None,
            },
            _ => back_off(key).after_failure(state.as_ref(), now),
        })
        .collect())
}

/// The counter's state after the attempt counted by [`admit`] succeeded:
/// `None` removes it. The account and the account at this address start
/// again; the address gets its attempt back.
pub fn after_success(key: &ThrottleKey, state: Option<&ThrottleState>) -> Option<ThrottleState> {
    match key {
        ThrottleKey::Address(_) => BackOff::address().refund(state),
        ThrottleKey::AccountAtAddress { .. } | ThrottleKey::Account(_) => None,
    }
}

fn back_off(key: &ThrottleKey) -> BackOff {
    match key {
        ThrottleKey::Address(_) => BackOff::address(),
        _ => BackOff::account_at_address(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    fn at(email: &str, ip: [u8; 4]) -> Vec<ThrottleKey> {
        ThrottleKey::for_sign_in(email, Some(IpAddr::V4(Ipv4Addr::from(ip))))
    }

    /// Runs `n` failed attempts through `admit`, returning how many were
    /// let through to a password check.
    fn fail(
        store: &mut std::collections::HashMap<String, ThrottleState>,
        keys: &[ThrottleKey],
        n: usize,
        now: DateTime<Utc>,
    ) -> usize {
        let mut checked = 0;
        for _ in 0..n {
            let counters: Vec<_> = keys
                .iter()
                .map(|k| (k.clone(), store.get(&k.storage_key()).copied()))
                .collect();
            if let Ok(next) = admit(&counters, now) {
                checked += 1;
                for (k, s) in keys.iter().zip(next) {
                    store.insert(k.storage_key(), s);
                }
            }
        }
        checked
    }

    #[test]
    fn five_failures_are_free_then_the_wait_doubles_up_to_the_cap() {
        let p = BackOff::account_at_address();
        let now = Utc::now();
        let mut state = None;
        for _ in 0..5 {
            state = Some(p.after_failure(state.as_ref(), now));
            assert_eq!(p.retry_after(state.as_ref(), now), None);
        }
        let waits: Vec<u64> = (0..7)
            .map(|_| {
                state = Some(p.after_failure(state.as_ref(), now));
                p.retry_after(state.as_ref(), now).unwrap()
            })
            .collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 900, 900]);
    }

    #[test]
    fn failures_outside_the_window_start_counting_again() {
        let p = BackOff::account_at_address();
        let start = Utc::now();
        let mut state = p.after_failure(None, start);
        for _ in 0..3 {
            state = p.after_failure(Some(&state), start);
        }
        let later = start + Duration::minutes(16);
        let fresh = p.after_failure(Some(&state), later);
        assert_eq!(fresh.failures, 1);
        assert_eq!(fresh.window_started_at, later);
    }

    #[test]
    fn an_attacker_at_one_address_gets_six_checks_and_the_owner_elsewhere_is_let_through() {
        let now = Utc::now();
        let mut store = Default::default();
        let attacker = at("ann@example.org", [203, 0, 113, 5]);
        assert_eq!(fail(&mut store, &attacker, 50, now), 6);
        let owner = at("ann@example.org", [198, 51, 100, 7]);
        let counters: Vec<_> = owner
            .iter()
            .map(|k| (k.clone(), store.get(&k.storage_key()).copied()))
            .collect();
        assert!(admit(&counters, now).is_ok());
        let attacker_again: Vec<_> = attacker
            .iter()
            .map(|k| (k.clone(), store.get(&k.storage_key()).copied()))
            .collect();
        assert_eq!(admit(&attacker_again, now), Err(Refusal::Wait(30)));
    }

    #[test]
    fn an_address_spraying_many_accounts_is_stopped_after_one_hundred_failures() {
        let now = Utc::now();
        let mut store = Default::default();
        let mut checked = 0;
        for i in 0..40 {
            checked += fail(
                &mut store,
                &at(&format!("p{i}@example.org"), [203, 0, 113, 9]),
                3,
                now,
            );
        }
        assert_eq!(checked, 101, "100 free failures, one more starts the wait");
        assert_eq!(
            fail(&mut store, &at("p0@example.org", [192, 0, 2, 1]), 1, now),
            1,
            "someone at another address is not affected"
        );
    }

    #[test]
    fn an_account_guessed_from_many_addresses_stops_at_the_hard_cap_for_everyone() {
        let now = Utc::now();
        let mut store = Default::default();
        let mut checked = 0;
        for i in 0..40u8 {
            checked += fail(&mut store, &at("ann@example.org", [203, 0, 113, i]), 5, now);
        }
        assert_eq!(checked as i32, ACCOUNT_FAILURE_CAP);
        let owner = at("ann@example.org", [198, 51, 100, 7]);
        let counters: Vec<_> = owner
            .iter()
            .map(|k| (k.clone(), store.get(&k.storage_key()).copied()))
            .collect();
        assert_eq!(admit(&counters, now), Err(Refusal::AccountLocked));
    }

    #[test]
    fn a_success_clears_the_account_counters_and_gives_the_address_its_attempt_back() {
        let now = Utc::now();
        let two = ThrottleState {
            failures: 2,
            window_started_at: now,
            locked_until: None,
        };
        let email = "ann@example.org".to_string();
        let address = "192.0.2.1".to_string();
        let pair = ThrottleKey::AccountAtAddress {
            email: email.clone(),
            address: address.clone(),
        };
        let ip = ThrottleKey::Address(address);
        assert_eq!(after_success(&pair, Some(&two)), None);
        assert_eq!(
            after_success(&ThrottleKey::Account(email), Some(&two)),
            None
        );
        assert_eq!(after_success(&ip, Some(&two)).map(|s| s.failures), Some(1));
        let locked = ThrottleState {
            failures: 101,
            window_started_at: now,
            locked_until: Some(now + Duration::seconds(30)),
        };
        assert_eq!(
            after_success(&ip, Some(&locked)).unwrap().locked_until,
            None,
            "back within the ceiling, the lock goes"
        );
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_slash_64_and_mapped_ipv4_as_ipv4() {
        let a: Ipv6Addr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: Ipv6Addr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        assert_eq!(address_key(a.into()), address_key(b.into()));
        assert_eq!(address_key(a.into()), "2001:db8:1:2::/64");
        let mapped: Ipv6Addr = "::ffff:192.0.2.1".parse().unwrap();
        assert_eq!(address_key(mapped.into()), "192.0.2.1");
    }
}
