//! Tests of the visit plan's rules: dates, sessions, contacts and rights.

use super::*;
use crate::lifecycle::{
    Actor, Event, HostFacts, ProgrammeKind, ProgrammeRules, Refusal, ReviewFacts, ReviewState,
    TeamRole, VisitChange,
};
use crate::programme::Month;
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use uuid::Uuid;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn march() -> Month {
    Month::parse("2027-03").unwrap()
}

/// March 2027: Monday 1st; Friday 26 March is Good Friday; Edinburgh keeps
/// 8–9 March free for in-service days.
fn calendar() -> WorkingCalendar {
    WorkingCalendar::new(
        [(date(2027, 3, 26), "Good Friday".to_owned())],
        [(
            "City of Edinburgh Council".to_owned(),
            Blackout::parse(date(2027, 3, 8), Some(date(2027, 3, 9)), "In-service days").unwrap(),
        )],
    )
}

#[test]
fn three_consecutive_working_days_in_the_target_month_are_a_visit() {
    let dates = VisitDates::parse(
        &[date(2027, 3, 3), date(2027, 3, 1), date(2027, 3, 2)],
        3,
        march(),
        &calendar(),
    )
    .unwrap();
    assert_eq!(
        dates.days(),
        [date(2027, 3, 1), date(2027, 3, 2), date(2027, 3, 3)]
    );
}

#[test]
fn days_either_side_of_a_weekend_or_a_blackout_are_still_consecutive_working_days() {
    let c = calendar();
    assert!(
        VisitDates::parse(
            &[date(2027, 3, 4), date(2027, 3, 5), date(2027, 3, 10)],
            3,
            march(),
            &c
        )
        .is_ok(),
        "Thursday, Friday, then Wednesday after the weekend and the in-service days"
    );
}

#[test]
fn a_visit_on_a_weekend_bank_holiday_or_blackout_date_is_refused_naming_each_date_and_why() {
    let (field, message) = VisitDates::parse(
        &[date(2027, 3, 6), date(2027, 3, 8), date(2027, 3, 26)],
        3,
        march(),
        &calendar(),
    )
    .unwrap_err();
    assert_eq!(field, "days");
    assert!(
        message.contains("Saturday 6 March 2027 is a weekend day."),
        "{message}"
    );
    assert!(
        message.contains(
            "Monday 8 March 2027 is a blackout date of City of Edinburgh Council: In-service days."
        ),
        "{message}"
    );
    assert!(
        message.contains("Friday 26 March 2027 is a bank holiday in Scotland (Good Friday)."),
        "{message}"
    );
}

#[test]
fn the_wrong_number_of_days_or_a_gap_between_them_is_refused() {
    let c = calendar();
    let (_, short) =
        VisitDates::parse(&[date(2027, 3, 1), date(2027, 3, 2)], 3, march(), &c).unwrap_err();
    assert!(
        short.contains("last 3 working days; 2 days were given"),
        "{short}"
    );
    let (_, gap) = VisitDates::parse(
        &[date(2027, 3, 1), date(2027, 3, 2), date(2027, 3, 4)],
        3,
        march(),
        &c,
    )
    .unwrap_err();
    assert!(
        gap.contains("Wednesday 3 March 2027 is a working day between"),
        "{gap}"
    );
    let (_, twice) =
        VisitDates::parse(&[date(2027, 3, 1), date(2027, 3, 1)], 2, march(), &c).unwrap_err();
    assert!(twice.contains("once"), "{twice}");
    let many: Vec<NaiveDate> = (1..=11).map(|d| date(2027, 3, d)).collect();
    assert!(VisitDates::parse(&many, 3, march(), &c)
        .unwrap_err()
        .1
        .contains("at most 10"));
}

#[test]
fn dates_outside_the_target_month_are_refused_with_a_pointer_to_rescheduling() {
    let (_, message) = VisitDates::parse(
        &[date(2027, 3, 31), date(2027, 4, 1), date(2027, 4, 2)],
        3,
        march(),
        &calendar(),
    )
    .unwrap_err();
    assert!(
        message.contains(
            "Thursday 1 April 2027, Friday 2 April 2027 are outside the review's month, March 2027"
        ),
        "{message}"
    );
    assert!(message.contains("rescheduling"), "{message}");
}

