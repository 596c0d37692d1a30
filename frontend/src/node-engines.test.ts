// Every installed package supports the Node version the project documents
// (package.json `engines.node`, Node 20): otherwise `npm ci` prints an
// EBADENGINE `npm warn` line for each, and the README's commands are noisy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Version = [number, number, number];

function parse(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether `version` satisfies one comparator such as ">=20.19", "^22.12.0", "20", "6.*" or "*". */
function satisfiesOne(version: Version, comparator: string): boolean {
  const m = /^(>=|<=|>|<|\^|~|=)?v?([\d.x*]*)$/.exec(comparator);
  if (!m) throw new Error(`unreadable engine comparator ${comparator}`);
  const op = m[1] ?? '';
  const text = m[2] ?? '';
  if (text === '' || text === '*' || text === 'x') return true;
  const parts = text.split('.').filter((p) => p !== '' && p !== '*' && p !== 'x');
  const bound = parse(parts.join('.'));
  const c = compare(version, bound);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '^':
      return c >= 0 && version[0] === bound[0];
    case '~':
      return c >= 0 && version[0] === bound[0] && version[1] === bound[1];
    default:
      // "20", "20.19", "6.*": the same leading parts.
      return parts.every((p, i) => version[i] === Number(p));
  }
}

export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => satisfiesOne(v, comparator)),
  );
}

interface Lock {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[] }>;
}

function unsupported(lockFile: string, node: string): string[] {
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as Lock;
  return Object.entries(lock.packages)
    .filter(([path, pkg]) => {
      const range = pkg.engines && !Array.isArray(pkg.engines) ? pkg.engines.node : undefined;
      return path !== '' && range !== undefined && !satisfies(node, range);
    })
    .map(([path, pkg]) => `${path}@${pkg.version ?? '?'} wants node ${(pkg.engines as Record<string, string>).node}`);
}

const frontendDir = resolve(__dirname, '..');
const documented = (JSON.parse(readFileSync(resolve(frontendDir, 'package.json'), 'utf8')) as { engines: { node: string } })
  .engines.node;
const oldestNode = documented.replace(/^>=\s*/, '');

describe('the Node version engines check', () => {
  it('reads the ranges packages use', () => {
    expect(satisfies('20.19.0', '>=20.19')).toBe(true);
    expect(satisfies('20.19.0', '>=22.15.0')).toBe(false);
    expect(satisfies('20.19.0', '^20.19.0 || ^22.12.0 || >=24.0.0')).toBe(true);
    expect(satisfies('20.19.0', '>=23.5.0 || ^22.13.0 || ^20.17.0')).toBe(true);
    expect(satisfies('20.19.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('20.19.0', '^20.17.0 || >=22.9.0')).toBe(true);
    expect(satisfies('20.19.0', '>= 8')).toBe(true);
    expect(satisfies('20.19.0', '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies('20.19.0', '^12.20 || >= 14.13')).toBe(true);
    expect(satisfies('20.19.0', '^22.12.0')).toBe(false);
  });
});

describe('installed packages', () => {
  it('all support the documented oldest Node in the frontend', () => {
    expect(oldestNode).toMatch(/^20\./);
    expect(unsupported(resolve(frontendDir, 'package-lock.json'), oldestNode)).toEqual([]);
  });

  it('all support the documented oldest Node in the browser journeys', () => {
    expect(unsupported(resolve(frontendDir, '..', 'tests', 'browser', 'package-lock.json'), oldestNode)).toEqual([]);
  });
});
