use super::*;
use crate::lifecycle::{codes, Actor, GuardCode, Refusal, ReviewState as S, TeamRole};
use crate::visit::{Audience, SessionKind};
use chrono::TimeZone;

const HOST: Uuid = Uuid::from_u128(1);
const LEAD: Uuid = Uuid::from_u128(10);

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 20, 10, 0, 0).unwrap()
}

fn source() -> DraftSource {
    DraftSource {
        host_names: vec!["City of Edinburgh Council".into()],
        programme_name: "Quads 2024–25".into(),
        month_label: "March 2025".into(),
        theme: Some("Raising attainment in numeracy".into()),
        key_questions: vec!["How well do schools track progress?".into(), "  ".into()],
        sessions: vec![
            SessionSource {
                kind: SessionKind::FocusGroup,
                audiences: vec![Audience::YoungPeople],
            },
            SessionSource {
                kind: SessionKind::Meeting,
                audiences: vec![Audience::Headteachers, Audience::YoungPeople],
            },
        ],
        findings: vec![
            FindingSource {
                id: Uuid::from_u128(100),
                kind: ItemKind::AreaForImprovement,
                text: "Tracking is uneven.".into(),
                indicators: vec!["1.1".into()],
            },
            FindingSource {
                id: Uuid::from_u128(101),
                kind: ItemKind::Strength,
                text: "Leadership is strong.".into(),
                indicators: vec![],
            },
        ],
        visit_days: 3,
    }
}

fn draft() -> Draft {
    let mut n = 1000;
    build_draft(&source(), || {
        n += 1;
        Uuid::from_u128(n)
    })
}

fn actor(f: impl FnOnce(&mut Actor)) -> Actor {
    let mut a = Actor {
        user_id: Uuid::from_u128(50),
        ..Actor::default()
    };
    f(&mut a);
    a
}

fn codes_of(r: Result<(), Refusal>) -> Vec<GuardCode> {
    match r {
        Err(Refusal::GuardFailed(unmet)) => unmet.iter().map(|u| u.code).collect(),
        Err(Refusal::Forbidden { .. }) => panic!("forbidden"),
        Ok(()) => vec![],
    }
}

fn hosts() -> Vec<(Uuid, String, bool)> {
    vec![(HOST, "City of Edinburgh Council".into(), true)]
}

#[test]
fn the_draft_has_one_item_per_agreed_finding_strengths_first_linked_to_its_finding() {
    let d = draft();
    assert_eq!(d.draft_version, 1);
    assert_eq!(d.items.len(), 2);
    assert_eq!(d.items[0].kind, ItemKind::Strength);
    assert_eq!(d.items[0].finding_ids, [Uuid::from_u128(101)]);
    assert_eq!(d.items[1].indicators, ["1.1"]);
    assert_eq!(d.sections.len(), 6);
    assert_eq!(d.section(SectionKey::NextSteps), "");
}

#[test]
fn a_visit_without_recorded_sessions_is_told_in_days_not_as_none_held() {
    let mut bare = source();
    bare.sessions.clear();
    let d = build_draft(&bare, Uuid::new_v4);
    let did = d.section(SectionKey::WhatTheTeamDid);
    assert_eq!(did, "The team spent 3 days with the authority.");
}

#[test]
fn the_draft_says_whom_the_team_met_and_how_often_and_the_focus_without_blank_questions() {
    let d = draft();
    let did = d.section(SectionKey::WhatTheTeamDid);
    assert!(
        did.contains("Over 3 days, the team held 2 sessions."),
        "{did}"
    );
    assert!(did.contains("young people (2 sessions)"), "{did}");
    assert!(did.contains("headteachers (1 session)"), "{did}");
    let focus = d.section(SectionKey::Focus);
    assert_eq!(
        focus,
        "The review's focus: Raising attainment in numeracy.\n\nKey questions:\n- How well do \
         schools track progress?"
    );
    assert!(d
        .section(SectionKey::Context)
        .starts_with("City of Edinburgh Council hosted"));
}

