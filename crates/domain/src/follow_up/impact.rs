//! Impact arithmetic: the change between a baseline and a later value,
//! exact in decimal (never floating point), as reports state it: in
//! percentage points to one decimal for percentages, whole for counts,
//! rounded half away from zero, always with its sign.

use crate::programme::Invalid;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// An impact measure's unit.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum ImpactUnit {
    /// A percentage of the learner group, 0 to 100.
    Percent,
    /// A whole number of learners (or of anything counted), 0 or more.
    Count,
}

/// The largest count accepted.
pub const MAX_COUNT: i64 = 1_000_000_000;
/// The most decimal places a value may have.
pub const MAX_DECIMALS: u32 = 2;

/// A value as entered ("93.2", " 95.70 "), checked for its unit and
/// normalised ("95.7"); the refusal names `field`.
pub fn parse_value(field: &'static str, unit: ImpactUnit, raw: &str) -> Result<Decimal, Invalid> {
    let text = raw.trim();
    if text.is_empty() {
        return Err((field, "Enter a value".to_owned()));
    }
    let plain = text.len() <= 20
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && text.chars().filter(|c| *c == '.').count() <= 1;
    let value = plain
        .then(|| text.parse::<Decimal>().ok())
        .flatten()
        .ok_or_else(|| (field, "Enter a number, like 93.2".to_owned()))?;
    if value.normalize().scale() > MAX_DECIMALS {
        return Err((
            field,
            format!("Enter a number with at most {MAX_DECIMALS} decimal places"),
        ));
    }
    match unit {
        ImpactUnit::Percent if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED => {
            Err((field, "A percentage must be between 0 and 100".to_owned()))
        }
        ImpactUnit::Count if value < Decimal::ZERO || value > Decimal::from(MAX_COUNT) => {
            Err((field, format!("A count must be between 0 and {MAX_COUNT}")))
        }
        ImpactUnit::Count if !value.fract().is_zero() => {
            Err((field, "A count must be a whole number".to_owned()))
        }
        _ => Ok(value.normalize()),
    }
}

/// The change from `baseline` to `later`, rounded as reports state it,
/// with its sign: "+2.5", "-0.2", "0.0" (percent) or "+12", "-3", "0"
/// (count).
pub fn change(unit: ImpactUnit, baseline: Decimal, later: Decimal) -> String {
    let places = match unit {
        ImpactUnit::Percent => 1,
        ImpactUnit::Count => 0,
    };
    let mut d =
        (later - baseline).round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    if d.is_zero() {
        // -0.0 reads as no change.
        d = Decimal::ZERO;
    }
    d.rescale(places);
    if d > Decimal::ZERO {
        format!("+{d}")
    } else {
        d.to_string()
    }
}

/// The change in words, as reports state it: "+2.5 percentage points",
/// "+12".
pub fn change_text(unit: ImpactUnit, baseline: Decimal, later: Decimal) -> String {
    let c = change(unit, baseline, later);
    match unit {
        ImpactUnit::Percent => format!("{c} percentage points"),
        ImpactUnit::Count => c,
    }
}

impl ImpactUnit {
    /// The stored and GraphQL name.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::str::FromStr for ImpactUnit {
    type Err = crate::lifecycle::UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        <ImpactUnit as VariantArray>::VARIANTS
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| crate::lifecycle::UnknownName::new("impact unit", s))
    }
}
