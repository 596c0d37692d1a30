/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a message is in its life. */
export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type AdminOutboxPage_OutboxQueryVariables = Exact<{
  status?: OutboxStatus | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type AdminOutboxPage_OutboxQuery = { outbox: { total: number, items: Array<{ id: string, recipient: string, template: string, subject: string, status: OutboxStatus, attempts: number, lastError: string | null, dueAt: string, sentAt: string | null, createdAt: string }> } };

export type AdminOutboxPage_RetryOutboxMessageMutationVariables = Exact<{
  id: string;
}>;


export type AdminOutboxPage_RetryOutboxMessageMutation = { retryOutboxMessage: { id: string, status: OutboxStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AdminOutboxPage_OutboxDocument = new TypedDocumentString(`
    query AdminOutboxPage_Outbox($status: OutboxStatus, $offset: Int, $limit: Int) {
  outbox(status: $status, offset: $offset, limit: $limit) {
    total
    items {
      id
      recipient
      template
      subject
      status
      attempts
      lastError
      dueAt
      sentAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOutboxPage_OutboxQuery, AdminOutboxPage_OutboxQueryVariables>;
export const AdminOutboxPage_RetryOutboxMessageDocument = new TypedDocumentString(`
    mutation AdminOutboxPage_RetryOutboxMessage($id: UUID!) {
  retryOutboxMessage(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminOutboxPage_RetryOutboxMessageMutation, AdminOutboxPage_RetryOutboxMessageMutationVariables>;