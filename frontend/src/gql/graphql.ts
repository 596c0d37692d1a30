/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A person to invite. */
export type InviteUserInput = {
  email: string;
  lead?: boolean;
  name: string;
  organisationId: string;
  roles: Array<Role>;
};

/** What an organisation is. */
export type OrganisationKind =
  | 'ADES'
  | 'EDUCATION_SCOTLAND'
  | 'HM_INSPECTORS'
  | 'LOCAL_AUTHORITY'
  | 'PARTNER';

/** Where a message is in its life. */
export type OutboxStatus =
  /** Will not be sent unless an administrator retries it. */
  | 'FAILED'
  /** Waiting to be sent (perhaps after a failed attempt). */
  | 'PENDING'
  | 'SENT';

/** A global role; rights on a review come from team membership. */
export type Role =
  /** Manages accounts and the mail outbox. */
  | 'ADMIN'
  /** Works for a local authority; with `lead`, its Director or Head of Service. */
  | 'AUTHORITY_USER'
  /** Runs the programme: schedules reviews, forms teams (ADES officers). */
  | 'PROGRAMME_OFFICER'
  /** Joins review teams (Education Scotland, HM Inspectors, others). */
  | 'REVIEWER';

export type SiteHeader_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SiteHeader_SignOutMutation = { signOut: boolean };

export type SessionUserFragment = { id: string, name: string, email: string, roles: Array<Role>, lead: boolean, organisation: { id: string, name: string, kind: OrganisationKind } };

export type Session_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Session_MeQuery = { me: { id: string, name: string, email: string, roles: Array<Role>, lead: boolean, organisation: { id: string, name: string, kind: OrganisationKind } } | null };

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

export type AdminUserPage_UserFragment = { createdAt: string, id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } };

export type AdminUserPage_UserQueryVariables = Exact<{
  id: string;
}>;


export type AdminUserPage_UserQuery = { user: { createdAt: string, id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } } };

export type AdminUserPage_SetUserRolesMutationVariables = Exact<{
  id: string;
  roles: Array<Role> | Role;
  lead: boolean;
}>;


export type AdminUserPage_SetUserRolesMutation = { setUserRoles: { createdAt: string, id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } } };

export type AdminUserPage_DeactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type AdminUserPage_DeactivateUserMutation = { deactivateUser: { createdAt: string, id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } } };

export type AdminUserPage_ReactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type AdminUserPage_ReactivateUserMutation = { reactivateUser: { createdAt: string, id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } } };

export type AdminUserPage_ResendInvitationMutationVariables = Exact<{
  id: string;
}>;


export type AdminUserPage_ResendInvitationMutation = { resendInvitation: { createdAt: string, id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } } };

export type UserRow_UserFragment = { id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } };

export type AdminUsersPage_UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type AdminUsersPage_UsersQuery = { users: { total: number, items: Array<{ id: string, name: string, email: string, roles: Array<Role>, lead: boolean, active: boolean, invitationPending: boolean, lastSignInAt: string | null, organisation: { id: string, name: string } }> } };

export type AuthorityRow_AuthorityFragment = { id: string, name: string, gssCode: string, ric: string | null, lgbfFamilyGroup: number | null };

export type AuthoritiesPage_AuthoritiesQueryVariables = Exact<{
  ric?: string | null | undefined;
  lgbfFamilyGroup?: number | null | undefined;
}>;


export type AuthoritiesPage_AuthoritiesQuery = { regionalImprovementCollaboratives: Array<string>, authorities: Array<{ id: string, name: string, gssCode: string, ric: string | null, lgbfFamilyGroup: number | null }> };

export type AuthorityPage_AuthorityQueryVariables = Exact<{
  gssCode: string;
}>;


export type AuthorityPage_AuthorityQuery = { authority: { id: string, name: string, gssCode: string, ric: string | null, lgbfFamilyGroup: number | null } };

export type ChangePasswordPage_ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordPage_ChangePasswordMutation = { changePassword: boolean };

export type ForgotPasswordPage_RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type ForgotPasswordPage_RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type FrameworkScale_ScaleLevelFragment = { level: number, label: string, meaning: string };

export type FrameworkPage_FrameworkQueryVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type FrameworkPage_FrameworkQuery = { framework: { id: string, version: number, name: string, publisher: string | null, year: number | null, appliesTo: string, about: string, grading: string, gradingRules: Array<string>, questions: Array<string>, scale: Array<{ level: number, label: string, meaning: string }>, keyAreas: Array<{ number: string, title: string, qualityIndicators: Array<{ number: string, title: string, themes: Array<string> }> }> } };

