use super::*;
use crate::visit::Blackout;
use chrono::TimeZone;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn calendar() -> WorkingCalendar {
    WorkingCalendar::new(
        [
            (date(2027, 5, 3), "Early May bank holiday".to_owned()),
            (
                date(2027, 12, 27),
                "Christmas Day (substitute day)".to_owned(),
            ),
        ],
        [],
    )
}

fn user(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

const LEAD: u128 = 1;
const HOST_LEAD: u128 = 2;
const MEMBER: u128 = 3;
const INVITEE: u128 = 4;

fn subject(state: ReviewState, days: &[NaiveDate]) -> ReviewSubject {
    let member = |n, role, invitation| Invitee {
        user_id: user(n),
        role,
        invitation,
        current: true,
        invited_at: utc(2027, 4, 1, 10, 0),
    };
    ReviewSubject {
        review_id: user(99),
        state,
        visit_days: days.to_vec(),
        host_leads: vec![user(HOST_LEAD)],
        team: vec![
            member(LEAD, TeamRole::Lead, InvitationStatus::Accepted),
            member(MEMBER, TeamRole::Member, InvitationStatus::Accepted),
            member(INVITEE, TeamRole::Member, InvitationStatus::Pending),
        ],
        report_shared_at: None,
        actions: vec![],
        follow_up_sessions: vec![],
    }
}

fn of(planned: &[Planned], kind: ReminderKind) -> Vec<(Uuid, DateTime<Utc>)> {
    planned
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| (p.recipient, p.due_at))
        .collect()
}

#[test]
fn the_self_evaluation_is_due_14_and_3_working_days_before_the_first_visit_day_at_eight_in_london()
{
    let days = [date(2027, 6, 14), date(2027, 6, 15), date(2027, 6, 16)];
    let planned = plan_review(
        &subject(ReviewState::TeamFormed, &days),
        &ReminderPolicy::default(),
        &calendar(),
        utc(2027, 4, 1, 9, 0),
    );
    // Monday 14 June: 14 working days back is Tuesday 25 May, 3 is
    // Wednesday 9 June; 08:00 BST is 07:00 UTC.
    assert_eq!(
        of(&planned, ReminderKind::SelfEvaluationDue),
        [
            (user(HOST_LEAD), utc(2027, 5, 25, 7, 0)),
            (user(HOST_LEAD), utc(2027, 6, 9, 7, 0))
        ]
    );
    assert_eq!(
        of(&planned, ReminderKind::VisitStarting),
        [
            (user(LEAD), utc(2027, 6, 7, 7, 0)),
            (user(HOST_LEAD), utc(2027, 6, 7, 7, 0)),
            (user(MEMBER), utc(2027, 6, 7, 7, 0)),
        ]
    );
    // Invited Thursday 1 April 2027; Good Friday is not in this calendar,
    // so 5 working days later is Thursday 8 April.
    assert_eq!(
        of(&planned, ReminderKind::InvitationUnanswered),
        [(user(INVITEE), utc(2027, 4, 8, 7, 0))]
    );
}

#[test]
fn a_bank_holiday_and_a_blackout_date_push_a_working_day_reminder_one_day_earlier_each() {
    let days = [date(2027, 5, 10)];
    let policy = ReminderPolicy::new([(
        ReminderKind::VisitStarting,
        ReminderRule::parse(ReminderKind::VisitStarting, &[5]).unwrap(),
    )]);
    let now = utc(2027, 4, 1, 9, 0);
    let plain = WorkingCalendar::new([], []);
    let due = |c: &WorkingCalendar| {
        of(
            &plan_review(&subject(ReviewState::TeamFormed, &days), &policy, c, now),
            ReminderKind::VisitStarting,
        )[0]
        .1
    };
    // Monday 10 May: five working days back is Monday 3 May…
    assert_eq!(due(&plain), utc(2027, 5, 3, 7, 0));
    // …unless 3 May is the Early May bank holiday: Friday 30 April…
    assert_eq!(due(&calendar()), utc(2027, 4, 30, 7, 0));
    // …and a blackout on 30 April moves it to Thursday 29 April.
    let blackout = WorkingCalendar::new(
        [(date(2027, 5, 3), "Early May bank holiday".to_owned())],
        [(
            "Highland Council".to_owned(),
            Blackout::parse(date(2027, 4, 30), None, "In-service day").unwrap(),
        )],
    );
    assert_eq!(due(&blackout), utc(2027, 4, 29, 7, 0));
}

