import type { ApiError } from '../lib/graphql-client';

export interface Guard {
  code: string;
  message: string;
}

export interface CommandCheckLike {
  label: string;
  allowed: boolean;
  forbiddenReason?: string | null;
  unmet: readonly Guard[];
}

/** The unmet guards of a GUARD_FAILED refusal (extensions.unmet), or none. */
export function guardsFromErrors(errors: readonly ApiError[]): Guard[] {
  return errors.flatMap((e) => (e.code === 'GUARD_FAILED' ? (e.guards ?? []) : []));
}

/**
 * What is still missing before a command can be made: a checklist of its
 * unmet guards, or the person who may make it. `refused` are the guards of
 * a refusal just received, which win over the ones read with the page.
 */
export function GuardChecklist({
  id,
  check,
  refused = [],
  ready = 'Everything needed is in place.',
}: {
  id: string;
  check: CommandCheckLike;
  refused?: readonly Guard[];
  /** What to say when nothing is missing; null says nothing. */
  ready?: string | null;
}) {
  const guards = refused.length > 0 ? refused : check.unmet;
  if (!check.allowed) {
    return (
      <p className="ds_hint-text" id={id}>
        {check.forbiddenReason ?? 'You cannot do this.'}
      </p>
    );
  }
  if (guards.length === 0) {
    return ready === null ? null : (
      <p className="ds_hint-text" id={id}>
        {ready}
      </p>
    );
  }
  return (
    <div id={id} className="quads-checklist">
      <p className="ds_hint-text">Before you can {check.label.charAt(0).toLowerCase() + check.label.slice(1)}:</p>
      <ul className="ds_no-bullets quads-checklist__list">
        {guards.map((g) => (
          <li key={g.code + g.message} className="quads-checklist__item" data-guard={g.code}>
            <strong className="ds_tag ds_tag--grey">To do</strong> {g.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
