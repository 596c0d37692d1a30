use super::*;
use crate::lifecycle::{Actor, ReviewState};
use chrono::TimeZone;
use rust_decimal::Decimal;
use std::str::FromStr;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 10, 0, 0).unwrap()
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn area(n: u128) -> PublishedArea {
    PublishedArea {
        item_id: Uuid::from_u128(n),
        text: format!("Area {n}"),
        indicators: vec!["1.1".into()],
    }
}

fn follow_up() -> FollowUp {
    FollowUp::new(day(2027, 3, 1), &[area(1), area(2)])
}

const OWNER: Uuid = Uuid::from_u128(100);

fn fields(f: &FollowUp, due: NaiveDate) -> ActionFields {
    ActionFields::parse(f, "Train the QIOs", OWNER, due, &[OWNER]).unwrap()
}

#[test]
fn percentage_point_changes_are_stated_as_reports_state_them() {
    let p = ImpactUnit::Percent;
    assert_eq!(
        change_text(p, dec("93.2"), dec("95.7")),
        "+2.5 percentage points"
    );
    assert_eq!(change(p, dec("95.7"), dec("93.2")), "-2.5");
    assert_eq!(change(p, dec("90"), dec("90")), "0.0");
    assert_eq!(change(p, dec("90"), dec("93")), "+3.0");
}

/// Scotland's published share of school leavers in a positive initial
/// destination (Scottish Government, "Summary Statistics for Attainment
/// and Initial Leaver Destinations"): 95.0 % of 2018/19 leavers, 93.3 % of
/// 2019/20, 95.5 % of 2020/21, 95.7 % of 2021/22 and 95.9 % of 2022/23. The
/// publications state the year-on-year changes as these percentage points.
#[test]
fn the_published_positive_destination_figures_give_their_published_changes() {
    let p = ImpactUnit::Percent;
    let published = [
        ("93.3", "95.5", "+2.2"),
        ("95.5", "95.7", "+0.2"),
        ("95.7", "95.9", "+0.2"),
    ];
    for (baseline, later, stated) in published {
        assert_eq!(
            change(p, dec(baseline), dec(later)),
            stated,
            "{baseline} -> {later}"
        );
    }
    // From the fall of 2019/20 back to the record, and the fall itself.
    assert_eq!(
        change_text(p, dec("93.3"), dec("95.9")),
        "+2.6 percentage points"
    );
    assert_eq!(change(p, dec("95.0"), dec("93.3")), "-1.7");
    // Entered as the tables print them, trailing zero and all.
    let baseline = parse_value("baselineValue", p, "95.50").unwrap();
    let later = parse_value("laterValue", p, " 95.7 ").unwrap();
    assert_eq!(change(p, baseline, later), "+0.2");
}

#[test]
fn a_half_is_rounded_away_from_zero_in_exact_decimals() {
    let p = ImpactUnit::Percent;
    // 0.15 is 0.1499999… in binary floating point and would round to 0.1.
    assert_eq!(change(p, dec("0"), dec("0.15")), "+0.2");
    assert_eq!(change(p, dec("0.15"), dec("0")), "-0.2");
    assert_eq!(change(p, dec("1.00"), dec("1.15")), "+0.2");
    assert_eq!(change(p, dec("80.1"), dec("80.35")), "+0.3");
    assert_eq!(change(p, dec("80.35"), dec("80.1")), "-0.3");
    // A change that rounds to nothing has no sign.
    assert_eq!(change(p, dec("50.02"), dec("50")), "0.0");
    assert_eq!(change(p, dec("12.34"), dec("12.39")), "+0.1");
    assert_eq!(change(p, dec("12.34"), dec("12.38")), "0.0");
}

#[test]
fn count_changes_are_whole_numbers_with_their_sign() {
    let c = ImpactUnit::Count;
    assert_eq!(change_text(c, dec("120"), dec("132")), "+12");
    assert_eq!(change(c, dec("132"), dec("120")), "-12");
    assert_eq!(change(c, dec("5"), dec("5")), "0");
}

#[test]
fn percentages_outside_0_to_100_and_bad_numbers_are_refused_naming_the_field() {
    let p = ImpactUnit::Percent;
    assert_eq!(
        parse_value("laterValue", p, "100.5").unwrap_err().0,
        "laterValue"
    );
    assert!(parse_value("baselineValue", p, "-1").is_err());
    assert!(parse_value("baselineValue", p, "1e3").is_err());
    assert!(parse_value("baselineValue", p, "93.255").is_err());
    assert!(parse_value("baselineValue", p, "").is_err());
    assert!(parse_value("baselineValue", p, "NaN").is_err());
    assert_eq!(
        parse_value("baselineValue", p, " 95.70 ").unwrap(),
        dec("95.7")
    );
    assert_eq!(parse_value("baselineValue", p, "100").unwrap(), dec("100"));
    assert!(parse_value("baselineValue", ImpactUnit::Count, "2.5").is_err());
    assert!(parse_value("baselineValue", ImpactUnit::Count, "2000000000").is_err());
}

