import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the real SDL, written by `quads export-schema` to
// ../schema.graphql. QUADS_SCHEMA=path overrides it.
const schema = process.env.QUADS_SCHEMA ?? '../schema.graphql';
if (!process.env.CODEGEN_QUIET) console.log(`codegen: schema ${schema}`);

// TEMPORARY, for the admin outbox page only: the outbox API (`outbox`,
// `retryOutboxMessage`) lands from the email branch. Until ../schema.graphql
// has it, that page's operations are typed against the real schema extended
// by ./schema.outbox.draft.graphql, into their own src/gql-outbox/, so that
// every other operation is checked against the real schema alone. Once the
// real schema has `outbox`, the extension is not used; then move the page's
// operations back to src/gql/ and delete the extension and this target.
const OUTBOX_PAGE = 'src/pages/admin-outbox-page.tsx';
const realHasOutbox = /\boutbox\s*\(/.test(readFileSync(schema, 'utf8'));
const outboxSchema = realHasOutbox ? [schema] : [schema, './schema.outbox.draft.graphql'];

const clientConfig = {
  documentMode: 'string',
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
  scalars: { DateTime: 'string', NaiveDate: 'string', UUID: 'string' },
  skipTypename: true,
} as const;

const config: CodegenConfig = {
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      schema,
      documents: [
        'src/**/*.{ts,tsx}',
        '!src/gql/**/*',
        '!src/gql-outbox/**/*',
        `!${OUTBOX_PAGE}`,
        '!src/**/*.test.{ts,tsx}',
        '!src/test/**/*',
      ],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    './src/gql-outbox/': {
      schema: outboxSchema,
      documents: [OUTBOX_PAGE],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
  },
};

export default config;
