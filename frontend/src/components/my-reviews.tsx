import { Link, useSearchParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { formatMonth, joinNames } from '../lib/programme';
import { useQuery } from '../lib/use-query';
import { Pagination, pageParam } from './pagination';
import { QueryStatus } from './query-errors';
import { StateTag } from './state-tag';
import { TableRegion } from './table-region';

export const MyReviewFragment = graphql(`
  fragment MyReviews_Review on Review {
    id
    targetMonth
    state
    hosts {
      id
      name
    }
    programme {
      id
      name
    }
  }
`);

/** The reviews the signed-in person takes part in, a page at a time. */
const MyReviewsQuery = graphql(`
  query MyReviews_List($offset: Int, $limit: Int) {
    me {
      id
      reviews(offset: $offset, limit: $limit) {
        total
        items {
          id
          ...MyReviews_Review
        }
      }
    }
  }
`);

export const PAGE_SIZE = 20;

/**
 * "Your reviews": those hosted by the person's authority or with them on
 * the team (every review for a programme officer), newest month first.
 */
export function MyReviews({ officer }: { officer: boolean }) {
  const [params] = useSearchParams();
  const page = pageParam(params);
  const { data, loading, errors } = useQuery(MyReviewsQuery, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const list = data?.me?.reviews;
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    return `/?${next.toString()}`;
  };
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Your reviews</h2>
      <p>
        {officer
          ? 'Every review of the programmes you run, newest first.'
          : 'Reviews hosted by your authority and reviews you are on the team of, newest first.'}
      </p>
      {!list ? (
        <QueryStatus loading={loading} errors={errors} />
      ) : list.total === 0 ? (
        <p role="status">You take part in no review yet.</p>
      ) : (
        <>
          <TableRegion label="Your reviews">
            <table className="ds_table">
              <caption className="visually-hidden">Your reviews</caption>
              <thead>
                <tr>
                  <th scope="col">Review</th>
                  <th scope="col">Programme</th>
                  <th scope="col">Stage</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((r) => (
                  <ReviewRow key={r.id} review={r} />
                ))}
              </tbody>
            </table>
          </TableRegion>
          <Pagination label="Pages of your reviews" page={page} total={list.total} pageSize={PAGE_SIZE} href={pageLink} />
        </>
      )}
    </section>
  );
}

function ReviewRow({ review }: { review: FragmentType<typeof MyReviewFragment> }) {
  const r = getFragmentData(MyReviewFragment, review);
  return (
    <tr>
      <th scope="row">
        <Link to={`/reviews/${r.id}`}>
          {joinNames(r.hosts.map((h) => h.name))}, {formatMonth(r.targetMonth)}
        </Link>
      </th>
      <td>{r.programme.name}</td>
      <td>
        <StateTag state={r.state} />
      </td>
    </tr>
  );
}
