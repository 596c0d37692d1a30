import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { Pagination, pageParam } from '../components/pagination';
import { QueryStatus } from '../components/query-errors';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import type { ReviewFilterInput, ReviewState } from '../gql/graphql';
import {
  REVIEW_STATES,
  STATE_LABELS,
  formatMonth,
  groupTimeline,
  joinNames,
} from '../lib/programme';
import { StateTag } from '../components/state-tag';
import { hasRole, useSession } from '../lib/session';
import { useOneTimeParam } from '../lib/use-one-time-param';
import { useQuery } from '../lib/use-query';
import { NotFoundPage } from './not-found-page';
import { KIND_LABELS } from './programmes-page';
import { TableRegion } from '../components/table-region';

const ProgrammeQuery = graphql(`
  query ProgrammePage_Programme($id: UUID!) {
    programme(id: $id) {
      id
      name
      kind
      phases {
        number
        from
        to
      }
    }
    authorities {
      id
      name
    }
  }
`);

const MaterialsQuery = graphql(`
  query ProgrammePage_Materials($id: UUID!) {
    programme(id: $id) {
      id
      materials {
        id
        title
        url
      }
    }
  }
`);

const ReviewsQuery = graphql(`
  query ProgrammePage_Reviews($filter: ReviewFilterInput, $offset: Int!, $limit: Int!) {
    reviews(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        id
        phase
        targetMonth
        theme
        state
        publishedReportUrl
        hosts {
          id
          name
        }
        quad {
          id
          name
        }
      }
    }
  }
`);

export const TIMELINE_PAGE_SIZE = 100;

