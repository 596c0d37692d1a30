/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {\n    outbox(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        createdAt\n      }\n    }\n  }\n": typeof types.AdminOutboxPage_OutboxDocument,
    "\n  mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdminOutboxPage_RetryOutboxMessageDocument,
};
const documents: Documents = {
    "\n  query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {\n    outbox(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        createdAt\n      }\n    }\n  }\n": types.AdminOutboxPage_OutboxDocument,
    "\n  mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdminOutboxPage_RetryOutboxMessageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {\n    outbox(status: $status, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        recipient\n        template\n        subject\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOutboxPage_OutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminOutboxPage_RetryOutboxMessageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
