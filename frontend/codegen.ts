import { existsSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The real SDL is written by `quads export-schema` to ../schema.graphql and is
// always preferred. TEMPORARY: until the server's identity API lands (the
// committed SDL has no `signIn` yet), the draft contract beside this file is
// used instead so that the identity pages still type-check. Delete
// schema.draft.graphql and this fallback once ../schema.graphql has signIn.
// QUADS_SCHEMA=path overrides both.
function chooseSchema(): string {
  if (process.env.QUADS_SCHEMA) return process.env.QUADS_SCHEMA;
  const real = '../schema.graphql';
  if (existsSync(real)) {
    if (/\bsignIn\s*\(/.test(readFileSync(real, 'utf8'))) return real;
    console.warn(`codegen: ${real} has no identity API yet; using ./schema.draft.graphql`);
  }
  return './schema.draft.graphql';
}
const schema = chooseSchema();
if (!process.env.CODEGEN_QUIET) console.log(`codegen: schema ${schema}`);

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}', '!src/test/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', NaiveDate: 'string', UUID: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
