import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { REVIEW_STATES } from '../../lib/programme';
import { hasRole, useSession } from '../../lib/session';

export const SelfEvaluationLinksFragment = graphql(`
  fragment SelfEvaluationLinks_Review on Review {
    id
    state
    hosts {
      id
      name
    }
    quad {
      id
      name
    }
  }
`);

/** The states in which the review's team reads the self-evaluation too:
 * from its submission to the close (not withdrawn or postponed). */
const SUBMITTED_OR_LATER = REVIEW_STATES.slice(
  REVIEW_STATES.indexOf('SELF_EVALUATION_SUBMITTED'),
  REVIEW_STATES.indexOf('CLOSED') + 1,
);

/**
 * Links from a review's overview: each host's self-evaluation to print or
 * download (for those who may read it: programme officers and the host's
 * users always, the team once it is submitted), and the quad's comparison.
 */
export function SelfEvaluationLinks(props: { review: FragmentType<typeof SelfEvaluationLinksFragment> }) {
  const review = getFragmentData(SelfEvaluationLinksFragment, props.review);
  const { user } = useSession();
  const host = review.hosts.some((h) => h.id === user?.organisation.id);
  const mayRead = hasRole(user, 'PROGRAMME_OFFICER') || host || SUBMITTED_OR_LATER.includes(review.state);
  if (!mayRead && !review.quad) return null;
  return (
    <section aria-labelledby="self-evaluation-links">
      <h3 id="self-evaluation-links">Self-evaluation</h3>
      <ul>
        {mayRead &&
          review.hosts.map((h) => (
            <li key={h.id}>
              <Link to={`/reviews/${review.id}/self-evaluations/${h.id}/print`}>
                Print-friendly self-evaluation of {h.name}
              </Link>{' '}
              or{' '}
              <a href={`/reviews/${review.id}/self-evaluations/${h.id}/export.csv`} download>
                download it as a spreadsheet (CSV)
              </a>
            </li>
          ))}
        {review.quad && (
          <li>
            <Link to={`/quads/${review.quad.id}/comparison`}>Compare the self-evaluations of {review.quad.name}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