#[test]
fn an_edit_raises_the_draft_version_and_clears_the_approvals() {
    let mut d = draft();
    d.approvals.push(Approval {
        by: LEAD,
        role: ApprovalRole::ProgrammeOfficer,
        authority_id: None,
        draft_version: 1,
        at: now(),
    });
    assert!(d.programme_officer_approved());
    d.set_section(SectionKey::NextSteps, "Meet again.".into());
    assert_eq!(d.draft_version, 2);
    assert!(!d.programme_officer_approved());
}

#[test]
fn moving_an_item_keeps_it_among_its_kind_and_its_id() {
    let mut d = draft();
    let extra = Item {
        id: Uuid::from_u128(7),
        kind: ItemKind::Strength,
        text: "Partnerships.".into(),
        indicators: vec![],
        finding_ids: vec![],
    };
    d.add_item(extra);
    assert!(d.move_item(Uuid::from_u128(7), 0));
    assert_eq!(d.position(Uuid::from_u128(7)), Some(0));
    assert_eq!(d.items_of(ItemKind::Strength).len(), 2);
    assert_eq!(d.items_of(ItemKind::AreaForImprovement).len(), 1);
}

#[test]
fn the_team_edits_while_drafting_and_only_the_team_lead_edits_a_correction() {
    let d = draft();
    let member = actor(|a| a.team_role = Some(TeamRole::Member));
    assert!(authorise_edit(S::ReportDrafted, &d, &member).is_ok());
    assert_eq!(
        codes_of(authorise_edit(S::ReportPublished, &d, &member)),
        [codes::WRONG_STATE]
    );
    let host = actor(|a| a.host_user = true);
    assert!(matches!(
        authorise_edit(S::ReportDrafted, &d, &host),
        Err(Refusal::Forbidden { .. })
    ));
    let mut correcting = d.clone();
    correcting.correction_open = true;
    let lead = actor(|a| a.team_role = Some(TeamRole::Lead));
    assert!(authorise_edit(S::ReportPublished, &correcting, &lead).is_ok());
    assert!(authorise_edit(S::FollowUp, &correcting, &lead).is_ok());
    assert!(matches!(
        authorise_edit(S::ReportPublished, &correcting, &member),
        Err(Refusal::Forbidden { .. })
    ));
}

#[test]
fn sharing_is_offered_to_the_team_lead_until_the_draft_is_shared() {
    let mut d = draft();
    let lead = actor(|a| a.team_role = Some(TeamRole::Lead));
    let member = actor(|a| a.team_role = Some(TeamRole::Member));
    let host_lead = actor(|a| a.host_lead_of = vec![HOST]);
    let officer = actor(|a| a.programme_officer = true);
    assert!(may_share_now(S::ReportDrafted, &d, &lead));
    for other in [&member, &host_lead, &officer] {
        assert!(!may_share_now(S::ReportDrafted, &d, other));
    }
    assert!(!may_share_now(S::ReportPublished, &d, &lead), "published");
    d.shared_with_host_at = Some(now());
    assert!(!may_share_now(S::ReportDrafted, &d, &lead), "shared");
    let published = d.snapshot();
    d.open_correction(&published, "A date was wrong.".into());
    assert!(may_share_now(S::ReportPublished, &d, &lead), "a correction");
}

#[test]
fn host_users_comment_only_once_the_draft_is_shared() {
    let mut d = draft();
    let host = actor(|a| a.host_user = true);
    assert_eq!(
        codes_of(authorise_comment(S::ReportDrafted, &d, &host)),
        [GuardCode::ReportNotShared]
    );
    d.shared_with_host_at = Some(now());
    assert!(authorise_comment(S::ReportDrafted, &d, &host).is_ok());
    let member = actor(|a| a.team_role = Some(TeamRole::Member));
    assert!(authorise_comment(S::ReportDrafted, &d, &member).is_err());
}

#[test]
fn a_comment_on_an_item_no_longer_in_the_draft_is_refused() {
    let d = draft();
    let reasons =
        check_comment_target(&d, SectionKey::Strengths, Some(Uuid::from_u128(99))).unwrap_err();
    assert_eq!(reasons[0].0, "itemId");
    let strength = d.items[0].id;
    let reasons = check_comment_target(&d, SectionKey::NextSteps, Some(strength)).unwrap_err();
    assert_eq!(reasons[0].0, "sectionKey");
    assert!(check_comment_target(&d, SectionKey::Strengths, Some(strength)).is_ok());
}

