//! The participant survey's rules (issue 22) beyond the mail journey
//! (mail/survey.rs): who edits the statements and until when, who sees
//! which results and exports, the demo survey, and that nothing — no
//! query, export or column — ties a response to a person.

use crate::helpers::Demo;
use crate::helpers::{error_code, Session, TestApp};
use crate::lifecycle::{ci_programme, ok};
use crate::mail::survey::{form, response, ANSWER, RESULTS};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use store::sea_orm::{ConnectionTrait, Statement};
use uuid::Uuid;

const SETTINGS: &str = "query($p: UUID!) { surveySettings(programmeId: $p) { programmeId editable closeAfterWeeks maxStatements statementMaxChars statements { id position text } } }";
const SET_STATEMENTS: &str = "mutation($p: UUID!, $s: [String!]!) { setSurveyStatements(programmeId: $p, statements: $s) { editable statements { position text } } }";
const SET_WEEKS: &str = "mutation($p: UUID!, $w: Int!) { setSurveyCloseAfterWeeks(programmeId: $p, weeks: $w) { closeAfterWeeks } }";
const SURVEYS: &str = "query($p: UUID!) { programmeSurveys(programmeId: $p) { id reviewId reviewName phase openedAt closesAt closed invited respondents } }";

/// The demo programme (with its answered survey) and its id.
async fn demo(app: &TestApp) -> Uuid {
    let officer = app.as_demo(Demo::Officer).await;
    assert!(server::programmes::create_quads_demo(&app.store)
        .await
        .unwrap());
    let r = officer.gql("{ programmes { id name } }", json!({})).await;
    let p = ok(&r)["programmes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == server::programmes::QUADS_DEMO)
        .unwrap()["id"]
        .clone();
    serde_json::from_value(p).unwrap()
}

async fn statements_are_editable_by_programme_officers_until_the_first_invitation(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let reviewer = app.as_demo(Demo::Reviewer).await;
    let fresh = ci_programme(&officer, "Survey statements 2025-26").await;

    // A new programme starts with the eight default statements.
    let r = reviewer.gql(SETTINGS, json!({ "p": fresh })).await;
    let s = &ok(&r)["surveySettings"];
    assert_eq!(s["editable"], true);
    assert_eq!(s["closeAfterWeeks"], 4);
    assert_eq!(s["maxStatements"], 20);
    let texts: Vec<&str> = s["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, domain::survey::DEFAULT_STATEMENTS);

    // Only programme officers change them.
    let new = json!(["The review was well organised.", "I would take part again."]);
    let r = reviewer
        .gql(SET_STATEMENTS, json!({ "p": fresh, "s": new }))
        .await;
    assert_eq!(error_code(&r), "FORBIDDEN");
    let r = app
        .anonymous()
        .gql(SET_STATEMENTS, json!({ "p": fresh, "s": new }))
        .await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED");
    let r = officer
        .gql(SET_STATEMENTS, json!({ "p": fresh, "s": new }))
        .await;
    assert_eq!(
        ok(&r)["setSurveyStatements"]["statements"],
        json!([
            { "position": 1, "text": "The review was well organised." },
            { "position": 2, "text": "I would take part again." },
        ])
    );
    // Every problem at once.
    let r = officer
        .gql(
            SET_STATEMENTS,
            json!({ "p": fresh, "s": ["", "x".repeat(301), "Same", "same"] }),
        )
        .await;
    assert_eq!(error_code(&r), "VALIDATION");
    let fields: Vec<&str> = r["errors"][0]["extensions"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["statements.0", "statements.1", "statements.3"]);
    let r = officer.gql(SET_WEEKS, json!({ "p": fresh, "w": 13 })).await;
    assert_eq!(error_code(&r), "VALIDATION");
    let r = officer.gql(SET_WEEKS, json!({ "p": fresh, "w": 6 })).await;
    assert_eq!(ok(&r)["setSurveyCloseAfterWeeks"]["closeAfterWeeks"], 6);
    let r = reviewer.gql(SET_WEEKS, json!({ "p": fresh, "w": 6 })).await;
    assert_eq!(error_code(&r), "FORBIDDEN");

    // The demo programme has sent invitations: its statements are fixed.
    let quads = demo(&app).await;
    let r = officer.gql(SETTINGS, json!({ "p": quads })).await;
    assert_eq!(ok(&r)["surveySettings"]["editable"], false);
    let r = officer
        .gql(SET_STATEMENTS, json!({ "p": quads, "s": new }))
        .await;
    assert_eq!(error_code(&r), "SURVEY_STATEMENTS_LOCKED", "{r}");
    let r = officer.gql(SETTINGS, json!({ "p": quads })).await;
    assert_eq!(
        ok(&r)["surveySettings"]["statements"]
            .as_array()
            .unwrap()
            .len(),
        8
    );
    // An unknown programme.
    let r = officer.gql(SETTINGS, json!({ "p": Uuid::new_v4() })).await;
    assert_eq!(error_code(&r), "NOT_FOUND");
}

async fn csv_status(session: &Session, app: &TestApp, path: &str) -> (u16, String) {
    let r = session
        .client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.text().await.unwrap())
}

async fn results_and_exports_are_shown_to_each_role_as_allowed(app: TestApp) {
    let quads = demo(&app).await;
    let officer = app.as_demo(Demo::Officer).await;
    let r = officer.gql(SURVEYS, json!({ "p": quads })).await;
    let surveys = ok(&r)["programmeSurveys"].as_array().unwrap().clone();
    assert_eq!(surveys.len(), 1, "{surveys:?}");
    let review = surveys[0]["reviewId"].clone();
    assert_eq!(surveys[0]["respondents"], 4);
    assert!(surveys[0]["invited"].as_i64().unwrap() >= 5);
    assert_eq!(surveys[0]["closed"], false);

    let whole = json!({ "p": quads });
    let by_review = json!({ "p": quads, "r": review });
    let by_phase = json!({ "p": quads, "ph": 1 });
    // Programme officers: every cut.
    for vars in [&whole, &by_review, &by_phase] {
        let r = officer.gql(RESULTS, vars.clone()).await;
        let res = &ok(&r)["surveyResults"];
        assert_eq!(res["respondents"], 4, "{vars}");
        assert_eq!(res["breakdownShown"], true);
        assert_eq!(res["comments"].as_array().unwrap().len(), 2);
    }
    // Other signed-in people: the programme only.
    for who in [Demo::Admin, Demo::Lead, Demo::Qio, Demo::Reviewer] {
        let s = app.as_demo(who).await;
        let r = s.gql(RESULTS, whole.clone()).await;
        assert_eq!(ok(&r)["surveyResults"]["scope"], "PROGRAMME", "{who:?}");
        for vars in [&by_review, &by_phase] {
            let r = s.gql(RESULTS, vars.clone()).await;
            assert_eq!(error_code(&r), "FORBIDDEN", "{who:?} {vars}");
        }
        let r = s.gql(SURVEYS, json!({ "p": quads })).await;
        assert_eq!(error_code(&r), "FORBIDDEN", "{who:?}");
        let csv = format!("/programmes/{quads}/survey-results.csv");
        assert_eq!(csv_status(&s, &app, &csv).await.0, 200, "{who:?}");
        let csv = format!(
            "/programmes/{quads}/survey-results.csv?review={}",
            review.as_str().unwrap()
        );
        assert_eq!(csv_status(&s, &app, &csv).await.0, 403, "{who:?}");
    }
    // Anonymous: nothing.
    let anyone = app.anonymous();
    let r = anyone.gql(RESULTS, whole.clone()).await;
    assert_eq!(error_code(&r), "UNAUTHENTICATED");
    assert_eq!(
        csv_status(
            &anyone,
            &app,
            &format!("/programmes/{quads}/survey-results.csv")
        )
        .await
        .0,
        401
    );
    // A review of another programme, an unknown programme.
    let r = officer.gql(RESULTS, json!({ "p": Uuid::new_v4() })).await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    let other = ci_programme(&officer, "Another programme 2025-26").await;
    let r = officer
        .gql(RESULTS, json!({ "p": other, "r": review }))
        .await;
    assert_eq!(error_code(&r), "NOT_FOUND");
    let r = officer.gql(RESULTS, json!({ "p": other })).await;
    assert_eq!(ok(&r)["surveyResults"]["respondents"], 0);
    assert_eq!(ok(&r)["surveyResults"]["breakdownShown"], false);

    // The officer's export of the review: counts per statement.
    let (status, body) = csv_status(
        &officer,
        &app,
        &format!(
            "/programmes/{quads}/survey-results.csv?review={}",
            review.as_str().unwrap()
        ),
    )
    .await;
    assert_eq!(status, 200);
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines[0],
        "position,statement,strongly_agree,agree,disagree,strongly_disagree,dont_know,answers"
    );
    assert_eq!(lines.len(), 9, "{body}");
    assert!(
        lines[1].starts_with("1,\"The practical organisation"),
        "{body}"
    );
    assert!(lines[1].ends_with(",4"), "{body}");

    // The demo's unanswered link works with its form.
    let f = form(&anyone, server::programmes::DEMO_SURVEY_TOKEN).await;
    assert_eq!(f["answered"], false);
    assert_eq!(f["closed"], false);
}

