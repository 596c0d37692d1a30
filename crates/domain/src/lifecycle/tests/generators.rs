//! Generators for the property tests: facts that are usually valid and
//! sometimes not, so random walks get deep into the lifecycle while still
//! hitting every guard.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::sample::subsequence;
use uuid::Uuid;

use super::fixtures::*;
use crate::lifecycle::*;

use ReviewState as S;

const CLACKMANNANSHIRE: Uuid = Uuid::from_u128(0xC1A);

fn weighted(p: f64) -> impl Strategy<Value = bool> {
    prop::bool::weighted(p)
}

fn arb_affiliation() -> impl Strategy<Value = Affiliation> {
    prop::sample::select(vec![
        Affiliation::Host,
        Affiliation::Ades,
        Affiliation::EducationScotland,
        Affiliation::HmInspectors,
        Affiliation::PeerAuthority,
        Affiliation::Partner,
    ])
}

fn arb_member() -> impl Strategy<Value = MemberFacts> {
    (
        arb_affiliation(),
        weighted(0.2),
        prop::sample::select(vec![
            InvitationStatus::Accepted,
            InvitationStatus::Accepted,
            InvitationStatus::Pending,
            InvitationStatus::Declined,
        ]),
        prop::sample::select(vec![None, Some(FALKIRK), Some(STIRLING)]),
    )
        .prop_map(
            |(affiliation, lead, invitation, authority_id)| MemberFacts {
                user_id: Uuid::new_v4(),
                authority_id,
                affiliation,
                role: if lead {
                    TeamRole::Lead
                } else {
                    TeamRole::Member
                },
                invitation,
            },
        )
}

/// The fixture's valid team with up to three edits: replace, remove or add
/// a member.
fn arb_members() -> impl Strategy<Value = Vec<MemberFacts>> {
    prop::collection::vec((0..3u8, 0..10usize, arb_member()), 0..4).prop_map(|edits| {
        let mut team = valid_team();
        for (op, at, member) in edits {
            match op {
                0 if !team.is_empty() => {
                    let i = at % team.len();
                    team[i] = member;
                }
                1 if !team.is_empty() => {
                    team.remove(at % team.len());
                }
                _ => team.push(member),
            }
        }
        team
    })
}

fn arb_hosts() -> impl Strategy<Value = Vec<HostFacts>> {
    let arb_host = |id, name: &'static str| {
        (weighted(0.95), weighted(0.85), weighted(0.85)).prop_map(move |(lead, focus, report)| {
            HostFacts {
                has_lead_user: lead,
                lead_signed_off_focus: focus,
                lead_approved_report: report,
                ..host(id, name)
            }
        })
    };
    prop_oneof![
        6 => arb_host(EDINBURGH, "City of Edinburgh Council").prop_map(|h| vec![h]),
        3 => (arb_host(EDINBURGH, "City of Edinburgh Council"), arb_host(ORKNEY, "Orkney"))
            .prop_map(|(a, b)| vec![a, b]),
        1 => Just(Vec::new()),
    ]
}

fn arb_rules() -> impl Strategy<Value = (ProgrammeRules, Vec<AuthorityRef>)> {
    let peers = vec![
        (FALKIRK, "Falkirk Council"),
        (STIRLING, "Stirling Council"),
        (CLACKMANNANSHIRE, "Clackmannanshire Council"),
    ];
    (
        weighted(0.5),
        4..=7u32,
        7..=12u32,
        weighted(0.3),
        prop_oneof![4 => Just(3u32), 1 => 2..=4u32],
        weighted(0.2),
        subsequence(peers, 0..=2),
    )
        .prop_map(|(quads, min, max, hmi, length, flip_mode, peers)| {
            let kind = if quads {
                ProgrammeKind::Quads
            } else {
                ProgrammeKind::Ci
            };
            let mut rules = ProgrammeRules::defaults_for(kind);
            rules.team_size_min = min;
            rules.team_size_max = max;
            rules.hmi_required = hmi;
            rules.visit_length_days = length;
            if flip_mode {
                rules.self_evaluation_mode = match rules.self_evaluation_mode {
                    SelfEvaluationMode::Rubric => SelfEvaluationMode::EvidenceOnly,
                    SelfEvaluationMode::EvidenceOnly => SelfEvaluationMode::Rubric,
                };
            }
            let peers = peers
                .into_iter()
                .map(|(authority_id, name)| AuthorityRef {
                    authority_id,
                    name: name.to_owned(),
                })
                .collect();
            (rules, peers)
        })
}

fn arb_focus() -> impl Strategy<Value = FocusFacts> {
    prop_oneof![3 => Just(ready(S::Scheduled).focus), 1 => arb_any_focus()]
}

fn arb_any_focus() -> impl Strategy<Value = FocusFacts> {
    let theme = prop::sample::select(vec![None, Some(" "), Some("Equity"), Some("Equity")]);
    let question = prop::sample::select(vec!["", "  ", "How well?", "How do we know?"]);
    (theme, prop::collection::vec(question, 0..3), weighted(0.85)).prop_map(|(t, qs, po)| {
        FocusFacts {
            theme: t.map(str::to_owned),
            key_questions: qs.into_iter().map(str::to_owned).collect(),
            programme_officer_signed_off: po,
        }
    })
}

