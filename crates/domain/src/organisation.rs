//! Organisations: the 32 local authorities and the national bodies.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What an organisation is; a team member's affiliation follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OrganisationKind {
    LocalAuthority,
    Ades,
    EducationScotland,
    HmInspectors,
    Partner,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 5] = [
        Self::LocalAuthority,
        Self::Ades,
        Self::EducationScotland,
        Self::HmInspectors,
        Self::Partner,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LocalAuthority => "LOCAL_AUTHORITY",
            Self::Ades => "ADES",
            Self::EducationScotland => "EDUCATION_SCOTLAND",
            Self::HmInspectors => "HM_INSPECTORS",
            Self::Partner => "PARTNER",
        }
    }

    /// The national body a reference-data short name stands for.
    pub fn from_national_short_name(short: &str) -> Option<Self> {
        match short {
            "ADES" => Some(Self::Ades),
            "ES" => Some(Self::EducationScotland),
            "HMIE" | "HMI" => Some(Self::HmInspectors),
            _ => None,
        }
    }
}

impl FromStr for OrganisationKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown organisation kind `{s}`"))
    }
}

/// A council area's GSS code (2019 onward): `S12` followed by six digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct GssCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a council-area GSS code (S12 followed by six digits)")]
pub struct InvalidGssCode(pub String);

impl GssCode {
    pub fn parse(raw: &str) -> Result<Self, InvalidGssCode> {
        let code = raw.trim().to_ascii_uppercase();
        let valid = code.len() == 9
            && code.starts_with("S12")
            && code[3..].bytes().all(|b| b.is_ascii_digit());
        if valid {
            Ok(Self(code))
        } else {
            Err(InvalidGssCode(raw.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for GssCode {
    type Error = InvalidGssCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<GssCode> for String {
    fn from(value: GssCode) -> Self {
        value.0
    }
}

impl fmt::Display for GssCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_council_area_code_is_accepted_whatever_its_case_and_spaces() {
        assert_eq!(GssCode::parse(" s12000036 ").unwrap().as_str(), "S12000036");
    }

    #[test]
    fn codes_of_other_geographies_or_lengths_are_refused() {
        for bad in [
            "S13002516",
            "S1200003",
            "S120000366",
            "E12000001",
            "S12OOOO36",
            "",
        ] {
            assert!(GssCode::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn organisation_kinds_round_trip_through_their_names() {
        for kind in OrganisationKind::ALL {
            assert_eq!(kind.as_str().parse::<OrganisationKind>().unwrap(), kind);
        }
        assert!("SCHOOL".parse::<OrganisationKind>().is_err());
    }
}

/// An organisation as the rest of Quads sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: uuid::Uuid,
    pub kind: OrganisationKind,
    pub name: String,
    pub short_name: Option<String>,
    /// Set for local authorities only.
    pub gss_code: Option<GssCode>,
    /// The Regional Improvement Collaborative (historical: funding ended April 2025).
    pub ric: Option<String>,
    /// LGBF family group 1 (least deprived) to 4 (most).
    pub lgbf_family_group: Option<i32>,
}
