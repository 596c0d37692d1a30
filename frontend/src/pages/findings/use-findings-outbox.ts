import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { FindingKind } from '../../gql/graphql';
import {
  classify,
  defaultStore,
  FindingsOutbox,
  type DraftStore,
  type OutboxDraft,
  type SendResult,
} from '../../lib/findings-outbox';
import { execute, GraphQLRequestError } from '../../lib/graphql-client';
import { useSessionExpiry } from '../../lib/use-session-expiry';

// The capture form's link to the outbox: records each queued draft with
// its idempotency key, now, when the browser says it is online again, and
// every 30 seconds while some wait (a connection can come back without an
// event); the page is told how many reached the server.

export const RecordFinding = graphql(`
  mutation CaptureForm_RecordFinding($reviewId: UUID!, $idempotencyKey: UUID!, $input: FindingInput!) {
    recordFinding(reviewId: $reviewId, idempotencyKey: $idempotencyKey, input: $input) {
      id
      reviewId
      version
      status
    }
  }
`);

const RETRY_MS = 30_000;

export function useFindingsOutbox({
  reviewId,
  userId,
  onSent,
  store,
}: {
  reviewId: string;
  userId: string;
  /** How many drafts reached the server in one round. */
  onSent: (count: number) => void;
  store?: DraftStore;
}) {
  const outbox = useMemo(
    () => new FindingsOutbox(store ?? defaultStore(), { userId, reviewId }),
    [store, userId, reviewId],
  );
  const [drafts, setDrafts] = useState<OutboxDraft[]>([]);
  const [sending, setSending] = useState(false);
  const onExpiry = useSessionExpiry();
  const onSentRef = useRef(onSent);
  onSentRef.current = onSent;
  const onExpiryRef = useRef(onExpiry);
  onExpiryRef.current = onExpiry;

  const refresh = useCallback(async () => {
    try {
      setDrafts(await outbox.drafts());
    } catch {
      setDrafts([]);
    }
  }, [outbox]);

  const send = useCallback(
    async (draft: OutboxDraft): Promise<SendResult> => {
      try {
        const data = await execute(RecordFinding, {
          reviewId: draft.reviewId,
          idempotencyKey: draft.key,
          input: {
            kind: draft.input.kind as FindingKind,
            text: draft.input.text.trim(),
            indicators: draft.input.indicators,
            sessionId: draft.input.sessionId,
          },
        });
        return { kind: 'sent', id: data.recordFinding.id };
      } catch (e) {
        if (e instanceof GraphQLRequestError) {
          // Signed out meanwhile: to sign in, and the draft waits for the next page load.
          if (e.has('UNAUTHENTICATED')) onExpiryRef.current(e.errors);
          return classify(e.errors);
        }
        return { kind: 'later', errors: [] };
      }
    },
    [],
  );

  const flush = useCallback(async () => {
    setSending(true);
    try {
      const report = await outbox.flush(send);
      const sent = [...report.values()].filter((r) => r.kind === 'sent').length;
      if (sent > 0) onSentRef.current(sent);
      return report;
    } finally {
      setSending(false);
      await refresh();
    }
  }, [outbox, send, refresh]);

  // On page load, when the connection returns, and now and then while drafts wait.
  useEffect(() => {
    void refresh().then(() => flush());
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [refresh, flush]);
  const waiting = drafts.some((d) => d.state === 'queued');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, flush]);

  return { outbox, drafts, refresh, flush, sending };
}
