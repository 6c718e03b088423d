/** 合法性审核: reviews of drafts of the government's own documents, declared once (see shared/ledgers/definition.ts). */
import { isInYear, yearEnd } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { combineTexts, enumText, linkText } from '../ledgers/history';
import { optionalDate, requiredDate, storedEnum, storedRecord, storedText } from '../ledgers/stored';
import { openAt } from '../ledgers/year';
import { LEGALITY_REVIEW_COLUMNS } from '../ledger-columns';
import { LEGALITY_FIELD_LABELS } from './schema';
import {
  LEGALITY_OPINION_LABELS,
  LEGALITY_REVIEW_KIND_LABELS,
  type LegalityOpinion,
  type LegalityReview,
  type LegalityReviewKind,
} from './types';

const L = LEGALITY_FIELD_LABELS;

/** Completed or published in Y, or submitted by 31 December Y and not completed by then. */
export function isLegalityReviewOfYear(r: LegalityReview, year: number): boolean {
  return isInYear(r.completedDate, year) || isInYear(r.publishDate, year) || openAt(r.submittedDate, r.completedDate, yearEnd(year));
}

export const legalityLedger = defineLedger<LegalityReview>()({
  table: 'legalityReviews',
  indexes: 'id, submittedDate, completedDate, publishDate, documentId, deleted, awaiting',
  name: '合法性审核',
  labels: LEGALITY_FIELD_LABELS,
  schema: storedRecord({
    title: storedText(L.title),
    kind: storedEnum(L.kind, ['new', 'revision']),
    draftingUnit: storedText(L.draftingUnit),
    submittedDate: requiredDate('送审日期'),
    completedDate: optionalDate('审核完成日期'),
    opinion: storedEnum(L.opinion, ['legal', 'legalAfterChanges', 'illegal']),
    problems: storedText(L.problems),
    handler: storedText(L.handler),
    docNo: storedText(L.docNo),
    publishDate: optionalDate('公布日期'),
    documentId: storedText(L.documentId).nullable(),
    note: storedText(L.note),
  }),
  title: (r) => `《${r.title ?? ''}》`,
  route: () => '/normative/legality',
  // The 文号 of the document it issues is checked by the document ledger's rule, when the document is registered.
  unique: null,
  references: [
    {
      target: 'normativeDocuments',
      ids: (r) => (r.documentId ? [r.documentId] : []),
      index: 'documentId',
      requiredOnRestore: false,
      goneText: () => '该合法性审核关联的文件已删除。请先恢复该文件',
      holdsText: (r) => `合法性审核《${r.title}》关联了此文件`,
    },
  ],
  awaiting: { index: 'awaiting', rule: (r) => r.deleted === 0 && !r.completedDate },
  inYear: isLegalityReviewOfYear,
  sheet: {
    kind: 'legalityReviews',
    sheetName: '合法性审核台账',
    title: '规范性文件合法性审核台账',
    templateName: '合法性审核',
    columns: LEGALITY_REVIEW_COLUMNS,
  },
  history: {
    valueText: combineTexts(
      enumText<LegalityReviewKind>('kind', LEGALITY_REVIEW_KIND_LABELS),
      enumText<LegalityOpinion>('opinion', LEGALITY_OPINION_LABELS),
      linkText('documentId', '已关联文件库中的文件'),
    ),
    steps: null,
  },
});