export type FrameworksPage_FrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworksPage_FrameworksQuery = { frameworks: Array<{ id: string, version: number, name: string, publisher: string | null, year: number | null, appliesTo: string, grading: string }> };

export type InvitationPage_AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type InvitationPage_AcceptInvitationMutation = { acceptInvitation: { id: string, name: string, email: string, roles: Array<Role>, lead: boolean, organisation: { id: string, name: string, kind: OrganisationKind } } };

export type InviteUserPage_OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InviteUserPage_OrganisationsQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind }> };

export type InviteUserPage_InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserPage_InviteUserMutation = { inviteUser: { id: string, email: string } };

export type ResetPasswordPage_ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordPage_ResetPasswordMutation = { resetPassword: boolean };

export type SignInPage_SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInPage_SignInMutation = { signIn: { id: string, name: string, email: string, roles: Array<Role>, lead: boolean, organisation: { id: string, name: string, kind: OrganisationKind } } };

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
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  name
  email
  roles
  lead
  organisation {
    id
    name
    kind
  }
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const UserRow_UserFragmentDoc = new TypedDocumentString(`
    fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"UserRow_User"}) as unknown as TypedDocumentString<UserRow_UserFragment, unknown>;
export const AdminUserPage_UserFragmentDoc = new TypedDocumentString(`
    fragment AdminUserPage_User on User {
  ...UserRow_User
  createdAt
}
    fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}`, {"fragmentName":"AdminUserPage_User"}) as unknown as TypedDocumentString<AdminUserPage_UserFragment, unknown>;
export const AuthorityRow_AuthorityFragmentDoc = new TypedDocumentString(`
    fragment AuthorityRow_Authority on Authority {
  id
  name
  gssCode
  ric
  lgbfFamilyGroup
}
    `, {"fragmentName":"AuthorityRow_Authority"}) as unknown as TypedDocumentString<AuthorityRow_AuthorityFragment, unknown>;
export const FrameworkScale_ScaleLevelFragmentDoc = new TypedDocumentString(`
    fragment FrameworkScale_ScaleLevel on ScaleLevel {
  level
  label
  meaning
}
    `, {"fragmentName":"FrameworkScale_ScaleLevel"}) as unknown as TypedDocumentString<FrameworkScale_ScaleLevelFragment, unknown>;
export const SiteHeader_SignOutDocument = new TypedDocumentString(`
    mutation SiteHeader_SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SiteHeader_SignOutMutation, SiteHeader_SignOutMutationVariables>;
