// Words and checks shared by the report's screens (pages/report/).
import type { ReportApprovalRole, ReportItemKind, ReportSectionKey } from '../../gql/graphql';

export const ITEM_TEXT_MAX = 4000;
export const COMMENT_TEXT_MAX = 4000;
export const SECTION_TEXT_MAX = 20000;
export const INDICATORS_MAX = 20;
export const FINDINGS_MAX = 50;

export const KIND_LABEL: Record<ReportItemKind, { one: string; many: string }> = {
  STRENGTH: { one: 'strength', many: 'strengths' },
  AREA_FOR_IMPROVEMENT: { one: 'area for improvement', many: 'areas for improvement' },
};

/** The section that holds items of a kind. */
export const KIND_SECTION: Record<ReportItemKind, ReportSectionKey> = {
  STRENGTH: 'STRENGTHS',
  AREA_FOR_IMPROVEMENT: 'AREAS_FOR_IMPROVEMENT',
};

export const ROLE_LABEL: Record<ReportApprovalRole, string> = {
  HOST_LEAD: 'Host lead',
  PROGRAMME_OFFICER: 'Programme officer',
};

/** An id for a section's heading and anchor, e.g. "report-areas-for-improvement". */
export function sectionAnchor(key: ReportSectionKey): string {
  return `report-${key.toLowerCase().replace(/_/g, '-')}`;
}

/** "Strength 2", "Area for improvement 1": an item by its place in its list. */
export function itemName(kind: ReportItemKind, index: number): string {
  const one = KIND_LABEL[kind].one;
  return `${one.charAt(0).toUpperCase()}${one.slice(1)} ${index + 1}`;
}

const INDICATOR = /^\d+(\.\d+)*$/;

/**
 * The indicator numbers typed in one box ("1.1, 2.3" or "1.1 2.3"),
 * without repeats, or the problem with them.
 */
export function parseIndicators(value: string): { indicators: string[]; problem?: string } {
  const parts = value
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const indicators = parts.filter((p, i) => parts.indexOf(p) === i);
  const bad = indicators.filter((p) => !INDICATOR.test(p));
  if (bad.length > 0) {
    return { indicators, problem: `Enter quality indicators as numbers such as 1.1 (not ${bad.join(', ')})` };
  }
  if (indicators.length > INDICATORS_MAX) {
    return { indicators, problem: `Enter at most ${INDICATORS_MAX} quality indicators` };
  }
  return { indicators };
}

/** "Quality indicators 1.1 and 2.3", or nothing. */
export function indicatorsText(indicators: readonly string[]): string {
  if (indicators.length === 0) return '';
  const label = indicators.length === 1 ? 'Quality indicator' : 'Quality indicators';
  const list =
    indicators.length === 1
      ? indicators[0]
      : `${indicators.slice(0, -1).join(', ')} and ${indicators[indicators.length - 1]}`;
  return `${label} ${list}`;
}

/**
 * A published version's PDF, at the route the server answers
 * (/reports/{slug}/versions/{version}/report.pdf), for versions listed
 * without their own `pdfUrl`.
 */
export function reportPdfPath(slug: string, version: number): string {
  return `/reports/${encodeURIComponent(slug)}/versions/${version}/report.pdf`;
}