#[test]
fn eight_in_the_morning_stays_eight_in_london_across_the_march_and_october_clock_changes() {
    let c = calendar();
    // Clocks go forward on Sunday 28 March 2027.
    assert_eq!(due_on(&c, date(2027, 3, 26)), utc(2027, 3, 26, 8, 0));
    assert_eq!(due_on(&c, date(2027, 3, 29)), utc(2027, 3, 29, 7, 0));
    // A reminder for the Sunday of the change goes out on Monday at 08:00 BST.
    assert_eq!(due_on(&c, date(2027, 3, 28)), utc(2027, 3, 29, 7, 0));
    // Clocks go back on Sunday 31 October 2027.
    assert_eq!(due_on(&c, date(2027, 10, 29)), utc(2027, 10, 29, 7, 0));
    assert_eq!(due_on(&c, date(2027, 10, 31)), utc(2027, 11, 1, 8, 0));
    // 17:30 UTC on Friday 29 October is 18:30 BST, after closing: the next
    // opening is Monday 1 November at 08:00 GMT.
    assert_eq!(
        next_opening(&c, utc(2027, 10, 29, 17, 30)),
        utc(2027, 11, 1, 8, 0)
    );
    assert!(is_open(&c, utc(2027, 10, 29, 16, 59)));
    assert!(is_open(&c, utc(2027, 11, 1, 17, 59)));
    assert!(!is_open(&c, utc(2027, 11, 1, 18, 0)));
}

#[test]
fn outside_the_sending_window_a_reminder_waits_for_the_next_working_days_opening() {
    let c = calendar();
    // Before 08:00 on a working day: that day's opening.
    assert_eq!(
        next_opening(&c, utc(2027, 6, 9, 5, 0)),
        utc(2027, 6, 9, 7, 0)
    );
    // Inside the window: now.
    assert_eq!(
        next_opening(&c, utc(2027, 6, 9, 12, 0)),
        utc(2027, 6, 9, 12, 0)
    );
    // Saturday: Monday 08:00.
    assert_eq!(
        next_opening(&c, utc(2027, 6, 12, 10, 0)),
        utc(2027, 6, 14, 7, 0)
    );
    // Friday evening before a bank holiday Monday: Tuesday 08:00.
    assert_eq!(
        next_opening(&c, utc(2027, 4, 30, 19, 0)),
        utc(2027, 5, 4, 7, 0)
    );
}

#[test]
fn a_review_past_the_step_a_reminder_is_about_plans_none_of_it() {
    let days = [date(2027, 6, 14), date(2027, 6, 15), date(2027, 6, 16)];
    let now = utc(2027, 4, 1, 9, 0);
    let submitted = plan_review(
        &subject(ReviewState::SelfEvaluationSubmitted, &days),
        &ReminderPolicy::default(),
        &calendar(),
        now,
    );
    assert!(of(&submitted, ReminderKind::SelfEvaluationDue).is_empty());
    assert_eq!(of(&submitted, ReminderKind::VisitStarting).len(), 3);
    for state in [ReviewState::Withdrawn, ReviewState::Postponed] {
        assert!(plan_review(
            &subject(state, &days),
            &ReminderPolicy::default(),
            &calendar(),
            now
        )
        .is_empty());
    }
    let completed = plan_review(
        &subject(ReviewState::VisitCompleted, &days),
        &ReminderPolicy::default(),
        &calendar(),
        now,
    );
    // 20 working days after Wednesday 16 June 2027, to the team lead only.
    assert_eq!(
        of(&completed, ReminderKind::ReportDraftDue),
        [(user(LEAD), utc(2027, 7, 14, 7, 0))]
    );
    assert_eq!(completed.len(), 1);
}

#[test]
fn reminders_whose_time_has_passed_are_not_planned() {
    let days = [date(2027, 6, 14)];
    let planned = plan_review(
        &subject(ReviewState::TeamFormed, &days),
        &ReminderPolicy::default(),
        &calendar(),
        utc(2027, 6, 1, 9, 0),
    );
    assert_eq!(
        of(&planned, ReminderKind::SelfEvaluationDue),
        [(user(HOST_LEAD), utc(2027, 6, 9, 7, 0))]
    );
}

