//! A review on which every guard holds, and the people who act on it.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use crate::lifecycle::*;

pub const EDINBURGH: Uuid = Uuid::from_u128(0xED1);
pub const ORKNEY: Uuid = Uuid::from_u128(0x0E1);
pub const FALKIRK: Uuid = Uuid::from_u128(0xFA1);
pub const STIRLING: Uuid = Uuid::from_u128(0x571);

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// Tuesday 3 March 2026, the first visit day of the fixture.
pub fn first_visit_day() -> NaiveDate {
    day(2026, 3, 3)
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0)
        .single()
        .expect("valid time")
}

pub fn host(id: Uuid, name: &str) -> HostFacts {
    HostFacts {
        authority_id: id,
        name: name.to_owned(),
        has_lead_user: true,
        lead_signed_off_focus: true,
        lead_approved_report: true,
    }
}

pub fn member(affiliation: Affiliation, role: TeamRole) -> MemberFacts {
    MemberFacts {
        user_id: Uuid::new_v4(),
        authority_id: None,
        affiliation,
        role,
        invitation: InvitationStatus::Accepted,
    }
}

pub fn peer(authority: Uuid) -> MemberFacts {
    MemberFacts {
        authority_id: Some(authority),
        ..member(Affiliation::PeerAuthority, TeamRole::Member)
    }
}

/// Eight accepted members: a peer lead, ADES, Education Scotland, HMI, two
/// host officers, another peer and a partner.
pub fn valid_team() -> Vec<MemberFacts> {
    vec![
        MemberFacts {
            role: TeamRole::Lead,
            ..peer(FALKIRK)
        },
        member(Affiliation::Ades, TeamRole::Member),
        member(Affiliation::EducationScotland, TeamRole::Member),
        member(Affiliation::HmInspectors, TeamRole::Member),
        member(Affiliation::Host, TeamRole::Member),
        member(Affiliation::Host, TeamRole::Member),
        peer(STIRLING),
        member(Affiliation::Partner, TeamRole::Member),
    ]
}

/// A CI review hosted by Edinburgh, in `state`, on which every guard of
/// every command holds.
pub fn ready(state: ReviewState) -> ReviewFacts {
    let mut facts = ReviewFacts::new(
        vec![host(EDINBURGH, "City of Edinburgh Council")],
        ProgrammeRules::defaults_for(ProgrammeKind::Ci),
    );
    facts.state = state;
    if state == ReviewState::Postponed {
        facts.postponed_from = Some(ReviewState::TeamFormed);
    }
    facts.focus = FocusFacts {
        theme: Some("Raising attainment in the senior phase".to_owned()),
        key_questions: vec!["How well do we track progress in S4–S6?".to_owned()],
        programme_officer_signed_off: true,
    };
    facts.members = valid_team();
    facts.self_evaluation = Some(SelfEvaluationFacts {
        missing_indicators: Vec::new(),
        documents_attached: 1,
    });
    facts.visit = Some(VisitFacts {
        days: vec![first_visit_day(), day(2026, 3, 4), day(2026, 3, 5)],
    });
    facts.findings = Some(FindingsFacts {
        agreed_strengths: 3,
        agreed_areas_for_improvement: 2,
    });
    facts.report = Some(ReportFacts {
        draft_exists: true,
        programme_officer_approved: true,
        open_comments: 0,
        ..ReportFacts::default()
    });
    facts.follow_up = Some(FollowUpFacts {
        areas_without_action_or_reason: 0,
        sessions_scheduled: 1,
        actions_open: 0,
        impact_measures_with_later_value_or_reason: 1,
        ..FollowUpFacts::default()
    });
    facts
}