fn team() -> Vec<Assignable> {
    vec![
        Assignable {
            user_id: Uuid::from_u128(1),
            name: "Ann Lead".into(),
        },
        Assignable {
            user_id: Uuid::from_u128(2),
            name: "Bob Member".into(),
        },
    ]
}

fn session(day: NaiveDate, from: (u32, u32), to: (u32, u32), members: &[u128]) -> Session {
    Session {
        id: Uuid::now_v7(),
        day,
        starts_at: time(from.0, from.1),
        ends_at: time(to.0, to.1),
        kind: SessionKind::FocusGroup,
        audiences: vec![Audience::Headteachers, Audience::YoungPeople],
        place: Some("Leith Academy".into()),
        members: members.iter().map(|n| Uuid::from_u128(*n)).collect(),
    }
}

fn days() -> Vec<NaiveDate> {
    vec![date(2027, 3, 1), date(2027, 3, 2), date(2027, 3, 3)]
}

#[test]
fn a_session_on_a_visit_day_with_accepted_members_is_accepted() {
    let other = session(date(2027, 3, 1), (9, 0), (10, 0), &[1]);
    let next = session(date(2027, 3, 1), (10, 0), (11, 0), &[1, 2]);
    assert_eq!(check_session(&next, &days(), &[other], &team()), Ok(()));
}

#[test]
fn a_session_outside_the_visit_days_is_refused_naming_the_days() {
    let s = session(date(2027, 3, 4), (9, 0), (10, 0), &[1]);
    let (field, message) = check_session(&s, &days(), &[], &team()).unwrap_err();
    assert_eq!(field, "day");
    assert!(
        message.contains("Thursday 4 March 2027 is not a visit day"),
        "{message}"
    );
    let (_, unset) = check_session(&s, &[], &[], &team()).unwrap_err();
    assert!(unset.contains("not set yet"), "{unset}");
}

#[test]
fn a_session_overlapping_another_for_the_same_member_is_refused_naming_both() {
    let other = session(date(2027, 3, 1), (9, 0), (10, 30), &[2]);
    let s = session(date(2027, 3, 1), (10, 0), (11, 0), &[1, 2]);
    let (field, message) =
        check_session(&s, &days(), std::slice::from_ref(&other), &team()).unwrap_err();
    assert_eq!(field, "members");
    assert!(
        message.contains("Bob Member is already in another session at that time (Monday 1 March 2027, 09:00–10:30, Focus group)."),
        "{message}"
    );
    let other_day = Session {
        day: date(2027, 3, 2),
        ..other
    };
    assert!(check_session(&s, &days(), &[other_day], &team()).is_ok());
}

#[test]
fn a_session_ending_before_it_starts_or_with_someone_off_the_team_is_refused() {
    let backwards = session(date(2027, 3, 1), (11, 0), (10, 0), &[1]);
    assert_eq!(
        check_session(&backwards, &days(), &[], &team())
            .unwrap_err()
            .0,
        "endsAt"
    );
    let stranger = session(date(2027, 3, 1), (9, 0), (10, 0), &[9]);
    let (field, message) = check_session(&stranger, &days(), &[], &team()).unwrap_err();
    assert_eq!(field, "members");
    assert!(message.contains("has accepted a place"), "{message}");
    let twice = session(date(2027, 3, 1), (9, 0), (10, 0), &[1, 1]);
    assert_eq!(
        check_session(&twice, &days(), &[], &team()).unwrap_err().0,
        "members"
    );
}

#[test]
fn moving_the_dates_away_from_a_session_is_refused_naming_it() {
    let s = session(date(2027, 3, 1), (9, 0), (10, 0), &[1]);
    let (_, message) =
        stranded_sessions(&[date(2027, 3, 2)], std::slice::from_ref(&s)).unwrap_err();
    assert!(
        message.contains("Monday 1 March 2027, 09:00–10:00"),
        "{message}"
    );
    assert!(stranded_sessions(&days(), &[s]).is_ok());
}