#[test]
fn a_shared_draft_reminds_the_host_leads_ten_working_days_later() {
    let mut s = subject(ReviewState::ReportDrafted, &[date(2027, 6, 14)]);
    s.report_shared_at = Some(utc(2027, 7, 1, 15, 0));
    let planned = plan_review(
        &s,
        &ReminderPolicy::default(),
        &calendar(),
        utc(2027, 7, 1, 15, 0),
    );
    assert_eq!(
        of(&planned, ReminderKind::FactualAccuracyOpen),
        [(user(HOST_LEAD), utc(2027, 7, 15, 7, 0))]
    );
}

#[test]
fn a_moved_date_gives_the_reminder_a_new_occurrence_and_the_same_date_the_same_one() {
    let now = utc(2027, 4, 1, 9, 0);
    let p = ReminderPolicy::default();
    let a = plan_review(
        &subject(ReviewState::TeamFormed, &[date(2027, 6, 14)]),
        &p,
        &calendar(),
        now,
    );
    let again = plan_review(
        &subject(ReviewState::TeamFormed, &[date(2027, 6, 14)]),
        &p,
        &calendar(),
        now,
    );
    let moved = plan_review(
        &subject(ReviewState::TeamFormed, &[date(2027, 6, 21)]),
        &p,
        &calendar(),
        now,
    );
    let keys = |v: &[Planned]| -> Vec<String> {
        v.iter()
            .filter(|p| p.kind == ReminderKind::VisitStarting)
            .map(|p| p.occurrence.clone())
            .collect()
    };
    assert_eq!(keys(&a), keys(&again));
    assert!(keys(&a).iter().all(|k| !keys(&moved).contains(k)));
}

#[test]
fn a_policy_refuses_negative_absurd_repeated_and_too_many_offsets_naming_the_field() {
    assert_eq!(
        ReminderRule::parse(ReminderKind::SelfEvaluationDue, &[3, 14])
            .unwrap()
            .offsets,
        [14, 3]
    );
    assert!(ReminderRule::parse(ReminderKind::SelfEvaluationDue, &[])
        .unwrap()
        .offsets
        .is_empty());
    for bad in [&[-1][..], &[10_000], &[3, 3], &[1, 2, 3, 4, 5, 6]] {
        let (field, message) =
            ReminderRule::parse(ReminderKind::SelfEvaluationDue, bad).unwrap_err();
        assert_eq!(field, "offsets", "{bad:?}");
        assert!(!message.is_empty());
    }
    assert!(
        ReminderRule::parse(ReminderKind::SelfEvaluationDue, &[3, 3])
            .unwrap_err()
            .1
            .contains("more than once a day")
    );
}

#[test]
fn only_invitations_and_escalations_are_essential_and_every_kind_names_itself_and_says_why() {
    for kind in ReminderKind::ALL {
        assert_eq!(ReminderKind::parse(kind.as_str()), Some(kind));
        assert_eq!(
            kind.essential(),
            matches!(
                kind,
                ReminderKind::InvitationUnanswered | ReminderKind::ActionEscalation
            )
        );
        assert!(kind
            .why(5, "Monday 14 June 2027")
            .contains("Monday 14 June 2027"));
    }
    assert_eq!(ReminderKind::parse("NOPE"), None);
}

const ACTION: u128 = 50;
const OWNER: u128 = 51;

/// A published review with one action of `OWNER`, due on `due`, and a
/// follow-up session on Tuesday 14 September 2027.
fn follow_up(due: NaiveDate, finished: bool) -> ReviewSubject {
    let mut s = subject(ReviewState::FollowUp, &[date(2027, 1, 11)]);
    s.actions = vec![ActionSubject {
        id: user(ACTION),
        owner: user(OWNER),
        due_on: due,
        finished,
    }];
    s.follow_up_sessions = vec![date(2027, 9, 14)];
    s
}

