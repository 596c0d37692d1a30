import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { toFormErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { AttachmentList, AttachmentUpload } from './attachments';
import { ConflictPanel, GradeField, storedEntry, storedText, type StoredEntry } from './entry-fields';
import { indicatorPath, type IndicatorData, type SelfEvaluationData } from './self-evaluation-section';

// One quality indicator of a host's self-evaluation on its own page: the
// grade (where graded), evidence, strengths, areas for improvement and the
// answers to the framework's questions, saved with the version last read.
// A save refused with CONFLICT keeps what was typed and shows both texts.

const SaveIndicator = graphql(`
  mutation IndicatorEditor_Save($input: SaveSelfEvaluationIndicatorInput!) {
    saveSelfEvaluationIndicator(input: $input) {
      number
      grade
      evidence
      strengths
      areasForImprovement
      answers
      version
      complete
      lastEditedBy {
        id
        name
      }
      lastEditedAt
    }
  }
`);

interface Draft {
  grade: string;
  evidence: string;
  strengths: string;
  areasForImprovement: string;
  answers: string[];
}

function draftOf(qi: Pick<IndicatorData, 'grade' | 'evidence' | 'strengths' | 'areasForImprovement' | 'answers'>, questions: number): Draft {
  return {
    grade: qi.grade == null ? '' : String(qi.grade),
    evidence: qi.evidence,
    strengths: qi.strengths,
    areasForImprovement: qi.areasForImprovement,
    answers: Array.from({ length: questions }, (_, i) => qi.answers[i] ?? ''),
  };
}

function draftOfStored(stored: StoredEntry, questions: number): Draft {
  const answers = Array.isArray(stored.values.answers) ? stored.values.answers.map(String) : [];
  return {
    grade: storedText(stored, 'grade'),
    evidence: storedText(stored, 'evidence'),
    strengths: storedText(stored, 'strengths'),
    areasForImprovement: storedText(stored, 'areasForImprovement'),
    answers: Array.from({ length: questions }, (_, i) => answers[i] ?? ''),
  };
}

function same(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function IndicatorEditor({
  reviewId,
  selfEvaluation: se,
  index,
  onSaved,
}: {
  reviewId: string;
  selfEvaluation: SelfEvaluationData;
  index: number;
  onSaved: () => void;
}) {
  const qi = se.indicators[index] as IndicatorData;
  const questions = se.framework?.questions ?? [];
  const scale = se.framework?.scale ?? [];
  const [saved, setSaved] = useState(() => ({
    draft: draftOf(qi, questions.length),
    version: qi.version,
    by: qi.lastEditedBy?.name ?? null,
    at: qi.lastEditedAt ?? null,
    complete: qi.complete,
  }));
  const [draft, setDraft] = useState<Draft>(saved.draft);
  const [version, setVersion] = useState(qi.version);
  const [save, state] = useMutation(SaveIndicator);
  const field = (name: string) => `qi-${name}`;
  const errors = toFormErrors(
    state.errors.filter((e) => e.code !== 'CONFLICT'),
    {
      grade: field('grade'),
      evidence: field('evidence'),
      strengths: field('strengths'),
      areasForImprovement: field('areas'),
      answers: field('answer-0'),
    },
  );
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const dirty = !same(draft, saved.draft) || version !== saved.version;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({
      input: {
        reviewId,
        authorityId: se.authorityId,
        indicator: qi.number,
        version,
        grade: se.graded && draft.grade !== '' ? Number(draft.grade) : null,
        evidence: draft.evidence,
        strengths: draft.strengths,
        areasForImprovement: draft.areasForImprovement,
        answers: trimTrailingEmpty(draft.answers),
      },
    });
    if (result) {
      const now = result.saveSelfEvaluationIndicator;
      const next = draftOf(now, questions.length);
      setSaved({
        draft: next,
        version: now.version,
        by: now.lastEditedBy?.name ?? null,
        at: now.lastEditedAt ?? null,
        complete: now.complete,
      });
      setDraft(next);
      setVersion(now.version);
      onSaved();
    }
  };
  // A refusal with CONFLICT carries the stored entry: show it beside ours.
  const conflictError = state.errors.find((e) => e.code === 'CONFLICT');
  const stored = storedEntry(conflictError?.current);
  const theirs = stored ? draftOfStored(stored, questions.length) : null;

  const status = state.pending
    ? 'Saving…'
    : stored
      ? 'Not saved: someone else saved this indicator first.'
      : dirty
        ? 'You have changes that are not saved yet.'
        : saved.at
          ? `Saved. Last edited by ${saved.by ?? 'someone'} on ${formatDateTime(saved.at)}.`
          : 'Not saved yet.';

  const previous = se.indicators[index - 1];
  const next = se.indicators[index + 1];
  const back = `/reviews/${reviewId}/self-evaluation`;
  return (
    <section aria-labelledby="qi-heading">
      <p>
        <Link to={back}>Back to the self-evaluation</Link>
      </p>
      <span className="ds_page-header__label ds_content-label">
        Key area {qi.keyAreaNumber}: {qi.keyAreaTitle}
      </span>
      <h2 id="qi-heading">
        {qi.number} {qi.title}
      </h2>
      <p>
        Indicator {index + 1} of {se.indicators.length} of {se.authorityName}’s self-evaluation
        {se.framework ? `, on ${se.framework.name} version ${se.framework.version}` : ''}.{' '}
        {saved.complete ? (
          <strong className="ds_tag ds_tag--green">Completed</strong>
        ) : (
          <strong className="ds_tag ds_tag--grey">Incomplete</strong>
        )}
      </p>
      {se.canEdit ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="qi-heading">
          {errors.items.length > 0 && <ErrorSummary items={errors.items} />}
          {stored && theirs && (
            <ConflictPanel
              id="qi-conflict"
              stored={stored}
              fields={[
                { label: 'Grade', mine: draft.grade, theirs: theirs.grade },
                { label: 'Evidence', mine: draft.evidence, theirs: theirs.evidence },
                { label: 'Strengths', mine: draft.strengths, theirs: theirs.strengths },
                {
                  label: 'Areas for improvement',
                  mine: draft.areasForImprovement,
                  theirs: theirs.areasForImprovement,
                },
                ...questions.map((q, i) => ({ label: q, mine: draft.answers[i] ?? '', theirs: theirs.answers[i] ?? '' })),
              ]}
              onKeepMine={() => {
                setVersion(stored.version);
                state.setErrors([]);
              }}
              onUseTheirs={() => {
                setDraft(theirs);
                setVersion(stored.version);
                setSaved((s) => ({ ...s, draft: theirs, version: stored.version, by: stored.editedBy, at: stored.editedAt }));
                state.setErrors([]);
              }}
            />
          )}
          {se.graded && (
            <GradeField
              id={field('grade')}
              legend="Grade"
              scale={scale}
              value={draft.grade}
              onChange={(grade) => set({ grade })}
              error={errors.byField.grade}
            />
          )}
          <Textarea
            id={field('evidence')}
            label="Evidence"
            hint="What shows how well you are doing: data, documents, what people say. Required for the indicator to be complete."
            value={draft.evidence}
            onChange={(e) => set({ evidence: e.target.value })}
            error={errors.byField.evidence}
            rows={6}
          />
          <Textarea
            id={field('strengths')}
            label="Strengths"
            value={draft.strengths}
            onChange={(e) => set({ strengths: e.target.value })}
            error={errors.byField.strengths}
          />
          <Textarea
            id={field('areas')}
            label="Areas for improvement"
            value={draft.areasForImprovement}
            onChange={(e) => set({ areasForImprovement: e.target.value })}
            error={errors.byField.areasForImprovement}
          />
          {questions.map((q, i) => (
            <Textarea
              key={q}
              id={field(`answer-${i}`)}
              label={q}
              hint={i === 0 ? 'The framework’s questions: answer those that help.' : undefined}
              value={draft.answers[i] ?? ''}
              onChange={(e) => set({ answers: draft.answers.map((a, j) => (j === i ? e.target.value : a)) })}
              error={i === 0 ? errors.byField.answers : undefined}
              rows={3}
            />
          ))}
          <p className="quads-save-status" role="status" id="qi-save-status">
            {status}
          </p>
          <button type="submit" className="ds_button" disabled={state.pending}>
            Save indicator {qi.number}
          </button>
        </form>
      ) : (
        <ReadOnlyEntry draft={saved.draft} graded={se.graded} questions={questions} by={saved.by} at={saved.at} />
      )}
      <section aria-labelledby="qi-documents-heading">
        <h3 id="qi-documents-heading">Supporting documents</h3>
        <AttachmentList documents={qi.documents} canRemove={se.canEdit} onRemoved={onSaved} />
        {se.canEdit && (
          <AttachmentUpload
            id="qi-upload"
            reviewId={reviewId}
            authorityId={se.authorityId}
            indicator={qi.number}
            onUploaded={onSaved}
          />
        )}
      </section>
      <nav aria-label="Other indicators" className="ds_sequential-nav">
        {previous && (
          <div className="ds_sequential-nav__item ds_sequential-nav__item--prev">
            <Link to={indicatorPath(reviewId, se.authorityId, previous.number)} className="ds_sequential-nav__button ds_sequential-nav__button--left">
              <span className="ds_sequential-nav__text" data-label="Previous">
                {previous.number} {previous.title}
              </span>
            </Link>
          </div>
        )}
        {next && (
          <div className="ds_sequential-nav__item ds_sequential-nav__item--next">
            <Link to={indicatorPath(reviewId, se.authorityId, next.number)} className="ds_sequential-nav__button ds_sequential-nav__button--right">
              <span className="ds_sequential-nav__text" data-label="Next">
                {next.number} {next.title}
              </span>
            </Link>
          </div>
        )}
      </nav>
    </section>
  );
}