/// The same review under Quads rules; the quad's other authorities are
/// Falkirk and Stirling (a quad of three keeps the fixture small).
pub fn ready_quads(state: ReviewState) -> ReviewFacts {
    let mut facts = ready(state);
    facts.rules = ProgrammeRules::defaults_for(ProgrammeKind::Quads);
    facts.quad_peers = vec![
        AuthorityRef {
            authority_id: FALKIRK,
            name: "Falkirk Council".to_owned(),
        },
        AuthorityRef {
            authority_id: STIRLING,
            name: "Stirling Council".to_owned(),
        },
    ];
    facts
}

pub fn programme_officer() -> Actor {
    Actor {
        user_id: Uuid::from_u128(1),
        programme_officer: true,
        ..Actor::default()
    }
}

pub fn host_lead() -> Actor {
    Actor {
        user_id: Uuid::from_u128(2),
        host_lead_of: vec![EDINBURGH],
        host_user: true,
        ..Actor::default()
    }
}

pub fn host_user() -> Actor {
    Actor {
        user_id: Uuid::from_u128(3),
        host_user: true,
        ..Actor::default()
    }
}

pub fn team_lead() -> Actor {
    Actor {
        user_id: Uuid::from_u128(4),
        team_role: Some(TeamRole::Lead),
        ..Actor::default()
    }
}

pub fn team_member() -> Actor {
    Actor {
        user_id: Uuid::from_u128(5),
        team_role: Some(TeamRole::Member),
        ..Actor::default()
    }
}

/// Someone with every right at once, for tests about states and guards
/// rather than rights.
pub fn everyone() -> Actor {
    Actor {
        user_id: Uuid::from_u128(9),
        programme_officer: true,
        host_lead_of: vec![EDINBURGH, ORKNEY],
        host_user: true,
        team_role: Some(TeamRole::Lead),
    }
}

/// The command of `kind` with a good reason where one is needed; `None`
/// for `schedule`, which is not a command on an existing review.
pub fn command(kind: CommandKind) -> Option<Command> {
    let reason = "Clashes with a national thematic inspection.".to_owned();
    Some(match kind {
        CommandKind::Schedule => return None,
        CommandKind::AgreeFocus => Command::AgreeFocus,
        CommandKind::FormTeam => Command::FormTeam,
        CommandKind::SubmitSelfEvaluation => Command::SubmitSelfEvaluation,
        CommandKind::ReopenSelfEvaluation => Command::ReopenSelfEvaluation { reason },
        CommandKind::StartVisit => Command::StartVisit,
        CommandKind::CompleteVisit => Command::CompleteVisit,
        CommandKind::DraftReport => Command::DraftReport,
        CommandKind::PublishReport => Command::PublishReport,
        CommandKind::BeginFollowUp => Command::BeginFollowUp,
        CommandKind::Close => Command::Close,
        CommandKind::Withdraw => Command::Withdraw { reason },
        CommandKind::Postpone => Command::Postpone { reason },
        CommandKind::Resume => Command::Resume,
    })
}

/// Decide `cmd` on `facts` by someone with every right, on the first visit
/// day.
pub fn decide_as_everyone(facts: &ReviewFacts, cmd: &Command) -> Result<Vec<Event>, Refusal> {
    decide(facts, cmd, &everyone(), now(), first_visit_day())
}

/// The codes of the refusal of `cmd` on `facts` (empty when accepted).
pub fn refused_codes(facts: &ReviewFacts, cmd: &Command) -> Vec<GuardCode> {
    match decide_as_everyone(facts, cmd) {
        Ok(_) => Vec::new(),
        Err(refusal) => refusal.codes(),
    }
}

/// The state `cmd` moves `facts` to, panicking with the refusal otherwise.
pub fn accepted_to(facts: &ReviewFacts, cmd: &Command) -> ReviewState {
    match decide_as_everyone(facts, cmd) {
        Ok(events) => {
            assert_eq!(events.len(), 1, "one event per command");
            events[0].to().expect("a command sets the state")
        }
        Err(refusal) => panic!("{cmd:?} from {} was refused: {refusal:?}", facts.state),
    }
}
