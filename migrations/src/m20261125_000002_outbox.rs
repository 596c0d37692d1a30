//! The durable email outbox: every feature that emails writes a row here in
//! its own transaction; one dispatcher claims due rows with a lease and sends.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    IdempotencyKey,
    Recipient,
    Template,
    Payload,
    DueAt,
    Status,
    Attempts,
    LeaseOwner,
    LeaseExpiresAt,
    LastError,
    SentAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(Outbox::Id).uuid().not_null().primary_key())
                    .col(
                        ColumnDef::new(Outbox::IdempotencyKey)
                            .string_len(200)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Outbox::Recipient).string_len(320).not_null())
                    .col(ColumnDef::new(Outbox::Template).string_len(100).not_null())
                    .col(ColumnDef::new(Outbox::Payload).text().not_null())
                    .col(
                        ColumnDef::new(Outbox::DueAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Outbox::Status).string_len(16).not_null())
                    .col(
                        ColumnDef::new(Outbox::Attempts)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(ColumnDef::new(Outbox::LeaseOwner).string_len(100))
                    .col(ColumnDef::new(Outbox::LeaseExpiresAt).timestamp_with_time_zone())
                    .col(ColumnDef::new(Outbox::LastError).text())
                    .col(ColumnDef::new(Outbox::SentAt).timestamp_with_time_zone())
                    .col(
                        ColumnDef::new(Outbox::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_status_due")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::DueAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Outbox::Table).to_owned())
            .await
    }
}
