//! Database migrations. One migration per file, named after its file; every
//! migration runs on SQLite and PostgreSQL and is immutable once merged.

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_reference_data;
mod m20261125_000002_outbox;
mod m20261125_000003_identity;
mod m20261125_100001_programmes;
mod m20261125_100002_reviews;
mod m20261125_100003_material_files;
mod m20261201_000001_user_inviter;
mod m20261201_120001_review_event_detail;
mod m20261202_000001_indexes;
mod m20261202_000002_review_list_indexes;
mod m20261202_100001_attachments_and_self_evaluations;
mod m20261203_000001_visit_plans;
mod m20261204_000001_findings;
mod m20261205_000001_reports;
mod m20261206_000001_unresolved_conflicts_index;
mod m20261207_000001_follow_ups;
mod m20261208_000001_report_pdfs_and_search;
mod m20261209_000001_reminders;
mod m20261210_000001_pending_reminders_by_review;
mod m20261211_000001_surveys;
mod m20261212_000001_risk_thresholds;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_reference_data::Migration),
            Box::new(m20261125_000002_outbox::Migration),
            Box::new(m20261125_000003_identity::Migration),
            Box::new(m20261125_100001_programmes::Migration),
            Box::new(m20261125_100002_reviews::Migration),
            Box::new(m20261125_100003_material_files::Migration),
            Box::new(m20261201_000001_user_inviter::Migration),
            Box::new(m20261201_120001_review_event_detail::Migration),
            Box::new(m20261202_000001_indexes::Migration),
            Box::new(m20261202_000002_review_list_indexes::Migration),
            Box::new(m20261202_100001_attachments_and_self_evaluations::Migration),
            Box::new(m20261203_000001_visit_plans::Migration),
            Box::new(m20261204_000001_findings::Migration),
            Box::new(m20261205_000001_reports::Migration),
            Box::new(m20261206_000001_unresolved_conflicts_index::Migration),
            Box::new(m20261207_000001_follow_ups::Migration),
            Box::new(m20261208_000001_report_pdfs_and_search::Migration),
            Box::new(m20261209_000001_reminders::Migration),
            Box::new(m20261210_000001_pending_reminders_by_review::Migration),
            Box::new(m20261211_000001_surveys::Migration),
            Box::new(m20261212_000001_risk_thresholds::Migration),
        ]
    }
}
