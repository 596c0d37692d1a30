//! Reminders (issue 21): a programme's reminder policy, one row per future
//! reminder, and the kinds each person turned off.
//!
//! A reminder row is written, moved or deleted in the transaction of the
//! change it depends on; its `occurrence` is unique, so a reminder planned
//! again after it was sent is not sent twice. The scan reads only pending
//! rows that are due, through a partial index on the due time.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReminderPolicies {
    Table,
    ProgrammeId,
    Kind,
    Offsets,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Reminders {
    Table,
    Id,
    ReviewId,
    SubjectId,
    Kind,
    RecipientId,
    AnchorDay,
    Offset,
    DueAt,
    Occurrence,
    Status,
    SentAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ReminderOptOuts {
    Table,
    UserId,
    Kind,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
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

fn text(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c).string().not_null().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReminderPolicies::Table)
                    .col(
                        ColumnDef::new(ReminderPolicies::ProgrammeId)
                            .uuid()
                            .not_null(),
                    )
                    .col(text(ReminderPolicies::Kind))
                    .col(text(ReminderPolicies::Offsets))
                    .col(
                        ColumnDef::new(ReminderPolicies::UpdatedBy)
                            .uuid()
                            .not_null(),
                    )
                    .col(ts(ReminderPolicies::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(ReminderPolicies::ProgrammeId)
                            .col(ReminderPolicies::Kind),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReminderPolicies::Table, ReminderPolicies::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReminderPolicies::Table, ReminderPolicies::UpdatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reminders::Table)
                    .col(
                        ColumnDef::new(Reminders::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Reminders::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(Reminders::SubjectId).uuid().not_null())
                    .col(text(Reminders::Kind))
                    .col(ColumnDef::new(Reminders::RecipientId).uuid().not_null())
                    .col(ColumnDef::new(Reminders::AnchorDay).date().not_null())
                    .col(ColumnDef::new(Reminders::Offset).integer().not_null())
                    .col(ts(Reminders::DueAt))
                    .col(text(Reminders::Occurrence))
                    .col(text(Reminders::Status))
                    .col(
                        ColumnDef::new(Reminders::SentAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ts(Reminders::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reminders::Table, Reminders::ReviewId)
                            .to(Reviews::Table, Reviews::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reminders::Table, Reminders::RecipientId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reminders_occurrence")
                    .table(Reminders::Table)
                    .col(Reminders::Occurrence)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reminders_subject")
                    .table(Reminders::Table)
                    .col(Reminders::SubjectId)
                    .col(Reminders::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("reminders_recipient")
                    .table(Reminders::Table)
                    .col(Reminders::RecipientId)
                    .col(Reminders::DueAt)
                    .to_owned(),
            )
            .await?;
        // The scan's index: pending rows by due time. Partial indexes are
        // written the same on SQLite and PostgreSQL.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX IF NOT EXISTS reminders_pending_due \
                 ON reminders (due_at) WHERE status = 'PENDING'",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReminderOptOuts::Table)
                    .col(ColumnDef::new(ReminderOptOuts::UserId).uuid().not_null())
                    .col(text(ReminderOptOuts::Kind))
                    .col(ts(ReminderOptOuts::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ReminderOptOuts::UserId)
                            .col(ReminderOptOuts::Kind),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReminderOptOuts::Table, ReminderOptOuts::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["reminder_opt_outs", "reminders", "reminder_policies"] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
