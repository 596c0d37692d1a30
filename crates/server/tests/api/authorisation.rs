//! The authorisation matrix: every query, mutation and route, and what each
//! kind of caller gets. The test fails when the schema or the router has an
//! operation the table does not list, so every new operation states its rights.

use crate::helpers::{spawn_app, Db, Demo, Session, TestApp};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// What a caller gets from an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// No error.
    Ok,
    /// Data is null without an error (e.g. `me` when anonymous).
    Null,
    /// An error with this code: the caller was let in and the operation
    /// itself answered (e.g. a forged token), or was refused.
    Code(&'static str),
}
use Expect::*;

const ROLES: [Option<Demo>; 6] = [
    None,
    Some(Demo::Admin),
    Some(Demo::Officer),
    Some(Demo::Lead),
    Some(Demo::Qio),
    Some(Demo::Reviewer),
];

const UNAUTH: Expect = Code("UNAUTHENTICATED");
const FORBID: Expect = Code("FORBIDDEN");
/// Public: anyone, signed in or not.
const PUBLIC: [Expect; 6] = [Ok, Ok, Ok, Ok, Ok, Ok];
/// Administrators only.
const ADMIN: [Expect; 6] = [UNAUTH, Ok, FORBID, FORBID, FORBID, FORBID];
/// Administrators and programme officers.
const INVITERS: [Expect; 6] = [UNAUTH, Ok, Ok, FORBID, FORBID, FORBID];

struct Row {
    operation: &'static str,
    query: &'static str,
    expect: [Expect; 6],
}

