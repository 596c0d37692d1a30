//! The outbox dispatcher: claims due rows with a lease, sends them, and
//! records each outcome. Delivery is at least once: a sender that dies
//! between the server's acceptance and the row being marked sent leaves a
//! message that is sent again after its lease expires, under the same
//! Message-ID, so the duplicate can be recognised.

use crate::message::compose;
use crate::templates::Templates;
use crate::transport::{Delivered, Transport};
use chrono::{DateTime, Duration, Utc};
use domain::Clock;
use lettre::message::Mailbox;
use std::sync::Arc;
use store::outbox::{self, OutboxRow, Settlement};
use store::Store;
use tokio::sync::watch;

/// How the dispatcher paces itself.
#[derive(Debug, Clone)]
pub struct OutboxSettings {
    /// How long a claim lasts without renewal.
    pub lease: Duration,
    /// How often to look for due messages when idle (and to renew leases).
    pub poll: std::time::Duration,
    /// Attempts before a message that keeps failing for now is failed.
    pub max_attempts: u32,
    /// The wait after the first failed attempt; doubled after each more.
    pub backoff_base: Duration,
    /// The longest wait between attempts.
    pub backoff_cap: Duration,
    /// Messages claimed at a time.
    pub batch: u64,
}

impl Default for OutboxSettings {
    fn default() -> Self {
        Self {
            lease: Duration::seconds(60),
            poll: std::time::Duration::from_secs(1),
            max_attempts: 8,
            backoff_base: Duration::seconds(30),
            backoff_cap: Duration::hours(1),
            batch: 10,
        }
    }
}

impl OutboxSettings {
    /// The wait after the `failures`-th failed attempt (1-based).
    pub fn backoff(&self, failures: u32) -> Duration {
        let factor = 1i64 << failures.saturating_sub(1).min(30);
        let wait = self
            .backoff_base
            .checked_mul(factor as i32)
            .unwrap_or(self.backoff_cap);
        wait.min(self.backoff_cap)
    }
}

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub claimed: usize,
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
}

/// The dispatcher of one process.
pub struct Dispatcher {
    store: Store,
    transport: Transport,
    templates: Arc<Templates>,
    from: Mailbox,
    clock: Arc<dyn Clock>,
    settings: OutboxSettings,
    owner: String,
    /// With reminders on, the address their links start with.
    reminders: Option<String>,
}

