import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A query parameter that reports an action just done ("?scheduled=Fife",
 * "?welcome=1"): read once, taken out of the address straight away (so a
 * reload or a shared link does not repeat the message), and given back only
 * while the rest of the address is as it was (a new filter or page ends it).
 */
export function useOneTimeParam(name: string): string | null {
  const [params, setParams] = useSearchParams();
  const [notice] = useState(() => {
    const value = params.get(name);
    const rest = new URLSearchParams(params);
    rest.delete(name);
    return value === null ? null : { value, at: rest.toString() };
  });
  useEffect(() => {
    if (!params.has(name)) return;
    const rest = new URLSearchParams(params);
    rest.delete(name);
    setParams(rest, { replace: true });
  }, [name, params, setParams]);
  if (!notice) return null;
  return params.has(name) || params.toString() === notice.at ? notice.value : null;
}
