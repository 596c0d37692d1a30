import { Link, useParams } from 'react-router';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { graphql } from '../gql';
import { hasRole, useSession } from '../lib/session';
import { useQuery } from '../lib/use-query';
import { NotFoundPage } from './not-found-page';

const AuthorityQuery = graphql(`
  query AuthorityPage_Authority($gssCode: String!) {
    authority(gssCode: $gssCode) {
      id
      name
      gssCode
      ric
      lgbfFamilyGroup
    }
  }
`);

export function AuthorityPage() {
  const { gssCode = '' } = useParams();
  const { data, loading, errors } = useQuery(AuthorityQuery, { gssCode });
  const { user } = useSession();

  // An unknown code, or one that is not a GSS code at all, is a page that does not exist.
  if (errors.some((e) => e.code === 'NOT_FOUND' || (e.code === 'VALIDATION' && e.field === 'gssCode')))
    return <NotFoundPage />;
  if (!data) {
    return (
      <Page title="Education authority">
        <QueryStatus loading={loading} errors={errors} />
      </Page>
    );
  }
  const a = data.authority;
  return (
    <Page title={a.name} label="Education authority">
      <dl className="ds_summary-list">
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">GSS code</dt>
          <dd className="ds_summary-list__value">{a.gssCode}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">LGBF family group</dt>
          <dd className="ds_summary-list__value">
            {a.lgbfFamilyGroup === null || a.lgbfFamilyGroup === undefined ? (
              'Not set'
            ) : (
              <Link to={`/authorities?familyGroup=${a.lgbfFamilyGroup}`}>
                Family group {a.lgbfFamilyGroup}
                <span className="visually-hidden">: every authority in it</span>
              </Link>
            )}
          </dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Regional Improvement Collaborative</dt>
          <dd className="ds_summary-list__value">
            {a.ric ? (
              <Link to={`/authorities?ric=${encodeURIComponent(a.ric)}`}>
                {a.ric}
                <span className="visually-hidden">: every authority in it</span>
              </Link>
            ) : (
              'None'
            )}
          </dd>
        </div>
      </dl>
      <p>Regional Improvement Collaboratives are historical: their funding ended in April 2025.</p>
      {(hasRole(user, 'PROGRAMME_OFFICER') || user?.organisation.id === a.id) && (
        <p>
          <Link to={`/authorities/${a.gssCode}/blackout-dates`}>Blackout dates</Link>: the days {a.name} cannot host a
          visit.
        </p>
      )}
      <p>
        <Link to="/authorities">All education authorities</Link>
      </p>
    </Page>
  );
}
