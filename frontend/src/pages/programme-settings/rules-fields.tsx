import { Checkbox } from '../../components/checkboxes';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import type { Reciprocity, SelfEvaluationMode } from '../../gql/graphql';
import type { FormState } from './settings-form-state';

/**
 * The programme's rules. A new programme may leave a rule blank for the
 * kind's default; an existing one shows its values, and its yes-or-no rules.
 */
export function RulesFields({
  form,
  set,
  errors,
  existing,
}: {
  form: FormState;
  set: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
  errors: Record<string, string | undefined>;
  existing: boolean;
}) {
  const kindDefault = existing ? [] : [{ value: '', label: 'The kind’s default' }];
  return (
    <>
      <h2>Rules</h2>
      {!existing && <p>Leave a rule blank to take the kind’s default.</p>}
      <TextInput
        id="team-size-min"
        label="Smallest team"
        inputMode="numeric"
        value={form.teamSizeMin}
        onChange={(e) => set('teamSizeMin', e.target.value)}
        error={errors.teamSizeMin}
        width="fixed-10"
      />
      <TextInput
        id="team-size-max"
        label="Largest team"
        inputMode="numeric"
        value={form.teamSizeMax}
        onChange={(e) => set('teamSizeMax', e.target.value)}
        error={errors.teamSizeMax}
        width="fixed-10"
      />
      <TextInput
        id="visit-length"
        label="Visit length (working days)"
        inputMode="numeric"
        value={form.visitLengthDays}
        onChange={(e) => set('visitLengthDays', e.target.value)}
        error={errors.visitLengthDays}
        width="fixed-10"
      />
      <Select
        id="self-evaluation-mode"
        label="Self-evaluation"
        value={form.selfEvaluationMode}
        onChange={(e) => set('selfEvaluationMode', e.target.value as SelfEvaluationMode | '')}
        error={errors.selfEvaluationMode}
        options={[
          ...kindDefault,
          { value: 'RUBRIC', label: 'Every required quality indicator graded with evidence' },
          { value: 'EVIDENCE_ONLY', label: 'At least one self-evaluation document' },
        ]}
      />
      <Select
        id="reciprocity"
        label="Authorities reviewing each other"
        value={form.reciprocity}
        onChange={(e) => set('reciprocity', e.target.value as Reciprocity | '')}
        error={errors.reciprocity}
        options={[
          ...kindDefault,
          { value: 'EXPECTED', label: 'Expected: the quad’s authorities review each other' },
          { value: 'FLAG', label: 'Flagged as a conflict in the same phase' },
        ]}
      />
      {existing && (
        <>
          <Checkbox
            id="hmi-required"
            label="An HM Inspector is required on every team"
            checked={form.hmiRequired}
            onChange={(v) => set('hmiRequired', v)}
          />
          <Checkbox
            id="grading-required"
            label="Grading is required"
            checked={form.gradingRequired}
            onChange={(v) => set('gradingRequired', v)}
          />
          <Checkbox
            id="public-report-required"
            label="A public report is required"
            checked={form.publicReportRequired}
            onChange={(v) => set('publicReportRequired', v)}
          />
        </>
      )}
    </>
  );
}
