//! Findings (issue 17): what the team records during the visit, each with
//! its author, kind, text, quality indicators, the session it came from,
//! its status (draft, agreed, merged into another) and a version for
//! optimistic concurrency; and each finding's own history (every change,
//! by whom, when, with the text after it).
//!
//! A finding is recorded with the client's idempotency key: the unique
//! index on (review, author, key) makes a resend find the first finding
//! instead of recording a second, on both databases and under concurrency.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Findings {
    Table,
    Id,
    ReviewId,
    AuthorId,
    IdempotencyKey,
    Kind,
    Text,
    Indicators,
    SessionId,
    Status,
    MergedInto,
    Version,
    RecordedAt,
    UpdatedAt,
    RemovedAt,
}

#[derive(DeriveIden)]
enum FindingChanges {
    Table,
    Id,
    FindingId,
    ReviewId,
    Kind,
    ById,
    At,
    Text,
    Related,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

fn ts(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Findings::Table)
                    .col(ColumnDef::new(Findings::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Findings::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(Findings::AuthorId).uuid().not_null())
                    .col(ColumnDef::new(Findings::IdempotencyKey).uuid().not_null())
                    .col(ColumnDef::new(Findings::Kind).string_len(40).not_null())
                    .col(ColumnDef::new(Findings::Text).text().not_null())
                    .col(ColumnDef::new(Findings::Indicators).text().not_null())
                    .col(ColumnDef::new(Findings::SessionId).uuid())
                    .col(ColumnDef::new(Findings::Status).string_len(20).not_null())
                    .col(ColumnDef::new(Findings::MergedInto).uuid())
                    .col(ColumnDef::new(Findings::Version).integer().not_null())
                    .col(ts(Findings::RecordedAt))
                    .col(ts(Findings::UpdatedAt))
                    .col(ColumnDef::new(Findings::RemovedAt).timestamp_with_time_zone())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Findings::Table, Findings::ReviewId)
                            .to(Reviews::Table, Reviews::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Findings::Table, Findings::AuthorId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("findings_idempotency")
                    .table(Findings::Table)
                    .col(Findings::ReviewId)
                    .col(Findings::AuthorId)
                    .col(Findings::IdempotencyKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("findings_by_review")
                    .table(Findings::Table)
                    .col(Findings::ReviewId)
                    .col(Findings::RecordedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FindingChanges::Table)
                    .col(
                        ColumnDef::new(FindingChanges::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(FindingChanges::FindingId).uuid().not_null())
                    .col(ColumnDef::new(FindingChanges::ReviewId).uuid().not_null())
                    .col(
                        ColumnDef::new(FindingChanges::Kind)
                            .string_len(20)
                            .not_null(),
                    )
                    .col(ColumnDef::new(FindingChanges::ById).uuid().not_null())
                    .col(ts(FindingChanges::At))
                    .col(ColumnDef::new(FindingChanges::Text).text())
                    .col(ColumnDef::new(FindingChanges::Related).text().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(FindingChanges::Table, FindingChanges::FindingId)
                            .to(Findings::Table, Findings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(FindingChanges::Table, FindingChanges::ReviewId)
                            .to(Reviews::Table, Reviews::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(FindingChanges::Table, FindingChanges::ById)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("finding_changes_by_review")
                    .table(FindingChanges::Table)
                    .col(FindingChanges::ReviewId)
                    .col(FindingChanges::At)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            FindingChanges::Table.into_iden(),
            Findings::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
