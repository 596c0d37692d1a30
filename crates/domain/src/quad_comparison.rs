//! Comparing self-evaluations (issue 15, item 6): a quad's four
//! authorities' submitted grades side by side, and the national
//! distribution of grades per indicator with no authority named.
//!
//! Which self-evaluations count: only submitted ones, and per authority
//! only its latest submission (an authority hosting two reviews is counted
//! once). Grades are compared only on one framework version: indicators
//! may be renumbered or reworded between versions, so a grade given on
//! version 1 says nothing about an indicator of version 2. The quad
//! comparison is drawn on the version most of its submitted
//! self-evaluations were made on (the later one on a tie); an authority
//! whose self-evaluation was made on another version is listed with that
//! version and no grades. The national distribution is asked for one
//! framework version and counts only self-evaluations made on it.
//!
//! Who sees what: a quad's comparison is for the users of its four
//! authorities, the teams of its reviews and programme officers or
//! administrators — wider than one review's audience on purpose, since
//! comparing themselves is what a quad is for. The national distribution
//! is for anyone signed in, but only once at least
//! [`NATIONAL_MIN_OUTSIDE`] counted authorities lie outside the quads whose
//! grades the viewer already sees side by side; with fewer, a quad member
//! could subtract what they know and deduce another authority's grades.

use crate::framework::Framework;
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, HashSet};
use uuid::Uuid;

/// Fewest counted authorities outside the viewer's own quads for the
/// national distribution to be shown.
pub const NATIONAL_MIN_OUTSIDE: usize = 5;

/// Who asks, as the comparison rules read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewer {
    /// The local authority they are an authority user of, if any.
    pub authority_id: Option<Uuid>,
    /// A programme officer or an administrator: oversees every quad.
    pub oversees: bool,
}

/// Whether `viewer` may open the comparison of a quad with these
/// `members`: its authorities' users, the teams of its reviews
/// (`on_a_review_team`: an accepted, current place on one) and those who
/// oversee the programme.
pub fn may_compare(viewer: &Viewer, members: &[Uuid], on_a_review_team: bool) -> bool {
    viewer.oversees || on_a_review_team || viewer.authority_id.is_some_and(|a| members.contains(&a))
}

/// The refusal shown to anyone else.
pub const NOT_YOUR_QUAD: &str = "Only the users of the quad's four authorities, the teams of its \
                                 reviews and programme officers can compare its self-evaluations.";

/// A submitted self-evaluation, as the comparison reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    pub id: Uuid,
    pub review_id: Uuid,
    pub authority_id: Uuid,
    /// The framework (id, version) it was made on.
    pub framework: (String, i32),
    pub submitted_at: DateTime<Utc>,
}

/// Each authority's latest submitted self-evaluation (by submission time,
/// then id), in the order of authorities first met.
pub fn latest_per_authority(all: &[Submitted]) -> Vec<&Submitted> {
    let mut out: Vec<&Submitted> = Vec::new();
    for s in all {
        match out.iter_mut().find(|o| o.authority_id == s.authority_id) {
            Some(o) => {
                if (s.submitted_at, s.id) > (o.submitted_at, o.id) {
                    *o = s;
                }
            }
            None => out.push(s),
        }
    }
    out
}

/// The framework version a quad's comparison is drawn on: the one most of
/// these self-evaluations were made on; on a tie the later version (then
/// the greater id, so the choice never depends on order).
pub fn comparison_framework(counted: &[&Submitted]) -> Option<(String, i32)> {
    let mut tally: BTreeMap<(i32, &str), usize> = BTreeMap::new();
    for s in counted {
        *tally
            .entry((s.framework.1, s.framework.0.as_str()))
            .or_default() += 1;
    }
    tally
        .into_iter()
        .max_by_key(|(key, n)| (*n, *key))
        .map(|((version, id), _)| (id.to_owned(), version))
}

/// How many authorities gave one grade to one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GradeCount {
    pub grade: u8,
    pub authorities: u32,
}

/// One indicator's distribution: a count for every level of the scale
/// (highest first, zeros included) and the authorities that gave none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorDistribution {
    pub number: String,
    pub counts: Vec<GradeCount>,
    pub ungraded: u32,
}

/// The distribution per indicator of `framework` over `counted`
/// self-evaluations (one per authority), from their grades as
/// (self-evaluation id, indicator number, grade). Grades of other
/// self-evaluations, off the scale or of indicators not in the framework
/// are ignored.
pub fn distribution(
    framework: &Framework,
    counted: &[Uuid],
    grades: &[(Uuid, String, u8)],
) -> Vec<IndicatorDistribution> {
    let counted: HashSet<Uuid> = counted.iter().copied().collect();
    framework
        .indicators()
        .map(|qi| {
            let given: Vec<u8> = grades
                .iter()
                .filter(|(se, number, _)| counted.contains(se) && *number == qi.number)
                .map(|(_, _, g)| *g)
                .filter(|g| framework.scale.iter().any(|l| l.level == *g))
                .collect();
            IndicatorDistribution {
                number: qi.number.clone(),
                counts: framework
                    .scale
                    .iter()
                    .map(|l| GradeCount {
                        grade: l.level,
                        authorities: given.iter().filter(|g| **g == l.level).count() as u32,
                    })
                    .collect(),
                ungraded: (counted.len() - given.len()) as u32,
            }
        })
        .collect()
}

/// Whether the national distribution may be shown to someone who already
/// sees the grades of the authorities in `known` (their own quads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NationalVisibility {
    Shown,
    /// Why not, in a sentence the page shows.
    Hidden(String),
}