impl Dispatcher {
    pub fn new(
        store: Store,
        transport: Transport,
        from: Mailbox,
        clock: Arc<dyn Clock>,
        settings: OutboxSettings,
    ) -> Self {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "quads".into());
        let owner = format!(
            "{host}:{}:{}",
            std::process::id(),
            &uuid::Uuid::new_v4().simple().to_string()[..8]
        );
        Self {
            store,
            transport,
            templates: Arc::new(Templates::new()),
            from,
            clock,
            settings,
            owner,
            reminders: None,
        }
    }

    /// Turns due reminders into mail at the start of every pass, with links
    /// starting at `public_url`.
    pub fn with_reminders(mut self, public_url: &str) -> Self {
        self.reminders = Some(public_url.trim_end_matches('/').to_owned());
        self
    }

    /// The name this dispatcher's leases carry.
    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// Runs until `stop` turns true (or its sender is dropped), then gives
    /// back the leases it still holds.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        tracing::info!(owner = %self.owner, transport = ?self.transport, "outbox dispatcher started");
        while !*stop.borrow() {
            let busy = match self.pass(&stop).await {
                Ok(pass) => pass.claimed > 0,
                Err(e) => {
                    tracing::warn!(error = %e, "outbox pass failed; trying again");
                    false
                }
            };
            if !busy {
                tokio::select! {
                    changed = stop.changed() => if changed.is_err() { break },
                    _ = tokio::time::sleep(self.settings.poll) => {}
                }
            }
        }
        match outbox::release(self.store.conn(), &self.owner).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(released = n, "outbox leases given back"),
            Err(e) => {
                tracing::warn!(error = %e, "cannot give back outbox leases; they will expire")
            }
        }
        tracing::info!("outbox dispatcher stopped");
    }

    /// Claims one batch and sends it, renewing the leases while sending;
    /// stops between messages when `stop` turns true.
    pub async fn pass(&self, stop: &watch::Receiver<bool>) -> Result<Pass, store::StoreError> {
        let now = self.clock.now();
        if let Some(public_url) = &self.reminders {
            // A failed scan leaves its reminders pending for the next pass;
            // mail already queued is still sent.
            if let Err(e) =
                store::reminders::scan(self.store.conn(), now, public_url, self.settings.batch)
                    .await
            {
                tracing::warn!(error = %e, "reminder scan failed; trying again");
            }
        }
        let batch = outbox::claim(
            self.store.conn(),
            &self.owner,
            now,
            self.settings.lease,
            self.settings.batch,
        )
        .await?;
        let mut pass = Pass {
            claimed: batch.len(),
            ..Pass::default()
        };
        if batch.is_empty() {
            return Ok(pass);
        }
        let sending = async {
            for row in &batch {
                if *stop.borrow() {
                    break;
                }
                match self.deliver(row).await {
                    Ok(Some(Settlement::Sent)) => pass.sent += 1,
                    Ok(Some(Settlement::Retry { .. })) => pass.retried += 1,
                    Ok(Some(Settlement::Failed { .. })) => pass.failed += 1,
                    Ok(None) => {}
                    Err(e) => {
                        tracing::warn!(id = %row.id, error = %e, "cannot record an outbox attempt")
                    }
                }
            }
        };
        tokio::select! {
            _ = sending => {}
            _ = self.keep_leases(now + self.settings.lease) => {}
        }
        Ok(pass)
    }

    /// Renews this dispatcher's leases once half of one has passed, checking
    /// at every poll interval. Never completes.
    async fn keep_leases(&self, mut expires: DateTime<Utc>) {
        loop {
            tokio::time::sleep(self.settings.poll).await;
            let now = self.clock.now();
            if now + self.settings.lease / 2 >= expires {
                let until = now + self.settings.lease;
                match outbox::renew(self.store.conn(), &self.owner, until).await {
                    Ok(_) => expires = until,
                    Err(e) => tracing::warn!(error = %e, "cannot renew outbox leases"),
                }
            }
        }
    }

    /// Sends one row and records the outcome; `None` when the lease was
    /// lost meanwhile (another sender has the row).
    async fn deliver(&self, row: &OutboxRow) -> Result<Option<Settlement>, store::StoreError> {
        let outcome = match compose(&self.templates, row, &self.from) {
            Err(e) => Settlement::Failed {
                error: e.to_string(),
            },
            Ok(message) => match self.transport.send(&message).await {
                Ok(delivered) => {
                    if let Delivered::File(path) = &delivered {
                        tracing::info!(to = %row.recipient, template = %row.template, file = %path.display(), "mail written to a file");
                    } else {
                        tracing::info!(to = %row.recipient, template = %row.template, "mail sent");
                    }
                    Settlement::Sent
                }
                Err(e) if e.permanent => Settlement::Failed { error: e.reason },
                Err(e) => {
                    let failures = u32::try_from(row.attempts).unwrap_or(0) + 1;
                    if failures >= self.settings.max_attempts {
                        Settlement::Failed {
                            error: format!("gave up after {failures} attempts: {}", e.reason),
                        }
                    } else {
                        Settlement::Retry {
                            next_due: self.clock.now() + self.settings.backoff(failures),
                            error: e.reason,
                        }
                    }
                }
            },
        };
        match &outcome {
            Settlement::Sent => {}
            Settlement::Retry { error, next_due } => {
                tracing::warn!(id = %row.id, to = %row.recipient, %error, %next_due, "mail not sent; will retry")
            }
            Settlement::Failed { error } => {
                tracing::error!(id = %row.id, to = %row.recipient, %error, "mail failed permanently")
            }
        }
        let held = outbox::settle(
            self.store.conn(),
            row.id,
            &self.owner,
            outcome.clone(),
            self.clock.now(),
        )
        .await?;
        if !held {
            tracing::warn!(id = %row.id, "outbox lease lost before the attempt was recorded");
            return Ok(None);
        }
        Ok(Some(outcome))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_the_base_up_to_the_cap() {
        let s = OutboxSettings {
            backoff_base: Duration::seconds(30),
            backoff_cap: Duration::seconds(300),
            ..OutboxSettings::default()
        };
        let waits: Vec<i64> = (1..=6).map(|n| s.backoff(n).num_seconds()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 300, 300]);
        assert_eq!(s.backoff(200).num_seconds(), 300);
    }
}