/// Columns of a table, on either database.
async fn columns(app: &TestApp, table: &str) -> BTreeSet<String> {
    let db = app.store.conn();
    let backend = db.get_database_backend();
    let sql = match backend {
        store::sea_orm::DatabaseBackend::Sqlite => format!("SELECT name FROM pragma_table_info('{table}')"),
        _ => format!(
            "SELECT column_name AS name FROM information_schema.columns WHERE table_name = '{table}'"
        ),
    };
    db.query_all(Statement::from_string(backend, sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get::<String>("", "name").unwrap())
        .collect()
}

fn fields_of(sdl: &str, type_name: &str) -> Vec<String> {
    use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};
    let doc = async_graphql::parser::parse_schema(sdl).expect("the SDL parses");
    for def in doc.definitions {
        if let TypeSystemDefinition::Type(t) = def {
            if t.node.name.node.as_str() != type_name {
                continue;
            }
            if let TypeKind::Object(o) = &t.node.kind {
                return o
                    .fields
                    .iter()
                    .map(|f| f.node.name.node.to_string())
                    .collect();
            }
        }
    }
    panic!("{type_name} is not in the schema");
}

async fn no_query_export_or_column_ties_a_response_to_a_person(app: TestApp) {
    let quads = demo(&app).await;
    // The tables: a response and its answers carry nothing of the
    // invitation — no invitation, user or contact, no token, no time.
    assert_eq!(
        columns(&app, "survey_responses").await,
        BTreeSet::from(["id", "survey_id", "organisation_type", "comment"].map(String::from))
    );
    assert_eq!(
        columns(&app, "survey_answers").await,
        BTreeSet::from(["response_id", "statement_id", "answer"].map(String::from))
    );
    let invitations = columns(&app, "survey_invitations").await;
    for c in columns(&app, "survey_responses").await {
        assert!(
            c == "id" || c == "survey_id" || c == "organisation_type" || !invitations.contains(&c),
            "{c}"
        );
    }
    // The schema: no survey type names a person, and no field lists
    // invitees.
    let sdl = api::schema::sdl();
    let person_words = [
        "email",
        "name",
        "user",
        "person",
        "invit",
        "token",
        "respondedat",
        "answeredat",
        "createdat",
    ];
    for t in [
        "SurveyResults",
        "SurveyStatementResult",
        "SurveyAnswerCount",
        "SurveyOrganisationCount",
        "ReviewSurvey",
        "SurveyForm",
        "SurveySettings",
        "SurveyStatement",
    ] {
        for f in fields_of(&sdl, t) {
            let lower = f.to_lowercase();
            // Names of reviews and programmes are not people.
            if lower == "reviewname" || lower == "programmename" || lower == "invited" {
                continue;
            }
            assert!(
                !person_words.iter().any(|w| lower.contains(w)),
                "{t}.{f} could name a person"
            );
        }
    }
    // An administrator sees the programme's counts, nothing by person,
    // and cannot ask for a review's.
    let admin = app.as_demo(Demo::Admin).await;
    let r = admin.gql(RESULTS, json!({ "p": quads })).await;
    let text = ok(&r).to_string();
    assert!(!text.contains("@"), "{text}");
    let r = admin
        .gql("{ users(limit: 100) { items { email } } }", json!({}))
        .await;
    let emails: Vec<String> = ok(&r)["users"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_owned())
        .collect();
    let (_, csv) = csv_status(
        &admin,
        &app,
        &format!("/programmes/{quads}/survey-results.csv"),
    )
    .await;
    for e in &emails {
        assert!(
            !csv.contains(e.as_str()) && !text.contains(e.as_str()),
            "{e}"
        );
    }
    // Answering leaves the invitation's flag, and nothing that orders or
    // dates the response.
    let anyone = app.anonymous();
    let f = form(&anyone, server::programmes::DEMO_SURVEY_TOKEN).await;
    let r = anyone
        .gql(ANSWER, json!({ "t": server::programmes::DEMO_SURVEY_TOKEN, "r": response(&f, "AGREE", "AGREE", "ADES", None) }))
        .await;
    assert_eq!(ok(&r)["answerSurvey"], true, "{r}");
    let db = app.store.conn();
    let backend = db.get_database_backend();
    let ids: Vec<Value> = db
        .query_all(Statement::from_string(
            backend,
            "SELECT id FROM survey_responses".to_owned(),
        ))
        .await
        .unwrap()
        .into_iter()
        .map(|row| json!(row.try_get::<Uuid>("", "id").unwrap().get_version_num()))
        .collect();
    assert_eq!(ids.len(), 5);
    assert!(
        ids.iter().all(|v| v == 4),
        "response ids are random: {ids:?}"
    );
}

crate::on_both_databases!(
    statements_are_editable_by_programme_officers_until_the_first_invitation,
    results_and_exports_are_shown_to_each_role_as_allowed,
    no_query_export_or_column_ties_a_response_to_a_person,
);