/// Counts that are usually what the guard wants and sometimes not.
fn usually(good: u32, bad: u32) -> impl Strategy<Value = u32> {
    prop_oneof![4 => Just(good), 1 => Just(bad)]
}

/// The five kinds of stage data, each possibly not recorded.
type Stages = (
    Option<SelfEvaluationFacts>,
    Option<VisitFacts>,
    Option<FindingsFacts>,
    Option<ReportFacts>,
    Option<FollowUpFacts>,
);

fn arb_stages() -> impl Strategy<Value = Stages> {
    let se = (subsequence(vec!["1.1", "2.3"], 0..=2), usually(1, 0)).prop_map(|(m, d)| {
        SelfEvaluationFacts {
            missing_indicators: if m.len() == 2 {
                vec![]
            } else {
                m.iter().map(|s| s.to_string()).collect()
            },
            documents_attached: d,
        }
    });
    let visit = (
        prop_oneof![3 => Just(0u64), 1 => 1..=4u64],
        prop_oneof![3 => Just(3u64), 1 => 0..=4u64],
    )
        .prop_map(|(start, len)| VisitFacts {
            days: (0..len)
                .filter_map(|i| first_visit_day().checked_add_days(Days::new(start + i)))
                .collect(),
        });
    let findings = (usually(2, 0), usually(1, 0)).prop_map(|(s, a)| FindingsFacts {
        agreed_strengths: s,
        agreed_areas_for_improvement: a,
    });
    let report = (weighted(0.9), weighted(0.85), usually(0, 2)).prop_map(|(d, a, c)| ReportFacts {
        draft_exists: d,
        programme_officer_approved: a,
        open_comments: c,
        ..ReportFacts::default()
    });
    let follow_up =
        (usually(0, 2), usually(1, 0), usually(0, 3), usually(1, 0)).prop_map(|(a, s, o, i)| {
            FollowUpFacts {
                areas_without_action_or_reason: a,
                sessions_scheduled: s,
                actions_open: o,
                impact_measures_with_later_value_or_reason: i,
                ..FollowUpFacts::default()
            }
        });
    (
        prop::option::weighted(0.9, se),
        prop::option::weighted(0.9, visit),
        prop::option::weighted(0.9, findings),
        prop::option::weighted(0.9, report),
        prop::option::weighted(0.9, follow_up),
    )
}

/// Facts in `SCHEDULED`; the walk overwrites the state.
pub fn arb_facts() -> impl Strategy<Value = ReviewFacts> {
    (
        arb_hosts(),
        arb_rules(),
        arb_focus(),
        arb_members(),
        prop_oneof![4 => Just(0u32), 1 => 1..3u32],
        arb_stages(),
    )
        .prop_map(
            |(hosts, (rules, peers), focus, members, conflicts, stages)| {
                let mut facts = ReviewFacts::new(hosts, rules);
                facts.quad_peers = peers;
                facts.focus = focus;
                facts.members = members;
                facts.unresolved_conflicts = conflicts;
                (
                    facts.self_evaluation,
                    facts.visit,
                    facts.findings,
                    facts.report,
                    facts.follow_up,
                ) = stages;
                facts
            },
        )
}

fn arb_actor() -> impl Strategy<Value = Actor> {
    (
        0..100u128,
        weighted(0.5),
        subsequence(vec![EDINBURGH, ORKNEY, CLACKMANNANSHIRE], 0..=2),
        any::<bool>(),
        prop::sample::select(vec![
            None,
            Some(TeamRole::Member),
            Some(TeamRole::Lead),
            Some(TeamRole::Lead),
        ]),
    )
        .prop_map(|(id, po, leads, host_user, team_role)| Actor {
            user_id: Uuid::from_u128(id),
            programme_officer: po,
            host_lead_of: leads,
            host_user,
            team_role,
        })
}

/// One step: new facts, a command choice, an actor and a London date.
#[derive(Debug, Clone)]
pub struct Step {
    pub facts: ReviewFacts,
    pub take_next: bool,
    pub kind_index: usize,
    pub blank_reason: bool,
    pub actor: Actor,
    pub today: NaiveDate,
}

fn arb_step() -> impl Strategy<Value = Step> {
    (
        arb_facts(),
        weighted(0.6),
        1..CommandKind::ALL.len(),
        weighted(0.2),
        arb_actor(),
        -2..=4i64,
    )
        .prop_map(
            |(facts, take_next, kind_index, blank_reason, actor, offset)| Step {
                facts,
                take_next,
                kind_index,
                blank_reason,
                actor,
                today: first_visit_day() + chrono::Duration::days(offset),
            },
        )
}

/// A walk: where it starts (any state, postponed from any state) and its
/// steps.
pub fn arb_walk() -> impl Strategy<Value = (S, Option<S>, Vec<Step>)> {
    (
        prop::sample::select(S::ALL.to_vec()),
        // Usually a state a review can be postponed from; sometimes
        // missing or impossible, as corrupt data would be.
        prop_oneof![
            3 => prop::sample::select(vec![
                S::Scheduled,
                S::FocusAgreed,
                S::TeamFormed,
                S::SelfEvaluationSubmitted,
            ])
            .prop_map(Some),
            1 => prop::option::of(prop::sample::select(S::ALL.to_vec())),
        ],
        prop::collection::vec(arb_step(), 1..50),
    )
}
