//! The authorisation matrix for programmes and reviews, with the
//! review-relative roles: who each caller is on one review decides what
//! they get. `authorisation.rs` checks that every operation has a row here
//! or there.

use crate::helpers::{Demo, Session, TestApp};
use crate::lifecycle::{as_person, ci_programme, demo_id, org_id, person, schedule, VERSION};
use domain::identity::Role;
use serde_json::{json, Value};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Ok,
    Code(&'static str),
}
use Expect::*;

/// The callers, in column order.
const CALLERS: [&str; 9] = [
    "anonymous",
    "admin",
    "programme officer",
    "host lead",
    "other host user",
    "non-member reviewer",
    "user of another authority",
    "team member",
    "team lead",
];

const UNAUTH: Expect = Code("UNAUTHENTICATED");
const FORBID: Expect = Code("FORBIDDEN");
const GUARD: Expect = Code("GUARD_FAILED");
const PUBLIC: [Expect; 9] = [Ok; 9];
const SIGNED_IN: [Expect; 9] = [UNAUTH, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok];
const OFFICERS: [Expect; 9] = [
    UNAUTH, FORBID, Ok, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID,
];
/// Programme officers and administrators.
const OVERSEERS: [Expect; 9] = [
    UNAUTH, Ok, Ok, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID,
];
/// The review's team, its host users and programme officers.
const PRIVATE: [Expect; 9] = [UNAUTH, FORBID, Ok, Ok, Ok, FORBID, FORBID, Ok, Ok];
/// Commands only a programme officer may make, refused here by a guard.
const OFFICER_COMMAND: [Expect; 9] = [
    UNAUTH, FORBID, GUARD, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID,
];
const HOST_LEAD_COMMAND: [Expect; 9] = [
    UNAUTH, FORBID, FORBID, GUARD, FORBID, FORBID, FORBID, FORBID, FORBID,
];
const LEAD_OR_OFFICER_COMMAND: [Expect; 9] = [
    UNAUTH, FORBID, GUARD, GUARD, FORBID, FORBID, FORBID, FORBID, FORBID,
];
/// The host's users and programme officers: a self-evaluation before it
/// is submitted.
const HOST_SIDE: [Expect; 9] = [UNAUTH, FORBID, Ok, Ok, Ok, FORBID, FORBID, FORBID, FORBID];
/// The host lead and the host's other users: changing its self-evaluation.
const HOST_USERS: [Expect; 9] = [
    UNAUTH, FORBID, FORBID, Ok, Ok, FORBID, FORBID, FORBID, FORBID,
];
const NOT_FOUND: Expect = Code("NOT_FOUND");
/// The review's team and programme officers: the team's view before the
/// report is published.
const TEAM_SIDE: [Expect; 9] = [UNAUTH, FORBID, Ok, FORBID, FORBID, FORBID, FORBID, Ok, Ok];
/// Programme officers and the team lead: planning the visit, refused
/// here by the input (a Saturday, or no dates yet for a session).
const PLANNERS_REFUSED_BY_INPUT: [Expect; 9] = [
    UNAUTH, FORBID, VALIDATION, FORBID, FORBID, FORBID, FORBID, FORBID, VALIDATION,
];
const VALIDATION: Expect = Code("VALIDATION");
/// Signed in, asking for something that does not exist.
const UNKNOWN: [Expect; 9] = [
    UNAUTH, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
];
/// The report's private audience (the team, host users and programme
/// officers) on a review with no draft: let in, then told there is none.
const PRIVATE_NO_DRAFT: [Expect; 9] = [
    UNAUTH, FORBID, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBID, FORBID, NOT_FOUND, NOT_FOUND,
];
/// The host lead and the host's other users, refused by the state on a
/// review whose report is not published.
const HOST_USERS_REFUSED_BY_STATE: [Expect; 9] = [
    UNAUTH, FORBID, FORBID, GUARD, GUARD, FORBID, FORBID, FORBID, FORBID,
];
/// The host's users and leads and programme officers, refused by the
/// state on a review whose report is not published.
const HOST_OR_OFFICER_REFUSED_BY_STATE: [Expect; 9] = [
    UNAUTH, FORBID, GUARD, GUARD, GUARD, FORBID, FORBID, FORBID, FORBID,
];
const TEAM_LEAD_COMMAND: [Expect; 9] = [
    UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, GUARD,
];

struct Row {
    operation: &'static str,
    query: &'static str,
    expect: [Expect; 9],
}

fn row(operation: &'static str, query: &'static str, expect: [Expect; 9]) -> Row {
    Row {
        operation,
        query,
        expect,
    }
}

