import { graphql } from '../../gql';

export const ReviewQuery = graphql(`
  query ReviewPage_Review($id: UUID!) {
    review(id: $id) {
      id
      version
      state
      phase
      targetMonth
      theme
      imported
      publishedReportUrl
      programme {
        id
        name
      }
      hosts {
        id
        name
      }
      quad {
        id
      }
      focus {
        theme
        keyQuestions
        scope
        open
        canEdit
        canSignOff
        canReopen
        signOffs {
          user {
            id
            name
          }
          authority {
            id
            name
          }
          asProgrammeOfficer
          signedAt
        }
      }
      team {
        id
        user {
          id
          name
          email
        }
        organisation {
          id
          name
        }
        affiliation
        role
        invitation
        firstTime
        replaced
        invitedAt
        answeredAt
      }
      conflicts {
        id
        memberId
        description
        dismissed
        dismissalReason
        dismissedAt
        dismissedBy {
          id
          name
        }
      }
      latestEvent {
        id
        fromState
        toState
      }
      nextCommand {
        command
        label
        allowed
        forbiddenReason
        unmet {
          code
          message
        }
      }
      availableCommands {
        command
        label
        allowed
        forbiddenReason
        unmet {
          code
          message
        }
      }
    }
  }
`);

export const PublicReviewQuery = graphql(`
  query ReviewPage_PublicReview($id: UUID!) {
    review(id: $id) {
      id
      version
      state
      phase
      targetMonth
      theme
      imported
      publishedReportUrl
      programme {
        id
        name
      }
      hosts {
        id
        name
      }
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query ReviewPage_Organisations {
    organisations {
      id
      name
      kind
    }
  }
`);

export const UsersQuery = graphql(`
  query ReviewPage_Users($search: String) {
    users(search: $search, limit: 20) {
      items {
        id
        name
        email
        invitationPending
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const UpdateFocus = graphql(`
  mutation ReviewPage_UpdateFocus($reviewId: UUID!, $version: Int!, $input: FocusInput!) {
    updateFocus(reviewId: $reviewId, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const SignOffFocus = graphql(`
  mutation ReviewPage_SignOffFocus($reviewId: UUID!, $version: Int!) {
    signOffFocus(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);

export const HistoryQuery = graphql(`
  query ReviewPage_History($id: UUID!, $after: Int) {
    review(id: $id) {
      id
      history(first: 50, after: $after) {
        total
        endCursor
        hasNextPage
        items {
          id
          sequence
          kind
          summary
          fromState
          toState
          reason
          actor {
            id
            name
          }
          at
          reportUrl
        }
      }
    }
  }
`);

export const ReopenFocus = graphql(`
  mutation ReviewPage_ReopenFocus($reviewId: UUID!, $version: Int!, $reason: String!) {
    reopenFocus(reviewId: $reviewId, version: $version, reason: $reason) {
      id
      version
    }
  }
`);

export const InviteTeamMember = graphql(`
  mutation ReviewPage_InviteTeamMember($reviewId: UUID!, $version: Int!, $input: InviteTeamMemberInput!) {
    inviteTeamMember(reviewId: $reviewId, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const AddTeamMember = graphql(`
  mutation ReviewPage_AddTeamMember($reviewId: UUID!, $version: Int!, $input: TeamMemberInput!) {
    addTeamMember(reviewId: $reviewId, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const RespondToInvitation = graphql(`
  mutation ReviewPage_RespondToInvitation($memberId: UUID!, $version: Int!, $accept: Boolean!) {
    respondToTeamInvitation(memberId: $memberId, version: $version, accept: $accept) {
      id
      invitation
    }
  }
`);

export const DismissConflict = graphql(`
  mutation ReviewPage_DismissConflict($id: UUID!, $version: Int!, $reason: String!) {
    dismissConflict(id: $id, version: $version, reason: $reason) {
      id
      dismissed
    }
  }
`);

export const AgreeFocus = graphql(`
  mutation ReviewPage_AgreeFocus($reviewId: UUID!, $version: Int!) {
    agreeFocus(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const FormTeam = graphql(`
  mutation ReviewPage_FormTeam($reviewId: UUID!, $version: Int!) {
    formTeam(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const SubmitSelfEvaluation = graphql(`
  mutation ReviewPage_SubmitSelfEvaluation($reviewId: UUID!, $version: Int!) {
    submitSelfEvaluation(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const StartVisit = graphql(`
  mutation ReviewPage_StartVisit($reviewId: UUID!, $version: Int!) {
    startVisit(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const CompleteVisit = graphql(`
  mutation ReviewPage_CompleteVisit($reviewId: UUID!, $version: Int!) {
    completeVisit(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const DraftReport = graphql(`
  mutation ReviewPage_DraftReport($reviewId: UUID!, $version: Int!) {
    draftReport(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const PublishReport = graphql(`
  mutation ReviewPage_PublishReport($reviewId: UUID!, $version: Int!) {
    publishReport(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const BeginFollowUp = graphql(`
  mutation ReviewPage_BeginFollowUp($reviewId: UUID!, $version: Int!) {
    beginFollowUp(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const CloseReview = graphql(`
  mutation ReviewPage_CloseReview($reviewId: UUID!, $version: Int!) {
    closeReview(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const ResumeReview = graphql(`
  mutation ReviewPage_ResumeReview($reviewId: UUID!, $version: Int!) {
    resumeReview(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
export const PostponeReview = graphql(`
  mutation ReviewPage_PostponeReview($reviewId: UUID!, $version: Int!, $reason: String!) {
    postponeReview(reviewId: $reviewId, version: $version, reason: $reason) {
      id
      version
    }
  }
`);
export const WithdrawReview = graphql(`
  mutation ReviewPage_WithdrawReview($reviewId: UUID!, $version: Int!, $reason: String!) {
    withdrawReview(reviewId: $reviewId, version: $version, reason: $reason) {
      id
      version
    }
  }
`);
export const ReopenSelfEvaluation = graphql(`
  mutation ReviewPage_ReopenSelfEvaluation($reviewId: UUID!, $version: Int!, $reason: String!) {
    reopenSelfEvaluation(reviewId: $reviewId, version: $version, reason: $reason) {
      id
      version
    }
  }
`);
