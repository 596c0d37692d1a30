import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import type { ReportSectionKey } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import type { DraftComment } from './report-draft';
import { COMMENT_TEXT_MAX } from './report-format';

const AddComment = graphql(`
  mutation ReportSection_AddComment($reviewId: UUID!, $input: ReportCommentInput!) {
    addReportComment(reviewId: $reviewId, input: $input) {
      reviewId
      draftVersion
    }
  }
`);
const AnswerComment = graphql(`
  mutation ReportSection_AnswerComment($commentId: UUID!, $accept: Boolean!, $reply: String!) {
    answerReportComment(commentId: $commentId, accept: $accept, reply: $reply) {
      reviewId
      draftVersion
    }
  }
`);

const STATUS: Record<DraftComment['status'], { label: string; tag: string }> = {
  OPEN: { label: 'Open', tag: 'ds_tag--orange' },
  ACCEPTED: { label: 'Accepted', tag: 'ds_tag--green' },
  REJECTED: { label: 'Rejected', tag: 'ds_tag--grey' },
};

/** The factual-accuracy comments on one section or item, each with its answer or the lead's answer form. */
export function Comments({
  comments,
  canAnswer,
  onChanged,
}: {
  comments: readonly DraftComment[];
  canAnswer: boolean;
  onChanged: (message: string) => void;
}) {
  if (comments.length === 0) return null;
  return (
    <ul className="ds_no-bullets quads-report-comments" aria-label="Factual-accuracy comments">
      {comments.map((c) => (
        <li key={c.id} id={`comment-${c.id}`} className="quads-report-comment">
          <p>
            <strong className={`ds_tag ${STATUS[c.status].tag}`}>{STATUS[c.status].label}</strong>{' '}
            <strong>{c.author.name}</strong>, {formatDateTime(c.createdAt)}:
          </p>
          <p className="quads-report__text">{c.text}</p>
          {c.status !== 'OPEN' && c.reply !== null && c.reply !== undefined && (
            <p className="quads-report__text">
              <strong>
                {c.status === 'ACCEPTED' ? 'Accepted' : 'Rejected'} by {c.answeredBy?.name ?? 'the team lead'}
                {c.answeredAt ? `, ${formatDateTime(c.answeredAt)}` : ''}:
              </strong>{' '}
              {c.reply}
            </p>
          )}
          {c.status === 'OPEN' && canAnswer && <AnswerForm comment={c} onChanged={onChanged} />}
        </li>
      ))}
    </ul>
  );
}

/** The team lead's answer: accept (having made the change) or reject, with a reply to the author. */
export function AnswerForm({ comment, onChanged }: { comment: DraftComment; onChanged: (message: string) => void }) {
  const [reply, setReply] = useState('');
  const [answer, state] = useMutation(AnswerComment);
  const fieldId = `reply-${comment.id}`;
  const errors = toFormErrors(state.errors, { reply: fieldId });
  const send = async (accept: boolean) => {
    const text = reply.trim();
    if (text === '') {
      state.setErrors([
        validationError('reply', accept ? 'Enter a reply saying what you changed' : 'Enter a reply saying why'),
      ]);
      return;
    }
    if (text.length > COMMENT_TEXT_MAX) {
      state.setErrors([validationError('reply', `Enter at most ${COMMENT_TEXT_MAX} characters`)]);
      return;
    }
    if (await answer({ commentId: comment.id, accept, reply: text })) {
      onChanged(`The comment from ${comment.author.name} is ${accept ? 'accepted' : 'rejected'}; they are told by email.`);
    }
  };
  return (
    <form onSubmit={(e: FormEvent) => e.preventDefault()} noValidate className="quads-report-form">
      {errors.items.length > 0 && <ErrorSummary items={errors.items} />}
      <Textarea
        id={fieldId}
        name="reply"
        label={`Your reply to ${comment.author.name}`}
        hint="Accept the comment once you have made the change in the draft, or reject it saying why."
        value={reply}
        onChange={(e) => setReply(e.target.value)}
        error={errors.byField.reply}
        rows={3}
      />
      <div className="ds_button-group">
        <button type="button" className="ds_button" disabled={state.pending} onClick={() => void send(true)}>
          Accept the comment
        </button>
        <button
          type="button"
          className="ds_button ds_button--secondary"
          disabled={state.pending}
          onClick={() => void send(false)}
        >
          Reject the comment
        </button>
      </div>
    </form>
  );
}

/** A host user's or lead's comment on a section or one of its items. */
export function CommentForm({
  reviewId,
  sectionKey,
  itemId,
  about,
  onChanged,
}: {
  reviewId: string;
  sectionKey: ReportSectionKey;
  itemId?: string;
  /** What is commented on, e.g. "Context" or "strength 2". */
  about: string;
  onChanged: (message: string) => void;
}) {
  const [text, setText] = useState('');
  const [add, state] = useMutation(AddComment);
  const fieldId = `comment-${itemId ?? sectionKey.toLowerCase()}`;
  const errors = toFormErrors(state.errors, { text: fieldId, input: fieldId });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (value === '') {
      state.setErrors([validationError('text', 'Enter your comment')]);
      return;
    }
    if (value.length > COMMENT_TEXT_MAX) {
      state.setErrors([validationError('text', `Enter at most ${COMMENT_TEXT_MAX} characters`)]);
      return;
    }
    if (await add({ reviewId, input: { sectionKey, itemId: itemId ?? null, text: value } })) {
      setText('');
      onChanged(`Your comment on ${about} is sent to the team lead.`);
    }
  };
  return (
    <details className="ds_details quads-report-comment-form">
      <summary className="ds_details__summary">Comment on {about}</summary>
      <div className="ds_details__text">
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          {errors.items.length > 0 && <ErrorSummary items={errors.items} />}
          <Textarea
            id={fieldId}
            name="text"
            label={`Your factual-accuracy comment on ${about}`}
            hint="Say what is not accurate and what it should say."
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={errors.byField.text}
            rows={3}
          />
          <button type="submit" className="ds_button ds_button--secondary" disabled={state.pending}>
            Send the comment
          </button>
        </form>
      </div>
    </details>
  );
}
