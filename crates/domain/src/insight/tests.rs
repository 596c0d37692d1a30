use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn calendar() -> WorkingCalendar {
    // Scotland's bank holidays over the new year 2024-25.
    WorkingCalendar::new(
        [
            (date(2024, 12, 25), "Christmas Day".to_owned()),
            (date(2024, 12, 26), "Boxing Day".to_owned()),
            (date(2025, 1, 1), "New Year's Day".to_owned()),
            (date(2025, 1, 2), "2nd January".to_owned()),
        ],
        Vec::new(),
    )
}

fn subject(state: ReviewState, month: &str, visit: &[NaiveDate]) -> RiskSubject {
    RiskSubject {
        state,
        imported: false,
        target_month: Month::parse(month).unwrap(),
        visit_days: visit.to_vec(),
    }
}

fn reasons(s: &RiskSubject, today: NaiveDate) -> Vec<RiskReason> {
    at_risk(s, &RiskThresholds::default(), &calendar(), today)
        .into_iter()
        .map(|f| f.reason)
        .collect()
}

#[test]
fn the_defaults_are_60_and_30_days_and_10_and_20_working_days() {
    let t = RiskThresholds::default();
    assert_eq!(
        (
            t.focus_days_before,
            t.team_days_before,
            t.self_evaluation_working_days_before,
            t.report_working_days_after
        ),
        (60, 30, 10, 20)
    );
    assert!(t.is_default());
}

#[test]
fn thresholds_out_of_bounds_are_refused_naming_every_field() {
    let bad = RiskThresholds::parse(0, 366, 101, -1).unwrap_err();
    let fields: Vec<&str> = bad.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        [
            "focusDaysBefore",
            "teamDaysBefore",
            "selfEvaluationWorkingDaysBefore",
            "reportWorkingDaysAfter"
        ]
    );
    assert!(RiskThresholds::parse(1, 365, 1, 100).is_ok());
    assert!(RiskThresholds::parse(90, 45, 15, 30).is_ok());
}

#[test]
fn a_scheduled_review_is_at_risk_for_its_focus_from_60_days_before_its_month() {
    let s = subject(ReviewState::Scheduled, "2024-11", &[]);
    // 1 November 2024 - 60 days = 2 September 2024.
    assert!(reasons(&s, date(2024, 9, 1)).is_empty());
    assert_eq!(reasons(&s, date(2024, 9, 2)), [RiskReason::NoAgreedFocus]);
    let flags = at_risk(
        &s,
        &RiskThresholds::default(),
        &calendar(),
        date(2024, 9, 2),
    );
    assert_eq!(flags[0].since, date(2024, 9, 2));
    assert_eq!(
        flags[0].message,
        "No agreed focus 60 days before November 2024 (since 2 September 2024)"
    );
}

#[test]
fn a_review_without_a_team_30_days_before_its_month_is_at_risk_for_both_reasons_when_its_focus_is_missing_too(
) {
    let s = subject(ReviewState::Scheduled, "2024-11", &[]);
    // 1 November - 30 days = 2 October.
    assert_eq!(
        reasons(&s, date(2024, 10, 2)),
        [RiskReason::NoAgreedFocus, RiskReason::NoFormedTeam]
    );
    let agreed = subject(ReviewState::FocusAgreed, "2024-11", &[]);
    assert!(reasons(&agreed, date(2024, 10, 1)).is_empty());
    assert_eq!(
        reasons(&agreed, date(2024, 10, 2)),
        [RiskReason::NoFormedTeam]
    );
}

#[test]
fn the_self_evaluation_is_due_10_working_days_before_the_first_visit_day_skipping_bank_holidays() {
    // Visit from Monday 6 January 2025; ten working days back, leaving out
    // the weekends, 25 and 26 December and 1 and 2 January, is Tuesday 17
    // December 2024.
    let visit = [date(2025, 1, 6), date(2025, 1, 7), date(2025, 1, 8)];
    let s = subject(ReviewState::TeamFormed, "2025-01", &visit);
    assert!(reasons(&s, date(2024, 12, 16)).is_empty());
    assert_eq!(
        reasons(&s, date(2024, 12, 17)),
        [RiskReason::NoSubmittedSelfEvaluation]
    );
    let submitted = subject(ReviewState::SelfEvaluationSubmitted, "2025-01", &visit);
    assert!(reasons(&submitted, date(2025, 1, 3)).is_empty());
}

#[test]
fn no_visit_days_means_no_self_evaluation_or_report_rule() {
    let s = subject(ReviewState::TeamFormed, "2025-01", &[]);
    assert!(reasons(&s, date(2025, 6, 1)).is_empty());
}

#[test]
fn the_report_is_due_20_working_days_after_the_last_visit_day() {
    // Visit 14-16 October 2024 (Mon-Wed): 20 working days after Wednesday
    // 16 October is Wednesday 13 November.
    let visit = [date(2024, 10, 14), date(2024, 10, 15), date(2024, 10, 16)];
    let s = subject(ReviewState::VisitCompleted, "2024-10", &visit);
    assert!(reasons(&s, date(2024, 11, 12)).is_empty());
    assert_eq!(
        reasons(&s, date(2024, 11, 13)),
        [RiskReason::ReportNotDrafted]
    );
    let in_visit = subject(ReviewState::VisitInProgress, "2024-10", &visit);
    assert_eq!(
        reasons(&in_visit, date(2024, 11, 13)),
        [RiskReason::ReportNotDrafted]
    );
}

#[test]
fn a_review_late_on_everything_lists_every_reason_in_order() {
    let visit = [date(2024, 10, 14), date(2024, 10, 15), date(2024, 10, 16)];
    let s = subject(ReviewState::Scheduled, "2024-10", &visit);
    assert_eq!(reasons(&s, date(2024, 12, 1)), RiskReason::ALL);
}

#[test]
fn drafted_published_postponed_withdrawn_and_imported_reviews_are_never_at_risk() {
    let visit = [date(2024, 10, 14)];
    let late = date(2025, 12, 1);
    for state in [
        ReviewState::ReportDrafted,
        ReviewState::ReportPublished,
        ReviewState::FollowUp,
        ReviewState::Closed,
        ReviewState::Withdrawn,
        ReviewState::Postponed,
    ] {
        assert!(
            reasons(&subject(state, "2024-10", &visit), late).is_empty(),
            "{state}"
        );
    }
    let mut imported = subject(ReviewState::Scheduled, "2024-10", &visit);
    imported.imported = true;
    assert!(reasons(&imported, late).is_empty());
}

#[test]
fn thresholds_the_programme_changed_move_the_day_a_review_is_at_risk() {
    let s = subject(ReviewState::Scheduled, "2024-11", &[]);
    let t = RiskThresholds::parse(90, 30, 10, 20).unwrap();
    // 1 November - 90 days = 3 August.
    let flags = at_risk(&s, &t, &calendar(), date(2024, 8, 3));
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].since, date(2024, 8, 3));
    assert!(at_risk(&s, &t, &calendar(), date(2024, 8, 2)).is_empty());
}
