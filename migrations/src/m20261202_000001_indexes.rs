//! Indexes for every foreign key a request looks rows up by, and for the
//! timetable's state filter and order (issue 14). Without them the review
//! page scans `focus_sign_offs` and `review_conflicts`, the guards scan
//! `users` for each host's lead, and a list filtered by state scans
//! `reviews`. Plain indexes, the same on SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (index name, table, columns)
const INDEXES: &[(&str, &str, &[&str])] = &[
    (
        "focus_sign_offs_by_review",
        "focus_sign_offs",
        &["review_id"],
    ),
    (
        "review_conflicts_by_review",
        "review_conflicts",
        &["review_id"],
    ),
    (
        "review_conflicts_by_member",
        "review_conflicts",
        &["member_id"],
    ),
    (
        "users_by_organisation",
        "users",
        &["organisation_id", "lead"],
    ),
    ("team_members_by_user", "team_members", &["user_id"]),
    (
        "team_members_by_organisation",
        "team_members",
        &["organisation_id"],
    ),
    (
        "reviews_by_state",
        "reviews",
        &["state", "target_month", "id"],
    ),
    ("reviews_by_month", "reviews", &["target_month", "id"]),
    ("reviews_by_quad", "reviews", &["quad_id"]),
    ("review_events_by_actor", "review_events", &["actor_id"]),
    ("one_time_tokens_by_user", "one_time_tokens", &["user_id"]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, columns) in INDEXES {
            let mut index = Index::create();
            index.name(*name).table(Alias::new(*table)).if_not_exists();
            for column in *columns {
                index.col(Alias::new(*column));
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _) in INDEXES {
            manager
                .drop_index(
                    Index::drop()
                        .name(*name)
                        .table(Alias::new(*table))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