#[test]
fn approving_lists_the_draft_not_shared_and_the_open_comments() {
    let mut d = draft();
    d.comments.push(Comment {
        id: Uuid::from_u128(5),
        section_key: SectionKey::Context,
        item_id: None,
        author_id: LEAD,
        text: "Wrong date.".into(),
        created_at: now(),
        status: CommentStatus::Open,
        reply: None,
        answered_by: None,
        answered_at: None,
    });
    let lead = actor(|a| a.host_lead_of = vec![HOST]);
    assert_eq!(
        codes_of(authorise_approve(S::ReportDrafted, &d, &lead, &[HOST])),
        [GuardCode::ReportNotShared, GuardCode::ReportCommentsOpen]
    );
    let member = actor(|a| a.team_role = Some(TeamRole::Lead));
    assert!(matches!(
        authorise_approve(S::ReportDrafted, &d, &member, &[HOST]),
        Err(Refusal::Forbidden { .. })
    ));
}

#[test]
fn publication_lists_every_missing_approval_and_the_open_comments() {
    let mut d = draft();
    d.comments.push(Comment {
        id: Uuid::from_u128(5),
        section_key: SectionKey::Context,
        item_id: None,
        author_id: LEAD,
        text: "Wrong date.".into(),
        created_at: now(),
        status: CommentStatus::Open,
        reply: None,
        answered_by: None,
        answered_at: None,
    });
    let unmet: Vec<GuardCode> = publication_unmet(&d, &hosts())
        .iter()
        .map(|u| u.code)
        .collect();
    assert_eq!(
        unmet,
        [
            codes::REPORT_HOST_APPROVAL_MISSING,
            codes::REPORT_PROGRAMME_APPROVAL_MISSING,
            codes::REPORT_COMMENTS_OPEN
        ]
    );
    assert_eq!(
        awaiting_approval_from(&d, &hosts()),
        [
            "City of Edinburgh Council's host lead",
            "A programme officer"
        ]
    );
}

#[test]
fn only_a_programme_officer_opens_a_correction_of_a_published_report_once() {
    let mut d = draft();
    let po = actor(|a| a.programme_officer = true);
    assert_eq!(
        codes_of(authorise_open_correction(S::ReportDrafted, &d, &po)),
        [codes::WRONG_STATE]
    );
    assert!(authorise_open_correction(S::ReportPublished, &d, &po).is_ok());
    let published = d.snapshot();
    d.open_correction(&published, "A date was wrong.".into());
    assert_eq!(
        codes_of(authorise_open_correction(S::ReportPublished, &d, &po)),
        [GuardCode::ReportCorrectionOpen]
    );
    let lead = actor(|a| a.team_role = Some(TeamRole::Lead));
    assert!(matches!(
        authorise_open_correction(S::ReportPublished, &d, &lead),
        Err(Refusal::Forbidden { .. })
    ));
}

#[test]
fn an_item_names_only_the_frameworks_indicators_and_agreed_findings_every_reason_listed() {
    let reasons = check_item(
        ItemKind::Strength,
        "  ",
        &["9.9".into()],
        &[Uuid::from_u128(3)],
        &["1.1".into()],
        &[Uuid::from_u128(4)],
    )
    .unwrap_err();
    let fields: Vec<&str> = reasons.iter().map(|r| r.0).collect();
    assert_eq!(fields, ["text", "indicators", "findingIds"]);
    let ok = check_item(
        ItemKind::Strength,
        " Good. ",
        &["1.1".into()],
        &[Uuid::from_u128(4), Uuid::from_u128(4)],
        &["1.1".into()],
        &[Uuid::from_u128(4)],
    )
    .unwrap();
    assert_eq!(ok.text, "Good.");
    assert_eq!(ok.finding_ids.len(), 1);
}

#[test]
fn the_slug_is_made_of_the_host_names_and_the_month() {
    assert_eq!(
        slug_for(&["City of Edinburgh Council".into()], 2025, 3),
        "city-of-edinburgh-council-2025-03"
    );
    assert_eq!(
        slug_for(&["Perth & Kinross".into(), "Angus".into()], 2024, 11),
        "perth-kinross-angus-2024-11"
    );
    assert_eq!(slug_for(&["—".into()], 2024, 1), "review-2024-01");
}
