import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Checkbox } from '../components/checkboxes';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import type {
  ProgrammeKind,
  ProgrammeRulesInput,
  ProgrammeSettingsPage_ProgrammeQuery,
  Reciprocity,
  SelfEvaluationMode,
} from '../gql/graphql';
import { toFormErrors, validationError } from '../lib/form-errors';
import { GraphQLRequestError, type ApiError } from '../lib/graphql-client';
import { MATERIAL_ACCEPT, MATERIAL_MAX_BYTES, uploadMaterial } from '../lib/upload';
import { useSessionExpiry } from '../lib/use-session-expiry';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';
import { TableRegion } from '../components/table-region';

const ProgrammeQuery = graphql(`
  query ProgrammeSettingsPage_Programme($id: UUID!) {
    programme(id: $id) {
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
      materials {
        id
        title
        url
      }
    }
  }
`);

const CreateMutation = graphql(`
  mutation ProgrammeSettingsPage_Create($input: ProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

const UpdateMutation = graphql(`
  mutation ProgrammeSettingsPage_Update($id: UUID!, $version: Int!, $input: ProgrammeInput!) {
    updateProgramme(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

const AddMaterialMutation = graphql(`
  mutation ProgrammeSettingsPage_AddMaterial($programmeId: UUID!, $input: MaterialInput!) {
    addMaterial(programmeId: $programmeId, input: $input) {
      id
    }
  }
`);

const RemoveMaterialMutation = graphql(`
  mutation ProgrammeSettingsPage_RemoveMaterial($id: UUID!) {
    removeMaterial(id: $id)
  }
`);

type Programme = ProgrammeSettingsPage_ProgrammeQuery['programme'];

interface PhaseRow {
  from: string;
  to: string;
}

interface FormState {
  name: string;
  kind: ProgrammeKind;
  phases: PhaseRow[];
  teamSizeMin: string;
  teamSizeMax: string;
  visitLengthDays: string;
  selfEvaluationMode: SelfEvaluationMode | '';
  reciprocity: Reciprocity | '';
  hmiRequired: boolean;
  gradingRequired: boolean;
  publicReportRequired: boolean;
}

function initialState(p: Programme | undefined): FormState {
  return {
    name: p?.name ?? '',
    kind: p?.kind ?? 'QUADS',
    phases: p ? p.phases.map((ph) => ({ from: ph.from, to: ph.to })) : [{ from: '', to: '' }],
    teamSizeMin: p ? String(p.rules.teamSizeMin) : '',
    teamSizeMax: p ? String(p.rules.teamSizeMax) : '',
    visitLengthDays: p ? String(p.rules.visitLengthDays) : '',
    selfEvaluationMode: p?.rules.selfEvaluationMode ?? '',
    reciprocity: p?.rules.reciprocity ?? '',
    hmiRequired: p?.rules.hmiRequired ?? false,
    gradingRequired: p?.rules.gradingRequired ?? false,
    publicReportRequired: p?.rules.publicReportRequired ?? true,
  };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function SettingsForm({ programme, onSaved }: { programme?: Programme; onSaved: () => void }) {
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
  const setPhase = (i: number, key: keyof PhaseRow, value: string) =>
    setForm((f) => ({ ...f, phases: f.phases.map((p, j) => (j === i ? { ...p, [key]: value } : p)) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ApiError[] = [];
    if (!form.name.trim()) problems.push(validationError('name', 'Enter the programme’s name'));
    form.phases.forEach((p, i) => {
      if (!MONTH.test(p.from.trim()) || !MONTH.test(p.to.trim()))
        problems.push(validationError(`phase${i + 1}`, `Enter phase ${i + 1}’s first and last months as YYYY-MM`));
      else if (p.to.trim() < p.from.trim())
        problems.push(validationError(`phase${i + 1}`, `Phase ${i + 1} must end on or after its first month`));
    });
    const numbers: [keyof FormState, keyof ProgrammeRulesInput, string][] = [
      ['teamSizeMin', 'teamSizeMin', 'Enter the smallest team size as a whole number'],
      ['teamSizeMax', 'teamSizeMax', 'Enter the largest team size as a whole number'],
      ['visitLengthDays', 'visitLengthDays', 'Enter the visit length in working days as a whole number'],
    ];
    const rules: ProgrammeRulesInput = {};
    for (const [key, field, message] of numbers) {
      const raw = String(form[key]).trim();
      if (raw === '') continue;
      if (!/^\d+$/.test(raw)) problems.push(validationError(field, message));
      else (rules as Record<string, unknown>)[field] = Number(raw);
    }
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    if (form.selfEvaluationMode) rules.selfEvaluationMode = form.selfEvaluationMode;
    if (form.reciprocity) rules.reciprocity = form.reciprocity;
    if (programme) {
      rules.hmiRequired = form.hmiRequired;
      rules.gradingRequired = form.gradingRequired;
      rules.publicReportRequired = form.publicReportRequired;
    }
    const input = {
      name: form.name.trim(),
      kind: form.kind,
      phases: form.phases.map((p, i) => ({ number: i + 1, from: p.from.trim(), to: p.to.trim() })),
      rules,
    };
    if (programme) {
      const result = await updateProgramme({ id: programme.id, version: programme.version, input });
      if (result) onSaved();
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
      <h2>Phases</h2>
      {form.phases.map((p, i) => {
        const error = formErrors.byField[`phase${i + 1}`] ?? (i === 0 ? formErrors.byField.phases : undefined);
        return (
          <div className={`ds_question${error ? ' ds_question--error' : ''}`} key={i}>
            <fieldset aria-describedby={error ? `phase-${i + 1}-error` : undefined}>
              <legend>Phase {i + 1}</legend>
              {error && (
                <p className="ds_question__error-message" id={`phase-${i + 1}-error`}>
                  <span className="visually-hidden">Error: </span>
                  {error}
                </p>
              )}
              <div className="quads-month-input">
                <TextInput
                  id={`phase-${i + 1}-from`}
                  label="First month"
                  hint="YYYY-MM"
                  value={p.from}
                  onChange={(e) => setPhase(i, 'from', e.target.value)}
                  width="fixed-10"
                />
                <TextInput
                  id={`phase-${i + 1}-to`}
                  label="Last month"
                  hint="YYYY-MM"
                  value={p.to}
                  onChange={(e) => setPhase(i, 'to', e.target.value)}
                  width="fixed-10"
                />
              </div>
            </fieldset>
          </div>
        );
      })}
      <div className="quads-filters__buttons">
        <button
          type="button"
          className="ds_button ds_button--secondary ds_button--small"
          onClick={() => set('phases', [...form.phases, { from: '', to: '' }])}
        >
          Add a phase
        </button>
        {form.phases.length > 1 && (
          <button
            type="button"
            className="ds_button ds_button--secondary ds_button--small"
            onClick={() => set('phases', form.phases.slice(0, -1))}
          >
            Remove the last phase
          </button>
        )}
      </div>
      <h2>Rules</h2>
      {!programme && <p>Leave a rule blank to take the kind’s default.</p>}
      <TextInput
        id="team-size-min"
        label="Smallest team"
        inputMode="numeric"
        value={form.teamSizeMin}
        onChange={(e) => set('teamSizeMin', e.target.value)}
        error={formErrors.byField.teamSizeMin}
        width="fixed-10"
      />
      <TextInput
        id="team-size-max"
        label="Largest team"
        inputMode="numeric"
        value={form.teamSizeMax}
        onChange={(e) => set('teamSizeMax', e.target.value)}
        error={formErrors.byField.teamSizeMax}
        width="fixed-10"
      />
      <TextInput
        id="visit-length"
        label="Visit length (working days)"
        inputMode="numeric"
        value={form.visitLengthDays}
        onChange={(e) => set('visitLengthDays', e.target.value)}
        error={formErrors.byField.visitLengthDays}
        width="fixed-10"
      />
      <Select
        id="self-evaluation-mode"
        label="Self-evaluation"
        value={form.selfEvaluationMode}
        onChange={(e) => set('selfEvaluationMode', e.target.value as SelfEvaluationMode | '')}
        error={formErrors.byField.selfEvaluationMode}
        options={[
          ...(programme ? [] : [{ value: '', label: 'The kind’s default' }]),
          { value: 'RUBRIC', label: 'Every required quality indicator graded with evidence' },
          { value: 'EVIDENCE_ONLY', label: 'At least one self-evaluation document' },
        ]}
      />
      <Select
        id="reciprocity"
        label="Authorities reviewing each other"
        value={form.reciprocity}
        onChange={(e) => set('reciprocity', e.target.value as Reciprocity | '')}
        error={formErrors.byField.reciprocity}
        options={[
          ...(programme ? [] : [{ value: '', label: 'The kind’s default' }]),
          { value: 'EXPECTED', label: 'Expected: the quad’s authorities review each other' },
          { value: 'FLAG', label: 'Flagged as a conflict in the same phase' },
        ]}
      />
      {programme && (
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

/** The upload form's state: what was typed stays after a refusal. */
function useUpload(programmeId: string, onUploaded: (message: string) => void) {
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [pending, setPending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const onExpiry = useSessionExpiry();
  const formErrors = toFormErrors(errors, { title: 'upload-title', file: 'upload-file' });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const file = fileInput.current?.files?.[0];
    const problems: ApiError[] = [];
    if (!title.trim()) problems.push(validationError('title', 'Enter the document’s title'));
    if (!file) problems.push(validationError('file', 'Choose a file'));
    else if (file.size > MATERIAL_MAX_BYTES) problems.push(validationError('file', 'The file must be 10 MB or smaller'));
    if (problems.length > 0 || !file) {
      setErrors(problems);
      return;
    }
    setPending(true);
    try {
      await uploadMaterial(programmeId, title.trim(), file);
      setErrors([]);
      setTitle('');
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(`“${title.trim()}” is uploaded and added to the materials.`);
    } catch (e) {
      const list =
        e instanceof GraphQLRequestError ? e.errors : [{ code: 'INTERNAL' as const, message: 'Something went wrong' }];
      if (!onExpiry(list)) setErrors(list);
    } finally {
      setPending(false);
    }
  };
  return { title, setTitle, fileInput, pending, formErrors, onSubmit };
}

function UploadForm({ upload }: { upload: ReturnType<typeof useUpload> }) {
  const fileError = upload.formErrors.byField.file;
  return (
    <form onSubmit={(e) => void upload.onSubmit(e)} noValidate>
      <h3>Upload a document</h3>
      <TextInput
        id="upload-title"
        label="Document title"
        value={upload.title}
        onChange={(e) => upload.setTitle(e.target.value)}
        error={upload.formErrors.byField.title}
        width="fluid-two-thirds"
      />
      <div className={`ds_question${fileError ? ' ds_question--error' : ''}`}>
        <label className="ds_label" htmlFor="upload-file">
          Document
        </label>
        <p className="ds_hint-text" id="upload-file-hint">
          A PDF, Word, PowerPoint, Excel or OpenDocument text file of up to 10 MB
        </p>
        {fileError && (
          <p className="ds_question__error-message" id="upload-file-error">
            <span className="visually-hidden">Error: </span>
            {fileError}
          </p>
        )}
        <input
          id="upload-file"
          type="file"
          ref={upload.fileInput}
          accept={MATERIAL_ACCEPT}
          className={`ds_file-upload__input${fileError ? ' ds_file-upload__input--error' : ''}`}
          aria-describedby={fileError ? 'upload-file-hint upload-file-error' : 'upload-file-hint'}
          aria-invalid={fileError ? true : undefined}
        />
      </div>
      <button type="submit" className="ds_button ds_button--secondary" disabled={upload.pending}>
        Upload the document
      </button>
    </form>
  );
}

function MaterialsSection({ programme, onChange }: { programme: Programme; onChange: (message: string) => void }) {
  const [addMaterial, add] = useMutation(AddMaterialMutation);
  const [removeMaterial, remove] = useMutation(RemoveMaterialMutation);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const linkErrors = toFormErrors([...add.errors, ...remove.errors], { title: 'material-title', url: 'material-url' });
  const upload = useUpload(programme.id, onChange);
  const formErrors = { items: [...linkErrors.items, ...upload.formErrors.items], byField: linkErrors.byField };
  const materials = programme.materials ?? [];

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ApiError[] = [];
    if (!title.trim()) problems.push(validationError('title', 'Enter the material’s title'));
    if (!/^https?:\/\/\S+$/.test(url.trim()))
      problems.push(validationError('url', 'Enter a link starting with https://'));
    if (problems.length > 0) {
      add.setErrors(problems);
      return;
    }
    const result = await addMaterial({ programmeId: programme.id, input: { title: title.trim(), url: url.trim() } });
    if (!result) return;
    setTitle('');
    setUrl('');
    onChange(`“${title.trim()}” is added to the materials.`);
  };

  return (
    <section aria-labelledby="materials-heading">
      <h2 id="materials-heading">Pre-reading and guidance</h2>
      <p>Team members get these with their invitation.</p>
      <ErrorSummary items={formErrors.items} />
      {materials.length === 0 ? (
        <p>No materials yet.</p>
      ) : (
        <TableRegion label="Materials">
          <table className="ds_table">
            <caption className="visually-hidden">Materials</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {materials.map((m) => (
                <tr key={m.id}>
                  <td>
                    <a href={m.url}>{m.title}</a>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="ds_button ds_button--secondary ds_button--small"
                      disabled={remove.pending}
                      onClick={() =>
                        void removeMaterial({ id: m.id }).then((r) => {
                          if (r) onChange(`“${m.title}” is removed.`);
                        })
                      }
                    >
                      Remove<span className="visually-hidden"> {m.title}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <form onSubmit={(e) => void onAdd(e)} noValidate>
        <h3>Add a link</h3>
        <TextInput
          id="material-title"
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={formErrors.byField.title}
          width="fluid-two-thirds"
        />
        <TextInput
          id="material-url"
          label="Link"
          hint="For example, https://education.gov.scot/…"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          error={formErrors.byField.url}
          width="fluid-two-thirds"
        />
        <button type="submit" className="ds_button ds_button--secondary" disabled={add.pending}>
          Add the link
        </button>
      </form>
      <UploadForm upload={upload} />
    </section>
  );
}

export function NewProgrammePage() {
  return (
    <Page title="Create a programme">
      <SettingsForm onSaved={() => undefined} />
    </Page>
  );
}

export function ProgrammeSettingsPage() {
  const { id = '' } = useParams();
  const { data, loading, errors, refetch } = useQuery(ProgrammeQuery, { id });
  const [params] = useSearchParams();
  const [message, setMessage] = useState<string | null>(
    params.get('created') === '1' ? 'The programme is created. Add its materials below.' : null,
  );
  const [formKey, setFormKey] = useState(0);
  const programme = data?.programme;
  if (!programme) {
    return (
      <Page title="Programme settings">
        <QueryStatus loading={loading} errors={errors} />
      </Page>
    );
  }
  const done = (text: string) => {
    setMessage(text);
    refetch();
  };
  return (
    <Page
      title="Programme settings"
      label={programme.name}
      banner={
        message ? (
          <NotificationBanner variant="success" focusOnMount key={message}>
            <p>{message}</p>
          </NotificationBanner>
        ) : null
      }
    >
      <p>
        <Link to={`/programmes/${programme.id}`}>Back to the programme’s timetable</Link>
      </p>
      <SettingsForm
        key={`${programme.version}-${formKey}`}
        programme={programme}
        onSaved={() => {
          setFormKey((k) => k + 1);
          done('The settings are saved.');
        }}
      />
      <MaterialsSection programme={programme} onChange={done} />
    </Page>
  );
}
