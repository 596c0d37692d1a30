//! Tests of the programme rules.

use super::*;
use crate::lifecycle::{Affiliation, ProgrammeKind};
use crate::OrganisationKind;
use uuid::Uuid;

#[test]
fn only_a_review_whose_visit_has_begun_makes_its_members_no_longer_first_timers() {
    use crate::lifecycle::ReviewState as S;
    for state in [
        S::Scheduled,
        S::FocusAgreed,
        S::TeamFormed,
        S::SelfEvaluationSubmitted,
        S::Postponed,
        S::Withdrawn,
    ] {
        assert!(!has_taken_part(state), "{state:?}");
    }
    for state in [S::VisitInProgress, S::VisitCompleted, S::Closed] {
        assert!(has_taken_part(state), "{state:?}");
    }
}

fn m(s: &str) -> Month {
    Month::parse(s).unwrap()
}

fn ci_phases() -> Vec<Phase> {
    vec![
        Phase {
            number: 1,
            from: m("2021-09"),
            to: m("2022-06"),
        },
        Phase {
            number: 2,
            from: m("2022-08"),
            to: m("2023-11"),
        },
    ]
}

#[test]
fn months_parse_only_as_year_dash_month() {
    assert_eq!(m("2024-03").to_string(), "2024-03");
    for bad in ["2024-3", "2024-13", "24-03", "March 2024", "2024-00", ""] {
        assert!(Month::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn phases_must_be_numbered_in_order_and_not_overlap() {
    assert!(check_phases(&ci_phases()).is_ok());
    assert!(check_phases(&[]).is_err());
    let mut overlapping = ci_phases();
    overlapping[1].from = m("2022-05");
    assert_eq!(check_phases(&overlapping).unwrap_err().0, "phases");
    let mut backwards = ci_phases();
    backwards[0].to = m("2021-01");
    assert!(check_phases(&backwards).is_err());
    let mut misnumbered = ci_phases();
    misnumbered[1].number = 3;
    assert!(check_phases(&misnumbered).is_err());
}

#[test]
fn a_month_outside_its_phase_is_refused_naming_the_target_month() {
    assert!(check_month_in_phase(&ci_phases(), 1, m("2022-06")).is_ok());
    assert_eq!(
        check_month_in_phase(&ci_phases(), 1, m("2022-07"))
            .unwrap_err()
            .0,
        "targetMonth"
    );
    assert_eq!(
        check_month_in_phase(&ci_phases(), 3, m("2022-09"))
            .unwrap_err()
            .0,
        "phase"
    );
}

#[test]
fn the_kinds_set_their_defaults() {
    let ci = ProgrammeSettings::defaults_for(ProgrammeKind::Ci);
    assert_eq!(ci.reciprocity, Reciprocity::Flag);
    assert_eq!(ci.rules.visit_length_days, 3);
    let quads = ProgrammeSettings::defaults_for(ProgrammeKind::Quads);
    assert_eq!(quads.reciprocity, Reciprocity::Expected);
    assert!(quads.grading_required);
    assert!(ci.check().is_ok() && quads.check().is_ok());
}

#[test]
fn team_bounds_the_wrong_way_round_are_refused() {
    let mut s = ProgrammeSettings::defaults_for(ProgrammeKind::Ci);
    s.rules.team_size_max = 4;
    assert_eq!(s.check().unwrap_err().0, "teamSizeMax");
}

#[test]
fn sessions_are_consecutive_years() {
    assert!(Session::parse("2024-25").is_ok());
    assert!(Session::parse("1999-00").is_err());
    assert!(Session::parse("2024-26").is_err());
    assert!(Session::parse("2024").is_err());
}

#[test]
fn a_quad_changes_only_while_no_review_is_past_scheduled_naming_each_one_that_is() {
    use crate::lifecycle::ReviewState;
    let ids: Vec<Uuid> = (0..5).map(|_| Uuid::new_v4()).collect();
    let review = |title: &str, state, host: Uuid| QuadReview {
        title: title.into(),
        state,
        hosts: vec![host],
    };
    let scheduled = review(
        "the review of Fife, March 2025",
        ReviewState::Scheduled,
        ids[0],
    );
    let agreed = review(
        "the review of Falkirk, April 2025",
        ReviewState::FocusAgreed,
        ids[1],
    );
    let withdrawn = review(
        "the review of Stirling, May 2025",
        ReviewState::Withdrawn,
        ids[2],
    );
    let same = &ids[..4];
    let without_fife = &ids[1..5];

    // Nothing past SCHEDULED: an edit keeping the hosts is allowed.
    assert!(check_quad_change(
        &[scheduled.clone(), withdrawn.clone()],
        QuadChange::Edit { members: same }
    )
    .is_ok());
    // One past SCHEDULED: refused, naming it, with its state.
    let refused = check_quad_change(
        &[scheduled.clone(), agreed.clone()],
        QuadChange::Edit { members: same },
    )
    .unwrap_err();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].code, quad_codes::QUAD_REVIEW_UNDER_WAY);
    assert_eq!(
        refused[0].message,
        "The review of Falkirk, April 2025 is past Scheduled (it is focus agreed)"
    );
    // A scheduled review's host taken out of the quad: refused, naming it.
    let refused = check_quad_change(
        std::slice::from_ref(&scheduled),
        QuadChange::Edit {
            members: without_fife,
        },
    )
    .unwrap_err();
    assert_eq!(refused[0].code, quad_codes::QUAD_HOST_WOULD_LEAVE);
    assert!(refused[0]
        .message
        .starts_with("The review of Fife, March 2025 is hosted by"));

    // Dissolving: only a quad no review names.
    assert!(check_quad_change(&[], QuadChange::Dissolve).is_ok());
    let refused =
        check_quad_change(&[scheduled, agreed, withdrawn], QuadChange::Dissolve).unwrap_err();
    let codes: Vec<_> = refused.iter().map(|u| u.code).collect();
    assert_eq!(
        codes,
        [
            quad_codes::QUAD_HAS_REVIEWS,
            quad_codes::QUAD_REVIEW_UNDER_WAY,
            quad_codes::QUAD_HAS_REVIEWS
        ]
    );
    assert_eq!(
        refused[0].message,
        "The review of Fife, March 2025 is scheduled for this quad: withdraw it first"
    );
}

#[test]
fn a_quad_is_four_different_authorities() {
    let la = OrganisationKind::LocalAuthority;
    let ids: Vec<_> = (1..=4).map(|i| (Uuid::from_u128(i), la)).collect();
    assert!(check_quad_members(&ids).is_ok());
    assert!(check_quad_members(&ids[..3]).is_err());
    let mut twice = ids.clone();
    twice[3] = twice[0];
    assert!(check_quad_members(&twice).is_err());
    let mut national = ids;
    national[0].1 = OrganisationKind::Ades;
    assert!(check_quad_members(&national).is_err());
}

#[test]
fn a_focus_needs_a_theme_and_no_empty_key_question() {
    let q = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(Focus::parse("Inclusion", &q(&["How well …?"]), None).is_ok());
    assert_eq!(
        Focus::parse("Inclusion", &q(&[]), None).unwrap_err().0,
        "keyQuestions"
    );
    assert_eq!(
        Focus::parse("Inclusion", &q(&["ok", "  "]), None)
            .unwrap_err()
            .0,
        "keyQuestions"
    );
    assert_eq!(Focus::parse(" ", &q(&["ok"]), None).unwrap_err().0, "theme");
}

#[test]
fn a_focus_is_bounded_in_every_text_and_in_its_number_of_questions() {
    let q = |n: usize| vec!["How well?".to_string(); n];
    assert!(Focus::parse("Inclusion", &q(crate::text::MAX_KEY_QUESTIONS), None).is_ok());
    let err = Focus::parse("Inclusion", &q(crate::text::MAX_KEY_QUESTIONS + 1), None);
    assert_eq!(err.unwrap_err().0, "keyQuestions");
    let long = "x".repeat(4001);
    assert_eq!(
        Focus::parse("Inclusion", &q(1), Some(&long)).unwrap_err().0,
        "scope"
    );
    let question = vec!["y".repeat(1001)];
    assert_eq!(
        Focus::parse("Inclusion", &question, None).unwrap_err().0,
        "keyQuestions"
    );
    assert_eq!(
        Focus::parse("Inclu\0sion", &q(1), None).unwrap_err().0,
        "theme"
    );
    let multiline = Focus::parse("Inclusion", &["How well\nand how?".into()], Some("a\r\nb"));
    assert!(multiline.is_ok());
}

#[test]
fn a_host_authoritys_people_are_host_members_never_peers() {
    let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
    let la = OrganisationKind::LocalAuthority;
    assert_eq!(affiliation_of(la, a, &[a, b]), Affiliation::Host);
    assert_eq!(affiliation_of(la, b, &[a]), Affiliation::PeerAuthority);
    assert_eq!(
        affiliation_of(OrganisationKind::HmInspectors, a, &[a]),
        Affiliation::HmInspectors
    );
}

#[test]
fn a_reviewing_b_while_b_reviews_a_in_the_same_phase_is_reciprocal() {
    let (a, b, c) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
    let review_of_b = ReviewPeers {
        review_id: Uuid::from_u128(10),
        phase: 1,
        hosts: vec![b],
        peer_authorities: vec![],
    };
    let review_of_a = ReviewPeers {
        review_id: Uuid::from_u128(11),
        phase: 1,
        hosts: vec![a],
        peer_authorities: vec![b],
    };
    let later = ReviewPeers {
        phase: 2,
        review_id: Uuid::from_u128(12),
        ..review_of_a.clone()
    };
    assert_eq!(
        reciprocal_reviews(&review_of_b, a, &[review_of_a.clone(), later.clone()]),
        vec![review_of_a.review_id]
    );
    assert!(reciprocal_reviews(&review_of_b, c, &[review_of_a]).is_empty());
    assert!(reciprocal_reviews(&review_of_b, a, &[later]).is_empty());
}
