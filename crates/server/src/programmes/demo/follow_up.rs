//! Follow-up in the demonstration (issue 20): the published review (its
//! report published ten weeks before the demonstration is made) with an
//! action for every area for improvement — one in progress and overdue,
//! one done, one open and due in some months — a progress note, the
//! six-month session saved, an impact measure in percentage points marked
//! for publication by the host lead, and `beginFollowUp` made by the host
//! lead. Every change goes through the domain's follow-up rules and joins
//! the history.

use super::Demo;
use anyhow::anyhow;
use domain::follow_up::{
    self as fu, ActionFields, ActionStatus, Change, ImpactUnit, MeasureValues,
};
use domain::lifecycle::{Actor, Command};
use domain::visit::WorkingCalendar;
use store::follow_up as stored;
use store::review as reviews;
use uuid::Uuid;

/// The actions, one per area for improvement in order (more areas get the
/// last; fewer give the last area the rest): what, due how many days after
/// publication, and where it stands. The open one is due well ahead, so
/// its owner has reminders to come.
const ACTIONS: [(&str, i64, ActionStatus); 3] = [
    (
        "Run moderation of writing across P5 to P7 in every cluster, using the national benchmarks.",
        42,
        ActionStatus::InProgress,
    ),
    (
        "Share the reading-for-pleasure approach of the strongest schools at the headteachers' forum.",
        21,
        ActionStatus::Done,
    ),
    (
        "Add writing attainment by SIMD quintile to the authority's improvement plan measures.",
        180,
        ActionStatus::Open,
    ),
];

fn invalid(what: &str, reasons: Vec<domain::programme::Invalid>) -> anyhow::Error {
    anyhow!("demo {what}: {reasons:?}")
}

fn edit_error(what: &str, e: fu::EditError) -> anyhow::Error {
    anyhow!("demo {what}: {e:?}")
}

impl Demo<'_> {
    /// Takes the published review `review_id` into follow-up; its host
    /// lead is `lead_email`.
    pub(super) async fn in_follow_up(
        &self,
        review_id: Uuid,
        lead_email: &str,
    ) -> anyhow::Result<()> {
        let review = reviews::review(self.txn, review_id).await?;
        let facts = reviews::facts(self.txn, &review, self.programme).await?;
        let host = facts
            .hosts
            .first()
            .ok_or_else(|| anyhow!("the demo follow-up review has no host"))?
            .authority_id;
        let lead = store::identity::user_by_email(self.txn, lead_email)
            .await?
            .ok_or_else(|| anyhow!("{lead_email} is missing"))?
            .0;
        let lead_actor = Actor {
            user_id: lead.id,
            host_lead_of: vec![host],
            host_user: true,
            ..Actor::default()
        };
        let stored = stored::of_review(self.txn, review_id)
            .await?
            .ok_or_else(|| anyhow!("the demo report's follow-up did not start"))?;
        let owners: Vec<Uuid> = stored::host_users(self.txn, &[host])
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let mut f = stored.follow_up.clone();
        let today = self.now.date_naive();
        let mut changes: Vec<Change> = Vec::new();
        let areas: Vec<Uuid> = f
            .areas
            .iter()
            .filter(|a| !a.superseded)
            .map(|a| a.item_id)
            .collect();
        // Every action, and an action for every area: the last area takes
        // the actions left over, and the areas left over the last action.
        for n in 0..areas.len().max(ACTIONS.len()) {
            let Some(area) = areas.get(n.min(areas.len().saturating_sub(1))) else {
                break;
            };
            let (text, days, status) = ACTIONS[n.min(ACTIONS.len() - 1)];
            let due = f.published_on + chrono::Duration::days(days);
            let fields = ActionFields::parse(&f, text, lead.id, due, &owners)
                .map_err(|r| invalid("action", r))?;
            let added = f
                .add_action(*area, fields.clone(), lead.id, self.now)
                .map_err(|e| edit_error("action", e))?;
            let Change::ActionAdded { action_id, .. } = added else {
                return Err(anyhow!("demo action: not added"));
            };
            changes.push(added);
            if status != ActionStatus::Open {
                changes.push(
                    f.update_action(action_id, 1, fields, status, self.now)
                        .map_err(|e| edit_error("action status", e))?,
                );
            }
            if status == ActionStatus::InProgress {
                let (_, note) = f
                    .add_note(
                        action_id,
                        "Moderation sessions held in four of the six clusters; the last two are booked for next term.",
                        None,
                        lead.id,
                        self.now,
                        today,
                    )
                    .map_err(|e| edit_error("note", e))?;
                changes.push(note);
            }
        }
        let calendar = WorkingCalendar::new(store::reference::bank_holidays(self.txn).await?, []);
        let day = f.proposed_on(1, &calendar);
        changes.push(
            f.schedule_session(1, day, &calendar, lead.id, self.now)
                .map_err(|e| edit_error("session", e))?,
        );
        let values = MeasureValues::parse(
            "P7 pupils achieving the expected level in writing",
            "SIMD quintile 1",
            ImpactUnit::Percent,
            "61.4",
            "2022-23",
            Some("64.9"),
            Some("2024-25"),
            None,
        )
        .map_err(|r| invalid("measure", r))?;
        let added = f
            .add_measure(values, lead.id, self.now)
            .map_err(|e| edit_error("measure", e))?;
        let Change::MeasureRecorded { measure_id, .. } = added else {
            return Err(anyhow!("demo measure: not added"));
        };
        changes.push(added);
        changes.push(
            f.publish_measure(measure_id, 1, true, self.now)
                .map_err(|e| edit_error("publish measure", e))?,
        );
        stored::save(self.txn, &stored, &f, self.now).await?;
        for change in changes {
            let decided = fu::decide_follow_up_event(&lead_actor, change, self.now);
            reviews::record_event(self.txn, &review, &decided).await?;
        }
        let review = reviews::review(self.txn, review_id).await?;
        self.apply_as(review, Command::BeginFollowUp, &lead_actor)
            .await?;
        Ok(())
    }
}