/// Variables are filled in per call from these placeholders.
fn rows() -> Vec<Row> {
    vec![
        Row { operation: "authorities", query: "{ authorities { gssCode } }", expect: PUBLIC },
        Row { operation: "authority", query: r#"{ authority(gssCode: "S12000036") { name } }"#, expect: PUBLIC },
        Row { operation: "regionalImprovementCollaboratives", query: "{ regionalImprovementCollaboratives }", expect: PUBLIC },
        Row { operation: "organisations", query: "{ organisations { id } }", expect: PUBLIC },
        Row { operation: "frameworks", query: "{ frameworks { id } }", expect: PUBLIC },
        Row { operation: "framework", query: r#"{ framework(id: "hgios4") { id } }"#, expect: PUBLIC },
        Row { operation: "me", query: "{ me { id } }", expect: [Null, Ok, Ok, Ok, Ok, Ok] },
        // A person's tasks and reviews are their own.
        Row { operation: "me", query: "{ me { tasks { kind } reviews { total } } }", expect: [Null, Ok, Ok, Ok, Ok, Ok] },
        Row { operation: "user", query: "query($target: UUID!) { user(id: $target) { tasks { kind } } }", expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID] },
        Row { operation: "user", query: "query($target: UUID!) { user(id: $target) { reviews { total } } }", expect: [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID] },
        Row { operation: "users", query: "{ users { total } }", expect: INVITERS },
        Row { operation: "outbox", query: "{ outbox { total } }", expect: ADMIN },
        Row {
            operation: "retryOutboxMessage",
            query: "mutation($target: UUID!) { retryOutboxMessage(id: $target) { id } }",
            expect: [UNAUTH, Code("NOT_FOUND"), FORBID, FORBID, FORBID, FORBID],
        },
        Row { operation: "user", query: "query($target: UUID!) { user(id: $target) { id } }", expect: ADMIN },
        // Reminders: a programme's policy is for programme officers (no
        // programme has this id: the officer is let in and told so); each
        // person's own reminders and settings are their own.
        Row {
            operation: "reminderPolicy",
            query: "query($target: UUID!) { reminderPolicy(programmeId: $target) { kind } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "setReminderPolicy",
            query: "mutation($target: UUID!) { setReminderPolicy(programmeId: $target, kind: VISIT_STARTING, offsets: [5]) { kind } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row { operation: "myReminders", query: "{ myReminders { kind dueAt } }", expect: [UNAUTH, Ok, Ok, Ok, Ok, Ok] },
        Row { operation: "myReminderSettings", query: "{ myReminderSettings { kind wanted } }", expect: [UNAUTH, Ok, Ok, Ok, Ok, Ok] },
        Row {
            operation: "setReminderWanted",
            query: "mutation { setReminderWanted(kind: VISIT_STARTING, wanted: true) { kind } }",
            expect: [UNAUTH, Ok, Ok, Ok, Ok, Ok],
        },
        // The participant survey (issue 22): no programme has this id, so
        // whoever is let in is told so; a link is its own credential
        // (anyone, signed in or not, learns only that it is unknown).
        Row {
            operation: "surveySettings",
            query: "query($target: UUID!) { surveySettings(programmeId: $target) { editable } }",
            expect: [UNAUTH, Code("NOT_FOUND"), Code("NOT_FOUND"), Code("NOT_FOUND"), Code("NOT_FOUND"), Code("NOT_FOUND")],
        },
        Row {
            operation: "setSurveyStatements",
            query: "mutation($target: UUID!) { setSurveyStatements(programmeId: $target, statements: [\"The review was useful.\"]) { editable } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "setSurveyCloseAfterWeeks",
            query: "mutation($target: UUID!) { setSurveyCloseAfterWeeks(programmeId: $target, weeks: 4) { editable } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "surveyResults",
            query: "query($target: UUID!) { surveyResults(programmeId: $target) { respondents } }",
            expect: [UNAUTH, Code("NOT_FOUND"), Code("NOT_FOUND"), Code("NOT_FOUND"), Code("NOT_FOUND"), Code("NOT_FOUND")],
        },
        // A review's (or a phase's) results: programme officers only.
        Row {
            operation: "surveyResults",
            query: "query($target: UUID!) { surveyResults(programmeId: $target, reviewId: $target) { respondents } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "surveyResults",
            query: "query($target: UUID!) { surveyResults(programmeId: $target, phase: 1) { respondents } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "programmeSurveys",
            query: "query($target: UUID!) { programmeSurveys(programmeId: $target) { id } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "surveyForm",
            query: r#"{ surveyForm(token: "00000000000000000000000000000000") { closed } }"#,
            expect: [Code("SURVEY_LINK_UNKNOWN"); 6],
        },
        Row {
            operation: "answerSurvey",
            query: r#"mutation { answerSurvey(token: "00000000000000000000000000000000", response: { organisationType: OTHER, answers: [] }) }"#,
            expect: [Code("SURVEY_LINK_UNKNOWN"); 6],
        },
        // Programme insight (issue 23): the dashboard, its thresholds and
        // the collaboration network are for programme officers (no
        // programme has this id: the officer is let in and told so); the
        // themes across published reports are public.
        Row {
            operation: "programmeDashboard",
            query: "query($target: UUID!) { programmeDashboard(programmeId: $target) { total } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "riskThresholds",
            query: "query($target: UUID!) { riskThresholds(programmeId: $target) { focusDaysBefore } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "setRiskThresholds",
            query: "mutation($target: UUID!) { setRiskThresholds(programmeId: $target, thresholds: { focusDaysBefore: 60, teamDaysBefore: 30, selfEvaluationWorkingDaysBefore: 10, reportWorkingDaysAfter: 20 }) { isDefault } }",
            expect: [UNAUTH, FORBID, Code("NOT_FOUND"), FORBID, FORBID, FORBID],
        },
        Row {
            operation: "collaborationNetwork",
            query: "{ collaborationNetwork { total } }",
            expect: [UNAUTH, FORBID, Ok, FORBID, FORBID, FORBID],
        },
        Row {
            operation: "themesAcrossReports",
            query: "{ themesAcrossReports(groupBy: QUALITY_INDICATOR) { reports } }",
            expect: PUBLIC,
        },
        Row {
            operation: "inviteUser",
            query: "mutation($es: UUID!, $fresh: String!) { inviteUser(input: { email: $fresh, name: \"New Person\", organisationId: $es, roles: [REVIEWER] }) { id } }",
            expect: INVITERS,
        },
        // Someone an administrator invited: only administrators resend.
        Row { operation: "resendInvitation", query: "mutation($pending: UUID!) { resendInvitation(id: $pending) { id } }", expect: ADMIN },
        // Someone the programme officer invited: they may resend too.
        Row { operation: "resendInvitation", query: "mutation($officerPending: UUID!) { resendInvitation(id: $officerPending) { id } }", expect: INVITERS },
        Row {
            operation: "changePassword",
            query: r#"mutation { changePassword(currentPassword: "not the current one", newPassword: "a brand new passphrase") }"#,
            expect: [UNAUTH, Code("VALIDATION"), Code("VALIDATION"), Code("VALIDATION"), Code("VALIDATION"), Code("VALIDATION")],
        },
        Row {
            operation: "acceptInvitation",
            query: r#"mutation { acceptInvitation(token: "00000000000000000000000000000000", password: "a long passphrase") { id } }"#,
            expect: [Code("VALIDATION"); 6],
        },
        Row { operation: "requestPasswordReset", query: r#"mutation { requestPasswordReset(email: "someone@example.org") }"#, expect: PUBLIC },
        Row {
            operation: "resetPassword",
            query: r#"mutation { resetPassword(token: "00000000000000000000000000000000", password: "a long passphrase") }"#,
            expect: [Code("VALIDATION"); 6],
        },
        Row { operation: "setUserRoles", query: "mutation($target: UUID!) { setUserRoles(id: $target, roles: [REVIEWER], lead: false) { id } }", expect: ADMIN },
        Row { operation: "deactivateUser", query: "mutation($target: UUID!) { deactivateUser(id: $target) { id } }", expect: ADMIN },
        Row { operation: "reactivateUser", query: "mutation($target: UUID!) { reactivateUser(id: $target) { id } }", expect: ADMIN },
        Row {
            operation: "signIn",
            query: r#"mutation { signIn(email: "reviewer@demo.quads.scot", password: "not the password") { id } }"#,
            expect: [UNAUTH; 6],
        },
        // Last: it ends each caller's session.
        Row { operation: "signOut", query: "mutation { signOut }", expect: PUBLIC },
    ]
}

/// Routes other than /graphql: who may GET them (in production mode).
const ROUTE_ROWS: &[(&str, u16)] = &[
    ("/graphql", 405),
    ("/healthz", 200),
    ("/readyz", 200),
    ("/graphiql", 200),
    // Review-relative rights on these are in lifecycle_matrix.rs.
    ("/reviews/{id}/history.json", 401),
    ("/reviews/{id}/history.csv", 401),
    ("/reviews/{id}/visit.ics", 401),
    ("/programmes/{id}/materials", 405),
    ("/materials/{id}/file", 401),
    // Review-relative rights on these are in lifecycle_matrix.rs.
    (
        "/reviews/{id}/self-evaluations/{authority}/attachments",
        405,
    ),
    ("/reviews/{id}/self-evaluations/{authority}/export.csv", 401),
    // Review-relative rights on this are in findings.rs.
    ("/findings/{id}/attachments", 405),
    // Review-relative rights on this are in follow_up.rs.
    ("/follow-up-notes/{id}/attachments", 405),
    ("/attachments/{id}", 401),
    // Public: an unknown slug is 404 (issue 19, public_reports.rs).
    ("/reports/{slug}/versions/{version}/report.pdf", 404),
    // Review-relative rights on this are in lifecycle_matrix.rs.
    ("/reviews/{id}/report/draft.pdf", 401),
    // Signed-in people (a programme's cut); rights per role in survey.rs.
    ("/programmes/{id}/survey-results.csv", 401),
    // Open data (issue 23): public; `{id}` is no programme's id (404), the
    // reports and the feed answer anyone (insight.rs has each role).
    ("/open-data/programmes/{id}/timetable.csv", 404),
    ("/open-data/programmes/{id}/timetable.json", 404),
    ("/open-data/reports.csv", 200),
    ("/open-data/reports.json", 200),
    ("/reports/feed.atom", 200),
];

fn operations_in_schema() -> BTreeSet<String> {
    let doc = async_graphql::parser::parse_schema(api::schema::sdl()).expect("the SDL parses");
    let mut names = BTreeSet::new();
    for def in doc.definitions {
        if let async_graphql::parser::types::TypeSystemDefinition::Type(t) = def {
            let type_name = t.node.name.node.as_str();
            if type_name != "QueryRoot" && type_name != "MutationRoot" {
                continue;
            }
            if let async_graphql::parser::types::TypeKind::Object(o) = &t.node.kind {
                names.extend(o.fields.iter().map(|f| f.node.name.node.to_string()));
            }
        }
    }
    names
}

#[test]
fn every_operation_and_route_has_a_row_in_the_matrix() {
    let listed: BTreeSet<String> = rows()
        .iter()
        .map(|r| r.operation.to_string())
        .chain(crate::lifecycle_matrix::operations())
        .collect();
    let schema = operations_in_schema();
    let missing: Vec<_> = schema.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "operations without a row in the authorisation matrix: {missing:?}"
    );
    let stale: Vec<_> = listed.difference(&schema).collect();
    assert!(
        stale.is_empty(),
        "rows for operations the schema no longer has: {stale:?}"
    );
    let routes: BTreeSet<&str> = ROUTE_ROWS.iter().map(|(r, _)| *r).collect();
    let served: BTreeSet<&str> = server::http::ROUTES.iter().copied().collect();
    assert_eq!(routes, served, "every route needs a row");
}

fn outcome(response: &Value, operation: &str) -> Expect {
    if let Some(code) = response["errors"][0]["extensions"]["code"].as_str() {
        return Code(match code {
            "UNAUTHENTICATED" => "UNAUTHENTICATED",
            "FORBIDDEN" => "FORBIDDEN",
            "VALIDATION" => "VALIDATION",
            "NOT_FOUND" => "NOT_FOUND",
            "SURVEY_LINK_UNKNOWN" => "SURVEY_LINK_UNKNOWN",
            other => panic!("{operation}: unexpected code {other}: {response}"),
        });
    }
    if response["data"][operation].is_null() {
        Null
    } else {
        Ok
    }
}

async fn the_matrix_holds_for_every_role(app: TestApp) {
    let admin = app.as_demo(Demo::Admin).await;
    let es = admin
        .gql("{ organisations { id shortName } }", json!({}))
        .await["data"]["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["shortName"] == "ES")
        .unwrap()["id"]
        .clone();
    let invite = |email: &str| json!({ "i": { "email": email, "name": "Target Person", "organisationId": es, "roles": ["REVIEWER"] } });
    let q = "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }";
    let target =
        admin.gql(q, invite("target@example.org")).await["data"]["inviteUser"]["id"].clone();
    let pending =
        admin.gql(q, invite("pending@example.org")).await["data"]["inviteUser"]["id"].clone();

    let mut sessions: Vec<Session> = Vec::new();
    for role in ROLES {
        sessions.push(match role {
            None => app.anonymous(),
            Some(who) => app.as_demo(who).await,
        });
    }
    let officer_pending = sessions[2]
        .gql(q, invite("officer-pending@example.org"))
        .await["data"]["inviteUser"]["id"]
        .clone();
    let mut failures = Vec::new();
    for row in rows() {
        for (i, session) in sessions.iter().enumerate() {
            let vars = json!({
                "target": target,
                "pending": pending,
                "officerPending": officer_pending,
                "es": es,
                "fresh": format!("new-{}-{i}@example.org", row.operation.to_lowercase()),
            });
            let response = session.gql(row.query, vars).await;
            let got = outcome(&response, row.operation);
            if got != row.expect[i] {
                failures.push(format!(
                    "{} as {:?}: expected {:?}, got {:?} ({response})",
                    row.operation, ROLES[i], row.expect[i], got
                ));
            }
        }
        // Keep the target account usable for the next rows.
        if row.operation == "deactivateUser" {
            sessions[1]
                .gql(
                    "mutation($t: UUID!) { reactivateUser(id: $t) { id } }",
                    json!({ "t": target }),
                )
                .await;
        }
    }
    assert!(
        failures.is_empty(),
        "authorisation matrix:\n{}",
        failures.join("\n")
    );
}

crate::on_both_databases!(the_matrix_holds_for_every_role);

#[tokio::test]
async fn routes_answer_as_the_matrix_says() {
    let app = spawn_app(Db::Sqlite).await;
    for (route, status) in ROUTE_ROWS {
        let got = app.get(route).await.status().as_u16();
        assert_eq!(got, *status, "{route}");
    }
}