#[test]
fn a_later_value_without_a_baseline_is_refused_naming_the_baseline() {
    let bad = MeasureValues::parse(
        "Positive destinations",
        "SIMD Q1",
        ImpactUnit::Percent,
        "",
        "2022-23",
        Some("95.7"),
        Some("2023-24"),
        None,
    )
    .unwrap_err();
    assert_eq!(bad[0].0, "baselineValue");
    assert!(bad[0].1.contains("before a later value"));
}

#[test]
fn a_later_value_needs_its_period_and_excludes_a_reason() {
    let bad = MeasureValues::parse(
        "Attendance",
        "All pupils",
        ImpactUnit::Percent,
        "90",
        "2022-23",
        Some("91"),
        None,
        Some("Not yet"),
    )
    .unwrap_err();
    let fields: Vec<&str> = bad.iter().map(|b| b.0).collect();
    assert_eq!(fields, vec!["laterPeriod", "noLaterValueReason"]);
    let ok = MeasureValues::parse(
        "Attendance",
        "All pupils",
        ImpactUnit::Percent,
        "93.2",
        "2022-23",
        Some("95.7"),
        Some("2023-24"),
        None,
    )
    .unwrap();
    assert_eq!(ok.change_text().as_deref(), Some("+2.5 percentage points"));
    assert!(ok.has_later_value_or_reason());
}

#[test]
fn a_due_date_before_publication_and_an_owner_outside_the_host_are_both_refused() {
    let f = follow_up();
    let bad =
        ActionFields::parse(&f, "x", Uuid::from_u128(7), day(2027, 2, 28), &[OWNER]).unwrap_err();
    let fields: Vec<&str> = bad.iter().map(|b| b.0).collect();
    assert_eq!(fields, vec!["ownerId", "dueOn"]);
}

#[test]
fn the_guards_facts_count_areas_without_action_sessions_open_actions_and_impact() {
    let mut f = follow_up();
    assert_eq!(f.facts().areas_without_action_or_reason, 2);
    let a = fields(&f, day(2027, 6, 1));
    f.add_action(Uuid::from_u128(1), a, OWNER, now()).unwrap();
    f.set_no_action_reason(
        Uuid::from_u128(2),
        Some("Already in the plan"),
        OWNER,
        now(),
    )
    .unwrap();
    let facts = f.facts();
    assert_eq!(facts.areas_without_action_or_reason, 0);
    assert_eq!(facts.actions_open, 1);
    assert_eq!(facts.sessions_scheduled, 0);
    let cal = WorkingCalendar::default();
    f.schedule_session(1, day(2027, 9, 1), &cal, OWNER, now())
        .unwrap();
    assert_eq!(f.facts().sessions_scheduled, 1);
    let id = f.actions[0].id;
    let a = fields(&f, day(2027, 6, 1));
    f.update_action(id, 1, a, ActionStatus::CarriedIntoPlan, now())
        .unwrap();
    assert_eq!(f.facts().actions_open, 0);
}

#[test]
fn a_stale_action_version_is_refused() {
    let mut f = follow_up();
    let a = fields(&f, day(2027, 6, 1));
    f.add_action(Uuid::from_u128(1), a, OWNER, now()).unwrap();
    let id = f.actions[0].id;
    let a = fields(&f, day(2027, 6, 1));
    assert_eq!(
        f.update_action(id, 7, a, ActionStatus::Done, now()),
        Err(EditError::Stale)
    );
}

#[test]
fn an_area_removed_by_a_correction_keeps_its_actions_marked_superseded() {
    let mut f = follow_up();
    let a = fields(&f, day(2027, 6, 1));
    f.add_action(Uuid::from_u128(2), a, OWNER, now()).unwrap();
    f.sync_areas(&[area(1), area(3)]);
    let shown: Vec<(Uuid, bool)> = f.shown_areas().map(|a| (a.item_id, a.superseded)).collect();
    assert_eq!(
        shown,
        vec![
            (Uuid::from_u128(1), false),
            (Uuid::from_u128(3), false),
            (Uuid::from_u128(2), true)
        ]
    );
    // No new action on a superseded area, and it no longer needs one.
    let a = fields(&f, day(2027, 6, 1));
    assert!(f.add_action(Uuid::from_u128(2), a, OWNER, now()).is_err());
    assert_eq!(f.facts().areas_without_action_or_reason, 2);
}

