//! Follow-up (issue 20): one document per review, from the report's first
//! publication: the published areas for improvement (superseded ones kept
//! with their actions), the actions with their progress notes, the reasons
//! an area needs none, the two follow-up sessions and the impact measures
//! (JSON of `domain::follow_up::FollowUp`). A write claims the revision
//! (`UPDATE … WHERE revision = ?`), so two writers never overwrite each
//! other. Progress notes' documents are attachments owned by the note.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FollowUps {
    Table,
    ReviewId,
    Revision,
    Document,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Reviews {
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
                    .table(FollowUps::Table)
                    .col(
                        ColumnDef::new(FollowUps::ReviewId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(FollowUps::Revision).integer().not_null())
                    .col(ColumnDef::new(FollowUps::Document).text().not_null())
                    .col(ts(FollowUps::CreatedAt))
                    .col(ts(FollowUps::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(FollowUps::Table, FollowUps::ReviewId)
                            .to(Reviews::Table, Reviews::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FollowUps::Table).to_owned())
            .await
    }
}
