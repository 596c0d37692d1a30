import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
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

const SLOTS = [0, 1, 2, 3];

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
  quads: readonly { session: string; name: string; authorities: { id: string; name: string }[] }[];
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
    if (chosen.length !== 4) problems.push(validationError('authorityIds', 'Select four authorities'));
    else if (new Set(chosen).size !== 4)
      problems.push(validationError('authorityIds', 'Select four different authorities'));
    else {
      // Say which authorities are taken, and by which quad.
      for (const q of quads.filter((q) => q.session === session.trim())) {
        for (const a of q.authorities.filter((a) => chosen.includes(a.id)))
          problems.push(validationError('authorityIds', `${a.name} is already in ${q.name} in ${q.session}`));
      }
    }
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
        <div className={`ds_question${formErrors.byField.authorityIds ? ' ds_question--error' : ''}`}>
          <fieldset aria-describedby={formErrors.byField.authorityIds ? 'members-error' : undefined}>
            <legend>The four authorities</legend>
            {formErrors.byField.authorityIds && (
              <p className="ds_question__error-message" id="members-error">
                <span className="visually-hidden">Error: </span>
                {formErrors.byField.authorityIds}
              </p>
            )}
            {SLOTS.map((i) => (
              <Select
                key={i}
                id={`member-${i + 1}`}
                label={`Authority ${i + 1}`}
                value={members[i] ?? ''}
                onChange={(e) => setMembers(members.map((m, j) => (j === i ? e.target.value : m)))}
                options={[
                  { value: '', label: 'Select an authority' },
                  ...authorities.map((a) => ({ value: a.id, label: a.name })),
                ]}
              />
            ))}
          </fieldset>
        </div>
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
  const [created, setCreated] = useState<string | null>(null);
  const session = params.get('session') ?? '';
  const [sessionChoice, setSessionChoice] = useState(session);
  const groups = groupBySession(data?.quads ?? []);
  const shown = session ? groups.filter((g) => g.session === session) : groups;

  return (
    <Page
      title="Quads"
      wide
      banner={
        created ? (
          <NotificationBanner variant="success" focusOnMount>
            <p>{created} is created.</p>
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
              </tr>
            </thead>
            <tbody>
              {g.quads.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{q.name}</th>
                  <td>{q.authorities.map((a) => a.name).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ))}
      {officer && data && (
        <CreateQuadForm
          authorities={data.authorities}
          quads={data.quads}
          onCreated={(name) => {
            setCreated(name);
            refetch();
          }}
        />
      )}
    </Page>
  );
}