#[test]
fn a_contact_has_a_bounded_role_a_name_and_a_valid_email() {
    let c = Contact::parse(" Headteacher ", "Ann   Smith", "Ann@School.Scot").unwrap();
    assert_eq!(
        (c.role.as_str(), c.name.as_str(), c.email.as_str()),
        ("Headteacher", "Ann Smith", "ann@school.scot")
    );
    assert_eq!(Contact::parse("", "A", "a@b.scot").unwrap_err().0, "role");
    assert_eq!(Contact::parse("R", "A", "nope").unwrap_err().0, "email");
    assert_eq!(
        Contact::parse(&"r".repeat(201), "A", "a@b.scot")
            .unwrap_err()
            .0,
        "role"
    );
}

fn facts(state: ReviewState) -> ReviewFacts {
    let mut f = ReviewFacts::new(
        vec![HostFacts {
            authority_id: Uuid::from_u128(0xed),
            name: "City of Edinburgh Council".into(),
            has_lead_user: true,
            lead_signed_off_focus: true,
            lead_approved_report: false,
        }],
        ProgrammeRules::defaults_for(ProgrammeKind::Quads),
    );
    f.state = state;
    f
}

fn actor(team_role: Option<TeamRole>, officer: bool, host: bool) -> Actor {
    Actor {
        user_id: Uuid::from_u128(1),
        programme_officer: officer,
        host_lead_of: Vec::new(),
        host_user: host,
        team_role,
    }
}

#[test]
fn the_team_lead_and_programme_officers_plan_the_visit_before_it_starts_and_no_one_else() {
    let f = facts(ReviewState::SelfEvaluationSubmitted);
    let lead = actor(Some(TeamRole::Lead), false, false);
    assert!(authorise_plan(&f, &lead).is_ok());
    assert!(authorise_plan(&f, &actor(None, true, false)).is_ok());
    for other in [
        actor(Some(TeamRole::Member), false, false),
        actor(None, false, true),
    ] {
        assert!(matches!(
            authorise_plan(&f, &other),
            Err(Refusal::Forbidden { .. })
        ));
    }
    for closed in [
        ReviewState::VisitInProgress,
        ReviewState::Postponed,
        ReviewState::Withdrawn,
    ] {
        assert!(matches!(
            authorise_plan(&facts(closed), &lead),
            Err(Refusal::GuardFailed(_))
        ));
    }
}

#[test]
fn first_setting_the_dates_is_planned_and_every_later_change_is_a_change() {
    let f = facts(ReviewState::TeamFormed);
    let lead = actor(Some(TeamRole::Lead), false, false);
    let at = Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).unwrap();
    let first = VisitChange::Dates {
        before: vec![],
        after: days(),
    };
    let planned = decide_visit_change(&f, &lead, first, at).unwrap();
    assert!(matches!(planned.event(), Event::VisitPlanned { .. }));
    assert_eq!(planned.detail()["change"], "DATES");
    let moved = VisitChange::Dates {
        before: days(),
        after: vec![date(2027, 3, 2)],
    };
    assert!(moved
        .summary()
        .starts_with("Moved the visit from Monday 1 March 2027"));
    let changed = decide_visit_change(&f, &lead, moved, at).unwrap();
    assert!(matches!(changed.event(), Event::VisitChanged { .. }));
}

#[test]
fn host_users_record_contacts_and_an_authoritys_users_or_officers_its_blackouts() {
    let f = facts(ReviewState::TeamFormed);
    assert!(authorise_contacts(&f, &actor(None, false, true)).is_ok());
    assert!(authorise_contacts(&f, &actor(Some(TeamRole::Lead), true, false)).is_err());
    let edinburgh = Uuid::from_u128(0xed);
    let person = |authority: Option<Uuid>, officer: bool| crate::lifecycle::Person {
        user_id: Uuid::from_u128(3),
        programme_officer: officer,
        authority_id: authority,
        lead: false,
    };
    assert!(authorise_blackouts(&person(Some(edinburgh), false), edinburgh).is_ok());
    assert!(authorise_blackouts(&person(None, true), edinburgh).is_ok());
    assert!(authorise_blackouts(&person(Some(Uuid::from_u128(0xf1)), false), edinburgh).is_err());
}
