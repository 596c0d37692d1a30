//! The `Month` scalar: a calendar month written `YYYY-MM`, checked when the
//! request is parsed, so no resolver sees a month that is not one.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};
use domain::programme::Month;

/// The longest text worth reading as a month; anything longer is refused
/// without being repeated back.
const MAX_LEN: usize = 16;

/// A calendar month, `YYYY-MM` (e.g. `2025-03`), the year 2000 to 2100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthScalar(pub Month);

/// A calendar month, written YYYY-MM (for example 2025-03).
#[Scalar(name = "Month")]
impl ScalarType for MonthScalar {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) if s.len() > MAX_LEN => Err(InputValueError::custom(
                "This is not a month: write it as YYYY-MM, e.g. 2024-03",
            )),
            Value::String(s) => Month::parse(s)
                .map(MonthScalar)
                .map_err(InputValueError::custom),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn is_valid(value: &Value) -> bool {
        matches!(value, Value::String(_))
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.to_string())
    }
}

impl From<Month> for MonthScalar {
    fn from(month: Month) -> Self {
        MonthScalar(month)
    }
}
