import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { graphql } from '../gql';
import type { OutboxStatus } from '../gql/graphql';
import { toFormErrors } from '../lib/form-errors';
import { formatDateTime } from '../lib/format';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';
import { TableRegion } from '../components/table-region';

const OutboxQuery = graphql(`
  query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {
    outbox(status: $status, offset: $offset, limit: $limit) {
      total
      items {
        id
        recipient
        template
        subject
        status
        attempts
        lastError
        dueAt
        sentAt
        createdAt
      }
    }
  }
`);

const RetryMutation = graphql(`
  mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {
    retryOutboxMessage(id: $id) {
      id
      status
    }
  }
`);

const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = { PENDING: 'Pending', SENT: 'Sent', FAILED: 'Failed' };
const STATUSES: OutboxStatus[] = ['PENDING', 'SENT', 'FAILED'];
const TAG: Record<OutboxStatus, string> = { PENDING: 'ds_tag--yellow', SENT: 'ds_tag--green', FAILED: 'ds_tag--red' };

function parseStatus(value: string | null): OutboxStatus | null {
  return STATUSES.find((s) => s.toLowerCase() === value?.toLowerCase()) ?? null;
}

export function AdminOutboxPage() {
  const [params] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const { data, loading, errors, refetch } = useQuery(OutboxQuery, { status, offset: 0, limit: 100 });
  const [retry, retryState] = useMutation(RetryMutation);
  const [retried, setRetried] = useState<string | null>(null);

  const onRetry = async (id: string, recipient: string) => {
    setRetried(null);
    const result = await retry({ id });
    if (result) {
      setRetried(recipient);
      refetch();
    }
  };

  const filters: { label: string; value: OutboxStatus | null }[] = [
    { label: 'All', value: null },
    ...STATUSES.map((s) => ({ label: OUTBOX_STATUS_LABELS[s], value: s })),
  ];

  let banner = null;
  const retryErrors = toFormErrors(retryState.errors).items;
  if (retryErrors.length > 0) banner = <ErrorSummary items={retryErrors} />;
  else if (retried)
    banner = (
      <NotificationBanner variant="success" focusOnMount key={retried}>
        <p>The message to {retried} will be sent again.</p>
      </NotificationBanner>
    );

  return (
    <Page title="Outbox" label="Administration" wide banner={banner}>
      <p>Every email the service sends goes through the outbox. Failed messages can be sent again.</p>
      <nav aria-label="Filter by status" className="quads-filter-links">
        <ul className="ds_no-bullets quads-inline-list">
          {filters.map((f) => {
            const current = f.value === status;
            return (
              <li key={f.label}>
                <Link
                  to={f.value ? `/admin/outbox?status=${f.value.toLowerCase()}` : '/admin/outbox'}
                  aria-current={current ? 'page' : undefined}
                  className={current ? 'quads-current' : undefined}
                >
                  {f.label}
                  <span className="visually-hidden"> messages</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <QueryStatus loading={loading && !data} errors={errors} />
      {data && (
        <>
          <p role="status">
            {data.outbox.total === 1 ? '1 message' : `${data.outbox.total} messages`}
            {status ? `, ${OUTBOX_STATUS_LABELS[status].toLowerCase()}` : ''}
          </p>
          {data.outbox.items.length > 0 && (
            <TableRegion label="Outbox messages">
              <table className="ds_table">
                <caption className="visually-hidden">Outbox messages</caption>
                <thead>
                  <tr>
                    <th scope="col">Recipient</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Status</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Due or sent</th>
                    <th scope="col">Last error</th>
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.outbox.items.map((m) => (
                    <tr key={m.id}>
                      <td className="quads-break">{m.recipient}</td>
                      <td>
                        {m.subject}
                        <br />
                        <span className="ds_hint-text quads-small">{m.template}</span>
                      </td>
                      <td>
                        <strong className={`ds_tag ${TAG[m.status]}`}>{OUTBOX_STATUS_LABELS[m.status]}</strong>
                      </td>
                      <td>{m.attempts}</td>
                      <td>{m.sentAt ? `Sent ${formatDateTime(m.sentAt)}` : `Due ${formatDateTime(m.dueAt)}`}</td>
                      <td className="quads-break">{m.lastError ?? ''}</td>
                      <td>
                        {m.status === 'FAILED' && (
                          <button
                            type="button"
                            className="ds_button ds_button--small ds_button--secondary ds_no-margin"
                            onClick={() => void onRetry(m.id, m.recipient)}
                            disabled={retryState.pending}
                          >
                            Retry<span className="visually-hidden"> the message to {m.recipient}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </>
      )}
    </Page>
  );
}
