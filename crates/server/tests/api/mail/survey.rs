//! The participant survey by mail (issue 22), at a real SMTP server:
//! completing the visit mails every accepted team member and every host
//! contact a single-use link; the answers given through those links
//! aggregate into the right counts; a link works once, not after the
//! survey closes, and those who have not answered get one reminder a week
//! before it closes.

use super::mail_test;
use super::smtp::*;
use crate::findings::{agree, in_visit, input, recorded, MEMBER, TEAM_LEAD};
use crate::helpers::{error_code, spawn_app_with, token_of, Db, Demo, Session};
use crate::lifecycle::{as_person, ok, version};
use chrono::Duration as Weeks;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::time::Duration;

pub const FORM: &str = "query($t: String!) { surveyForm(token: $t) { reviewName programmeName closesAt closed answered statements { id position text } suggestedOrganisationType commentMaxChars } }";
pub const ANSWER: &str =
    "mutation($t: String!, $r: SurveyResponseInput!) { answerSurvey(token: $t, response: $r) }";
pub const RESULTS: &str = "query($p: UUID!, $ph: Int, $r: UUID) { surveyResults(programmeId: $p, phase: $ph, reviewId: $r) { scope phase reviewId reviewName invited respondents breakdownShown byOrganisationType { organisationType count } statements { statement { id position } counts { answer count percentage } } comments } }";

const CONTACT: &str = "head.leith@school.example.org";

/// A response answering every statement of `form` with `answer` (the
/// first statement with `first`).
pub fn response(
    form: &Value,
    first: &str,
    answer: &str,
    org: &str,
    comment: Option<&str>,
) -> Value {
    let answers: Vec<Value> = form["statements"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, s)| json!({ "statementId": s["id"], "answer": if i == 0 { first } else { answer } }))
        .collect();
    json!({ "organisationType": org, "answers": answers, "comment": comment })
}

pub async fn form(session: &Session, token: &str) -> Value {
    let r = session.gql(FORM, json!({ "t": token })).await;
    ok(&r)["surveyForm"].clone()
}

async fn results_of(session: &Session, vars: Value) -> Value {
    let r = session.gql(RESULTS, vars).await;
    ok(&r)["surveyResults"].clone()
}

fn counts(statement: &Value) -> Vec<(String, i64, Option<f64>)> {
    statement["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["answer"].as_str().unwrap().to_owned(),
                c["count"].as_i64().unwrap(),
                c["percentage"].as_f64(),
            )
        })
        .collect()
}

