import { graphql } from '../../gql';
import type { ReportSection_DraftQuery } from '../../gql/graphql';

// The report's private view: the draft (or the correction being made),
// its comments, approvals and published versions, in one query.

export const ReportDraftQuery = graphql(`
  query ReportSection_Draft($reviewId: UUID!) {
    review(id: $reviewId) {
      id
      version
      state
      ...ReviewActions_Review
    }
    reportDraft(reviewId: $reviewId) {
      reviewId
      reviewVersion
      state
      draftVersion
      isCorrection
      changeNote
      sharedWithHostAt
      sections {
        key
        title
        text
      }
      strengths {
        id
        kind
        text
        indicators
        findingIds
        position
      }
      areasForImprovement {
        id
        kind
        text
        indicators
        findingIds
        position
      }
      comments {
        id
        sectionKey
        itemId
        author {
          id
          name
        }
        text
        createdAt
        status
        reply
        answeredBy {
          id
          name
        }
        answeredAt
      }
      openComments
      approvals {
        by {
          id
          name
        }
        role
        authorityName
        draftVersion
        at
      }
      awaitingApprovalFrom
      canEdit
      canShare
      canComment
      canAnswerComments
      canApprove
      canPublish
      canOpenCorrection
      draftPdfUrl
      published {
        slug
        version
        publishedAt
        changeNote
      }
    }
  }
`);

export const ReportFindingsQuery = graphql(`
  query ReportSection_Findings($reviewId: UUID!) {
    reviewFindings(reviewId: $reviewId) {
      reviewId
      findings {
        id
        kind
        text
        indicators
        status
      }
    }
  }
`);

export type Draft = NonNullable<ReportSection_DraftQuery['reportDraft']>;
export type DraftItem = Draft['strengths'][number];
export type DraftComment = Draft['comments'][number];
export type DraftSection = Draft['sections'][number];
export interface FindingOption {
  id: string;
  kind: string;
  text: string;
  indicators: readonly string[];
}