export const Session_MeDocument = new TypedDocumentString(`
    query Session_Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  lead
  organisation {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<Session_MeQuery, Session_MeQueryVariables>;
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
export const AdminUserPage_UserDocument = new TypedDocumentString(`
    query AdminUserPage_User($id: UUID!) {
  user(id: $id) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  ...UserRow_User
  createdAt
}
fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUserPage_UserQuery, AdminUserPage_UserQueryVariables>;
export const AdminUserPage_SetUserRolesDocument = new TypedDocumentString(`
    mutation AdminUserPage_SetUserRoles($id: UUID!, $roles: [Role!]!, $lead: Boolean!) {
  setUserRoles(id: $id, roles: $roles, lead: $lead) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  ...UserRow_User
  createdAt
}
fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUserPage_SetUserRolesMutation, AdminUserPage_SetUserRolesMutationVariables>;
export const AdminUserPage_DeactivateUserDocument = new TypedDocumentString(`
    mutation AdminUserPage_DeactivateUser($id: UUID!) {
  deactivateUser(id: $id) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  ...UserRow_User
  createdAt
}
fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUserPage_DeactivateUserMutation, AdminUserPage_DeactivateUserMutationVariables>;
export const AdminUserPage_ReactivateUserDocument = new TypedDocumentString(`
    mutation AdminUserPage_ReactivateUser($id: UUID!) {
  reactivateUser(id: $id) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  ...UserRow_User
  createdAt
}
fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUserPage_ReactivateUserMutation, AdminUserPage_ReactivateUserMutationVariables>;
export const AdminUserPage_ResendInvitationDocument = new TypedDocumentString(`
    mutation AdminUserPage_ResendInvitation($id: UUID!) {
  resendInvitation(id: $id) {
    ...AdminUserPage_User
  }
}
    fragment AdminUserPage_User on User {
  ...UserRow_User
  createdAt
}
fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUserPage_ResendInvitationMutation, AdminUserPage_ResendInvitationMutationVariables>;
export const AdminUsersPage_UsersDocument = new TypedDocumentString(`
    query AdminUsersPage_Users($search: String, $offset: Int, $limit: Int) {
  users(search: $search, offset: $offset, limit: $limit) {
    total
    items {
      ...UserRow_User
    }
  }
}
    fragment UserRow_User on User {
  id
  name
  email
  roles
  lead
  active
  invitationPending
  lastSignInAt
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUsersPage_UsersQuery, AdminUsersPage_UsersQueryVariables>;
export const AuthoritiesPage_AuthoritiesDocument = new TypedDocumentString(`
    query AuthoritiesPage_Authorities($ric: String, $lgbfFamilyGroup: Int) {
  authorities(ric: $ric, lgbfFamilyGroup: $lgbfFamilyGroup) {
    ...AuthorityRow_Authority
  }
  regionalImprovementCollaboratives
}
    fragment AuthorityRow_Authority on Authority {
  id
  name
  gssCode
  ric
  lgbfFamilyGroup
}`) as unknown as TypedDocumentString<AuthoritiesPage_AuthoritiesQuery, AuthoritiesPage_AuthoritiesQueryVariables>;
export const AuthorityPage_AuthorityDocument = new TypedDocumentString(`
    query AuthorityPage_Authority($gssCode: String!) {
  authority(gssCode: $gssCode) {
    id
    name
    gssCode
    ric
    lgbfFamilyGroup
  }
}
    `) as unknown as TypedDocumentString<AuthorityPage_AuthorityQuery, AuthorityPage_AuthorityQueryVariables>;
export const ChangePasswordPage_ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePasswordPage_ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordPage_ChangePasswordMutation, ChangePasswordPage_ChangePasswordMutationVariables>;
export const ForgotPasswordPage_RequestPasswordResetDocument = new TypedDocumentString(`
    mutation ForgotPasswordPage_RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<ForgotPasswordPage_RequestPasswordResetMutation, ForgotPasswordPage_RequestPasswordResetMutationVariables>;
export const FrameworkPage_FrameworkDocument = new TypedDocumentString(`
    query FrameworkPage_Framework($id: String!, $version: Int) {
  framework(id: $id, version: $version) {
    id
    version
    name
    publisher
    year
    appliesTo
    about
    grading
    gradingRules
    questions
    scale {
      ...FrameworkScale_ScaleLevel
    }
    keyAreas {
      number
      title
      qualityIndicators {
        number
        title
        themes
      }
    }
  }
}
    fragment FrameworkScale_ScaleLevel on ScaleLevel {
  level
  label
  meaning
}`) as unknown as TypedDocumentString<FrameworkPage_FrameworkQuery, FrameworkPage_FrameworkQueryVariables>;
export const FrameworksPage_FrameworksDocument = new TypedDocumentString(`
    query FrameworksPage_Frameworks {
  frameworks {
    id
    version
    name
    publisher
    year
    appliesTo
    grading
  }
}
    `) as unknown as TypedDocumentString<FrameworksPage_FrameworksQuery, FrameworksPage_FrameworksQueryVariables>;
export const InvitationPage_AcceptInvitationDocument = new TypedDocumentString(`
    mutation InvitationPage_AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  lead
  organisation {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<InvitationPage_AcceptInvitationMutation, InvitationPage_AcceptInvitationMutationVariables>;
export const InviteUserPage_OrganisationsDocument = new TypedDocumentString(`
    query InviteUserPage_Organisations {
  organisations {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<InviteUserPage_OrganisationsQuery, InviteUserPage_OrganisationsQueryVariables>;
export const InviteUserPage_InviteUserDocument = new TypedDocumentString(`
    mutation InviteUserPage_InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<InviteUserPage_InviteUserMutation, InviteUserPage_InviteUserMutationVariables>;
export const ResetPasswordPage_ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPasswordPage_ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordPage_ResetPasswordMutation, ResetPasswordPage_ResetPasswordMutationVariables>;
export const SignInPage_SignInDocument = new TypedDocumentString(`
    mutation SignInPage_SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  name
  email
  roles
  lead
  organisation {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;