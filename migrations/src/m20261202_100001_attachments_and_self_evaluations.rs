//! One attachment mechanism (issue 15): `attachments` holds every uploaded
//! document with the kind and id of what it belongs to (a programme
//! material, a self-evaluation, one indicator of a self-evaluation), so
//! every instance serves it and a backup holds it. The documents of
//! `material_files` move into it, keeping their ids, and that table goes.
//!
//! And the self-evaluation: one per review and host authority, on the
//! framework version the programme had pinned when it was started (none
//! for a programme without a framework, whose self-evaluation is its
//! documents), with one entry per quality indicator and perspective (the
//! host's own, and the team's view of it), each saved with its own version.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachments {
    Table,
    Id,
    OwnerKind,
    OwnerId,
    FileName,
    ContentType,
    SizeBytes,
    Summary,
    UploadedBy,
    CreatedAt,
    Content,
}

#[derive(DeriveIden)]
enum MaterialFiles {
    Table,
}

#[derive(DeriveIden)]
enum SelfEvaluations {
    Table,
    Id,
    ReviewId,
    AuthorityId,
    FrameworkId,
    FrameworkVersion,
    SubmittedAt,
    SubmittedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SelfEvaluationEntries {
    Table,
    Id,
    SelfEvaluationId,
    Perspective,
    Indicator,
    Grade,
    Evidence,
    Strengths,
    AreasForImprovement,
    Answers,
    Version,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Attachments::Table)
                    .col(
                        ColumnDef::new(Attachments::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Attachments::OwnerKind)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Attachments::OwnerId).uuid().not_null())
                    .col(
                        ColumnDef::new(Attachments::FileName)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Attachments::ContentType)
                            .string_len(100)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Attachments::SizeBytes)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Attachments::Summary).text())
                    .col(ColumnDef::new(Attachments::UploadedBy).uuid())
                    .col(
                        ColumnDef::new(Attachments::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Attachments::Content).blob().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("attachments_by_owner")
                    .table(Attachments::Table)
                    .col(Attachments::OwnerKind)
                    .col(Attachments::OwnerId)
                    .to_owned(),
            )
            .await?;
        // The same statement on SQLite and PostgreSQL: each material's
        // document keeps its id, so the links already handed out still work.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO attachments \
                 (id, owner_kind, owner_id, file_name, content_type, size_bytes, created_at, content) \
                 SELECT f.material_id, 'PROGRAMME_MATERIAL', f.material_id, f.file_name, \
                 f.content_type, f.size_bytes, m.created_at, f.content \
                 FROM material_files f JOIN programme_materials m ON m.id = f.material_id",
            )
            .await?;
        manager
            .drop_table(Table::drop().table(MaterialFiles::Table).to_owned())
            .await?;

        let ts = |c: &mut ColumnDef| c.timestamp_with_time_zone().not_null().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(SelfEvaluations::Table)
                    .col(
                        ColumnDef::new(SelfEvaluations::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(SelfEvaluations::ReviewId).uuid().not_null())
                    .col(
                        ColumnDef::new(SelfEvaluations::AuthorityId)
                            .uuid()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SelfEvaluations::FrameworkId).string_len(100))
                    .col(ColumnDef::new(SelfEvaluations::FrameworkVersion).integer())
                    .col(ColumnDef::new(SelfEvaluations::SubmittedAt).timestamp_with_time_zone())
                    .col(ColumnDef::new(SelfEvaluations::SubmittedBy).uuid())
                    .col(ts(&mut ColumnDef::new(SelfEvaluations::CreatedAt)))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SelfEvaluations::Table, SelfEvaluations::ReviewId)
                            .to(Reviews::Table, Reviews::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SelfEvaluations::Table, SelfEvaluations::AuthorityId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("self_evaluations_one_per_host")
                    .table(SelfEvaluations::Table)
                    .col(SelfEvaluations::ReviewId)
                    .col(SelfEvaluations::AuthorityId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SelfEvaluationEntries::Table)
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::SelfEvaluationId)
                            .uuid()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::Perspective)
                            .string_len(10)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::Indicator)
                            .string_len(20)
                            .not_null(),
                    )
                    .col(ColumnDef::new(SelfEvaluationEntries::Grade).integer())
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::Evidence)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::Strengths)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::AreasForImprovement)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::Answers)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SelfEvaluationEntries::Version)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SelfEvaluationEntries::UpdatedBy).uuid())
                    .col(ts(&mut ColumnDef::new(SelfEvaluationEntries::UpdatedAt)))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                SelfEvaluationEntries::Table,
                                SelfEvaluationEntries::SelfEvaluationId,
                            )
                            .to(SelfEvaluations::Table, SelfEvaluations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("self_evaluation_entries_one_per_indicator")
                    .table(SelfEvaluationEntries::Table)
                    .col(SelfEvaluationEntries::SelfEvaluationId)
                    .col(SelfEvaluationEntries::Perspective)
                    .col(SelfEvaluationEntries::Indicator)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SelfEvaluationEntries::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SelfEvaluations::Table).to_owned())
            .await?;
        // The material documents go back where they came from.
        manager
            .create_table(
                Table::create()
                    .table(MaterialFiles::Table)
                    .col(
                        ColumnDef::new(Alias::new("material_id"))
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Alias::new("file_name"))
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Alias::new("content_type"))
                            .string_len(100)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Alias::new("size_bytes"))
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Alias::new("content")).blob().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO material_files (material_id, file_name, content_type, size_bytes, content) \
                 SELECT owner_id, file_name, content_type, size_bytes, content FROM attachments \
                 WHERE owner_kind = 'PROGRAMME_MATERIAL'",
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Attachments::Table).to_owned())
            .await
    }
}
