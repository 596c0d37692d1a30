import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import type { ImpactUnit } from '../../gql/graphql';
import { toFormErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from '../review/conflict-banner';
import type { Changed, FollowUp } from './follow-up-tab';
import { EMPTY_MEASURE, measureInput, measureProblems, UNIT_LABELS, type MeasureValues } from './follow-up-format';
import { ImpactFigures } from './impact-figures';

// The impact measures: what the host records (a measure for a learner
// group, its baseline and later value with their periods, or why there is
// no later value yet), the change the server computes, and the host lead's
// marking of a measure for the public report.

const AddMeasure = graphql(`
  mutation FollowUpTab_AddMeasure($reviewId: UUID!, $input: ImpactMeasureInput!) {
    addImpactMeasure(reviewId: $reviewId, input: $input) {
      reviewId
      reviewVersion
    }
  }
`);

const UpdateMeasure = graphql(`
  mutation FollowUpTab_UpdateMeasure($measureId: UUID!, $version: Int!, $input: ImpactMeasureInput!) {
    updateImpactMeasure(measureId: $measureId, version: $version, input: $input) {
      reviewId
      reviewVersion
    }
  }
`);

const PublishMeasure = graphql(`
  mutation FollowUpTab_PublishMeasure($measureId: UUID!, $version: Int!, $published: Boolean!) {
    publishImpactMeasure(measureId: $measureId, version: $version, published: $published) {
      reviewId
      reviewVersion
    }
  }
`);

type Measure = FollowUp['impactMeasures'][number];

/** Which measure's form is open: none, a new one, or one being changed. */
type Editing = null | { id?: string };

export function ImpactSection({ followUp, onChanged }: { followUp: FollowUp; onChanged: Changed }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [publish, publishState] = useMutation(PublishMeasure);
  const measures = followUp.impactMeasures;
  const editable = followUp.canRecordMeasures;
  const close = (focusId: string) => {
    setEditing(null);
    setTimeout(() => document.getElementById(focusId)?.focus(), 0);
  };
  const onPublish = async (m: Measure) => {
    const published = !m.published;
    if (await publish({ measureId: m.id, version: m.version, published })) {
      onChanged(
        published
          ? `${m.name} (${m.learnerGroup}) is shown with the public report.`
          : `${m.name} (${m.learnerGroup}) is no longer shown with the public report.`,
      );
    }
  };
  const extraColumns = [
    {
      heading: 'Public',
      cell: (i: number) => (measures[i]?.published ? 'Published' : 'Not published'),
    },
    ...(editable || followUp.canPublishMeasures
      ? [
          {
            heading: <span className="visually-hidden">Actions</span>,
            cell: (i: number) => {
              const m = measures[i];
              if (!m) return null;
              const what = `${m.name} (${m.learnerGroup})`;
              return (
                <div className="ds_button-group">
                  {editable && editing === null && (
                    <button
                      type="button"
                      id={`edit-measure-${m.id}`}
                      className="ds_button ds_button--small ds_button--secondary"
                      onClick={() => setEditing({ id: m.id })}
                    >
                      Change{' '}
                      <span className="visually-hidden">{what}</span>
                    </button>
                  )}
                  {followUp.canPublishMeasures && (
                    <button
                      type="button"
                      className="ds_button ds_button--small ds_button--secondary"
                      disabled={publishState.pending}
                      onClick={() => void onPublish(m)}
                    >
                      {m.published ? 'Stop publishing' : 'Publish'}
                      {' '}
                      <span className="visually-hidden">{what}</span>
                    </button>
                  )}
                </div>
              );
            },
          },
        ]
      : []),
  ];
  const editedMeasure = editing?.id ? measures.find((m) => m.id === editing.id) : undefined;
  return (
    <section aria-labelledby="impact-heading">
      <h3 id="impact-heading">Impact measures</h3>
      <p>
        Figures for groups of learners before the review and later, with the change in percentage points for
        percentages. A host lead marks a measure for publication to show it with the public report.
      </p>
      {isConflict(publishState.errors) && (
        <ConflictBanner
          onReload={() => {
            publishState.setErrors([]);
            onChanged();
          }}
        />
      )}
      {publishState.errors.some((e) => e.code !== 'CONFLICT') && (
        <ErrorSummary items={toFormErrors(publishState.errors.filter((e) => e.code !== 'CONFLICT')).items} />
      )}
      {measures.length === 0 ? (
        <p>No impact measures are recorded yet.</p>
      ) : (
        <ImpactFigures caption="Impact measures" measures={measures} extraColumns={extraColumns} />
      )}
      {editable &&
        (editing ? (
          <MeasureForm
            key={editing.id ?? 'new'}
            followUp={followUp}
            measure={editedMeasure}
            onSaved={(message) => {
              setEditing(null);
              onChanged(message);
            }}
            onCancel={() => close(editing.id ? `edit-measure-${editing.id}` : 'add-measure-button')}
            onReload={() => onChanged()}
          />
        ) : (
          <button
            type="button"
            id="add-measure-button"
            className="ds_button ds_button--secondary"
            onClick={() => setEditing({})}
          >
            Record an impact measure
          </button>
        ))}
    </section>
  );
}

const FIELDS = {
  name: 'measure-name',
  learnerGroup: 'measure-group',
  unit: 'measure-unit',
  baselineValue: 'measure-baseline-value',
  baselinePeriod: 'measure-baseline-period',
  laterValue: 'measure-later-value',
  laterPeriod: 'measure-later-period',
  noLaterValueReason: 'measure-no-later-reason',
};

function MeasureForm({
  followUp,
  measure,
  onSaved,
  onCancel,
  onReload,
}: {
  followUp: FollowUp;
  measure?: Measure;
  onSaved: (message: string) => void;
  onCancel: () => void;
  /** Reads the follow-up again, keeping this form and what was typed in it. */
  onReload: () => void;
}) {
  const [values, setValues] = useState<MeasureValues>(
    measure
      ? {
          name: measure.name,
          learnerGroup: measure.learnerGroup,
          unit: measure.unit,
          baselineValue: measure.baselineValue,
          baselinePeriod: measure.baselinePeriod,
          laterValue: measure.laterValue ?? '',
          laterPeriod: measure.laterPeriod ?? '',
          noLaterValueReason: measure.noLaterValueReason ?? '',
        }
      : EMPTY_MEASURE,
  );
  const [add, addState] = useMutation(AddMeasure);
  const [update, updateState] = useMutation(UpdateMeasure);
  const state = measure ? updateState : addState;
  const formErrors = toFormErrors(
    state.errors.filter((e) => e.code !== 'CONFLICT'),
    FIELDS,
  );
  const set = <K extends keyof MeasureValues>(key: K, value: MeasureValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = measureProblems(values);
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    const input = measureInput(values);
    const done = measure
      ? await update({ measureId: measure.id, version: measure.version, input })
      : await add({ reviewId: followUp.reviewId, input });
    if (done) onSaved(`${input.name} (${input.learnerGroup}) is ${measure ? 'saved' : 'recorded'}.`);
  };
  const percent = values.unit === 'PERCENT';
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="measure-form-heading" className="quads-follow-up-form">
      <h4 id="measure-form-heading">{measure ? 'Change the impact measure' : 'Record an impact measure'}</h4>
      {isConflict(state.errors) && (
        <ConflictBanner
          onReload={() => {
            state.setErrors([]);
            onReload();
          }}
        />
      )}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <TextInput
        id={FIELDS.name}
        name="name"
        label="Measure"
        hint="For example Positive destinations"
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        error={formErrors.byField.name}
        width="fluid-two-thirds"
      />
      <TextInput
        id={FIELDS.learnerGroup}
        name="learnerGroup"
        label="Learner group"
        hint="For example All pupils, SIMD Q1, ASN or Looked-after children"
        value={values.learnerGroup}
        onChange={(e) => set('learnerGroup', e.target.value)}
        error={formErrors.byField.learnerGroup}
        width="fluid-two-thirds"
      />
      <Radios
        id={FIELDS.unit}
        name="unit"
        legend="Unit"
        error={formErrors.byField.unit}
        inline
        options={(Object.keys(UNIT_LABELS) as ImpactUnit[]).map((u) => ({
          value: u,
          label: UNIT_LABELS[u],
          hint: u === 'PERCENT' ? 'From 0 to 100; the change is in percentage points' : 'A whole number',
        }))}
        value={values.unit}
        onChange={(v) => set('unit', v as ImpactUnit)}
      />
      <TextInput
        id={FIELDS.baselineValue}
        name="baselineValue"
        label={percent ? 'Baseline value (%)' : 'Baseline value'}
        hint="At most two decimal places, for example 93.2"
        inputMode="decimal"
        autoComplete="off"
        value={values.baselineValue}
        onChange={(e) => set('baselineValue', e.target.value)}
        error={formErrors.byField.baselineValue}
        width="fixed-10"
      />
      <TextInput
        id={FIELDS.baselinePeriod}
        name="baselinePeriod"
        label="Baseline period"
        hint="For example 2022-23"
        autoComplete="off"
        value={values.baselinePeriod}
        onChange={(e) => set('baselinePeriod', e.target.value)}
        error={formErrors.byField.baselinePeriod}
        width="fixed-10"
      />
      <TextInput
        id={FIELDS.laterValue}
        name="laterValue"
        label={percent ? 'Later value (%) (optional)' : 'Later value (optional)'}
        hint="Leave it empty until the figures are known"
        inputMode="decimal"
        autoComplete="off"
        value={values.laterValue}
        onChange={(e) => set('laterValue', e.target.value)}
        error={formErrors.byField.laterValue}
        width="fixed-10"
      />
      <TextInput
        id={FIELDS.laterPeriod}
        name="laterPeriod"
        label="Later period (optional)"
        hint="For example 2024-25"
        autoComplete="off"
        value={values.laterPeriod}
        onChange={(e) => set('laterPeriod', e.target.value)}
        error={formErrors.byField.laterPeriod}
        width="fixed-10"
      />
      <Textarea
        id={FIELDS.noLaterValueReason}
        name="noLaterValueReason"
        label="Why there is no later value yet (optional)"
        hint="For example: the figures are published in February"
        value={values.noLaterValueReason}
        onChange={(e) => set('noLaterValueReason', e.target.value)}
        error={formErrors.byField.noLaterValueReason}
        rows={2}
      />
      <div className="ds_button-group">
        <button type="submit" className="ds_button" disabled={state.pending}>
          {measure ? 'Save the measure' : 'Record the measure'}
        </button>
        <button type="button" className="ds_button ds_button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
