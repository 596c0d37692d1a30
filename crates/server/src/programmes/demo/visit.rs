//! The visit plan in the demonstration: a Quads review of the other quad
//! whose host lead (`lead4@`) submitted a graded rubric, with its visit
//! planned by the programme officer: three consecutive working days in
//! its target month from its second Monday, sessions with the team on
//! each, and the host's contacts and places. Every change goes through the
//! domain and joins the history, as in the API.

use super::{Demo, DemoFocus, TeamAccounts};
use anyhow::anyhow;
use chrono::{Datelike, Duration, NaiveTime, Weekday};
use domain::identity::User;
use domain::lifecycle::{InvitationStatus, VisitChange};
use domain::visit::{self as v, Audience, Contact, Session, SessionKind, VisitDates};
use domain::Organisation;
use store::review::{self as reviews, Review};
use uuid::Uuid;

/// The planned review's peers are new accounts (`peer7@` onwards).
pub(super) const PLANNED_TEAM: TeamAccounts = TeamAccounts {
    first_peer: 7,
    first_other: 1,
};

/// A session of the demonstration's plan: the visit day (0-based), start,
/// end, kind, whom it meets, and whether the whole team is in it (the
/// team lead alone otherwise).
type SessionSketch = (
    usize,
    (u32, u32),
    (u32, u32),
    SessionKind,
    &'static [Audience],
    bool,
);

const SESSIONS: [SessionSketch; 5] = [
    (
        0,
        (9, 30),
        (11, 0),
        SessionKind::Meeting,
        &[Audience::Officers],
        true,
    ),
    (
        0,
        (13, 0),
        (14, 30),
        SessionKind::FocusGroup,
        &[Audience::Headteachers],
        false,
    ),
    (
        1,
        (10, 0),
        (12, 0),
        SessionKind::Observation,
        &[Audience::Practitioners, Audience::YoungPeople],
        true,
    ),
    (
        2,
        (9, 0),
        (11, 30),
        SessionKind::TeamDeliberation,
        &[],
        true,
    ),
    (
        2,
        (14, 0),
        (15, 0),
        SessionKind::Feedback,
        &[Audience::Officers],
        true,
    ),
];

fn time((h, m): (u32, u32)) -> anyhow::Result<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(|| anyhow!("demo session time {h}:{m}"))
}

impl Demo<'_> {
    /// Takes `review` to a submitted rubric (its host lead `lead_email`,
    /// its team `accounts`, its `focus`), then plans its visit. Returns
    /// the host authority and its lead.
    pub(super) async fn planned_visit(
        &self,
        review: Review,
        members: &[Organisation],
        lead_email: &str,
        accounts: &TeamAccounts,
        focus: &DemoFocus,
    ) -> anyhow::Result<(Organisation, User)> {
        let review_id = review.id;
        let (host, lead) = self
            .submitted_rubric(review, members, lead_email, accounts, focus)
            .await?;
        let review = reviews::review(self.txn, review_id).await?;
        let calendar =
            v::WorkingCalendar::new(store::reference::bank_holidays(self.txn).await?, Vec::new());
        let month = review.target_month;
        let mut monday = month.first_day() + Duration::days(7);
        while monday.weekday() != Weekday::Mon {
            monday += Duration::days(1);
        }
        let length = self.programme.settings.rules.visit_length_days;
        let days = calendar.working_days_from(monday, length as usize);
        let dates = VisitDates::parse(&days, length, month, &calendar)
            .map_err(|(_, m)| anyhow!("demo visit dates: {m}"))?;
        let days = dates.days().to_vec();
        self.plan_change(
            review_id,
            VisitChange::Dates {
                before: Vec::new(),
                after: days.clone(),
            },
        )
        .await?;
        store::visit::set_days(self.txn, review_id, &days, self.now).await?;

        let team = self.accepted_team(review_id).await?;
        let lead_member = team.first().copied().ok_or_else(|| anyhow!("no team"))?;
        let school = format!("{} Academy", host.name);
        let offices = format!("{} Council offices", host.name);
        for (day, start, end, kind, audiences, whole_team) in SESSIONS {
            let session = Session {
                id: Uuid::now_v7(),
                day: *days.get(day).ok_or_else(|| anyhow!("no visit day {day}"))?,
                starts_at: time(start)?,
                ends_at: time(end)?,
                kind,
                audiences: audiences.to_vec(),
                place: Some(
                    if kind == SessionKind::Observation || kind == SessionKind::FocusGroup {
                        school.clone()
                    } else {
                        offices.clone()
                    },
                ),
                members: if whole_team {
                    team.clone()
                } else {
                    vec![lead_member]
                },
            };
            self.plan_change(
                review_id,
                VisitChange::SessionAdded {
                    session: session.summary(),
                },
            )
            .await?;
            store::visit::insert_session(self.txn, review_id, &session, self.now).await?;
            store::visit::touch(self.txn, review_id, self.now).await?;
        }

        let contacts = [
            (
                "Head of Education",
                "Fiona Maclean",
                "fiona.maclean@example.org",
            ),
            ("Headteacher", "Calum Ross", "calum.ross@example.org"),
        ];
        for (role, name, email) in contacts {
            let contact = Contact::parse(&format!("{role}, {}", host.name), name, email)
                .map_err(|(_, m)| anyhow!("demo contact: {m}"))?;
            store::visit::add_contact(
                self.txn,
                review_id,
                &contact,
                v::MAX_CONTACTS,
                lead.id,
                self.now,
            )
            .await?;
        }
        for (name, address) in [(&offices, "High Street"), (&school, "School Road")] {
            store::visit::add_place(
                self.txn,
                review_id,
                name,
                Some(address),
                v::MAX_PLACES,
                lead.id,
                self.now,
            )
            .await?;
        }
        Ok((host, lead))
    }

    /// The accepted, current team members' user ids, the team lead first.
    pub(super) async fn accepted_team(&self, review_id: Uuid) -> anyhow::Result<Vec<Uuid>> {
        let mut members: Vec<_> = reviews::members_of(self.txn, &[review_id])
            .await?
            .remove(&review_id)
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.is_current() && m.invitation == InvitationStatus::Accepted)
            .collect();
        members.sort_by_key(|m| m.role != domain::lifecycle::TeamRole::Lead);
        Ok(members.into_iter().map(|m| m.user_id).collect())
    }

    /// A change of plan by the programme officer, decided by the domain,
    /// with the review's version claimed and the change in its history.
    async fn plan_change(&self, review_id: Uuid, change: VisitChange) -> anyhow::Result<()> {
        let review = reviews::review(self.txn, review_id).await?;
        let facts = reviews::facts(self.txn, &review, self.programme).await?;
        let decided = v::decide_visit_change(&facts, &self.officer_actor, change, self.now)
            .map_err(|r| anyhow!("demo visit plan: {r:?}"))?;
        reviews::claim_version(self.txn, &decided, review.id, review.version).await?;
        reviews::record_event(self.txn, &review, &decided).await?;
        Ok(())
    }
}
