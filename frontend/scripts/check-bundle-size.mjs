#!/usr/bin/env node
// Prints the gzipped size of the JavaScript a first visit loads (the entry
// chunk and every chunk it imports statically) and fails over the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) visit(imported);
};
const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
entries.forEach(visit);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let jsTotal = 0;
let cssTotal = 0;
const css = new Set();
console.log('First-load assets (gzipped):');
for (const key of seen) {
  const chunk = manifest[key];
  const bytes = gzipSync(readFileSync(join(dist, chunk.file)), { level: 9 }).length;
  jsTotal += bytes;
  console.log(`  ${chunk.file.padEnd(40)} ${kb(bytes)}`);
  for (const c of chunk.css ?? []) css.add(c);
}
for (const file of css) {
  const bytes = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  cssTotal += bytes;
  console.log(`  ${file.padEnd(40)} ${kb(bytes)} (CSS, not counted in the JS budget)`);
}
console.log(`First-load JavaScript: ${kb(jsTotal)} gzipped (budget ${kb(BUDGET_BYTES)}); CSS ${kb(cssTotal)}`);
if (jsTotal > BUDGET_BYTES) {
  console.error(`FAIL: first-load JavaScript is over budget by ${kb(jsTotal - BUDGET_BYTES)}`);
  process.exit(1);
}
