import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { Question } from '../components/question';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import { toFormErrors, validationError } from '../lib/form-errors';
import type { ApiError } from '../lib/graphql-client';
import { hasRole, useSession } from '../lib/session';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';
import { TableRegion } from '../components/table-region';

const QuadsQuery = graphql(`
  query QuadsPage_Quads {
    quads {
      id
      session
      name
      authorities {
        id
        name
      }
    }
    authorities {
      id
      name
    }
  }
`);

const CreateQuadMutation = graphql(`
  mutation QuadsPage_CreateQuad($input: QuadInput!) {
    createQuad(input: $input) {
      id
      name
      session
    }
  }
`);

const UpdateQuadMutation = graphql(`
  mutation QuadsPage_UpdateQuad($id: UUID!, $input: QuadUpdateInput!) {
    updateQuad(id: $id, input: $input) {
      id
      name
      session
    }
  }
`);

const DissolveQuadMutation = graphql(`
  mutation QuadsPage_DissolveQuad($id: UUID!) {
    dissolveQuad(id: $id)
  }
`);

const SLOTS = [0, 1, 2, 3];

interface QuadRow {
  id: string;
  session: string;
  name: string;
  authorities: { id: string; name: string }[];
}

/** The four authority selects, in a fieldset with the members' error. */
function MemberSelects({
  prefix,
  authorities,
  members,
  onChange,
  error,
}: {
  prefix: string;
  authorities: { id: string; name: string }[];
  members: string[];
  onChange: (members: string[]) => void;
  error: string | undefined;
}) {
  return (
    <Question id={`${prefix}members`} legend="The four authorities" error={error}>
      {SLOTS.map((i) => (
        <Select
          key={i}
          id={`${prefix}member-${i + 1}`}
          label={`Authority ${i + 1}`}
          value={members[i] ?? ''}
          onChange={(e) => onChange(members.map((m, j) => (j === i ? e.target.value : m)))}
          options={[
            { value: '', label: 'Select an authority' },
            ...authorities.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      ))}
    </Question>
  );
}

/** The members' problems found before sending: four different authorities, none in another quad of the session. */
function memberProblems(chosen: string[], session: string, quads: readonly QuadRow[], except?: string): ApiError[] {
  if (chosen.length !== 4) return [validationError('authorityIds', 'Select four authorities')];
  if (new Set(chosen).size !== 4) return [validationError('authorityIds', 'Select four different authorities')];
  const problems: ApiError[] = [];
  // Say which authorities are taken, and by which quad.
  for (const q of quads.filter((q) => q.session === session && q.id !== except)) {
    for (const a of q.authorities.filter((a) => chosen.includes(a.id)))
      problems.push(validationError('authorityIds', `${a.name} is already in ${q.name} in ${q.session}`));
  }
  return problems;
}

function EditQuadForm({
  quad,
  authorities,
  quads,
  onDone,
  onCancel,
}: {
  quad: QuadRow;
  authorities: { id: string; name: string }[];
  quads: readonly QuadRow[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [update, updating] = useMutation(UpdateQuadMutation);
  const [dissolve, dissolving] = useMutation(DissolveQuadMutation);
  const [name, setName] = useState(quad.name);
  const [members, setMembers] = useState(() => SLOTS.map((i) => quad.authorities[i]?.id ?? ''));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const formErrors = toFormErrors([...updating.errors, ...dissolving.errors], {
    name: 'edit-quad-name',
    authorityIds: 'edit-member-1',
  });

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    dissolving.setErrors([]);
    const problems: ApiError[] = [];
    if (name.trim() === '') problems.push(validationError('name', 'Enter a name for the quad'));
    problems.push(...memberProblems(members.filter(Boolean), quad.session, quads, quad.id));
    if (problems.length > 0) {
      updating.setErrors(problems);
      return;
    }
    const result = await update({ id: quad.id, input: { name: name.trim(), authorityIds: members } });
    if (result) onDone(`${result.updateQuad.name} (${result.updateQuad.session}) is saved.`);
  };

  const onDissolve = async () => {
    updating.setErrors([]);
    const result = await dissolve({ id: quad.id });
    if (result) onDone(`${quad.name} (${quad.session}) is dissolved.`);
  };

  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading" tabIndex={-1} ref={heading}>
        Change {quad.name} ({quad.session})
      </h2>
      <p>A quad changes only while none of its reviews is past Scheduled.</p>
      <ErrorSummary items={formErrors.items} />
      <form onSubmit={(e) => void onSave(e)} noValidate>
        <TextInput
          id="edit-quad-name"
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={formErrors.byField.name}
          width="fluid-two-thirds"
        />
        <MemberSelects
          prefix="edit-"
          authorities={authorities}
          members={members}
          onChange={setMembers}
          error={formErrors.byField.authorityIds}
        />
        <div className="quads-filters__buttons">
          <button type="submit" className="ds_button" disabled={updating.pending}>
            Save the quad
          </button>
          <button type="button" className="ds_button ds_button--cancel" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
      <h3>Dissolve the quad</h3>
      <p>Only a quad no review names can be dissolved: withdraw its scheduled reviews first.</p>
      <button
        type="button"
        className="ds_button ds_button--secondary"
        disabled={dissolving.pending}
        onClick={() => void onDissolve()}
      >
        Dissolve {quad.name}
      </button>
    </section>
  );
}

/** Sessions, newest first, each with its quads by name. */
export function groupBySession<Q extends { session: string; name: string }>(quads: readonly Q[]) {
  const map = new Map<string, Q[]>();
  for (const q of quads) map.set(q.session, [...(map.get(q.session) ?? []), q]);
  return [...map.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([session, list]) => ({ session, quads: [...list].sort((a, b) => a.name.localeCompare(b.name)) }));
}

function CreateQuadForm({
  authorities,
  quads,
  onCreated,
}: {
  authorities: { id: string; name: string }[];
  quads: readonly QuadRow[];
  onCreated: (name: string) => void;
}) {
  const [create, { pending, errors, setErrors }] = useMutation(CreateQuadMutation);
  const [session, setSession] = useState('');
  const [name, setName] = useState('');
  const [members, setMembers] = useState(['', '', '', '']);
  const formErrors = toFormErrors(errors, { session: 'session', name: 'quad-name', authorityIds: 'member-1' });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ApiError[] = [];
    if (!/^\d{4}-\d{2}$/.test(session.trim()))
      problems.push(validationError('session', 'Enter the school session, like 2025-26'));
    if (name.trim() === '') problems.push(validationError('name', 'Enter a name for the quad'));
    const chosen = members.filter(Boolean);
    problems.push(...memberProblems(chosen, session.trim(), quads));
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const result = await create({ input: { session: session.trim(), name: name.trim(), authorityIds: chosen } });
    if (!result) return;
    setName('');
    setMembers(['', '', '', '']);
    onCreated(`${result.createQuad.name} (${result.createQuad.session})`);
  };

  return (
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">Create a quad</h2>
      <ErrorSummary items={formErrors.items} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput
          id="session"
          label="School session"
          hint="For example, 2025-26. An authority is in one quad per session."
          value={session}
          onChange={(e) => setSession(e.target.value)}
          error={formErrors.byField.session}
          width="fixed-10"
        />
        <TextInput
          id="quad-name"
          label="Name"
          hint="For example, Family group 1, quad 1"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={formErrors.byField.name}
          width="fluid-two-thirds"
        />
        <MemberSelects
          prefix=""
          authorities={authorities}
          members={members}
          onChange={setMembers}
          error={formErrors.byField.authorityIds}
        />
        <button type="submit" className="ds_button" disabled={pending}>
          Create the quad
        </button>
      </form>
    </section>
  );
}

export function QuadsPage() {
  const { user } = useSession();
  const officer = hasRole(user, 'PROGRAMME_OFFICER');
  const { data, loading, errors, refetch } = useQuery(QuadsQuery, {});
  const [params, setParams] = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const editedQuad = data?.quads.find((q) => q.id === editing);
  const session = params.get('session') ?? '';
  const [sessionChoice, setSessionChoice] = useState(session);
  const groups = groupBySession(data?.quads ?? []);
  const shown = session ? groups.filter((g) => g.session === session) : groups;

  return (
    <Page
      title="Quads"
      wide
      banner={
        message ? (
          <NotificationBanner variant="success" focusOnMount key={message}>
            <p>{message}</p>
          </NotificationBanner>
        ) : null
      }
    >
      <p className="ds_leader">
        In each school session, authorities review each other in groups of four, usually from the same LGBF family
        group.
      </p>
      <QueryStatus loading={loading && !data} errors={errors} />
      {groups.length > 1 && (
        <form
          role="search"
          aria-label="Quads by session"
          className="quads-filters"
          onSubmit={(e) => {
            e.preventDefault();
            const next = new URLSearchParams();
            if (sessionChoice) next.set('session', sessionChoice);
            setParams(next);
          }}
        >
          <Select
            id="session-filter"
            label="Session"
            value={sessionChoice}
            onChange={(e) => setSessionChoice(e.target.value)}
            options={[{ value: '', label: 'All sessions' }, ...groups.map((g) => ({ value: g.session, label: g.session }))]}
          />
          <div className="quads-filters__buttons">
            <button type="submit" className="ds_button ds_button--secondary">
              Show
            </button>
          </div>
        </form>
      )}
      {data && groups.length === 0 && <p>There are no quads yet.</p>}
      {shown.map((g) => (
        <TableRegion key={g.session} label={`Quads, session ${g.session}`}>
          <table className="ds_table">
            <caption className="ds_table__caption">Session {g.session}</caption>
            <thead>
              <tr>
                <th scope="col">Quad</th>
                <th scope="col">Authorities</th>
                {officer && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {g.quads.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{q.name}</th>
                  <td>{q.authorities.map((a) => a.name).join(', ')}</td>
                  {officer && (
                    <td>
                      <button
                        type="button"
                        id={`change-${q.id}`}
                        className="ds_button ds_button--secondary ds_button--small"
                        onClick={() => {
                          setMessage(null);
                          setEditing(q.id);
                        }}
                      >
                        Change <span className="visually-hidden">{q.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ))}
      {officer && data && editedQuad && (
        <EditQuadForm
          key={editedQuad.id}
          quad={editedQuad}
          authorities={data.authorities}
          quads={data.quads}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
            refetch();
          }}
          onCancel={() => {
            // Back to the button that opened the form.
            const opener = document.getElementById(`change-${editedQuad.id}`);
            setEditing(null);
            opener?.focus();
          }}
        />
      )}
      {officer && data && !editedQuad && (
        <CreateQuadForm
          authorities={data.authorities}
          quads={data.quads}
          onCreated={(name) => {
            setMessage(`${name} is created.`);
            refetch();
          }}
        />
      )}
    </Page>
  );
}