/// `$review` is edited by the rows in turn; `$fixed` stays SCHEDULED with
/// no focus, so every command on it is refused by rights or by a guard.
fn rows() -> Vec<Row> {
    vec![
        row("programmes", "{ programmes { id name } }", PUBLIC),
        row("programme", "query($programme: UUID!) { programme(id: $programme) { name rules { teamSizeMin } phases { from } } }", PUBLIC),
        row("programme", "query($programme: UUID!) { programme(id: $programme) { materials { id } } }", SIGNED_IN),
        row("quads", "{ quads { id } }", PUBLIC),
        // A quad none of these callers' authorities is in, with no review:
        // only those who oversee compare it (quad_comparison.rs has the
        // quad's authorities and its reviews' teams).
        row("quadComparison", "query($quadId: UUID!) { quadComparison(quadId: $quadId) { name authorities { name compared } indicators { number } } }", OVERSEERS),
        // Anyone signed in; hidden or shown by who asks (quad_comparison.rs).
        row("nationalDistribution", "{ nationalDistribution(frameworkId: \"hgios4\", version: 1) { hidden reason } }", SIGNED_IN),
        row("reviews", "{ reviews { total items { state theme hosts { name } } } }", PUBLIC),
        row("review", "query($review: UUID!) { review(id: $review) { state theme phase targetMonth hosts { name } } }", PUBLIC),
        row("review", "query($review: UUID!) { review(id: $review) { team { id } } }", PRIVATE),
        row("review", "query($review: UUID!) { review(id: $review) { focus { keyQuestions } } }", PRIVATE),
        row("review", "query($review: UUID!) { review(id: $review) { conflicts { id } } }", PRIVATE),
        row("review", "query($review: UUID!) { review(id: $review) { history(first: 10) { items { id summary detail } } latestEvent { id } } }", PRIVATE),
        row("review", "query($review: UUID!) { review(id: $review) { nextCommand { allowed } availableCommands { command unmet { code } } } }", PRIVATE),
        row("createProgramme", "mutation($fresh: String!) { createProgramme(input: { name: $fresh, kind: QUADS, phases: [{ number: 1, from: \"2025-09\", to: \"2026-06\" }] }) { id } }", OFFICERS),
        row("updateProgramme", "mutation($programme2: UUID!, $fresh: String!) { updateProgramme(id: $programme2, version: 1, input: { name: $fresh, kind: CI, phases: [{ number: 1, from: \"2025-08\", to: \"2026-06\" }] }) { id } }", OFFICERS),
        row("addMaterial", "mutation($programme: UUID!) { addMaterial(programmeId: $programme, input: { title: \"Key terms\", url: \"https://example.org/key-terms\" }) { id } }", OFFICERS),
        row("removeMaterial", "mutation($material: UUID!) { removeMaterial(id: $material) }", OFFICERS),
        row("createQuad", "mutation($quad: [UUID!]!) { createQuad(input: { session: \"2030-31\", name: \"Test quad\", authorityIds: $quad }) { id } }", OFFICERS),
        row("updateQuad", "mutation($quadId: UUID!, $quad: [UUID!]!, $fresh: String!) { updateQuad(id: $quadId, input: { name: $fresh, authorityIds: $quad }) { id } }", OFFICERS),
        row("dissolveQuad", "mutation($quadId: UUID!) { dissolveQuad(id: $quadId) }", OFFICERS),
        row("scheduleReview", "mutation($programme: UUID!, $host: UUID!) { scheduleReview(input: { programmeId: $programme, hostIds: [$host], phase: 1, targetMonth: \"2026-03\" }) { id } }", OFFICERS),
        row(
            "updateFocus",
            "mutation($review: UUID!, $version: Int!) { updateFocus(reviewId: $review, version: $version, input: { theme: \"Inclusion\", keyQuestions: [\"How well?\"] }) { id } }",
            [UNAUTH, FORBID, Ok, Ok, Ok, FORBID, FORBID, FORBID, FORBID],
        ),
        row(
            "signOffFocus",
            "mutation($review: UUID!, $version: Int!) { signOffFocus(reviewId: $review, version: $version) { id } }",
            [UNAUTH, FORBID, Ok, Ok, FORBID, FORBID, FORBID, FORBID, FORBID],
        ),
        row("addTeamMember", "mutation($review: UUID!, $version: Int!, $candidate: UUID!) { addTeamMember(reviewId: $review, version: $version, input: { userId: $candidate, role: MEMBER }) { id } }", OFFICERS),
        row("inviteTeamMember", "mutation($review: UUID!, $version: Int!, $es: UUID!, $freshEmail: String!) { inviteTeamMember(reviewId: $review, version: $version, input: { email: $freshEmail, name: \"Invited Person\", organisationId: $es, role: MEMBER }) { id } }", OFFICERS),
        row(
            "respondToTeamInvitation",
            "mutation($pending: UUID!, $version: Int!) { respondToTeamInvitation(memberId: $pending, version: $version, accept: true) { invitation } }",
            [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, Ok, FORBID],
        ),
        row("replaceTeamMember", "mutation($replaceable: UUID!, $version: Int!, $candidate2: UUID!) { replaceTeamMember(memberId: $replaceable, version: $version, input: { userId: $candidate2, role: MEMBER }) { id } }", OFFICERS),
        row("replaceTeamMemberByInvite", "mutation($replaceable2: UUID!, $version: Int!, $es: UUID!, $freshEmail: String!) { replaceTeamMemberByInvite(memberId: $replaceable2, version: $version, input: { email: $freshEmail, name: \"Invited Person\", organisationId: $es, role: MEMBER }) { id } }", OFFICERS),
        row("dismissConflict", "mutation($conflict: UUID!, $version: Int!) { dismissConflict(id: $conflict, version: $version, reason: \"No shared staff\") { id } }", OFFICERS),
        // $review is still SCHEDULED: the officer is refused by the state.
        row("reopenFocus", "mutation($review: UUID!, $version: Int!) { reopenFocus(reviewId: $review, version: $version, reason: \"The host asked\") { id } }", OFFICER_COMMAND),
        // $fixed is already in December: the officer is refused by a guard.
        row("rescheduleReview", "mutation($fixed: UUID!, $fixedVersion: Int!) { rescheduleReview(reviewId: $fixed, version: $fixedVersion, input: { phase: 1, targetMonth: \"2025-12\", reason: \" \" }) { id } }", OFFICER_COMMAND),
        row("agreeFocus", "mutation($fixed: UUID!, $fixedVersion: Int!) { agreeFocus(reviewId: $fixed, version: $fixedVersion) { id } }", LEAD_OR_OFFICER_COMMAND),
        row("formTeam", "mutation($fixed: UUID!, $fixedVersion: Int!) { formTeam(reviewId: $fixed, version: $fixedVersion) { id } }", OFFICER_COMMAND),
        row("submitSelfEvaluation", "mutation($fixed: UUID!, $fixedVersion: Int!) { submitSelfEvaluation(reviewId: $fixed, version: $fixedVersion) { id } }", HOST_LEAD_COMMAND),
        row("reopenSelfEvaluation", "mutation($fixed: UUID!, $fixedVersion: Int!) { reopenSelfEvaluation(reviewId: $fixed, version: $fixedVersion, reason: \"More evidence\") { id } }", OFFICER_COMMAND),
        row("startVisit", "mutation($fixed: UUID!, $fixedVersion: Int!) { startVisit(reviewId: $fixed, version: $fixedVersion) { id } }", TEAM_LEAD_COMMAND),
        row("completeVisit", "mutation($fixed: UUID!, $fixedVersion: Int!) { completeVisit(reviewId: $fixed, version: $fixedVersion) { id } }", TEAM_LEAD_COMMAND),
        row("draftReport", "mutation($fixed: UUID!, $fixedVersion: Int!) { draftReport(reviewId: $fixed, version: $fixedVersion) { id } }", TEAM_LEAD_COMMAND),
        row("publishReport", "mutation($fixed: UUID!, $fixedVersion: Int!) { publishReport(reviewId: $fixed, version: $fixedVersion) { id } }", LEAD_OR_OFFICER_COMMAND),
        row("beginFollowUp", "mutation($fixed: UUID!, $fixedVersion: Int!) { beginFollowUp(reviewId: $fixed, version: $fixedVersion) { id } }", LEAD_OR_OFFICER_COMMAND),
        row("closeReview", "mutation($fixed: UUID!, $fixedVersion: Int!) { closeReview(reviewId: $fixed, version: $fixedVersion) { id } }", OFFICER_COMMAND),
        row("withdrawReview", "mutation($fixed: UUID!, $fixedVersion: Int!) { withdrawReview(reviewId: $fixed, version: $fixedVersion, reason: \" \") { id } }", OFFICER_COMMAND),
        row("postponeReview", "mutation($fixed: UUID!, $fixedVersion: Int!) { postponeReview(reviewId: $fixed, version: $fixedVersion, reason: \"\") { id } }", OFFICER_COMMAND),
        row("resumeReview", "mutation($fixed: UUID!, $fixedVersion: Int!) { resumeReview(reviewId: $fixed, version: $fixedVersion) { id } }", OFFICER_COMMAND),
        // $fixed's self-evaluation is not submitted: its team does not see
        // it yet (see self_evaluation.rs for after submission).
        row("selfEvaluations", "query($fixed: UUID!) { selfEvaluations(reviewId: $fixed) { id canEdit progress { complete total } documents { id } } }", HOST_SIDE),
        // Each caller saves an indicator of their own, so no save is stale.
        row(
            "saveSelfEvaluationIndicator",
            "mutation($fixed: UUID!, $host: UUID!, $indicator: String!) { saveSelfEvaluationIndicator(input: { reviewId: $fixed, authorityId: $host, indicator: $indicator, version: 0, evidence: \"Attainment data\" }) { version } }",
            HOST_USERS,
        ),
        // The team's view: the team and officers see it; host users only
        // once the report is published (self_evaluation.rs).
        row("selfEvaluationComparison", "query($fixed: UUID!) { selfEvaluationComparison(reviewId: $fixed) { authorityName canEditTeamView indicators { number gradeDifference } } }", TEAM_SIDE),
        // $fixed is not submitted: nobody records a view of it yet, and
        // only its team is told why (self_evaluation.rs for after).
        row("saveTeamViewIndicator", "mutation($fixed: UUID!, $host: UUID!) { saveTeamViewIndicator(input: { reviewId: $fixed, authorityId: $host, indicator: \"1.1\", version: 0, evidence: \"Focus groups\" }) { teamVersion } }", [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID]),
        // The visit plan: private to the review; the team lead and officers
        // plan it (visit.rs for accepted changes), the host records its
        // contacts and places, an authority's users and officers keep its
        // blackout dates.
        row("visitPlan", "query($review: UUID!) { visitPlan(reviewId: $review) { days sessions { id } places { id } canPlan } }", PRIVATE),
        row("setVisitDates", "mutation($review: UUID!, $version: Int!) { setVisitDates(reviewId: $review, version: $version, days: [\"2025-10-04\"]) { days } }", PLANNERS_REFUSED_BY_INPUT),
        row("addVisitSession", "mutation($review: UUID!, $version: Int!) { addVisitSession(reviewId: $review, version: $version, input: { day: \"2025-10-06\", startsAt: \"09:00\", endsAt: \"10:00\", kind: MEETING, audiences: [OFFICERS], memberIds: [] }) { days } }", PLANNERS_REFUSED_BY_INPUT),
        row("updateVisitSession", "mutation($nothing: UUID!, $version: Int!) { updateVisitSession(sessionId: $nothing, version: $version, input: { day: \"2025-10-06\", startsAt: \"09:00\", endsAt: \"10:00\", kind: MEETING, audiences: [], memberIds: [] }) { days } }", UNKNOWN),
        row("removeVisitSession", "mutation($nothing: UUID!, $version: Int!) { removeVisitSession(sessionId: $nothing, version: $version) { days } }", UNKNOWN),
        row("addHostContact", "mutation($review: UUID!) { addHostContact(reviewId: $review, input: { role: \"Headteacher\", name: \"Ann Smith\", email: \"ann@school.example.org\" }) { contacts { id } } }", HOST_USERS),
        row("removeHostContact", "mutation($nothing: UUID!) { removeHostContact(contactId: $nothing) { days } }", UNKNOWN),
        row("addVisitPlace", "mutation($review: UUID!) { addVisitPlace(reviewId: $review, input: { name: \"Leith Academy\" }) { places { id } } }", HOST_USERS),
        row("removeVisitPlace", "mutation($nothing: UUID!) { removeVisitPlace(placeId: $nothing) { days } }", UNKNOWN),
        row("visitAgenda", "query($review: UUID!) { visitAgenda(reviewId: $review) { host days { label } recipients canShare } }", PRIVATE),
        row("shareVisitAgenda", "mutation($review: UUID!) { shareVisitAgenda(reviewId: $review) { host } }", PLANNERS_REFUSED_BY_INPUT),
        row("blackoutDates", "query($host: UUID!) { blackoutDates(authorityId: $host) { id reason } }", HOST_SIDE),
        row("addBlackoutDate", "mutation($host: UUID!) { addBlackoutDate(authorityId: $host, input: { firstDay: \"2025-10-13\", reason: \"In-service day\" }) { id } }", HOST_SIDE),
        row("updateBlackoutDate", "mutation($blackout: UUID!) { updateBlackoutDate(id: $blackout, input: { firstDay: \"2025-10-20\", reason: \"In-service day\" }) { id } }", HOST_SIDE),
        row("removeBlackoutDate", "mutation($nothing: UUID!) { removeBlackoutDate(id: $nothing) }", UNKNOWN),
        // Findings: $fixed is SCHEDULED, so its team and officers see that
        // there are none and its team is refused recording by the state;
        // host users see no finding before the visit is completed. The
        // rights on real findings, in a visit, are in findings.rs.
        row("reviewFindings", "query($fixed: UUID!) { reviewFindings(reviewId: $fixed) { findings { id } canRecord canAgree } }", TEAM_SIDE),
        row("recordFinding", "mutation($fixed: UUID!, $nothing: UUID!) { recordFinding(reviewId: $fixed, idempotencyKey: $nothing, input: { kind: STRENGTH, text: \"Strong leadership\", indicators: [] }) { id } }", [UNAUTH, FORBID, FORBID, FORBID, FORBID, FORBID, FORBID, GUARD, GUARD]),
        row("updateFinding", "mutation($nothing: UUID!) { updateFinding(findingId: $nothing, version: 1, input: { kind: STRENGTH, text: \"x\", indicators: [] }) { id } }", UNKNOWN),
        row("removeFinding", "mutation($nothing: UUID!) { removeFinding(findingId: $nothing, version: 1) }", UNKNOWN),
        row("agreeFinding", "mutation($nothing: UUID!) { agreeFinding(findingId: $nothing, version: 1) { id } }", UNKNOWN),
        row("unagreeFinding", "mutation($nothing: UUID!) { unagreeFinding(findingId: $nothing, version: 1) { id } }", UNKNOWN),
        row("mergeFindings", "mutation($nothing: UUID!) { mergeFindings(intoId: $nothing, mergedIds: [$nothing], text: \"x\") { id } }", UNKNOWN),
        // The report: $fixed has no draft, so its private audience reads
        // null and each change is let in and told there is no draft; nobody
        // else learns anything. The published report is public (an unknown
        // slug is null). The rights on a real draft are in report.rs.
        row("reportDraft", "query($fixed: UUID!) { reportDraft(reviewId: $fixed) { draftVersion } }", PRIVATE),
        row("publishedReport", "{ publishedReport(slug: \"no-such-report-2025-01\") { slug } }", PUBLIC),
        // The public index (issue 19): anyone; its contents and search are
        // in public_reports.rs.
        row("publishedReports", "{ publishedReports(text: \"attendance\") { total notice items { slug } } }", PUBLIC),
        row("publishedReportFilters", "{ publishedReportFilters { themes years authorities { id } } }", PUBLIC),
        row("updateReportSection", "mutation($fixed: UUID!) { updateReportSection(reviewId: $fixed, draftVersion: 1, key: NEXT_STEPS, text: \"x\") { draftVersion } }", PRIVATE_NO_DRAFT),
        row("addReportItem", "mutation($fixed: UUID!) { addReportItem(reviewId: $fixed, draftVersion: 1, input: { kind: STRENGTH, text: \"x\", indicators: [], findingIds: [] }) { draftVersion } }", PRIVATE_NO_DRAFT),
        row("updateReportItem", "mutation($nothing: UUID!) { updateReportItem(itemId: $nothing, draftVersion: 1, input: { kind: STRENGTH, text: \"x\", indicators: [], findingIds: [] }) { draftVersion } }", UNKNOWN),
        row("removeReportItem", "mutation($nothing: UUID!) { removeReportItem(itemId: $nothing, draftVersion: 1) { draftVersion } }", UNKNOWN),
        row("moveReportItem", "mutation($nothing: UUID!) { moveReportItem(itemId: $nothing, draftVersion: 1, position: 0) { draftVersion } }", UNKNOWN),
        row("shareReportDraft", "mutation($fixed: UUID!) { shareReportDraft(reviewId: $fixed, draftVersion: 1) { draftVersion } }", PRIVATE_NO_DRAFT),
        row("addReportComment", "mutation($fixed: UUID!) { addReportComment(reviewId: $fixed, input: { sectionKey: CONTEXT, text: \"x\" }) { draftVersion } }", PRIVATE_NO_DRAFT),
        row("answerReportComment", "mutation($nothing: UUID!) { answerReportComment(commentId: $nothing, accept: true, reply: \"x\") { draftVersion } }", UNKNOWN),
        row("approveReport", "mutation($fixed: UUID!) { approveReport(reviewId: $fixed, draftVersion: 1) { draftVersion } }", PRIVATE_NO_DRAFT),
        row("openReportCorrection", "mutation($fixed: UUID!) { openReportCorrection(reviewId: $fixed, changeNote: \"x\") { draftVersion } }", PRIVATE_NO_DRAFT),
        row("publishReportCorrection", "mutation($fixed: UUID!) { publishReportCorrection(reviewId: $fixed, draftVersion: 1) { draftVersion } }", PRIVATE_NO_DRAFT),
        // Follow-up: $fixed's report is not published, so its follow-up is
        // null for its private audience, and each change is refused by
        // rights first, then by the state (WRONG_STATE). The rights on a
        // real follow-up are in follow_up.rs.
        row("reviewFollowUp", "query($fixed: UUID!) { reviewFollowUp(reviewId: $fixed) { reviewId } }", PRIVATE),
        row("addFollowUpAction", "mutation($fixed: UUID!, $nothing: UUID!, $candidate: UUID!) { addFollowUpAction(reviewId: $fixed, input: { areaItemId: $nothing, description: \"x\", ownerId: $candidate, dueOn: \"2027-01-04\" }) { reviewId } }", HOST_USERS_REFUSED_BY_STATE),
        row("setNoActionReason", "mutation($fixed: UUID!, $nothing: UUID!) { setNoActionReason(reviewId: $fixed, itemId: $nothing, reason: \"x\") { reviewId } }", HOST_USERS_REFUSED_BY_STATE),
        row("scheduleFollowUpSession", "mutation($fixed: UUID!) { scheduleFollowUpSession(reviewId: $fixed, number: 1, date: \"2027-01-04\") { reviewId } }", LEAD_OR_OFFICER_COMMAND),
        row("cancelFollowUpSession", "mutation($fixed: UUID!) { cancelFollowUpSession(reviewId: $fixed, number: 1) { reviewId } }", LEAD_OR_OFFICER_COMMAND),
        row("setFollowUpSessionNotes", "mutation($fixed: UUID!) { setFollowUpSessionNotes(reviewId: $fixed, number: 1, notes: \"x\") { reviewId } }", HOST_OR_OFFICER_REFUSED_BY_STATE),
        row("addImpactMeasure", "mutation($fixed: UUID!) { addImpactMeasure(reviewId: $fixed, input: { name: \"x\", learnerGroup: \"All pupils\", unit: PERCENT, baselineValue: \"90\", baselinePeriod: \"2022-23\" }) { reviewId } }", HOST_USERS_REFUSED_BY_STATE),
        row("updateFollowUpAction", "mutation($nothing: UUID!, $candidate: UUID!) { updateFollowUpAction(actionId: $nothing, version: 1, input: { description: \"x\", ownerId: $candidate, dueOn: \"2027-01-04\", status: DONE }) { reviewId } }", UNKNOWN),
        row("addFollowUpNote", "mutation($nothing: UUID!) { addFollowUpNote(actionId: $nothing, input: { text: \"x\" }) { reviewId } }", UNKNOWN),
        row("updateImpactMeasure", "mutation($nothing: UUID!) { updateImpactMeasure(measureId: $nothing, version: 1, input: { name: \"x\", learnerGroup: \"All pupils\", unit: PERCENT, baselineValue: \"90\", baselinePeriod: \"2022-23\" }) { reviewId } }", UNKNOWN),
        row("publishImpactMeasure", "mutation($nothing: UUID!) { publishImpactMeasure(measureId: $nothing, version: 1, published: true) { reviewId } }", UNKNOWN),
        // An unknown attachment; the rights on real ones are checked below.
        row("removeAttachment", "mutation($nothing: UUID!) { removeAttachment(id: $nothing) }", [UNAUTH, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ]
}

/// The fields of `Review` anyone may read: the programme's published
/// timetable. Every other field is private, and gets a row of its own.
const PUBLIC_REVIEW_FIELDS: &[&str] = &[
    "id",
    "programme",
    "hosts",
    "quad",
    "phase",
    "targetMonth",
    "theme",
    "state",
    "version",
    "imported",
    "publishedReportUrl",
];

/// One row per field of the `Review` type in `sdl`, generated from the
/// schema: a field not listed as public is expected to be private, so a
/// new field gets a row (and a check) without anyone writing one.
pub fn review_field_rows(sdl: &str) -> Vec<(String, String, bool)> {
    use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};
    let doc = async_graphql::parser::parse_schema(sdl).expect("the SDL parses");
    let mut objects = std::collections::BTreeSet::new();
    let mut review_fields = Vec::new();
    for def in &doc.definitions {
        if let TypeSystemDefinition::Type(t) = def {
            if let TypeKind::Object(o) = &t.node.kind {
                objects.insert(t.node.name.node.to_string());
                if t.node.name.node == "Review" {
                    for f in &o.fields {
                        let ty = f.node.ty.node.to_string();
                        let base = ty
                            .trim_matches(|c| c == '[' || c == ']' || c == '!')
                            .to_string();
                        review_fields.push((f.node.name.node.to_string(), base));
                    }
                }
            }
        }
    }
    review_fields
        .into_iter()
        .map(|(name, base)| {
            let selection = if objects.contains(&base) {
                format!("{name} {{ __typename }}")
            } else {
                name.clone()
            };
            let public = PUBLIC_REVIEW_FIELDS.contains(&name.as_str());
            (name, selection, public)
        })
        .collect()
}

#[test]
fn a_new_field_on_the_review_type_gets_a_private_row_from_the_schema() {
    let sdl = "scalar UUID
        type Focus { theme: String }
        type Review { id: UUID! state: String! focus: Focus secretNotes: [String!] }
        type QueryRoot { review(id: UUID!): Review! }
        schema { query: QueryRoot }";
    let rows = review_field_rows(sdl);
    let private: Vec<(&str, &str)> = rows
        .iter()
        .filter(|(_, _, public)| !public)
        .map(|(name, selection, _)| (name.as_str(), selection.as_str()))
        .collect();
    assert_eq!(
        private,
        [
            ("focus", "focus { __typename }"),
            ("secretNotes", "secretNotes")
        ]
    );
    // The real schema has rows for its private fields too.
    let real = review_field_rows(&api::schema::sdl());
    assert!(real
        .iter()
        .any(|(name, _, public)| name == "team" && !public));
    assert!(real
        .iter()
        .any(|(name, _, public)| name == "theme" && *public));
}

/// The operations this matrix covers.
pub fn operations() -> Vec<String> {
    rows().iter().map(|r| r.operation.to_string()).collect()
}

/// The history downloads, by caller.
const HISTORY: [u16; 9] = [401, 403, 200, 200, 200, 403, 403, 200, 200];
/// The visit's calendar file, by caller: the plan's readers are told its
/// days are not set yet (404), everyone else is refused first.
const VISIT_CALENDAR: [u16; 9] = [401, 403, 404, 404, 404, 403, 403, 404, 404];
/// The draft report's PDF, by caller: the draft's readers are told there
/// is no draft yet (404), everyone else is refused first.
const DRAFT_PDF: [u16; 9] = [401, 403, 404, 404, 404, 403, 403, 404, 404];
/// Uploading a material, by caller.
const UPLOAD: [u16; 9] = [401, 403, 201, 403, 403, 403, 403, 403, 403];
/// Downloading an uploaded material, by caller.
const MATERIAL: [u16; 9] = [401, 200, 200, 200, 200, 200, 200, 200, 200];
/// An indicator of hgios4 per caller, so no caller's save is stale.
const INDICATORS: [&str; 9] = [
    "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4",
];
/// Attaching a document to a host's self-evaluation, by caller.
const SE_UPLOAD: [u16; 9] = [401, 403, 403, 201, 201, 403, 403, 403, 403];
/// Downloading it before submission, by caller.
const SE_DOWNLOAD: [u16; 9] = [401, 403, 200, 200, 200, 403, 403, 403, 403];
/// Removing it, by caller.
const SE_REMOVE: [Expect; 9] = [
    UNAUTH, FORBID, FORBID, Ok, Ok, FORBID, FORBID, FORBID, FORBID,
];

/// Operations answering null, not an error, when there is nothing to read:
/// no draft report yet, no published report at that slug.
const NULLABLE: &[&str] = &["reportDraft", "publishedReport", "reviewFollowUp"];

fn outcome(response: &Value, operation: &str) -> Expect {
    match response["errors"][0]["extensions"]["code"].as_str() {
        Some("UNAUTHENTICATED") => UNAUTH,
        Some("FORBIDDEN") => FORBID,
        Some("GUARD_FAILED") => GUARD,
        Some("VALIDATION") => Code("VALIDATION"),
        Some("CONFLICT") => Code("CONFLICT"),
        Some("NOT_FOUND") => Code("NOT_FOUND"),
        Some(other) => panic!("{operation}: unexpected code {other}: {response}"),
        // Null is their answer when there is nothing (yet) to read.
        None if NULLABLE.contains(&operation) => Ok,
        None if response["data"][operation].is_null() => {
            panic!("{operation}: null without an error: {response}")
        }
        None => Ok,
    }
}

/// The HTTP status of a GET as this caller.
async fn status_of(session: &Session, url: &str) -> u16 {
    session
        .client
        .get(url)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

fn id(v: &Value) -> Uuid {
    serde_json::from_value(v.clone()).unwrap_or_else(|_| panic!("not an id: {v}"))
}

async fn add(officer: &Session, review: Uuid, user: Uuid, role: &str) -> Uuid {
    let v = crate::lifecycle::version(officer, review).await;
    let r = officer
        .gql(
            "mutation($r: UUID!, $v: Int!, $u: UUID!, $role: TeamRole!) { addTeamMember(reviewId: $r, version: $v, input: { userId: $u, role: $role }) { team { id user { id } } } }",
            json!({ "r": review, "v": v, "u": user, "role": role }),
        )
        .await;
    let team = r["data"]["addTeamMember"]["team"]
        .as_array()
        .unwrap_or_else(|| panic!("{r}"))
        .clone();
    id(&team
        .iter()
        .find(|m| m["user"]["id"] == json!(user))
        .unwrap()["id"])
}

async fn accept(session: &Session, review: Uuid, member: Uuid) {
    let v = crate::lifecycle::version(session, review).await;
    let r = session
        .gql("mutation($m: UUID!, $v: Int!) { respondToTeamInvitation(memberId: $m, version: $v, accept: true) { invitation } }", json!({ "m": member, "v": v }))
        .await;
    assert!(r["errors"].is_null(), "{r}");
}

async fn the_review_matrix_holds_for_every_caller(app: TestApp) {
    let officer = app.as_demo(Demo::Officer).await;
    let edinburgh = org_id(&app, "City of Edinburgh").await;
    let programme = ci_programme(&officer, "Matrix programme").await;
    let programme2 = ci_programme(&officer, "Matrix programme two").await;
    // The programme's framework, so its self-evaluations have indicators.
    let r = officer
        .gql(
            "mutation($id: UUID!, $i: ProgrammeInput!) { updateProgramme(id: $id, version: 1, input: $i) { id } }",
            json!({ "id": programme, "i": { "name": "Matrix programme", "kind": "CI", "phases": [{ "number": 1, "from": "2025-08", "to": "2026-06" }], "rules": { "frameworkId": "hgios4", "frameworkVersion": 1 } } }),
        )
        .await;
    assert!(r["errors"].is_null(), "{r}");
    let review = schedule(&officer, programme, &[edinburgh], "2025-10").await;
    let fixed = schedule(&officer, programme, &[edinburgh], "2025-12").await;
    person(
        &app,
        "other@example.org",
        "Glasgow City",
        vec![Role::AuthorityUser],
        false,
    )
    .await;
    let member = person(
        &app,
        "member@example.org",
        "HMIE",
        vec![Role::Reviewer],
        false,
    )
    .await;
    let lead = person(
        &app,
        "teamlead@example.org",
        "Fife",
        vec![Role::AuthorityUser],
        false,
    )
    .await;
    let candidate = person(
        &app,
        "candidate@example.org",
        "ES",
        vec![Role::Reviewer],
        false,
    )
    .await;
    let candidate2 = person(
        &app,
        "candidate2@example.org",
        "ES",
        vec![Role::Reviewer],
        false,
    )
    .await;
    let spare = person(
        &app,
        "spare@example.org",
        "ADES",
        vec![Role::Reviewer],
        false,
    )
    .await;
    let spare2 = person(
        &app,
        "spare2@example.org",
        "ADES",
        vec![Role::Reviewer],
        false,
    )
    .await;
    let member_session = as_person(&app, "member@example.org").await;
    let lead_session = as_person(&app, "teamlead@example.org").await;
    // On $review: the team lead accepted, the member still to answer, a
    // spare member to replace from search and one to replace by invitation,
    // and a conflict to dismiss.
    let lead_on_review = add(&officer, review, lead, "LEAD").await;
    accept(&lead_session, review, lead_on_review).await;
    let pending = add(&officer, review, member, "MEMBER").await;
    let replaceable = add(&officer, review, spare, "MEMBER").await;
    let replaceable2 = add(&officer, review, spare2, "MEMBER").await;
    {
        let officer_id = demo_id(&app, Demo::Officer).await;
        use store::TransactionTrait;
        let txn = app.store.conn().begin().await.unwrap();
        // A conflict is raised by a member's joining: the domain decides
        // that joining, and the store takes its decision.
        let row = store::review::review(&txn, review).await.unwrap();
        let programme = store::programme::programme(&txn, row.programme_id)
            .await
            .unwrap();
        let facts = store::review::facts(&txn, &row, &programme).await.unwrap();
        let officer_actor = domain::lifecycle::Actor {
            user_id: officer_id,
            programme_officer: true,
            ..Default::default()
        };
        let joining = domain::lifecycle::Change::AddMember {
            person: domain::lifecycle::PersonRef {
                user_id: spare,
                name: "Spare".into(),
            },
            role: domain::lifecycle::TeamRole::Member,
        };
        let decided =
            domain::lifecycle::decide_change(&facts, &joining, &officer_actor, chrono::Utc::now())
                .unwrap();
        store::review::add_conflict(
            &txn,
            &decided,
            review,
            replaceable,
            None,
            "Test conflict".into(),
        )
        .await
        .unwrap();
        txn.commit().await.unwrap();
    }
    let conflict = store::review::conflicts_of(app.store.conn(), &[review])
        .await
        .unwrap()[&review][0]
        .id;
    // On $fixed: both accepted.
    let m = add(&officer, fixed, lead, "LEAD").await;
    accept(&lead_session, fixed, m).await;
    let m = add(&officer, fixed, member, "MEMBER").await;
    accept(&member_session, fixed, m).await;
    let r = officer
        .gql(
            "mutation($p: UUID!) { addMaterial(programmeId: $p, input: { title: \"Process\", url: \"https://example.org/process\" }) { id } }",
            json!({ "p": programme }),
        )
        .await;
    let material = id(&r["data"]["addMaterial"]["id"]);
    let mut quad = Vec::new();
    for n in ["Angus", "Moray", "Highland", "Stirling"] {
        quad.push(org_id(&app, n).await);
    }
    let es = org_id(&app, "ES").await;
    let r = officer
        .gql(
            "mutation($q: [UUID!]!) { createQuad(input: { session: \"2031-32\", name: \"Quad to change\", authorityIds: $q }) { id } }",
            json!({ "q": quad }),
        )
        .await;
    let quad_id = id(&r["data"]["createQuad"]["id"]);
    let r = officer
        .gql(
            "mutation($a: UUID!) { addBlackoutDate(authorityId: $a, input: { firstDay: \"2025-10-20\", reason: \"In-service day\" }) { id } }",
            json!({ "a": edinburgh }),
        )
        .await;
    let blackout = id(&r["data"]["addBlackoutDate"]["id"]);

    let mut sessions: Vec<Session> = vec![app.anonymous()];
    for who in [
        Demo::Admin,
        Demo::Officer,
        Demo::Lead,
        Demo::Qio,
        Demo::Reviewer,
    ] {
        sessions.push(app.as_demo(who).await);
    }
    sessions.push(as_person(&app, "other@example.org").await);
    sessions.push(member_session);
    sessions.push(lead_session);
    assert_eq!(sessions.len(), CALLERS.len());
    let _ = demo_id(&app, Demo::Lead).await;

    let mut failures = Vec::new();
    for (n, row) in rows().iter().enumerate() {
        for (i, session) in sessions.iter().enumerate() {
            let current = crate::lifecycle::version(&officer, review).await;
            let fixed_version = crate::lifecycle::version(&officer, fixed).await;
            let vars = json!({
                "programme": programme,
                "programme2": programme2,
                "review": review,
                "fixed": fixed,
                "version": current,
                "fixedVersion": fixed_version,
                "host": edinburgh,
                "material": material,
                "quad": quad,
                "quadId": quad_id,
                "candidate": candidate,
                "candidate2": candidate2,
                "pending": pending,
                "replaceable": replaceable,
                "replaceable2": replaceable2,
                "conflict": conflict,
                "es": es,
                "indicator": INDICATORS[i],
                "nothing": Uuid::now_v7(),
                "blackout": blackout,
                "fresh": format!("Matrix row {n} caller {i}"),
                "freshEmail": format!("invited-{n}-{i}@example.org"),
            });
            let response = session.gql(row.query, vars).await;
            let got = outcome(&response, row.operation);
            if got != row.expect[i] {
                failures.push(format!(
                    "{} as {}: expected {:?}, got {:?} ({response})",
                    row.operation, CALLERS[i], row.expect[i], got
                ));
            }
        }
    }
    // A row per field of the Review type, generated from the schema:
    // private fields as the review's team, hosts and officers see them.
    for (field, selection, public) in review_field_rows(&api::schema::sdl()) {
        let query =
            format!("query($review: UUID!) {{ review(id: $review) {{ state {selection} }} }}");
        let expect = if public { PUBLIC } else { PRIVATE };
        for (i, session) in sessions.iter().enumerate() {
            let response = session.gql(&query, json!({ "review": review })).await;
            let got = outcome(&response, "review");
            if got != expect[i] {
                failures.push(format!(
                    "Review.{field} as {}: expected {:?}, got {:?} ({response})",
                    CALLERS[i], expect[i], got
                ));
            }
        }
    }
    for (i, session) in sessions.iter().enumerate() {
        for ext in ["csv", "json"] {
            let status = status_of(
                session,
                &format!("{}/reviews/{review}/history.{ext}", app.address),
            )
            .await;
            if status != HISTORY[i] {
                failures.push(format!(
                    "history.{ext} as {}: expected {}, got {status}",
                    CALLERS[i], HISTORY[i]
                ));
            }
        }
    }
    for (i, session) in sessions.iter().enumerate() {
        let url = format!("{}/reviews/{review}/report/draft.pdf", app.address);
        let status = status_of(session, &url).await;
        if status != DRAFT_PDF[i] {
            failures.push(format!(
                "report/draft.pdf as {}: expected {}, got {status}",
                CALLERS[i], DRAFT_PDF[i]
            ));
        }
    }
    for (i, session) in sessions.iter().enumerate() {
        let url = format!("{}/reviews/{review}/visit.ics", app.address);
        let status = status_of(session, &url).await;
        if status != VISIT_CALENDAR[i] {
            failures.push(format!(
                "visit.ics as {}: expected {}, got {status}",
                CALLERS[i], VISIT_CALENDAR[i]
            ));
        }
    }
    let r = crate::lifecycle::upload(
        &app,
        &officer,
        programme,
        "p.pdf",
        "application/pdf",
        b"%PDF-1.4",
    )
    .await;
    let url = r.json::<Value>().await.unwrap()["url"]
        .as_str()
        .unwrap()
        .to_string();
    for (i, session) in sessions.iter().enumerate() {
        let status = crate::lifecycle::upload(
            &app,
            session,
            programme,
            "p.pdf",
            "application/pdf",
            b"%PDF-1.4",
        )
        .await
        .status()
        .as_u16();
        if status != UPLOAD[i] {
            failures.push(format!(
                "upload as {}: expected {}, got {status}",
                CALLERS[i], UPLOAD[i]
            ));
        }
        let status = session
            .client
            .get(format!("{}{url}", app.address))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        if status != MATERIAL[i] {
            failures.push(format!(
                "material download as {}: expected {}, got {status}",
                CALLERS[i], MATERIAL[i]
            ));
        }
    }
    let pdf = b"%PDF-1.7\n".as_slice();
    let remove = "mutation($id: UUID!) { removeAttachment(id: $id) }";
    for (i, session) in sessions.iter().enumerate() {
        let file = ("e.pdf", "application/pdf", pdf);
        let r = crate::self_evaluation::upload_document(&app, session, fixed, edinburgh, &[], file)
            .await;
        if r.status().as_u16() != SE_UPLOAD[i] {
            failures.push(format!(
                "self-evaluation upload as {}: expected {}, got {}",
                CALLERS[i],
                SE_UPLOAD[i],
                r.status()
            ));
        }
        // One the host lead attached, for each caller to fetch and remove.
        let r = crate::self_evaluation::upload_document(
            &app,
            &sessions[3],
            fixed,
            edinburgh,
            &[],
            file,
        )
        .await;
        let attachment = r.json::<Value>().await.unwrap()["id"].clone();
        let status = session
            .client
            .get(format!(
                "{}/attachments/{}",
                app.address,
                attachment.as_str().unwrap()
            ))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        if status != SE_DOWNLOAD[i] {
            failures.push(format!(
                "self-evaluation download as {}: expected {}, got {status}",
                CALLERS[i], SE_DOWNLOAD[i]
            ));
        }
        let response = session.gql(remove, json!({ "id": attachment })).await;
        let got = outcome(&response, "removeAttachment");
        if got != SE_REMOVE[i] {
            failures.push(format!(
                "removeAttachment as {}: expected {:?}, got {got:?} ({response})",
                CALLERS[i], SE_REMOVE[i]
            ));
        }
        // Its CSV export: exactly the self-evaluation's readers.
        let status = status_of(
            session,
            &format!(
                "{}/reviews/{fixed}/self-evaluations/{edinburgh}/export.csv",
                app.address
            ),
        )
        .await;
        if status != SE_DOWNLOAD[i] {
            failures.push(format!(
                "self-evaluation export.csv as {}: expected {}, got {status}",
                CALLERS[i], SE_DOWNLOAD[i]
            ));
        }
    }
    let r = officer.gql(VERSION, json!({ "r": fixed })).await;
    assert_eq!(
        r["data"]["review"],
        json!({ "version": 5, "state": "SCHEDULED" }),
        "no command on $fixed went through"
    );
    assert!(
        failures.is_empty(),
        "review matrix:\n{}",
        failures.join("\n")
    );
}

crate::on_both_databases!(the_review_matrix_holds_for_every_caller);
