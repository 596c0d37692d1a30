import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import type { ReportSectionKey } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { DraftConflict, isConflict } from './draft-conflict';
import { SECTION_TEXT_MAX } from './report-format';

const UpdateSection = graphql(`
  mutation ReportSection_UpdateSection($reviewId: UUID!, $draftVersion: Int!, $key: ReportSectionKey!, $text: String!) {
    updateReportSection(reviewId: $reviewId, draftVersion: $draftVersion, key: $key, text: $text) {
      reviewId
      draftVersion
    }
  }
`);

/** A prose section edited as text, against the draft version it was read at. */
export function SectionForm({
  reviewId,
  draftVersion,
  sectionKey,
  title,
  text,
  onSaved,
  onCancel,
  onReload,
}: {
  reviewId: string;
  draftVersion: number;
  sectionKey: ReportSectionKey;
  title: string;
  /** The section's text in the draft as last read. */
  text: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [value, setValue] = useState(text);
  const [reloaded, setReloaded] = useState(false);
  const [save, state] = useMutation(UpdateSection);
  const fieldId = `section-text-${sectionKey.toLowerCase()}`;
  const errors = toFormErrors(
    state.errors.filter((e) => e.code !== 'CONFLICT'),
    { text: fieldId },
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (value.length > SECTION_TEXT_MAX) {
      state.setErrors([validationError('text', `Enter at most ${SECTION_TEXT_MAX} characters in ${title}`)]);
      return;
    }
    if (await save({ reviewId, draftVersion, key: sectionKey, text: value.trim() })) {
      onSaved(`${title} is saved.`);
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="quads-report-form">
      {errors.items.length > 0 && <ErrorSummary items={errors.items} />}
      <DraftConflict
        errors={state.errors}
        reloaded={reloaded && !isConflict(state.errors)}
        current={
          <>
            <p>{title} in the draft now says:</p>
            <p className="quads-report__text">{text.trim() === '' ? 'Nothing yet.' : text}</p>
          </>
        }
        onReload={() => {
          state.setErrors([]);
          setReloaded(true);
          onReload();
        }}
      />
      <Textarea
        id={fieldId}
        name="text"
        label={`Text of ${title}`}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={errors.byField.text}
        rows={8}
      />
      <div className="ds_button-group">
        <button type="submit" className="ds_button" disabled={state.pending}>
          {reloaded ? `Save my text of ${title} again` : `Save ${title}`}
        </button>
        <button type="button" className="ds_button ds_button--cancel" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
