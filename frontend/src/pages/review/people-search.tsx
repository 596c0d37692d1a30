import { useState, type ReactNode } from 'react';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import type { PeopleSearch_UsersQuery } from '../../gql/graphql';
import { useQuery } from '../../lib/use-query';

const UsersQuery = graphql(`
  query PeopleSearch_Users($search: String) {
    users(search: $search, limit: 20) {
      items {
        id
        name
        email
        invitationPending
        organisation {
          id
          name
        }
      }
    }
  }
`);

export type Person = PeopleSearch_UsersQuery['users']['items'][number];

/**
 * Programme officers search people with accounts by name or email; those
 * already on the team are not offered. Each form on a page has its own
 * `idPrefix` and label, so no two fields or descriptions share an id or a
 * name.
 */
export function PeopleSearch({
  idPrefix,
  labelledBy,
  label,
  hint,
  exclude,
  onSearch,
  action,
}: {
  idPrefix: string;
  /** The heading that names the search landmark. */
  labelledBy: string;
  label: string;
  hint?: string;
  exclude: ReadonlySet<string>;
  /** A search starts: the last confirmation goes. */
  onSearch: () => void;
  /** The button for one person found; `describedBy` is the id of their warning, if any. */
  action: (person: Person, describedBy: string | undefined) => ReactNode;
}) {
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const users = useQuery(UsersQuery, { search: submitted }, { skip: submitted === null });
  const offered = users.data?.users.items.filter((u) => !exclude.has(u.id));
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSearch();
          setSubmitted(search.trim());
        }}
        noValidate
        role="search"
        aria-labelledby={labelledBy}
      >
        <TextInput
          id={`${idPrefix}-search`}
          name="search"
          label={label}
          hint={hint}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          width="fluid-two-thirds"
        />
        <button type="submit" className="ds_button ds_button--secondary">
          Search
        </button>
      </form>
      {offered && offered.length === 0 && <p>Nobody who is not on the team yet matches “{submitted}”.</p>}
      {offered && offered.length > 0 && (
        <ul className="ds_no-bullets">
          {offered.map((u) => {
            const warning = u.invitationPending ? `${idPrefix}-pending-${u.id}` : undefined;
            return (
              <li key={u.id}>
                {u.name} ({u.email}, {u.organisation.name}){' '}
                {warning && (
                  <>
                    <strong className="ds_tag ds_tag--yellow">Invitation not yet accepted</strong>{' '}
                    <span id={warning} className="quads-small">
                      They cannot sign in until they set a password: their review invitation will include a link to
                      set one.
                    </span>{' '}
                  </>
                )}
                {action(u, warning)}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
