//! The participant survey (issue 22): each programme's agreement statements
//! and survey settings, one survey per review (opened when its visit
//! completes), who was invited to it, and what was answered.
//!
//! Anonymity by design: `survey_invitations` (who, the hash of their
//! single-use link's token, whether they responded) and `survey_responses`
//! / `survey_answers` (what was answered, the respondent's organisation
//! type) share no column: a response has no invitation or user id and no
//! timestamp, and its id is random. Marking the invitation used and
//! writing the response happen in one transaction.
//!
//! Existing programmes get the default statements here; new ones get them
//! when they are created through the API, or their first survey opens
//! (`store::survey::seed_default_statements`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SurveySettings {
    Table,
    ProgrammeId,
    CloseAfterWeeks,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SurveyStatements {
    Table,
    Id,
    ProgrammeId,
    Position,
    Text,
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
    ReviewId,
    ProgrammeId,
    Phase,
    OpenedAt,
    ClosesAt,
}

#[derive(DeriveIden)]
enum SurveyInvitations {
    Table,
    Id,
    SurveyId,
    UserId,
    HostContactId,
    Name,
    Email,
    OrganisationType,
    TokenHash,
    Responded,
}

#[derive(DeriveIden)]
enum SurveyResponses {
    Table,
    Id,
    SurveyId,
    OrganisationType,
    Comment,
}

#[derive(DeriveIden)]
enum SurveyAnswers {
    Table,
    ResponseId,
    StatementId,
    Answer,
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

/// The default statements as they were when this migration was written
/// (later defaults live in `domain::survey`).
const DEFAULT_STATEMENTS: [&str; 8] = [
    "The practical organisation of the review worked well.",
    "The discussions during the review were open and honest.",
    "The external perspective added value to the host authority's self-evaluation.",
    "Taking part benefited my own professional learning.",
    "The review benefited the participating organisations.",
    "The review is likely to benefit learners.",
    "I enjoyed taking part in the review.",
    "The review process should continue.",
];

fn ts(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

fn text(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c).string().not_null().to_owned()
}

fn id(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c).uuid().not_null().primary_key().to_owned()
}

fn cascade(
    from: (impl IntoIden + 'static, impl IntoIden + 'static),
    to: (impl IntoIden + 'static, impl IntoIden + 'static),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SurveySettings::Table)
                    .col(
                        ColumnDef::new(SurveySettings::ProgrammeId)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SurveySettings::CloseAfterWeeks)
                            .integer()
                            .not_null(),
                    )
                    .col(ts(SurveySettings::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (SurveySettings::Table, SurveySettings::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyStatements::Table)
                    .col(id(SurveyStatements::Id))
                    .col(
                        ColumnDef::new(SurveyStatements::ProgrammeId)
                            .uuid()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SurveyStatements::Position)
                            .integer()
                            .not_null(),
                    )
                    .col(text(SurveyStatements::Text))
                    .foreign_key(&mut cascade(
                        (SurveyStatements::Table, SurveyStatements::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("survey_statements_position")
                    .table(SurveyStatements::Table)
                    .col(SurveyStatements::ProgrammeId)
                    .col(SurveyStatements::Position)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Surveys::Table)
                    .col(id(Surveys::Id))
                    .col(ColumnDef::new(Surveys::ReviewId).uuid().not_null())
                    .col(ColumnDef::new(Surveys::ProgrammeId).uuid().not_null())
                    .col(ColumnDef::new(Surveys::Phase).integer().not_null())
                    .col(ts(Surveys::OpenedAt))
                    .col(ts(Surveys::ClosesAt))
                    .foreign_key(&mut cascade(
                        (Surveys::Table, Surveys::ReviewId),
                        (Reviews::Table, Reviews::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Surveys::Table, Surveys::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("surveys_review")
                    .table(Surveys::Table)
                    .col(Surveys::ReviewId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("surveys_programme")
                    .table(Surveys::Table)
                    .col(Surveys::ProgrammeId)
                    .col(Surveys::Phase)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyInvitations::Table)
                    .col(id(SurveyInvitations::Id))
                    .col(
                        ColumnDef::new(SurveyInvitations::SurveyId)
                            .uuid()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SurveyInvitations::UserId).uuid().null())
                    .col(
                        ColumnDef::new(SurveyInvitations::HostContactId)
                            .uuid()
                            .null(),
                    )
                    .col(text(SurveyInvitations::Name))
                    .col(text(SurveyInvitations::Email))
                    .col(text(SurveyInvitations::OrganisationType))
                    .col(text(SurveyInvitations::TokenHash))
                    .col(
                        ColumnDef::new(SurveyInvitations::Responded)
                            .boolean()
                            .not_null(),
                    )
                    .foreign_key(&mut cascade(
                        (SurveyInvitations::Table, SurveyInvitations::SurveyId),
                        (Surveys::Table, Surveys::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("survey_invitations_token")
                    .table(SurveyInvitations::Table)
                    .col(SurveyInvitations::TokenHash)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("survey_invitations_survey")
                    .table(SurveyInvitations::Table)
                    .col(SurveyInvitations::SurveyId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyResponses::Table)
                    .col(id(SurveyResponses::Id))
                    .col(ColumnDef::new(SurveyResponses::SurveyId).uuid().not_null())
                    .col(text(SurveyResponses::OrganisationType))
                    .col(ColumnDef::new(SurveyResponses::Comment).text().null())
                    .foreign_key(&mut cascade(
                        (SurveyResponses::Table, SurveyResponses::SurveyId),
                        (Surveys::Table, Surveys::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("survey_responses_survey")
                    .table(SurveyResponses::Table)
                    .col(SurveyResponses::SurveyId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyAnswers::Table)
                    .col(ColumnDef::new(SurveyAnswers::ResponseId).uuid().not_null())
                    .col(ColumnDef::new(SurveyAnswers::StatementId).uuid().not_null())
                    .col(text(SurveyAnswers::Answer))
                    .primary_key(
                        Index::create()
                            .col(SurveyAnswers::ResponseId)
                            .col(SurveyAnswers::StatementId),
                    )
                    .foreign_key(&mut cascade(
                        (SurveyAnswers::Table, SurveyAnswers::ResponseId),
                        (SurveyResponses::Table, SurveyResponses::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (SurveyAnswers::Table, SurveyAnswers::StatementId),
                        (SurveyStatements::Table, SurveyStatements::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        seed_existing_programmes(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "survey_answers",
            "survey_responses",
            "survey_invitations",
            "surveys",
            "survey_statements",
            "survey_settings",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// The default statements for every programme that exists already.
async fn seed_existing_programmes(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = db.get_database_backend();
    let select = Query::select()
        .column(Programmes::Id)
        .from(Programmes::Table)
        .to_owned();
    let rows = db.query_all(backend.build(&select)).await?;
    for row in rows {
        let programme: uuid::Uuid = row.try_get("", "id")?;
        let mut insert = Query::insert()
            .into_table(SurveyStatements::Table)
            .columns([
                SurveyStatements::Id,
                SurveyStatements::ProgrammeId,
                SurveyStatements::Position,
                SurveyStatements::Text,
            ])
            .to_owned();
        for (i, text) in DEFAULT_STATEMENTS.iter().enumerate() {
            insert
                .values([
                    uuid::Uuid::new_v4().into(),
                    programme.into(),
                    (i as i32 + 1).into(),
                    (*text).into(),
                ])
                .map_err(|e| DbErr::Custom(e.to_string()))?;
        }
        let built: Statement = backend.build(&insert);
        db.execute(built).await?;
    }
    Ok(())
}