/// Shown once at least [`NATIONAL_MIN_OUTSIDE`] of the `counted`
/// authorities lie outside `known`.
pub fn national_visibility(counted: &[Uuid], known: &HashSet<Uuid>) -> NationalVisibility {
    let outside: HashSet<&Uuid> = counted.iter().filter(|a| !known.contains(a)).collect();
    if outside.len() >= NATIONAL_MIN_OUTSIDE {
        return NationalVisibility::Shown;
    }
    NationalVisibility::Hidden(format!(
        "The national picture is shown once at least {NATIONAL_MIN_OUTSIDE} authorities outside \
         your quad have submitted a self-evaluation on this framework version; fewer have so \
         far. With fewer, the grades you already see side by side in your quad could reveal \
         another authority's grades."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn submitted(se: u128, authority: u128, version: i32, day: u32) -> Submitted {
        Submitted {
            id: id(se),
            review_id: id(1000 + se),
            authority_id: id(authority),
            framework: ("f".into(), version),
            submitted_at: Utc.with_ymd_and_hms(2025, 1, day, 9, 0, 0).unwrap(),
        }
    }

    /// The shipped illustrative framework: 17 indicators, 1.1 and 1.2 first.
    fn framework() -> Framework {
        Framework::from_json(include_str!(
            "../../../data/frameworks/authority-illustrative.json"
        ))
        .expect("the shipped framework")
    }

    #[test]
    fn a_quad_is_compared_by_its_authorities_its_teams_and_those_who_oversee() {
        let members = [id(1), id(2), id(3), id(4)];
        let user_of = |a| Viewer {
            authority_id: Some(id(a)),
            oversees: false,
        };
        assert!(may_compare(&user_of(3), &members, false));
        assert!(!may_compare(&user_of(9), &members, false));
        assert!(may_compare(&user_of(9), &members, true), "on a team");
        let nobody = Viewer {
            authority_id: None,
            oversees: false,
        };
        assert!(!may_compare(&nobody, &members, false));
        assert!(may_compare(
            &Viewer {
                oversees: true,
                ..nobody
            },
            &members,
            false
        ));
    }

    #[test]
    fn an_authority_is_counted_once_by_its_latest_submission() {
        let all = [
            submitted(1, 7, 1, 3),
            submitted(2, 8, 1, 4),
            submitted(3, 7, 1, 9),
            submitted(4, 7, 1, 5),
        ];
        let latest = latest_per_authority(&all);
        let ids: Vec<Uuid> = latest.iter().map(|s| s.id).collect();
        assert_eq!(ids, [id(3), id(2)]);
    }

    #[test]
    fn the_comparison_is_drawn_on_the_version_most_were_made_on_and_the_later_on_a_tie() {
        let a = submitted(1, 1, 1, 1);
        let b = submitted(2, 2, 1, 1);
        let c = submitted(3, 3, 2, 1);
        assert_eq!(comparison_framework(&[&a, &b, &c]), Some(("f".into(), 1)));
        assert_eq!(comparison_framework(&[&a, &c]), Some(("f".into(), 2)));
        assert_eq!(comparison_framework(&[&c, &a]), Some(("f".into(), 2)));
        assert_eq!(comparison_framework(&[]), None);
    }

    #[test]
    fn the_distribution_counts_authorities_at_every_level_and_those_without_a_grade() {
        let f = framework();
        let counted = [id(1), id(2), id(3)];
        let grades = vec![
            (id(1), "1.1".to_owned(), 4),
            (id(2), "1.1".to_owned(), 4),
            (id(3), "1.1".to_owned(), 6),
            (id(1), "1.2".to_owned(), 2),
            // Not counted (an older submission), off the scale, not in the framework.
            (id(9), "1.2".to_owned(), 5),
            (id(2), "1.2".to_owned(), 0),
            (id(3), "9.9".to_owned(), 3),
        ];
        let d = distribution(&f, &counted, &grades);
        assert_eq!(d.len(), 17);
        assert_eq!(d[0].number, "1.1");
        let levels: Vec<(u8, u32)> = d[0]
            .counts
            .iter()
            .map(|c| (c.grade, c.authorities))
            .collect();
        assert_eq!(levels, [(6, 1), (5, 0), (4, 2), (3, 0), (2, 0), (1, 0)]);
        assert_eq!(d[0].ungraded, 0);
        let second: u32 = d[1].counts.iter().map(|c| c.authorities).sum();
        assert_eq!((second, d[1].ungraded), (1, 2));
    }

    #[test]
    fn the_national_picture_needs_five_authorities_outside_the_viewers_quads() {
        let quad: HashSet<Uuid> = [id(1), id(2), id(3), id(4)].into_iter().collect();
        let mut counted = vec![id(1), id(2), id(3), id(4), id(5), id(6), id(7), id(8)];
        match national_visibility(&counted, &quad) {
            NationalVisibility::Hidden(reason) => {
                assert!(
                    reason.contains("at least 5 authorities outside your quad"),
                    "{reason}"
                )
            }
            shown => panic!("four outside must stay hidden, got {shown:?}"),
        }
        counted.push(id(9));
        assert_eq!(
            national_visibility(&counted, &quad),
            NationalVisibility::Shown
        );
        // Someone in no quad needs five counted at all.
        let none = HashSet::new();
        assert!(matches!(
            national_visibility(&counted[..4], &none),
            NationalVisibility::Hidden(_)
        ));
        assert_eq!(
            national_visibility(&counted[..5], &none),
            NationalVisibility::Shown
        );
    }
}
