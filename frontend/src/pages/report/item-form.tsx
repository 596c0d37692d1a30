import { useState, type FormEvent } from 'react';
import { Checkboxes } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import type { ReportItemKind } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { DraftConflict, isConflict } from './draft-conflict';
import type { DraftItem, FindingOption } from './report-draft';
import { FINDINGS_MAX, indicatorsText, ITEM_TEXT_MAX, KIND_LABEL, parseIndicators } from './report-format';

const AddItem = graphql(`
  mutation ReportSection_AddItem($reviewId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {
    addReportItem(reviewId: $reviewId, draftVersion: $draftVersion, input: $input) {
      reviewId
      draftVersion
    }
  }
`);
const UpdateItem = graphql(`
  mutation ReportSection_UpdateItem($itemId: UUID!, $draftVersion: Int!, $input: ReportItemInput!) {
    updateReportItem(itemId: $itemId, draftVersion: $draftVersion, input: $input) {
      reviewId
      draftVersion
    }
  }
`);

export interface ItemValues {
  text: string;
  indicators: string;
  findingIds: string[];
}

/** What is wrong with an item's values before sending, as the server would say it. */
export function itemProblems(values: ItemValues, kind: ReportItemKind): ApiError[] {
  const problems: ApiError[] = [];
  const text = values.text.trim();
  if (text === '') problems.push(validationError('text', `Enter the ${KIND_LABEL[kind].one}`));
  else if (text.length > ITEM_TEXT_MAX)
    problems.push(validationError('text', `Enter at most ${ITEM_TEXT_MAX} characters`));
  const parsed = parseIndicators(values.indicators);
  if (parsed.problem) problems.push(validationError('indicators', parsed.problem));
  if (values.findingIds.length > FINDINGS_MAX)
    problems.push(validationError('findingIds', `Link at most ${FINDINGS_MAX} findings`));
  return problems;
}

/**
 * Adds a strength or area for improvement, or changes one: its text, its
 * quality indicators and the agreed findings it comes from.
 */
export function ItemForm({
  reviewId,
  draftVersion,
  kind,
  item,
  name,
  findings,
  onSaved,
  onCancel,
  onReload,
}: {
  reviewId: string;
  draftVersion: number;
  kind: ReportItemKind;
  /** The item being changed; a new one when absent. */
  item?: DraftItem;
  /** "Strength 2": how the form names the item. */
  name: string;
  /** The review's agreed findings of this kind, to link (none when they cannot be read). */
  findings: readonly FindingOption[];
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [values, setValues] = useState<ItemValues>({
    text: item?.text ?? '',
    indicators: (item?.indicators ?? []).join(', '),
    findingIds: [...(item?.findingIds ?? [])],
  });
  const [reloaded, setReloaded] = useState(false);
  const [add, addState] = useMutation(AddItem);
  const [update, updateState] = useMutation(UpdateItem);
  const state = item ? updateState : addState;
  const prefix = `item-${item?.id ?? `new-${kind.toLowerCase()}`}`;
  const ids = { text: `${prefix}-text`, indicators: `${prefix}-indicators`, findingIds: `${prefix}-findings` };
  const errors = toFormErrors(
    state.errors.filter((e) => e.code !== 'CONFLICT'),
    { ...ids, input: ids.text },
  );
  // Findings already linked stay offered even if the list cannot be read.
  const options = findings.map((f) => ({
    value: f.id,
    label: f.text.length > 160 ? `${f.text.slice(0, 157)}…` : f.text,
    hint: indicatorsText(f.indicators) || undefined,
  }));
  const unknownLinked = values.findingIds.filter((id) => !findings.some((f) => f.id === id));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = itemProblems(values, kind);
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    const input = {
      kind,
      text: values.text.trim(),
      indicators: parseIndicators(values.indicators).indicators,
      findingIds: values.findingIds,
    };
    const done = item
      ? await update({ itemId: item.id, draftVersion, input })
      : await add({ reviewId, draftVersion, input });
    if (done) onSaved(item ? `${name} is saved.` : `The ${KIND_LABEL[kind].one} is added.`);
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="quads-report-form" aria-label={item ? `Change ${name.toLowerCase()}` : `Add a ${KIND_LABEL[kind].one}`}>
      {errors.items.length > 0 && <ErrorSummary items={errors.items} />}
      <DraftConflict
        errors={state.errors}
        reloaded={reloaded && !isConflict(state.errors)}
        current={
          item ? (
            <>
              <p>{name} in the draft now says:</p>
              <p className="quads-report__text">{item.text}</p>
            </>
          ) : undefined
        }
        onReload={() => {
          state.setErrors([]);
          setReloaded(true);
          onReload();
        }}
      />
      <Textarea
        id={ids.text}
        name="text"
        label={item ? `Text of ${name.toLowerCase()}` : `The ${KIND_LABEL[kind].one}`}
        value={values.text}
        onChange={(e) => setValues({ ...values, text: e.target.value })}
        error={errors.byField.text}
        rows={4}
      />
      <TextInput
        id={ids.indicators}
        name="indicators"
        label="Quality indicators"
        hint="Their numbers, separated by commas, for example 1.1, 2.3"
        value={values.indicators}
        onChange={(e) => setValues({ ...values, indicators: e.target.value })}
        error={errors.byField.indicators}
        width="fluid-two-thirds"
      />
      {options.length > 0 ? (
        <Checkboxes
          id={ids.findingIds}
          legend="Agreed findings it comes from"
          error={errors.byField.findingIds}
          options={options}
          selected={values.findingIds.filter((id) => findings.some((f) => f.id === id))}
          onChange={(selected) => setValues({ ...values, findingIds: [...unknownLinked, ...selected] })}
        />
      ) : (
        <p className="ds_hint-text">
          {values.findingIds.length > 0
            ? `Linked to ${values.findingIds.length} agreed finding${values.findingIds.length === 1 ? '' : 's'}.`
            : 'No agreed findings of this kind to link.'}
        </p>
      )}
      <div className="ds_button-group">
        <button type="submit" className="ds_button" disabled={state.pending}>
          {reloaded ? `Save my ${KIND_LABEL[kind].one} again` : item ? `Save ${name.toLowerCase()}` : `Add the ${KIND_LABEL[kind].one}`}
        </button>
        <button type="button" className="ds_button ds_button--cancel" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
