import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { toFormErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { ConflictPanel, GradeField, storedEntry, storedText, type ScaleLevel } from './entry-fields';
import type { Comparison } from './team-view-section';

// The team's view of one indicator, beside the host's self-evaluation of
// it: a grade (where graded) and the team's evidence, saved with the
// version last read; a CONFLICT shows both texts.

const SaveTeamView = graphql(`
  mutation TeamViewEditor_Save($input: SaveTeamViewIndicatorInput!) {
    saveTeamViewIndicator(input: $input) {
      number
      teamGrade
      teamEvidence
      teamVersion
      teamLastEditedBy {
        id
        name
      }
      teamLastEditedAt
      gradeDifference
    }
  }
`);

export function TeamViewEditor({
  reviewId,
  host,
  index,
  scale,
  onSaved,
}: {
  reviewId: string;
  host: Comparison;
  index: number;
  scale: readonly ScaleLevel[];
  onSaved: () => void;
}) {
  const qi = host.indicators[index] as Comparison['indicators'][number];
  const initial = { grade: qi.teamGrade == null ? '' : String(qi.teamGrade), evidence: qi.teamEvidence };
  const [saved, setSaved] = useState({
    ...initial,
    version: qi.teamVersion,
    by: qi.teamLastEditedBy?.name ?? null,
    at: qi.teamLastEditedAt ?? null,
  });
  const [grade, setGrade] = useState(initial.grade);
  const [evidence, setEvidence] = useState(initial.evidence);
  const [version, setVersion] = useState(qi.teamVersion);
  const [save, state] = useMutation(SaveTeamView);
  const errors = toFormErrors(
    state.errors.filter((e) => e.code !== 'CONFLICT'),
    { grade: 'tv-grade', evidence: 'tv-evidence' },
  );
  const stored = storedEntry(state.errors.find((e) => e.code === 'CONFLICT')?.current);
  const dirty = grade !== saved.grade || evidence !== saved.evidence || version !== saved.version;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({
      input: {
        reviewId,
        authorityId: host.authorityId,
        indicator: qi.number,
        version,
        grade: host.graded && grade !== '' ? Number(grade) : null,
        evidence,
      },
    });
    if (result) {
      const now = result.saveTeamViewIndicator;
      const next = { grade: now.teamGrade == null ? '' : String(now.teamGrade), evidence: now.teamEvidence };
      setSaved({ ...next, version: now.teamVersion, by: now.teamLastEditedBy?.name ?? null, at: now.teamLastEditedAt ?? null });
      setGrade(next.grade);
      setEvidence(next.evidence);
      setVersion(now.teamVersion);
      onSaved();
    }
  };
  const status = state.pending
    ? 'Saving…'
    : stored
      ? 'Not saved: someone else saved the team’s view of this indicator first.'
      : dirty
        ? 'You have changes that are not saved yet.'
        : saved.at
          ? `Saved. Last edited by ${saved.by ?? 'someone'} on ${formatDateTime(saved.at)}.`
          : 'Not recorded yet.';
  const back = `/reviews/${reviewId}/team-view`;
  return (
    <section aria-labelledby="tv-heading">
      <p>
        <Link to={back}>Back to the side-by-side view</Link>
      </p>
      <h2 id="tv-heading">
        The team’s view of {qi.number} {qi.title}
      </h2>
      <h3>{host.authorityName}’s self-evaluation</h3>
      <dl className="ds_summary-list">
        {host.graded && (
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Grade</dt>
            <dd className="ds_summary-list__value">{qi.selfGrade ?? 'Not graded'}</dd>
          </div>
        )}
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Evidence</dt>
          <dd className="ds_summary-list__value quads-pre-line">{qi.selfEvidence || 'No evidence'}</dd>
        </div>
      </dl>
      {host.canEditTeamView ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="tv-form-heading">
          <h3 id="tv-form-heading">The team’s view</h3>
          {errors.items.length > 0 && <ErrorSummary items={errors.items} />}
          {stored && (
            <ConflictPanel
              id="tv-conflict"
              stored={stored}
              fields={[
                { label: 'Grade', mine: grade, theirs: storedText(stored, 'grade') },
                { label: 'Evidence', mine: evidence, theirs: storedText(stored, 'evidence') },
              ]}
              onKeepMine={() => {
                setVersion(stored.version);
                state.setErrors([]);
              }}
              onUseTheirs={() => {
                const theirs = { grade: storedText(stored, 'grade'), evidence: storedText(stored, 'evidence') };
                setGrade(theirs.grade);
                setEvidence(theirs.evidence);
                setVersion(stored.version);
                setSaved({ ...theirs, version: stored.version, by: stored.editedBy, at: stored.editedAt });
                state.setErrors([]);
              }}
            />
          )}
          {host.graded && (
            <GradeField
              id="tv-grade"
              legend="The team’s grade"
              scale={scale}
              value={grade}
              onChange={setGrade}
              error={errors.byField.grade}
            />
          )}
          <Textarea
            id="tv-evidence"
            label="The team’s evidence"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            error={errors.byField.evidence}
            rows={6}
          />
          <p className="quads-save-status" role="status" id="tv-save-status">
            {status}
          </p>
          <button type="submit" className="ds_button" disabled={state.pending}>
            Save the team’s view of {qi.number}
          </button>
        </form>
      ) : (
        <p>The team records its view from the self-evaluation’s submission until the end of the visit.</p>
      )}
    </section>
  );
}