async fn survey_links_reach_every_invitee_and_their_answers_aggregate(db: Db) {
    let smtp = SmtpServer::start(SmtpOptions::default());
    let app = spawn_app_with(db, |o| {
        o.smtp_url = Some(smtp.url());
        o.env = vec![("QUADS_OUTBOX_POLL_MS", "25".into())];
    })
    .await;
    let (review, _) = in_visit(&app).await;
    let host_lead = app.as_demo(Demo::Lead).await;
    ok(&host_lead
        .gql(
            "mutation($r: UUID!, $i: HostContactInput!) { addHostContact(reviewId: $r, input: $i) { reviewId } }",
            json!({ "r": review, "i": { "role": "Headteacher, Leith Academy", "name": "Morag Leith", "email": CONTACT } }),
        )
        .await);
    let lead = as_person(&app, TEAM_LEAD).await;
    let member = as_person(&app, MEMBER).await;
    for (kind, text) in [
        ("STRENGTH", "Leaders know their schools well."),
        (
            "AREA_FOR_IMPROVEMENT",
            "Attendance data is not yet used to plan support.",
        ),
    ] {
        let f = recorded(&member, review, input(kind, text, &[])).await;
        ok(&agree(&lead, &f).await);
    }
    let invitations = |smtp: &SmtpServer| {
        smtp.received()
            .into_iter()
            .filter(|m| m.subject.starts_with("Participant survey"))
            .collect::<Vec<_>>()
    };
    assert!(invitations(&smtp).is_empty());
    let v = version(&lead, review).await;
    let r = lead
        .gql(
            "mutation($r: UUID!, $v: Int!) { completeVisit(reviewId: $r, version: $v) { state programme { id } } }",
            json!({ "r": review, "v": v }),
        )
        .await;
    assert_eq!(ok(&r)["completeVisit"]["state"], "VISIT_COMPLETED");
    let programme = ok(&r)["completeVisit"]["programme"]["id"].clone();

    // The accepted team (the lead, the members) and the host contact.
    let team: Vec<String> = {
        let r = lead
            .gql(
                "query($r: UUID!) { review(id: $r) { team { invitation replaced user { email } } } }",
                json!({ "r": review }),
            )
            .await;
        ok(&r)["review"]["team"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["invitation"] == "ACCEPTED" && m["replaced"] != true)
            .map(|m| m["user"]["email"].as_str().unwrap().to_owned())
            .collect()
    };
    let expected: BTreeSet<String> = team.iter().cloned().chain([CONTACT.to_owned()]).collect();
    assert!(expected.contains(TEAM_LEAD), "{expected:?}");
    eventually(
        Duration::from_secs(20),
        "every invitee's survey mail arrives",
        || async { invitations(&smtp).len() >= expected.len() },
    )
    .await;
    let mails = invitations(&smtp);
    let got: BTreeSet<String> = mails.iter().map(|m| m.envelope_to[0].clone()).collect();
    assert_eq!(got, expected, "one mail to each invitee");
    assert_eq!(mails.len(), expected.len(), "and only one each");
    let mut links = Vec::new();
    for m in &mails {
        let text = m.text.clone().unwrap_or_default();
        assert!(text.contains("City of Edinburgh"), "{text}");
        let link = text
            .split_whitespace()
            .find(|w| w.contains("/survey/"))
            .unwrap_or_else(|| panic!("no survey link in {text}"))
            .to_owned();
        let token = token_of(&link);
        assert_eq!(token.len(), 32, "{link}");
        assert!(token.bytes().all(|b| b.is_ascii_hexdigit()), "{link}");
        links.push((m.envelope_to[0].clone(), token));
    }
    let tokens: BTreeSet<&String> = links.iter().map(|(_, t)| t).collect();
    assert_eq!(tokens.len(), links.len(), "every link differs");
    assert!(links.len() >= 5, "{links:?}");
    // The contact's link comes first below: it answers.
    links.sort_by_key(|(email, _)| email != CONTACT);

    // The form needs no sign-in.
    let anyone = app.anonymous();
    let f = form(&anyone, &links[0].1).await;
    assert_eq!(f["reviewName"], "City of Edinburgh");
    assert_eq!(f["programmeName"], server::programmes::QUADS_DEMO);
    assert_eq!(f["answered"], false);
    assert_eq!(f["closed"], false);
    assert_eq!(f["suggestedOrganisationType"], "AUTHORITY");
    assert_eq!(f["commentMaxChars"], 2000);
    let statements = f["statements"].as_array().unwrap().len();
    assert_eq!(statements, 8);
    assert_eq!(f["closesAt"], "2025-02-03T09:00:00+00:00");

    // An unknown statement is refused, naming it, and the link stays usable.
    let mut bad = response(&f, "AGREE", "AGREE", "AUTHORITY", None);
    let stranger = uuid::Uuid::new_v4();
    bad["answers"][0]["statementId"] = json!(stranger);
    let r = anyone
        .gql(ANSWER, json!({ "t": links[0].1, "r": bad }))
        .await;
    assert_eq!(error_code(&r), "SURVEY_STATEMENT_UNKNOWN", "{r}");
    assert_eq!(
        r["errors"][0]["extensions"]["statementId"],
        stranger.to_string()
    );
    assert!(r["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains(&stranger.to_string()));
    // A half-answered form lists every missing statement.
    let mut half = response(&f, "AGREE", "AGREE", "AUTHORITY", None);
    half["answers"].as_array_mut().unwrap().truncate(6);
    let r = anyone
        .gql(ANSWER, json!({ "t": links[0].1, "r": half }))
        .await;
    assert_eq!(error_code(&r), "VALIDATION", "{r}");
    assert_eq!(
        r["errors"][0]["extensions"]["reasons"]
            .as_array()
            .unwrap()
            .len(),
        2,
        "{r}"
    );
    let r = anyone
        .gql(
            ANSWER,
            json!({ "t": "not-a-token", "r": response(&f, "AGREE", "AGREE", "OTHER", None) }),
        )
        .await;
    assert_eq!(error_code(&r), "SURVEY_LINK_UNKNOWN", "{r}");
    let r = anyone
        .gql(FORM, json!({ "t": "0123456789abcdef0123456789abcdef" }))
        .await;
    assert_eq!(error_code(&r), "SURVEY_LINK_UNKNOWN", "{r}");

    let officer = app.as_demo(Demo::Officer).await;
    let vars = json!({ "p": programme, "r": review });

    let answers = [
        (
            "STRONGLY_AGREE",
            "STRONGLY_AGREE",
            "AUTHORITY",
            Some("Very useful for our own self-evaluation."),
        ),
        ("AGREE", "AGREE", "EDUCATION_SCOTLAND", None),
        (
            "DISAGREE",
            "DONT_KNOW",
            "AUTHORITY",
            Some("The visit felt rushed."),
        ),
    ];
    for (i, (first, rest, org, comment)) in answers.iter().enumerate() {
        let r = anyone
            .gql(
                ANSWER,
                json!({ "t": links[i].1, "r": response(&f, first, rest, org, *comment) }),
            )
            .await;
        assert_eq!(ok(&r)["answerSurvey"], true, "{r}");
        if i == 1 {
            // Two respondents: counts only.
            let res = results_of(&officer, vars.clone()).await;
            assert_eq!(res["respondents"], 2);
            assert_eq!(res["breakdownShown"], false);
            assert_eq!(res["byOrganisationType"], json!([]));
            assert_eq!(res["comments"], json!([]));
            let c = counts(&res["statements"][0]);
            assert_eq!(c[0], ("STRONGLY_AGREE".into(), 1, None));
            assert_eq!(c[1], ("AGREE".into(), 1, None));
        }
    }
    let res = results_of(&officer, vars.clone()).await;
    assert_eq!(res["scope"], "REVIEW");
    assert_eq!(res["reviewName"], "City of Edinburgh");
    assert_eq!(res["invited"], links.len());
    assert_eq!(res["respondents"], 3);
    assert_eq!(res["breakdownShown"], true);
    assert_eq!(
        res["byOrganisationType"],
        json!([
            { "organisationType": "AUTHORITY", "count": 2 },
            { "organisationType": "EDUCATION_SCOTLAND", "count": 1 },
            { "organisationType": "HM_INSPECTORS", "count": 0 },
            { "organisationType": "ADES", "count": 0 },
            { "organisationType": "OTHER", "count": 0 },
        ])
    );
    assert_eq!(
        counts(&res["statements"][0]),
        [
            ("STRONGLY_AGREE".into(), 1, Some(33.3)),
            ("AGREE".into(), 1, Some(33.3)),
            ("DISAGREE".into(), 1, Some(33.3)),
            ("STRONGLY_DISAGREE".into(), 0, Some(0.0)),
            ("DONT_KNOW".into(), 0, Some(0.0)),
        ]
    );
    for s in res["statements"].as_array().unwrap().iter().skip(1) {
        assert_eq!(
            counts(s).iter().map(|c| c.1).collect::<Vec<_>>(),
            [1, 1, 0, 0, 1]
        );
    }
    let comments: BTreeSet<&str> = res["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(
        comments,
        BTreeSet::from([
            "The visit felt rushed.",
            "Very useful for our own self-evaluation."
        ])
    );
    // The phase's results hold this review's answers (the demo's other
    // survey is in the same phase).
    let r = officer
        .gql(RESULTS, json!({ "p": programme, "ph": 1 }))
        .await;
    assert_eq!(ok(&r)["surveyResults"]["scope"], "PHASE");
    assert!(ok(&r)["surveyResults"]["respondents"].as_i64().unwrap() >= 3);

    // A fourth link answers once; the second use is refused.
    let fourth = response(&f, "AGREE", "AGREE", "OTHER", None);
    let r = anyone
        .gql(ANSWER, json!({ "t": links[3].1, "r": fourth }))
        .await;
    assert_eq!(ok(&r)["answerSurvey"], true);
    let r = anyone
        .gql(ANSWER, json!({ "t": links[3].1, "r": fourth }))
        .await;
    assert_eq!(error_code(&r), "SURVEY_ALREADY_ANSWERED", "{r}");
    assert_eq!(form(&anyone, &links[3].1).await["answered"], true);
    assert_eq!(results_of(&officer, vars.clone()).await["respondents"], 4);

    // A week before closing: one reminder each to those who have not
    // answered, none to those who have.
    let reminders = |smtp: &SmtpServer| {
        smtp.received()
            .into_iter()
            .filter(|m| m.subject.starts_with("Reminder: the participant survey"))
            .map(|m| m.envelope_to[0].clone())
            .collect::<BTreeSet<_>>()
    };
    let unanswered: BTreeSet<String> = links.iter().skip(4).map(|(e, _)| e.clone()).collect();
    app.clock.advance(Weeks::days(22));
    eventually(Duration::from_secs(20), "the reminders arrive", || async {
        reminders(&smtp).len() >= unanswered.len()
    })
    .await;
    assert_eq!(reminders(&smtp), unanswered);

    // After closing, the fifth link is refused and the form says so.
    app.clock.advance(Weeks::days(7));
    let r = anyone
        .gql(
            ANSWER,
            json!({ "t": links[4].1, "r": response(&f, "AGREE", "AGREE", "OTHER", None) }),
        )
        .await;
    assert_eq!(error_code(&r), "SURVEY_CLOSED", "{r}");
    assert_eq!(form(&anyone, &links[4].1).await["closed"], true);
    // (The officer's session has lapsed over those weeks.)
    let officer = app.as_demo(Demo::Officer).await;
    assert_eq!(results_of(&officer, vars.clone()).await["respondents"], 4);
}

mail_test!(survey_links_reach_every_invitee_and_their_answers_aggregate);
