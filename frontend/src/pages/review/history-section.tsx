import { useState } from 'react';
import { QueryStatus } from '../../components/query-errors';
import { STATE_LABELS } from '../../components/step-indicator';
import { TableRegion } from '../../components/table-region';
import { graphql } from '../../gql';
import type { HistorySection_HistoryQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useQuery } from '../../lib/use-query';

const HistoryQuery = graphql(`
  query HistorySection_History($id: UUID!, $after: Int) {
    review(id: $id) {
      id
      history(first: 50, after: $after) {
        total
        endCursor
        hasNextPage
        items {
          id
          sequence
          kind
          summary
          fromState
          toState
          reason
          actorName
          at
          reportUrl
        }
      }
    }
  }
`);

type HistoryEvent = NonNullable<HistorySection_HistoryQuery['review']['history']>['items'][number];

/** The history, 50 entries a page, oldest first; "Show more" loads the next page. */
export function HistorySection({ reviewId }: { reviewId: string }) {
  const [after, setAfter] = useState<number | null>(null);
  const [earlier, setEarlier] = useState<HistoryEvent[]>([]);
  const page = useQuery(HistoryQuery, { id: reviewId, after });
  const history = page.data?.review.history;
  const events = [...earlier, ...(history?.items ?? [])];
  const showMore = () => {
    if (!history?.endCursor) return;
    setEarlier(events);
    setAfter(history.endCursor);
  };
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <p>
        Download the history as <a href={`/reviews/${reviewId}/history.csv`}>CSV</a> or{' '}
        <a href={`/reviews/${reviewId}/history.json`}>JSON</a>.
      </p>
      <QueryStatus loading={page.loading && events.length === 0} errors={page.errors} />
      <TableRegion label="History of the review">
        <table className="ds_table">
          <caption className="visually-hidden">Every change to the review, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Who</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{e.sequence}</td>
                <td>{formatDateTime(e.at)}</td>
                <td>
                  {e.toState ? (
                    <>
                      {e.fromState ? `${STATE_LABELS[e.fromState]} to ` : ''}
                      {STATE_LABELS[e.toState]}
                    </>
                  ) : (
                    e.summary
                  )}
                  {e.reportUrl && (
                    <>
                      {' '}
                      (<a href={e.reportUrl}>report</a>)
                    </>
                  )}
                </td>
                <td>{e.actorName}</td>
                <td>{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {history && (
        <p>
          Showing {events.length} of {history.total} changes.
        </p>
      )}
      {history?.hasNextPage && (
        <button type="button" className="ds_button ds_button--secondary" onClick={showMore} disabled={page.loading}>
          Show more changes
        </button>
      )}
    </section>
  );
}