function Materials({ programmeId }: { programmeId: string }) {
  const { data, loading, errors } = useQuery(MaterialsQuery, { id: programmeId });
  const materials = data?.programme.materials ?? [];
  return (
    <section aria-labelledby="materials-heading">
      <h2 id="materials-heading">Pre-reading and guidance</h2>
      <QueryStatus loading={loading} errors={errors} />
      {data && materials.length === 0 && <p>No materials yet.</p>}
      {materials.length > 0 && (
        <ul>
          {materials.map((m) => (
            <li key={m.id}>
              <a href={m.url}>{m.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ProgrammePage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const officer = hasRole(user, 'PROGRAMME_OFFICER');
  const [params, setParams] = useSearchParams();
  const programme = useQuery(ProgrammeQuery, { id });
  // "The review of Fife is on the timetable": for the scheduling just done only.
  const scheduled = useOneTimeParam('scheduled');

  const phase = params.get('phase') ?? '';
  const state = params.get('state') ?? '';
  const host = params.get('host') ?? '';
  const theme = params.get('theme') ?? '';
  const page = pageParam(params);
  const [form, setForm] = useState({ phase, state, host, theme });

  const filter: ReviewFilterInput = { programmeId: id };
  if (phase) filter.phase = Number(phase);
  if (state) filter.states = [state as ReviewState];
  if (host) filter.hostId = host;
  if (theme) filter.theme = theme;
  const reviews = useQuery(
    ReviewsQuery,
    { filter, offset: (page - 1) * TIMELINE_PAGE_SIZE, limit: TIMELINE_PAGE_SIZE },
    { skip: !programme.data },
  );

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.phase) next.set('phase', form.phase);
    if (form.state) next.set('state', form.state);
    if (form.host) next.set('host', form.host);
    if (form.theme.trim()) next.set('theme', form.theme.trim());
    setParams(next);
  };
  const clearFilters = () => {
    setForm({ phase: '', state: '', host: '', theme: '' });
    setParams(new URLSearchParams());
  };

  const p = programme.data?.programme;
  if (
    programme.errors.some((e) => e.code === 'NOT_FOUND') ||
    (!programme.loading && programme.data && !programme.data.programme)
  )
    return <NotFoundPage />;
  if (!p) {
    return (
      <Page title="Programme">
        <QueryStatus loading={programme.loading} errors={programme.errors} />
      </Page>
    );
  }
  const quads = p.kind === 'QUADS';
  const groups = reviews.data ? groupTimeline(reviews.data.reviews.items, p.phases) : [];
  const total = reviews.data?.reviews.total ?? 0;
  const filtered = Boolean(phase || state || host || theme);
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    next.delete('scheduled');
    next.set('page', String(n));
    return `/programmes/${id}?${next.toString()}`;
  };

  return (
    <Page
      title={p.name}
      label={KIND_LABELS[p.kind]}
      wide
      banner={
        scheduled ? (
          <NotificationBanner variant="success" focusOnMount>
            <p>The review of {scheduled} is on the timetable.</p>
          </NotificationBanner>
        ) : null
      }
    >
      <p className="ds_leader">
        {p.phases.length === 1 ? 'One phase' : `${p.phases.length} phases`}:{' '}
        {p.phases.map((ph) => `phase ${ph.number}, ${formatMonth(ph.from)} to ${formatMonth(ph.to)}`).join('; ')}.
      </p>
      {officer && (
        <ul className="quads-actions">
          <li>
            <Link to={`/programmes/${id}/schedule`} className="ds_button">
              Schedule a review
            </Link>
          </li>
          <li>
            <Link to={`/programmes/${id}/settings`} className="ds_button ds_button--secondary">
              Programme settings and materials
            </Link>
          </li>
          <li>
            <Link to={`/programmes/${id}/reminders`} className="ds_button ds_button--secondary">
              Reminder policy
            </Link>
          </li>
          <li>
            <Link to={`/programmes/${id}/survey/statements`} className="ds_button ds_button--secondary">
              Survey statements
            </Link>
          </li>
          <li>
            <Link to={`/programmes/${id}/dashboard`} className="ds_button ds_button--secondary">
              Programme dashboard
            </Link>
          </li>
          <li>
            <Link to={`/programmes/${id}/network`} className="ds_button ds_button--secondary">
              Collaboration network
            </Link>
          </li>
        </ul>
      )}
      {user && <Materials programmeId={id} />}
      {user && (
        <section aria-labelledby="survey-heading">
          <h2 id="survey-heading">Participant survey</h2>
          <p>
            <Link to={`/programmes/${id}/survey`}>What participants said about the reviews</Link>: the survey’s results,
            {officer ? ' for the whole programme, each phase and each review.' : ' for the whole programme.'}
          </p>
        </section>
      )}

      <h2 id="timetable-heading">Timetable</h2>
      <form onSubmit={onFilter} role="search" aria-label="Filter the timetable" className="quads-filters">
        <Select
          id="filter-phase"
          label="Phase"
          value={form.phase}
          onChange={(e) => setForm({ ...form, phase: e.target.value })}
          options={[
            { value: '', label: 'All phases' },
            ...p.phases.map((ph) => ({ value: String(ph.number), label: `Phase ${ph.number}` })),
          ]}
        />
        <Select
          id="filter-state"
          label="State"
          value={form.state}
          onChange={(e) => setForm({ ...form, state: e.target.value })}
          options={[{ value: '', label: 'All states' }, ...REVIEW_STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }))]}
        />
        <Select
          id="filter-host"
          label="Host authority"
          value={form.host}
          onChange={(e) => setForm({ ...form, host: e.target.value })}
          options={[
            { value: '', label: 'All authorities' },
            ...(programme.data?.authorities ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <TextInput
          id="filter-theme"
          label="Theme contains"
          value={form.theme}
          onChange={(e) => setForm({ ...form, theme: e.target.value })}
        />
        <div className="quads-filters__buttons">
          <button type="submit" className="ds_button ds_button--secondary">
            Apply filters
          </button>
          {filtered && (
            <button type="button" className="ds_button ds_button--cancel" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      </form>
      <QueryStatus loading={reviews.loading && !reviews.data} errors={reviews.errors} />
      {reviews.data && (
        <p role="status">
          {total === 1 ? '1 review' : `${total} reviews`}
          {filtered ? ' match the filters' : ''}
        </p>
      )}
      {groups.map((g) => (
        <TableRegion key={g.phase} label={`Reviews in phase ${g.phase}`}>
          <table className="ds_table quads-timeline">
            <caption className="ds_table__caption">
              Phase {g.phase}
              {g.from && g.to ? `: ${formatMonth(g.from)} to ${formatMonth(g.to)}` : ''}
              {` (${g.count === 1 ? '1 review' : `${g.count} reviews`})`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Host</th>
                {quads && <th scope="col">Quad</th>}
                <th scope="col">Theme</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            {g.months.map((m) => (
              <tbody key={m.month}>
                {m.reviews.map((r, i) => (
                  <tr key={r.id}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={m.reviews.length}>
                        {formatMonth(m.month)}
                      </th>
                    )}
                    <td>
                      <Link to={`/reviews/${r.id}`}>{joinNames(r.hosts.map((h) => h.name))}</Link>
                    </td>
                    {quads && <td>{r.quad?.name ?? ''}</td>}
                    <td>
                      {r.theme ?? <span className="quads-muted">Not agreed yet</span>}
                      {r.publishedReportUrl && (
                        <>
                          {' '}
                          (<a href={r.publishedReportUrl}>published report</a>)
                        </>
                      )}
                    </td>
                    <td>
                      <StateTag state={r.state} />
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </TableRegion>
      ))}
      <Pagination label="Pages of the timetable" page={page} total={total} pageSize={TIMELINE_PAGE_SIZE} href={pageLink} />
    </Page>
  );
}
