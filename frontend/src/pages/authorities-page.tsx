import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { Select } from '../components/select';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { useQuery } from '../lib/use-query';
import { TableRegion } from '../components/table-region';

const AuthorityRowFragment = graphql(`
  fragment AuthorityRow_Authority on Authority {
    id
    name
    gssCode
    ric
    lgbfFamilyGroup
  }
`);

const AuthoritiesQuery = graphql(`
  query AuthoritiesPage_Authorities($ric: String, $lgbfFamilyGroup: Int) {
    authorities(ric: $ric, lgbfFamilyGroup: $lgbfFamilyGroup) {
      ...AuthorityRow_Authority
    }
    regionalImprovementCollaboratives
  }
`);

export const FAMILY_GROUPS = [1, 2, 3, 4];

function parseFamilyGroup(value: string | null): number | null {
  const n = Number(value);
  return value && FAMILY_GROUPS.includes(n) ? n : null;
}

export function AuthoritiesPage() {
  const [params, setParams] = useSearchParams();
  const ric = params.get('ric') || null;
  const familyGroup = parseFamilyGroup(params.get('familyGroup'));
  const { data, loading, errors } = useQuery(AuthoritiesQuery, { ric, lgbfFamilyGroup: familyGroup });
  const [ricChoice, setRicChoice] = useState(ric ?? '');
  const [groupChoice, setGroupChoice] = useState(familyGroup === null ? '' : String(familyGroup));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (ricChoice) next.set('ric', ricChoice);
    if (groupChoice) next.set('familyGroup', groupChoice);
    setParams(next);
  };

  const rics = data?.regionalImprovementCollaboratives ?? (ric ? [ric] : []);
  const filtered = ric !== null || familyGroup !== null;

  return (
    <Page title="Education authorities" wide>
      <p className="ds_leader">
        Scotland's 32 local authorities are each the education authority for their area. Quads groups four
        authorities with similar characteristics, taken from their LGBF family groups.
      </p>
      <form onSubmit={onSubmit} className="quads-filters" aria-label="Filter authorities">
        <Select
          id="family-group"
          name="familyGroup"
          label="LGBF family group"
          hint="Local Government Benchmarking Framework family groups for children’s services, from 1 (least deprived) to 4"
          value={groupChoice}
          onChange={(e) => setGroupChoice(e.target.value)}
          options={[{ value: '', label: 'All family groups' }, ...FAMILY_GROUPS.map((g) => ({ value: String(g), label: `Family group ${g}` }))]}
        />
        <Select
          id="ric"
          name="ric"
          label="Regional Improvement Collaborative"
          hint="Historical: RIC funding ended in April 2025"
          value={ricChoice}
          onChange={(e) => setRicChoice(e.target.value)}
          options={[{ value: '', label: 'All collaboratives' }, ...rics.map((r) => ({ value: r, label: r }))]}
        />
        <div className="ds_button-group">
          <button type="submit" className="ds_button ds_button--secondary">
            Apply filters
          </button>
          {filtered && (
            <Link
              to="/authorities"
              className="ds_button ds_button--cancel"
              onClick={() => {
                setRicChoice('');
                setGroupChoice('');
              }}
            >
              Clear filters
            </Link>
          )}
        </div>
      </form>
      <QueryStatus loading={loading && !data} errors={errors} />
      {data && (
        <>
          <p role="status" className="quads-result-count">
            {data.authorities.length === 1 ? '1 authority' : `${data.authorities.length} authorities`}
            {filtered ? ' match your filters' : ''}
          </p>
          {data.authorities.length > 0 && (
            <TableRegion label="Education authorities">
              <table className="ds_table">
                <caption className="visually-hidden">Education authorities</caption>
                <thead>
                  <tr>
                    <th scope="col">Authority</th>
                    <th scope="col">GSS code</th>
                    <th scope="col">LGBF family group</th>
                    <th scope="col">Regional Improvement Collaborative</th>
                  </tr>
                </thead>
                <tbody>
                  {data.authorities.map((a, i) => (
                    <AuthorityRow key={i} authority={a} />
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </>
      )}
    </Page>
  );
}

/** One authority in the directory, linking to its page. */
function AuthorityRow({ authority }: { authority: FragmentType<typeof AuthorityRowFragment> }) {
  const a = getFragmentData(AuthorityRowFragment, authority);
  return (
    <tr>
      <th scope="row">
        <Link to={`/authorities/${encodeURIComponent(a.gssCode)}`}>{a.name}</Link>
      </th>
      <td>{a.gssCode}</td>
      <td>{a.lgbfFamilyGroup ?? 'Not set'}</td>
      <td>{a.ric ?? 'None'}</td>
    </tr>
  );
}
