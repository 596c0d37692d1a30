import { useState } from 'react';
import { NotificationBanner } from '../../components/notification-banner';
import { QueryStatus } from '../../components/query-errors';
import { graphql } from '../../gql';
import type { FollowUpTab_FollowUpQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { CommandStep, type CommandCheck } from '../review/review-actions';
import { ActionsSection } from './actions-section';
import { ImpactSection } from './impact-section';
import { SessionsSection } from './sessions-section';
import './follow-up.css';

// The review's follow-up tab (/reviews/:id/follow-up), once the report is
// published: the tracker of actions from the published areas for
// improvement (by status, due and overdue marked in words, progress notes
// with documents), the two follow-up sessions (proposed, then saved by a
// host lead or a programme officer, with notes), the impact measures (a
// table with the change as reports state it, and a chart drawn from the
// same figures), and beginning the follow-up and closing the review
// through the review's command step, with the guards the follow-up reads
// (the review page's own next step does not read the follow-up).

// The text the server's statement-count test runs (FOLLOWUP-CONTRACT.md).
export const FollowUpQuery = graphql(`
  query FollowUpTab_FollowUp($reviewId: UUID!) {
    reviewFollowUp(reviewId: $reviewId) {
      reviewId reviewVersion state publishedOn actionsOpen actionsOverdue
      canManageActions canScheduleSessions canWriteSessionNotes canRecordMeasures
      canPublishMeasures canBeginFollowUp canClose
      unmetToBegin { code message } unmetToClose { code message }
      possibleOwners { id name }
      areas { itemId text indicators superseded noActionReason
              noActionReasonBy { id name } noActionReasonAt actionCount }
      actions { id version areaItemId areaText fromSupersededVersion description
                owner { id name } dueOn status overdue dueSoon createdAt updatedAt
                createdBy { id name } canUpdate
                notes { id text notedOn createdAt author { id name }
                        attachments { id fileName contentType sizeBytes summary url } } }
      sessions { number proposedOn scheduledOn scheduled savedBy { id name } savedAt notes sequence }
      impactMeasures { id version name learnerGroup unit baselineValue baselinePeriod
                       laterValue laterPeriod noLaterValueReason change changeText published
                       recordedBy { id name } updatedAt }
    }
  }
`);

export type FollowUp = NonNullable<FollowUpTab_FollowUpQuery['reviewFollowUp']>;
export type FollowUpAction = FollowUp['actions'][number];
export type FollowUpArea = FollowUp['areas'][number];

/** What the tab's parts tell it after a change: the confirmation to show (none after a reload). */
export type Changed = (message?: string) => void;

/**
 * The follow-up's lifecycle step: beginning it (host leads and programme
 * officers) or closing the review (programme officers), with the guards
 * the follow-up reads itself.
 */
export function followUpStep(f: FollowUp): CommandCheck | null {
  if (f.state === 'REPORT_PUBLISHED') {
    return {
      command: 'BEGIN_FOLLOW_UP',
      label: 'Begin the follow-up',
      allowed: f.canBeginFollowUp,
      forbiddenReason: 'A host lead or a programme officer begins the follow-up.',
      unmet: f.unmetToBegin,
    };
  }
  if (f.state === 'FOLLOW_UP') {
    return {
      command: 'CLOSE',
      label: 'Close the review',
      allowed: f.canClose,
      forbiddenReason: 'A programme officer closes the review once the follow-up is complete.',
      unmet: f.unmetToClose,
    };
  }
  return null;
}

export function FollowUpTab({ reviewId, onChanged }: { reviewId: string; onChanged: (message?: string) => void }) {
  const query = useQuery(FollowUpQuery, { reviewId });
  const [saved, setSaved] = useState<string | null>(null);
  const data = query.data;
  if (!data) return <QueryStatus loading={query.loading} errors={query.errors} />;
  const followUp = data.reviewFollowUp;
  const changed: Changed = (message) => {
    setSaved(message ?? null);
    query.refetch();
    // The review's next step reads the follow-up's guards.
    onChanged();
  };
  const banner = saved ? (
    <NotificationBanner variant="success" focusOnMount key={saved}>
      <p>{saved}</p>
    </NotificationBanner>
  ) : null;
  if (!followUp) {
    return (
      <section aria-labelledby="follow-up-heading">
        <h2 id="follow-up-heading">Follow-up</h2>
        <p>
          The follow-up starts once the report is published: the host authority creates actions from its areas for
          improvement, follow-up sessions are held after six and twelve months, and the impact is measured.
        </p>
      </section>
    );
  }
  const closed = followUp.state === 'CLOSED';
  const step = followUpStep(followUp);
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Follow-up</h2>
      {banner}
      <dl className="ds_summary-list">
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Report published</dt>
          <dd className="ds_summary-list__value">{formatDate(followUp.publishedOn)}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Actions</dt>
          <dd className="ds_summary-list__value">
            {followUp.actions.length === 0
              ? 'None yet'
              : `${followUp.actions.length} in all; ${followUp.actionsOpen} still open, ${followUp.actionsOverdue} overdue`}
          </dd>
        </div>
      </dl>
      {closed && <p>The review is closed: its follow-up can be read but no longer changed.</p>}
      <ActionsSection followUp={followUp} onChanged={changed} />
      <SessionsSection followUp={followUp} onChanged={changed} />
      <ImpactSection followUp={followUp} onChanged={changed} />
      {step && (
        <CommandStep
          key={`${followUp.reviewVersion}-${followUp.state}`}
          reviewId={followUp.reviewId}
          version={followUp.reviewVersion}
          check={step}
          onChanged={changed}
        />
      )}
    </section>
  );
}
