//! Programmes with their phases, rules and materials, and quads: four
//! authorities for a session, each authority in one quad per session.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
    Name,
    Kind,
    TeamSizeMin,
    TeamSizeMax,
    HmiRequired,
    VisitLengthDays,
    SelfEvaluationMode,
    GradingRequired,
    FrameworkId,
    FrameworkVersion,
    PublicReportRequired,
    Reciprocity,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProgrammePhases {
    Table,
    ProgrammeId,
    Number,
    FromMonth,
    ToMonth,
}

#[derive(DeriveIden)]
enum ProgrammeMaterials {
    Table,
    Id,
    ProgrammeId,
    Title,
    Url,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Quads {
    Table,
    Id,
    Session,
    Name,
    CreatedAt,
}

#[derive(DeriveIden)]
enum QuadMembers {
    Table,
    QuadId,
    AuthorityId,
    Session,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let ts = |c: &mut ColumnDef| c.timestamp_with_time_zone().not_null().to_owned();
        let int = |c: &mut ColumnDef| c.integer().not_null().to_owned();
        let flag = |c: &mut ColumnDef| c.boolean().not_null().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(Programmes::Table)
                    .col(
                        ColumnDef::new(Programmes::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Programmes::Name)
                            .string_len(200)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Programmes::Kind).string_len(16).not_null())
                    .col(int(&mut ColumnDef::new(Programmes::TeamSizeMin)))
                    .col(int(&mut ColumnDef::new(Programmes::TeamSizeMax)))
                    .col(flag(&mut ColumnDef::new(Programmes::HmiRequired)))
                    .col(int(&mut ColumnDef::new(Programmes::VisitLengthDays)))
                    .col(
                        ColumnDef::new(Programmes::SelfEvaluationMode)
                            .string_len(32)
                            .not_null(),
                    )
                    .col(flag(&mut ColumnDef::new(Programmes::GradingRequired)))
                    .col(ColumnDef::new(Programmes::FrameworkId).string_len(64))
                    .col(ColumnDef::new(Programmes::FrameworkVersion).integer())
                    .col(flag(&mut ColumnDef::new(Programmes::PublicReportRequired)))
                    .col(
                        ColumnDef::new(Programmes::Reciprocity)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(int(&mut ColumnDef::new(Programmes::Version)))
                    .col(ts(&mut ColumnDef::new(Programmes::CreatedAt)))
                    .col(ts(&mut ColumnDef::new(Programmes::UpdatedAt)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProgrammePhases::Table)
                    .col(
                        ColumnDef::new(ProgrammePhases::ProgrammeId)
                            .uuid()
                            .not_null(),
                    )
                    .col(int(&mut ColumnDef::new(ProgrammePhases::Number)))
                    .col(ColumnDef::new(ProgrammePhases::FromMonth).date().not_null())
                    .col(ColumnDef::new(ProgrammePhases::ToMonth).date().not_null())
                    .primary_key(
                        Index::create()
                            .col(ProgrammePhases::ProgrammeId)
                            .col(ProgrammePhases::Number),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProgrammePhases::Table, ProgrammePhases::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProgrammeMaterials::Table)
                    .col(
                        ColumnDef::new(ProgrammeMaterials::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ProgrammeMaterials::ProgrammeId)
                            .uuid()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProgrammeMaterials::Title)
                            .string_len(300)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProgrammeMaterials::Url)
                            .string_len(2000)
                            .not_null(),
                    )
                    .col(ts(&mut ColumnDef::new(ProgrammeMaterials::CreatedAt)))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProgrammeMaterials::Table, ProgrammeMaterials::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Quads::Table)
                    .col(ColumnDef::new(Quads::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(Quads::Session).string_len(7).not_null())
                    .col(ColumnDef::new(Quads::Name).string_len(200).not_null())
                    .col(ts(&mut ColumnDef::new(Quads::CreatedAt)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(QuadMembers::Table)
                    .col(ColumnDef::new(QuadMembers::QuadId).uuid().not_null())
                    .col(ColumnDef::new(QuadMembers::AuthorityId).uuid().not_null())
                    .col(
                        ColumnDef::new(QuadMembers::Session)
                            .string_len(7)
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(QuadMembers::QuadId)
                            .col(QuadMembers::AuthorityId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(QuadMembers::Table, QuadMembers::QuadId)
                            .to(Quads::Table, Quads::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(QuadMembers::Table, QuadMembers::AuthorityId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // An authority is in one quad per session.
        manager
            .create_index(
                Index::create()
                    .name("quad_members_one_per_session")
                    .table(QuadMembers::Table)
                    .col(QuadMembers::Session)
                    .col(QuadMembers::AuthorityId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            QuadMembers::Table.into_iden(),
            Quads::Table.into_iden(),
            ProgrammeMaterials::Table.into_iden(),
            ProgrammePhases::Table.into_iden(),
            Programmes::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
