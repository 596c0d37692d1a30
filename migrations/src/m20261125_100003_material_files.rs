//! Uploaded material documents, kept in the database (so every instance
//! serves them and a backup holds them) with their name and type.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MaterialFiles {
    Table,
    MaterialId,
    FileName,
    ContentType,
    SizeBytes,
    Content,
}

#[derive(DeriveIden)]
enum ProgrammeMaterials {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MaterialFiles::Table)
                    .col(
                        ColumnDef::new(MaterialFiles::MaterialId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(MaterialFiles::FileName)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MaterialFiles::ContentType)
                            .string_len(100)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MaterialFiles::SizeBytes)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(MaterialFiles::Content).blob().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(MaterialFiles::Table, MaterialFiles::MaterialId)
                            .to(ProgrammeMaterials::Table, ProgrammeMaterials::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MaterialFiles::Table).to_owned())
            .await
    }
}
