import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the real SDL, written by `quads export-schema` to
// ../schema.graphql. QUADS_SCHEMA=path overrides it.
const schema = process.env.QUADS_SCHEMA ?? '../schema.graphql';
if (!process.env.CODEGEN_QUIET) console.log(`codegen: schema ${schema}`);

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}', '!src/test/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      // persisted-documents.json: every operation the frontend sends, by
      // hash, as the server receives it; the server's statement-count tests
      // load the real operations from it by name.
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        persistedDocuments: true,
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', UUID: 'string', JSON: 'unknown', Month: 'string', NaiveDate: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