/** Answers as sent: trailing unanswered questions left out. */
function trimTrailingEmpty(answers: string[]): string[] {
  const out = [...answers];
  while (out.length > 0 && (out[out.length - 1] ?? '').trim() === '') out.pop();
  return out;
}

function ReadOnlyEntry({
  draft,
  graded,
  questions,
  by,
  at,
}: {
  draft: Draft;
  graded: boolean;
  questions: readonly string[];
  by: string | null;
  at: string | null;
}) {
  const rows: [string, string][] = [
    ...(graded ? ([['Grade', draft.grade || 'Not graded']] as [string, string][]) : []),
    ['Evidence', draft.evidence],
    ['Strengths', draft.strengths],
    ['Areas for improvement', draft.areasForImprovement],
    ...questions.map((q, i): [string, string] => [q, draft.answers[i] ?? '']),
  ];
  return (
    <>
      <dl className="ds_summary-list">
        {rows.map(([label, value]) => (
          <div className="ds_summary-list__item" key={label}>
            <dt className="ds_summary-list__key">{label}</dt>
            <dd className="ds_summary-list__value quads-pre-line">{value || 'Not given'}</dd>
          </div>
        ))}
      </dl>
      <p>{at ? `Last edited by ${by ?? 'someone'} on ${formatDateTime(at)}.` : 'Not saved yet.'}</p>
    </>
  );
}
