//! A programme's reminder policy: per kind, the offsets (in the kind's
//! unit, before or after its day) at which to remind. Absent kinds take the
//! defaults.

use super::kind::ReminderKind;
use crate::programme::Invalid;
use std::collections::BTreeMap;

/// The most reminders of one kind about one thing.
pub const MAX_OFFSETS: usize = 5;
/// The furthest an offset may reach, in days (about a school year).
pub const MAX_OFFSET_DAYS: i32 = 200;

/// One kind's offsets, largest first (so earliest first for "before").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRule {
    pub offsets: Vec<i32>,
}

impl ReminderRule {
    /// Checks the offsets a programme officer entered for `kind`: each
    /// between 0 and [`MAX_OFFSET_DAYS`], at most [`MAX_OFFSETS`], and no
    /// two the same (two on one day would remind more than daily); for a
    /// repeated kind, one interval of at least a day.
    pub fn parse(kind: ReminderKind, offsets: &[i32]) -> Result<Self, Invalid> {
        if kind.repeats() {
            return match offsets {
                [every] if *every >= 1 && *every <= MAX_OFFSET_DAYS => Ok(ReminderRule {
                    offsets: vec![*every],
                }),
                [every] if *every < 1 => Err((
                    "offsets",
                    format!(
                        "Reminding every {every} days would remind more than once a day; enter \
                         a number of days from 1."
                    ),
                )),
                [every] => Err((
                    "offsets",
                    format!("Remind at most every {MAX_OFFSET_DAYS} days ({every} is too far)."),
                )),
                _ => Err((
                    "offsets",
                    "Enter one number: how many days apart the reminders are.".to_owned(),
                )),
            };
        }
        if offsets.len() > MAX_OFFSETS {
            return Err((
                "offsets",
                format!(
                    "Enter at most {MAX_OFFSETS} offsets (you entered {}).",
                    offsets.len()
                ),
            ));
        }
        for &o in offsets {
            if o < 0 {
                return Err((
                    "offsets",
                    format!("An offset cannot be negative ({o}); enter a number of days from 0."),
                ));
            }
            if o > MAX_OFFSET_DAYS {
                return Err((
                    "offsets",
                    format!("An offset can be at most {MAX_OFFSET_DAYS} days ({o} is too far)."),
                ));
            }
        }
        let mut sorted = offsets.to_vec();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        if let Some(w) = sorted.windows(2).find(|w| w[0] == w[1]) {
            return Err((
                "offsets",
                format!(
                    "The offset {} is entered twice: that would remind more than once a day.",
                    w[0]
                ),
            ));
        }
        Ok(ReminderRule { offsets: sorted })
    }
}

/// A programme's policy: the rules it set, defaults for the rest.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReminderPolicy {
    rules: BTreeMap<ReminderKind, ReminderRule>,
}

impl ReminderPolicy {
    /// A policy from the rules a programme stored.
    pub fn new(rules: impl IntoIterator<Item = (ReminderKind, ReminderRule)>) -> Self {
        ReminderPolicy {
            rules: rules.into_iter().collect(),
        }
    }

    /// The rule for `kind`: the programme's, or the default.
    pub fn rule(&self, kind: ReminderKind) -> ReminderRule {
        self.rules
            .get(&kind)
            .cloned()
            .unwrap_or_else(|| ReminderRule {
                offsets: kind.default_offsets().to_vec(),
            })
    }

    /// Whether `kind` follows the default.
    pub fn is_default(&self, kind: ReminderKind) -> bool {
        !self.rules.contains_key(&kind)
    }
}
