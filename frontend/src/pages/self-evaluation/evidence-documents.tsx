import { AttachmentList, AttachmentUpload } from './attachments';
import type { SelfEvaluationData } from './self-evaluation-section';

// The evidence-only self-evaluation (Collaborative Improvement): the
// authority's own self-evaluation documents, such as its Standards and
// Quality report, each with a summary.

export function EvidenceDocuments({
  reviewId,
  se,
  onChanged,
}: {
  reviewId: string;
  se: SelfEvaluationData;
  onChanged: (message?: string) => void;
}) {
  const headingId = `se-${se.authorityId}-documents-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Self-evaluation documents</h3>
      <p>
        This programme asks for the authority’s own self-evaluation evidence rather than graded indicators: attach one
        or more documents, each with a summary. {se.documents.length} attached.
      </p>
      <AttachmentList documents={se.documents} canRemove={se.canEdit} onRemoved={() => onChanged()} />
      {se.canEdit && (
        <AttachmentUpload
          id={`se-${se.authorityId}-upload`}
          reviewId={reviewId}
          authorityId={se.authorityId}
          onUploaded={(name) => onChanged(`“${name}” is added to the self-evaluation.`)}
        />
      )}
    </section>
  );
}