#[test]
fn an_action_is_reminded_30_7_and_1_days_before_its_due_day_on_the_working_day_before_a_day_off() {
    // Due Monday 14 June 2027: 15 May is a Saturday (so Friday 14 May), 7
    // June a Monday, 13 June a Sunday (so Friday 11 June).
    let planned = plan_review(
        &follow_up(date(2027, 6, 14), false),
        &ReminderPolicy::default(),
        &calendar(),
        utc(2027, 4, 1, 9, 0),
    );
    assert_eq!(
        of(&planned, ReminderKind::ActionDue),
        [
            (user(OWNER), utc(2027, 5, 14, 7, 0)),
            (user(OWNER), utc(2027, 6, 7, 7, 0)),
            (user(OWNER), utc(2027, 6, 11, 7, 0)),
        ]
    );
    // Escalated to the host lead two weeks after the due day.
    assert_eq!(
        of(&planned, ReminderKind::ActionEscalation),
        [(user(HOST_LEAD), utc(2027, 6, 28, 7, 0))]
    );
    // The first overdue reminder a week after the due day; only the next
    // one is planned at a time.
    assert_eq!(
        of(&planned, ReminderKind::ActionOverdue),
        [(user(OWNER), utc(2027, 6, 21, 7, 0))]
    );
    // An action's reminders are about the action; the session's about
    // the review.
    assert!(planned
        .iter()
        .filter(|p| p.kind != ReminderKind::FollowUpSession)
        .all(|p| p.about == user(ACTION)));
    assert!(planned
        .iter()
        .filter(|p| p.kind == ReminderKind::FollowUpSession)
        .all(|p| p.about == user(99)));
    // The follow-up session: 5 working days before, to the host lead and
    // the team lead.
    assert_eq!(
        of(&planned, ReminderKind::FollowUpSession),
        [
            (user(LEAD), utc(2027, 9, 7, 7, 0)),
            (user(HOST_LEAD), utc(2027, 9, 7, 7, 0))
        ]
    );
}

#[test]
fn an_overdue_action_is_reminded_weekly_one_reminder_at_a_time_until_it_is_finished() {
    let due = date(2027, 6, 14);
    let p = ReminderPolicy::default();
    // After the first weekly reminder was sent, the next is the one after.
    let later = plan_review(
        &follow_up(due, false),
        &p,
        &calendar(),
        utc(2027, 6, 21, 7, 0),
    );
    let overdue: Vec<&Planned> = later
        .iter()
        .filter(|x| x.kind == ReminderKind::ActionOverdue)
        .collect();
    assert_eq!(overdue.len(), 1);
    assert_eq!(overdue[0].due_at, utc(2027, 6, 28, 7, 0));
    assert_eq!(overdue[0].offset, 14);
    // Finished: nothing about the action, the session still.
    let done = plan_review(
        &follow_up(due, true),
        &p,
        &calendar(),
        utc(2027, 6, 21, 7, 0),
    );
    assert!(done.iter().all(|x| x.kind == ReminderKind::FollowUpSession));
    // A moved due day: new occurrences.
    let moved = plan_review(
        &follow_up(date(2027, 7, 14), false),
        &p,
        &calendar(),
        utc(2027, 6, 21, 7, 0),
    );
    let keys = |v: &[Planned]| -> Vec<String> {
        v.iter()
            .filter(|x| x.kind != ReminderKind::FollowUpSession)
            .map(|x| x.occurrence.clone())
            .collect()
    };
    assert!(keys(&later).iter().all(|k| !keys(&moved).contains(k)));
}

#[test]
fn an_overdue_reminder_repeats_at_least_a_day_apart_and_an_escalation_is_essential() {
    assert_eq!(
        ReminderRule::parse(ReminderKind::ActionOverdue, &[7])
            .unwrap()
            .offsets,
        [7]
    );
    let (field, message) = ReminderRule::parse(ReminderKind::ActionOverdue, &[0]).unwrap_err();
    assert_eq!(field, "offsets");
    assert!(message.contains("more than once a day"), "{message}");
    assert!(ReminderRule::parse(ReminderKind::ActionOverdue, &[7, 14]).is_err());
    assert!(ReminderRule::parse(ReminderKind::ActionOverdue, &[-7]).is_err());
    assert!(ReminderKind::ActionEscalation.essential());
}
