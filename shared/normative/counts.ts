/**
 * Year-end figures for normative documents (domain.md §2). Records with deleted === 1 (回收站) never count.
 * Dates are 'YYYY-MM-DD' strings: "in year Y" is decided on the string (isInYear), never via Date.
 *
 * - 合法性审核: reviews whose 审核完成日期 is in Y, split by 审核意见 (and by kind).
 * - 新制定 / 重新修订 issued: reviews whose 公布日期 is in Y, by kind. domain.md counts 重新修订 "by completion
 *   date": the revision is complete when its revised text is published, so the 公布日期 of the revised text is
 *   taken as the completion date of the revision (a revision reviewed in 2019 and published in 2020 counts in
 *   2020). Titles are the reviews' titles (the revised text's title), in 公布日期 order, ties in input order.
 * - 备案审查: filings whose 报备日期 is in Y; on time = 报备日期 ≤ 公布日期 + filingDays (filing.ts); results; problems
 *   found = filings with a non-empty 发现问题; corrected = of those, corrected === true.
 * - 清理: batches applied (appliedAt set) whose completion date is in Y, in completion-date order (ties in input
 *   order); items whose document is missing or in the 回收站 are left out. A document in two batches of the
 *   year counts twice (it was cleaned up twice).
 * - expiringSoonAtYearEnd: documents 有效 today whose 有效期至 lies within six months after 31 Dec Y. It reads the
 *   current status, not the status on 31 Dec Y (the registry keeps no status snapshots).
 */
import { isInYear, yearEnd } from '../dates';
import { formatPercent } from '../review/rate';
import { isFiledOnTime } from './filing';
import { isExpiringWithin } from './validity';
import type {
  CleanupBatch,
  CleanupResult,
  FilingResult,
  FilingReview,
  LegalityOpinion,
  LegalityReview,
  LegalityReviewKind,
  NormativeDocument,
} from './types';

export interface LegalityYearFigures {
  /** 审核完成日期 in Y. */
  reviewed: number;
  byOpinion: Record<LegalityOpinion, number>;
  /** Completed in Y without an opinion (a data problem): sum(byOpinion) + opinionMissing === reviewed. */
  opinionMissing: number;
  byKind: Record<LegalityReviewKind, number>;
}

export interface IssuedYearFigures {
  /** 新制定 reviews whose document was published in Y. */
  newIssued: number;
  /** 重新修订 reviews whose revised text was published in Y (the revision's completion). */
  revised: number;
  newTitles: string[];
  revisedTitles: string[];
}

export interface FilingYearFigures {
  /** 报备日期 in Y. */
  filed: number;
  onTime: number;
  late: number;
  /** onTime ÷ filed as printed ("96.3%"); null when nothing was filed. */
  onTimeRate: string | null;
  /** The filing period the on-time figures used. */
  filingDays: number;
  byResult: Record<FilingResult, number>;
  /** Filed in Y, no result yet. */
  resultPending: number;
  /** With a non-empty 发现问题. */
  problemsFound: number;
  /** Of problemsFound, corrected === true. */
  corrected: number;
}

export interface CleanupYearFigures {
  /** Applied batches completed in Y. */
  batches: number;
  batchNames: string[];
  /** The 清理范围 of the only batch; null when there are none or several. */
  scope: string | null;
  /** Documents cleaned up (items counted). */
  documents: number;
  byResult: Record<CleanupResult, number>;
  /** Items without a result (cannot happen through applyCleanup; a data problem). */
  resultMissing: number;
  /** 继续有效 + 延长有效期 */
  continuedOrExtended: number;
  /** 废止 + 宣布失效 */
  repealedOrExpired: number;
  /** 修改 */
  amended: number;
  /** First title of each group, in batch then item order; null when the group is empty. */
  firstContinuedOrExtendedTitle: string | null;
  firstRepealedOrExpiredTitle: string | null;
  firstAmendedTitle: string | null;
}

export interface NormativeYearFigures {
  year: number;
  legality: LegalityYearFigures;
  issued: IssuedYearFigures;
  filing: FilingYearFigures;
  cleanup: CleanupYearFigures;
  /** Documents 有效 (current status) expiring within six months after 31 Dec Y. */
  expiringSoonAtYearEnd: number;
}

export interface NormativeYearInput {
  documents: readonly NormativeDocument[];
  legalityReviews: readonly LegalityReview[];
  filingReviews: readonly FilingReview[];
  cleanupBatches: readonly CleanupBatch[];
  year: number;
  filingDays: number;
}

