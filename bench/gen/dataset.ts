/**
 * The whole benchmark database (issue 9): 50,000 行政复议 cases over ten years, 5,000 复议文书, 20,000 规范性文件
 * records (文件库 documents, 合法性审核, 备案审查 and 清理 batch items) and 10,000 行政协议 reviews. Deterministic:
 * the same seed and today give the same records.
 */
import type { DateStr } from '../../shared/dates';
import type { LedgerRecords } from '../../shared/year-records';
import type { AgreementReview } from '../../shared/agreements/types';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from '../../shared/normative/types';
import type { ReviewCase, ReviewLetter } from '../../shared/review/types';
import { generateCases } from './cases';
import { generateAgreements, generateLetters, generateNormative, type NormativeCounts } from './ledgers';
import { Rng } from './random';

export interface DatasetSize extends NormativeCounts {
  cases: number;
  letters: number;
  agreements: number;
}

export const ISSUE_9_SIZE: DatasetSize = {
  cases: 50_000,
  letters: 5_000,
  documents: 8_000,
  legalityReviews: 5_000,
  filingReviews: 5_000,
  cleanupItems: 2_000,
  cleanupBatches: 10,
  agreements: 10_000,
};

export interface DatasetOptions {
  today: DateStr;
  size?: DatasetSize;
  years?: number;
  seed?: number;
  caseNoPrefix?: string;
  deletedShare?: number;
}

export interface Dataset extends LedgerRecords {
  cases: ReviewCase[];
  letters: ReviewLetter[];
  documents: NormativeDocument[];
  legalityReviews: LegalityReview[];
  filingReviews: FilingReview[];
  cleanupBatches: CleanupBatch[];
  agreements: AgreementReview[];
}

/** Dexie table name → the records to put there. */
export function tablesOf(d: Dataset): Record<string, readonly unknown[]> {
  return {
    reviewCases: d.cases,
    reviewLetters: d.letters,
    normativeDocuments: d.documents,
    legalityReviews: d.legalityReviews,
    filingReviews: d.filingReviews,
    cleanupBatches: d.cleanupBatches,
    agreementReviews: d.agreements,
  };
}

export function generateDataset(o: DatasetOptions): Dataset {
  const size = o.size ?? ISSUE_9_SIZE;
  const years = o.years ?? 10;
  const seed = o.seed ?? 20_190_101;
  const deletedShare = o.deletedShare ?? 0.005;
  const cases = generateCases({ count: size.cases, today: o.today, years, seed, caseNoPrefix: o.caseNoPrefix ?? '丹政复', deletedShare });
  const rng = new Rng(seed + 1);
  const letters = generateLetters(rng, cases, size.letters, o.today, deletedShare);
  const normative = generateNormative(rng, size, o.today, years, deletedShare);
  const agreements = generateAgreements(rng, size.agreements, o.today, years, deletedShare);
  return { cases, letters, ...normative, agreements };
}
