#!/usr/bin/env node
// Fails when the committed generated code (src/gql/) differs from what
// codegen produces now (after a schema change or an edited operation).
// Run `npm run codegen` to fix.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dirs = ['gql'].map((d) => join(root, 'src', d));
const saved = mkdtempSync(join(tmpdir(), 'quads-gql-'));
const had = dirs.map((dir, i) => {
  if (!existsSync(dir)) return false;
  cpSync(dir, join(saved, String(i)), { recursive: true });
  return true;
});
const list = (dir) => (existsSync(dir) ? readdirSync(dir) : []);
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_QUIET: '1' },
  });
  const changed = dirs.flatMap((dir, i) => {
    const before = join(saved, String(i));
    const files = new Set([...list(dir), ...list(before)]);
    return [...files]
      .filter((f) => {
        try {
          return readFileSync(join(dir, f), 'utf8') !== readFileSync(join(before, f), 'utf8');
        } catch {
          return true;
        }
      })
      .map((f) => join('src', dir.split('/').pop(), f));
  });
  if (changed.length > 0) {
    console.error(`Generated code is out of date (${changed.join(', ')}): run \`npm run codegen\` and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log('Generated code is up to date.');
  }
} finally {
  // Leave the tree as it was found.
  dirs.forEach((dir, i) => {
    rmSync(dir, { recursive: true, force: true });
    if (had[i]) cpSync(join(saved, String(i)), dir, { recursive: true });
  });
  rmSync(saved, { recursive: true, force: true });
}
