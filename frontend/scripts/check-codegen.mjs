#!/usr/bin/env node
// Fails when the committed src/gql/ differs from what codegen produces now
// (after a schema change or an edited operation). Run `npm run codegen` to fix.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const gql = join(root, 'src', 'gql');
const saved = mkdtempSync(join(tmpdir(), 'quads-gql-'));
cpSync(gql, saved, { recursive: true });
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_QUIET: '1' },
  });
  const files = new Set([...readdirSync(gql), ...readdirSync(saved)]);
  const changed = [...files].filter((f) => {
    try {
      return readFileSync(join(gql, f), 'utf8') !== readFileSync(join(saved, f), 'utf8');
    } catch {
      return true;
    }
  });
  if (changed.length > 0) {
    console.error(`src/gql is out of date (${changed.join(', ')}): run \`npm run codegen\` and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log('src/gql is up to date.');
  }
} finally {
  // Leave the tree as it was found.
  rmSync(gql, { recursive: true, force: true });
  cpSync(saved, gql, { recursive: true });
  rmSync(saved, { recursive: true, force: true });
}
