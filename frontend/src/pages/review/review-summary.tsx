import { StateTag } from '../../components/state-tag';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatMonth } from '../../lib/programme';

export const ReviewSummaryFragment = graphql(`
  fragment ReviewSummary_Review on Review {
    programme {
      id
      name
    }
    hosts {
      id
      name
    }
    phase
    targetMonth
    theme
    state
    publishedReportUrl
  }
`);

/**
 * "City of Edinburgh, March 2025: Peer review 2024-27": the month tells
 * apart two reviews of one host in the same programme.
 */
export function reviewTitle(review: {
  hosts: readonly { name: string }[];
  programme: { name: string };
  targetMonth: string;
}): string {
  return `${review.hosts.map((h) => h.name).join(' and ')}, ${formatMonth(review.targetMonth)}: ${review.programme.name}`;
}

/** The review's public fields, as a summary list: what anyone may see. */
export function ReviewSummary(props: { review: FragmentType<typeof ReviewSummaryFragment> }) {
  const review = getFragmentData(ReviewSummaryFragment, props.review);
  return (
    <dl className="ds_summary-list">
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Programme</dt>
        <dd className="ds_summary-list__value">{review.programme.name}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">{review.hosts.length > 1 ? 'Hosts' : 'Host'}</dt>
        <dd className="ds_summary-list__value">{review.hosts.map((h) => h.name).join(', ')}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Phase</dt>
        <dd className="ds_summary-list__value">{review.phase}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Month</dt>
        <dd className="ds_summary-list__value">{formatMonth(review.targetMonth)}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Theme</dt>
        <dd className="ds_summary-list__value">{review.theme ?? 'Not set yet'}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Stage</dt>
        <dd className="ds_summary-list__value">
          <StateTag state={review.state} />
        </dd>
      </div>
      {review.publishedReportUrl && (
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Report</dt>
          <dd className="ds_summary-list__value">
            <a href={review.publishedReportUrl}>Published report</a>
          </dd>
        </div>
      )}
    </dl>
  );
}