const live = <T extends { deleted: 0 | 1 }>(records: readonly T[]): T[] => records.filter((r) => r.deleted !== 1);

/** Stable sort by a date key (Array.prototype.sort is stable). */
const byDate = <T>(records: T[], key: (r: T) => string): T[] => [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

function legalityFigures(reviews: LegalityReview[], year: number): LegalityYearFigures {
  const f: LegalityYearFigures = {
    reviewed: 0,
    byOpinion: { legal: 0, legalAfterChanges: 0, illegal: 0 },
    opinionMissing: 0,
    byKind: { new: 0, revision: 0 },
  };
  for (const r of reviews) {
    if (!isInYear(r.completedDate, year)) continue;
    f.reviewed += 1;
    f.byKind[r.kind] += 1;
    if (r.opinion) f.byOpinion[r.opinion] += 1;
    else f.opinionMissing += 1;
  }
  return f;
}

function issuedFigures(reviews: LegalityReview[], year: number): IssuedYearFigures {
  const published = byDate(
    reviews.filter((r) => isInYear(r.publishDate, year)),
    (r) => r.publishDate ?? '',
  );
  const newTitles = published.filter((r) => r.kind === 'new').map((r) => r.title);
  const revisedTitles = published.filter((r) => r.kind === 'revision').map((r) => r.title);
  return { newIssued: newTitles.length, revised: revisedTitles.length, newTitles, revisedTitles };
}

function filingFigures(filings: FilingReview[], year: number, filingDays: number): FilingYearFigures {
  const f: FilingYearFigures = {
    filed: 0,
    onTime: 0,
    late: 0,
    onTimeRate: null,
    filingDays,
    byResult: { filed: 0, notFiled: 0, resubmit: 0 },
    resultPending: 0,
    problemsFound: 0,
    corrected: 0,
  };
  for (const r of filings) {
    if (!isInYear(r.filedDate, year)) continue;
    f.filed += 1;
    if (isFiledOnTime(r, filingDays)) f.onTime += 1;
    else f.late += 1;
    if (r.result) f.byResult[r.result] += 1;
    else f.resultPending += 1;
    if (r.problems.trim()) {
      f.problemsFound += 1;
      if (r.corrected === true) f.corrected += 1;
    }
  }
  f.onTimeRate = formatPercent(f.onTime, f.filed);
  return f;
}

function cleanupFigures(batches: CleanupBatch[], documents: NormativeDocument[], year: number): CleanupYearFigures {
  const applied = byDate(
    batches.filter((b) => b.appliedAt && isInYear(b.completedDate, year)),
    (b) => b.completedDate,
  );
  const docs = new Map(documents.map((d) => [d.id, d]));
  const f: CleanupYearFigures = {
    batches: applied.length,
    batchNames: applied.map((b) => b.name),
    scope: applied.length === 1 ? applied[0]!.scope : null,
    documents: 0,
    byResult: { continue: 0, extend: 0, amend: 0, repeal: 0, expire: 0 },
    resultMissing: 0,
    continuedOrExtended: 0,
    repealedOrExpired: 0,
    amended: 0,
    firstContinuedOrExtendedTitle: null,
    firstRepealedOrExpiredTitle: null,
    firstAmendedTitle: null,
  };
  for (const batch of applied) {
    for (const item of batch.items) {
      const doc = docs.get(item.documentId);
      if (!doc) continue;
      f.documents += 1;
      if (!item.result) {
        f.resultMissing += 1;
        continue;
      }
      f.byResult[item.result] += 1;
      if (item.result === 'continue' || item.result === 'extend') {
        f.continuedOrExtended += 1;
        f.firstContinuedOrExtendedTitle ??= doc.title;
      } else if (item.result === 'repeal' || item.result === 'expire') {
        f.repealedOrExpired += 1;
        f.firstRepealedOrExpiredTitle ??= doc.title;
      } else {
        f.amended += 1;
        f.firstAmendedTitle ??= doc.title;
      }
    }
  }
  return f;
}

export function computeNormativeYearFigures(input: NormativeYearInput): NormativeYearFigures {
  const { year } = input;
  const documents = live(input.documents);
  const reviews = live(input.legalityReviews);
  return {
    year,
    legality: legalityFigures(reviews, year),
    issued: issuedFigures(reviews, year),
    filing: filingFigures(live(input.filingReviews), year, input.filingDays),
    cleanup: cleanupFigures(live(input.cleanupBatches), documents, year),
    expiringSoonAtYearEnd: documents.filter((d) => isExpiringWithin(d, yearEnd(year))).length,
  };
}
