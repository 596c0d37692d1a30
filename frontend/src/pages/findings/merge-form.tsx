import { useState, type FormEvent } from 'react';
import { Checkboxes } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from '../review/conflict-banner';
import { findingName, type FindingView } from './finding-item';
import { TEXT_MAX } from './findings-format';

// The team lead folds duplicates into one finding: which findings, which
// one is kept (its wording to start from), and the merged wording. The
// kept finding takes the union of the indicators; the others stay in the
// list as merged, with their history.

const MergeFindings = graphql(`
  mutation MergeForm_Merge($intoId: UUID!, $mergedIds: [UUID!]!, $text: String!) {
    mergeFindings(intoId: $intoId, mergedIds: $mergedIds, text: $text) {
      id
      version
      text
      status
    }
  }
`);

const FIELDS = { mergedIds: 'merge-findings', intoId: 'merge-kept', text: 'merge-text' };

export interface MergeValues {
  selected: string[];
  keptId: string;
  text: string;
}

/** What is wrong with a merge before it is sent. */
export function mergeProblems(values: MergeValues): ApiError[] {
  const problems: ApiError[] = [];
  if (values.selected.length < 2) problems.push(validationError('mergedIds', 'Choose at least two findings to merge'));
  else if (!values.selected.includes(values.keptId))
    problems.push(validationError('intoId', 'Choose the finding that is kept'));
  const text = values.text.trim();
  if (text === '') problems.push(validationError('text', 'Enter the wording of the merged finding'));
  else if (text.length > TEXT_MAX) problems.push(validationError('text', `The wording must be ${TEXT_MAX} characters or fewer`));
  return problems;
}

export function MergeForm({
  findings,
  onMerged,
  onCancel,
  onReload,
}: {
  /** The findings that can be merged (not merged already), numbered as in the list. */
  findings: readonly { finding: FindingView; number: number }[];
  onMerged: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [values, setValues] = useState<MergeValues>({ selected: [], keptId: '', text: '' });
  const [edited, setEdited] = useState(false);
  const [merge, state] = useMutation(MergeFindings);
  const formErrors = toFormErrors(
    state.errors.filter((e) => e.code !== 'CONFLICT'),
    FIELDS,
  );
  const label = (id: string) => {
    const entry = findings.find((x) => x.finding.id === id);
    return entry ? `${entry.number}. ${findingName(entry.finding)}` : id;
  };
  const textOf = (id: string) => findings.find((x) => x.finding.id === id)?.finding.text ?? '';
  const choose = (selected: string[]) => {
    const keptId = selected.includes(values.keptId) ? values.keptId : (selected[0] ?? '');
    setValues({ selected, keptId, text: edited ? values.text : textOf(keptId) });
  };
  const keep = (keptId: string) => setValues({ ...values, keptId, text: edited ? values.text : textOf(keptId) });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = mergeProblems(values);
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    const mergedIds = values.selected.filter((id) => id !== values.keptId);
    const result = await merge({ intoId: values.keptId, mergedIds, text: values.text.trim() });
    if (result) {
      const n = mergedIds.length;
      onMerged(`${n === 1 ? 'One finding is' : `${n} findings are`} merged into ${label(values.keptId)}.`);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="merge-heading">
      <h3 id="merge-heading">Merge duplicate findings</h3>
      {isConflict(state.errors) && <ConflictBanner onReload={onReload} />}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <Checkboxes
        id={FIELDS.mergedIds}
        legend="Findings to merge"
        hint="Choose two or more that say the same thing"
        error={formErrors.byField.mergedIds}
        options={findings.map((x) => ({ value: x.finding.id, label: label(x.finding.id) }))}
        selected={values.selected}
        onChange={choose}
      />
      {values.selected.length >= 2 && (
        <Radios
          id={FIELDS.intoId}
          name="keptId"
          legend="Which finding is kept?"
          hint="The others are folded into it; their history stays readable"
          error={formErrors.byField.intoId}
          options={values.selected.map((id) => ({ value: id, label: label(id) }))}
          value={values.keptId}
          onChange={keep}
        />
      )}
      <Textarea
        id={FIELDS.text}
        name="text"
        label="Wording of the merged finding"
        hint="Starts as the kept finding’s wording"
        value={values.text}
        onChange={(e) => {
          setEdited(true);
          setValues({ ...values, text: e.target.value });
        }}
        error={formErrors.byField.text}
        rows={5}
      />
      <div className="ds_button-group">
        <button type="submit" className="ds_button" disabled={state.pending}>
          Merge the findings
        </button>
        <button type="button" className="ds_button ds_button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
