import type { ReviewState } from '../gql/graphql';
import { STATE_LABELS, stateTag } from '../lib/programme';

/** A review's state as a tag: the same words and the same colour on every page. */
export function StateTag({ state }: { state: ReviewState }) {
  return <strong className={`ds_tag ${stateTag(state)}`}>{STATE_LABELS[state]}</strong>;
}
