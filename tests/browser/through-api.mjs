// Stages of a review made through the API, for journeys that start later in
// the lifecycle (on the demo's Quads review with a submitted rubric and a
// test clock inside its visit month).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { gql } from './harness.mjs';

/** The Quads 2024-25 review hosted by `host` at SELF_EVALUATION_SUBMITTED, read by `page`. */
export async function submittedQuadsReview(page, host) {
  const { reviews } = await gql(
    page,
    `query { reviews(filter: { states: [SELF_EVALUATION_SUBMITTED] }, limit: 100) { items { id programme { name } hosts { id name } } } }`,
  );
  const review = reviews.items.find((r) => r.programme.name === 'Quads 2024-25' && r.hosts[0]?.name === host);
  assert.ok(review, `the demo has ${host}'s review at Self-evaluation submitted`);
  return review;
}

/**
 * As the team lead (`lead`): the visit on `days`, started, `findings`
 * ({kind, text}) recorded on the first indicator and agreed, and the visit
 * completed. Resolves to that indicator's number.
 */
export async function completeVisitThroughApi(lead, reviewId, days, findings) {
  const version = async () => (await gql(lead, `query($r: UUID!) { review(id: $r) { version } }`, { r: reviewId })).review.version;
  await gql(lead, `mutation($r: UUID!, $v: Int!, $d: [NaiveDate!]!) { setVisitDates(reviewId: $r, version: $v, days: $d) { sequence } }`, {
    r: reviewId,
    v: await version(),
    d: days,
  });
  await gql(lead, `mutation($r: UUID!, $v: Int!) { startVisit(reviewId: $r, version: $v) { id } }`, { r: reviewId, v: await version() });
  const { reviewFindings } = await gql(lead, `query($r: UUID!) { reviewFindings(reviewId: $r) { indicators { number } } }`, {
    r: reviewId,
  });
  const indicator = reviewFindings.indicators[0].number;
  for (const f of findings) {
    const { recordFinding } = await gql(
      lead,
      `mutation($r: UUID!, $k: UUID!, $i: FindingInput!) { recordFinding(reviewId: $r, idempotencyKey: $k, input: $i) { id version } }`,
      { r: reviewId, k: randomUUID(), i: { ...f, indicators: [indicator], sessionId: null } },
    );
    await gql(lead, `mutation($f: UUID!, $v: Int!) { agreeFinding(findingId: $f, version: $v) { id } }`, {
      f: recordFinding.id,
      v: recordFinding.version,
    });
  }
  await gql(lead, `mutation($r: UUID!, $v: Int!) { completeVisit(reviewId: $r, version: $v) { state } }`, { r: reviewId, v: await version() });
  return indicator;
}
