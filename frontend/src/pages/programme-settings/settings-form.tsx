import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ProgrammeKind } from '../../gql/graphql';
import { toFormErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { PhasesFieldset } from './phases-fieldset';
import { RulesFields } from './rules-fields';
import { initialState, toInput, type FormState } from './settings-form-state';

export const SettingsFormFragment = graphql(`
  fragment SettingsForm_Programme on Programme {
    id
    name
    kind
    version
    phases {
      number
      from
      to
    }
    rules {
      teamSizeMin
      teamSizeMax
      hmiRequired
      visitLengthDays
      selfEvaluationMode
      gradingRequired
      publicReportRequired
      reciprocity
    }
  }
`);

const CreateMutation = graphql(`
  mutation SettingsForm_Create($input: ProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

const UpdateMutation = graphql(`
  mutation SettingsForm_Update($id: UUID!, $version: Int!, $input: ProgrammeInput!) {
    updateProgramme(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

/**
 * A programme's name, kind, phases and rules: creates a programme (then
 * goes to its settings to add materials) or saves an existing one's.
 */
export function SettingsForm(props: { programme?: FragmentType<typeof SettingsFormFragment>; onSaved: () => void }) {
  const programme = props.programme ? getFragmentData(SettingsFormFragment, props.programme) : undefined;
  const navigate = useNavigate();
  const [form, setForm] = useState<FormState>(() => initialState(programme));
  const [createProgramme, create] = useMutation(CreateMutation);
  const [updateProgramme, update] = useMutation(UpdateMutation);
  const state = programme ? update : create;
  const formErrors = toFormErrors(state.errors, {
    name: 'programme-name',
    kind: 'kind',
    phases: 'phase-1-from',
    teamSizeMin: 'team-size-min',
    teamSizeMax: 'team-size-max',
    visitLengthDays: 'visit-length',
    selfEvaluationMode: 'self-evaluation-mode',
    reciprocity: 'reciprocity',
    ...Object.fromEntries(form.phases.map((_, i) => [`phase${i + 1}`, `phase-${i + 1}-from`])),
  });
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = toInput(form, programme !== undefined);
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    if (programme) {
      const result = await updateProgramme({ id: programme.id, version: programme.version, input });
      if (result) props.onSaved();
    } else {
      const result = await createProgramme({ input });
      if (result) void navigate(`/programmes/${result.createProgramme.id}/settings?created=1`);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary items={formErrors.items} />
      <TextInput
        id="programme-name"
        label="Name"
        value={form.name}
        onChange={(e) => set('name', e.target.value)}
        error={formErrors.byField.name}
        width="fluid-two-thirds"
      />
      <Select
        id="kind"
        label="Kind"
        hint="The kind sets the rules’ defaults"
        value={form.kind}
        onChange={(e) => set('kind', e.target.value as ProgrammeKind)}
        error={formErrors.byField.kind}
        options={[
          { value: 'QUADS', label: 'Quads: four authorities reviewing each other' },
          { value: 'CI', label: 'Collaborative Improvement' },
        ]}
      />
      <PhasesFieldset
        phases={form.phases}
        onChange={(phases) => set('phases', phases)}
        errorOf={(i) => formErrors.byField[`phase${i + 1}`] ?? (i === 0 ? formErrors.byField.phases : undefined)}
      />
      <RulesFields form={form} set={set} errors={formErrors.byField} existing={programme !== undefined} />
      <div className="quads-filters__buttons">
        <button type="submit" className="ds_button" disabled={state.pending}>
          {programme ? 'Save the settings' : 'Create the programme'}
        </button>
        <Link to={programme ? `/programmes/${programme.id}` : '/programmes'} className="ds_button ds_button--cancel">
          Cancel
        </Link>
      </div>
    </form>
  );
}