#[test]
fn sessions_are_proposed_six_and_twelve_months_on_moved_to_the_next_working_day() {
    // Published on Friday 3 September 2027: + 6 months is Friday 3 March
    // 2028; + 12 months Sunday 3 September 2028 -> Monday 4 September.
    let f = FollowUp::new(day(2027, 9, 3), &[area(1)]);
    let cal = WorkingCalendar::default();
    assert_eq!(f.proposed_on(1, &cal), day(2028, 3, 3));
    assert_eq!(f.proposed_on(2, &cal), day(2028, 9, 4));
    // A bank holiday moves it on again.
    let cal = WorkingCalendar::new([(day(2028, 9, 4), "Holiday".to_owned())], []);
    assert_eq!(f.proposed_on(2, &cal), day(2028, 9, 5));
}

#[test]
fn saving_a_session_again_raises_its_sequence_and_weekends_are_refused() {
    let mut f = follow_up();
    let cal = WorkingCalendar::default();
    let err = f
        .schedule_session(1, day(2027, 9, 4), &cal, OWNER, now())
        .unwrap_err();
    assert!(matches!(err, EditError::Invalid(ref v) if v[0].0 == "date"));
    assert!(f
        .schedule_session(3, day(2027, 9, 1), &cal, OWNER, now())
        .is_err());
    f.schedule_session(1, day(2027, 9, 1), &cal, OWNER, now())
        .unwrap();
    assert_eq!(f.session(1).unwrap().sequence, 0);
    f.schedule_session(1, day(2027, 9, 2), &cal, OWNER, now())
        .unwrap();
    assert_eq!(f.session(1).unwrap().sequence, 1);
    f.cancel_session(1).unwrap();
    assert_eq!(f.session(1).unwrap().sequence, 2);
    assert_eq!(f.facts().sessions_scheduled, 0);
}

#[test]
fn actions_are_overdue_after_their_due_date_and_due_soon_within_two_weeks() {
    let mut f = follow_up();
    let a = fields(&f, day(2027, 6, 1));
    f.add_action(Uuid::from_u128(1), a, OWNER, now()).unwrap();
    let action = &f.actions[0];
    assert!(action.overdue(day(2027, 6, 2)));
    assert!(!action.due_soon(day(2027, 6, 2)));
    assert!(action.due_soon(day(2027, 5, 19)));
    assert!(!action.due_soon(day(2027, 5, 18)));
}

#[test]
fn notes_are_not_dated_in_the_future_nor_before_publication() {
    let mut f = follow_up();
    let a = fields(&f, day(2027, 6, 1));
    f.add_action(Uuid::from_u128(1), a, OWNER, now()).unwrap();
    let id = f.actions[0].id;
    let today = day(2027, 4, 1);
    assert!(f
        .add_note(id, "x", Some(day(2027, 4, 2)), OWNER, now(), today)
        .is_err());
    assert!(f
        .add_note(id, "x", Some(day(2027, 2, 2)), OWNER, now(), today)
        .is_err());
    f.add_note(id, "Training booked", None, OWNER, now(), today)
        .unwrap();
    assert_eq!(f.actions[0].notes[0].noted_on, today);
}

fn actor(host_user: bool, lead: bool, officer: bool) -> Actor {
    Actor {
        user_id: Uuid::from_u128(50),
        programme_officer: officer,
        host_lead_of: if lead {
            vec![Uuid::from_u128(9)]
        } else {
            vec![]
        },
        host_user,
        team_role: None,
    }
}

#[test]
fn hosts_manage_actions_owners_update_theirs_leads_and_officers_schedule() {
    let host = actor(true, false, false);
    let lead = actor(true, true, false);
    let officer = actor(false, false, true);
    let published = ReviewState::ReportPublished;
    assert!(authorise_manage_actions(published, &host).is_ok());
    assert!(authorise_manage_actions(published, &officer).is_err());
    assert!(authorise_schedule(published, &lead).is_ok());
    assert!(authorise_schedule(published, &officer).is_ok());
    assert!(authorise_schedule(published, &host).is_err());
    assert!(authorise_publish_measures(published, &lead).is_ok());
    assert!(authorise_publish_measures(published, &host).is_err());
    assert!(authorise_manage_actions(ReviewState::Closed, &host).is_err());
    let mut f = follow_up();
    let mut a = fields(&f, day(2027, 6, 1));
    a.owner = Uuid::from_u128(50);
    f.add_action(Uuid::from_u128(1), a, OWNER, now()).unwrap();
    let outsider_owner = actor(false, false, false);
    assert!(authorise_update_action(published, &outsider_owner, &f.actions[0]).is_ok());
    assert!(authorise_view(&outsider_owner).is_err());
}
