/**
 * Which records of each ledger belong to year Y's export (the ledger sheets of the year-end workbook).
 * A record belongs to Y when it is counted in one of Y's figures, or is still open at 31 December Y
 * (so that the carry-over can be checked against the sheet). Records in the 回收站 never belong.
 *
 * - 行政复议: received, accepted, not accepted or concluded in Y, or accepted and open at 31 Dec Y.
 * - 复议文书: issued in Y.
 * - 规范性文件: published in Y, or an item of a Y cleanup batch (below).
 * - 合法性审核: completed or published in Y, or submitted by 31 Dec Y and not completed by then.
 * - 备案审查: filed (报备) in Y.
 * - 文件清理: the items of the batches completed in Y whose results were applied; a batch not yet applied is a
 *   draft and, like in the figures (normative/counts.ts), is left out; so are items whose document is gone.
 * - 行政协议: opinion in Y, or received by 31 Dec Y with no opinion by then.
 *
 * Each rule is its ledger's year rule in the registry (`inYear`); only the cleaned documents are joined here.
 * Dates are 'YYYY-MM-DD' strings compared as strings; nothing goes through Date.
 */
import type { AgreementReview } from './agreements/types';
import { LEDGER_BY_TABLE, LEDGERS, type AnyLedger, type LedgerTable, type RecordOf, type SheetKind } from './ledgers/registry';
import type { CleanupBatch, CleanupItem, FilingReview, LegalityReview, NormativeDocument } from './normative/types';
import type { BaseRecord } from './record';
import type { ReviewCase, ReviewLetter } from './review/types';

export { isCaseOfYear } from './review/case-ledger';
export { isLegalityReviewOfYear } from './normative/legality-ledger';
export { isAgreementOfYear } from './agreements/agreement-ledger';

/** Each ledger's year rule (shared/ledgers/registry.ts). */
const Y = {
  cases: LEDGER_BY_TABLE.reviewCases.inYear,
  letters: LEDGER_BY_TABLE.reviewLetters.inYear,
  documents: LEDGER_BY_TABLE.normativeDocuments.inYear,
  legalityReviews: LEDGER_BY_TABLE.legalityReviews.inYear,
  filingReviews: LEDGER_BY_TABLE.filingReviews.inYear,
  cleanupBatches: LEDGER_BY_TABLE.cleanupBatches.inYear,
  agreements: LEDGER_BY_TABLE.agreementReviews.inYear,
};

/** The seven ledgers named in LedgerRecords and YearRecords; a ledger added since is named by its table. */
type NamedTable =
  | 'reviewCases'
  | 'reviewLetters'
  | 'normativeDocuments'
  | 'legalityReviews'
  | 'filingReviews'
  | 'cleanupBatches'
  | 'agreementReviews';
/** The sheet kinds whose rows the export's ledgerRows lays out by hand (the others have a `yearSheet`). */
export type NamedSheetKind = Exclude<SheetKind, Exclude<LedgerTable, NamedTable>>;
/** The tables of the ledgers added on the registry: selected and laid out through their `yearSheet`. */
export type RegistryTable = Exclude<LedgerTable, NamedTable>;
const REGISTRY_LEDGERS = (LEDGERS as readonly AnyLedger[]).filter((l) => l.yearSheet !== null);

/** The live records of every ledger: the seven first ones by name, the ones added since by table. */
export type LedgerRecords = NamedLedgerRecords & { [T in RegistryTable]?: readonly RecordOf<T>[] };

interface NamedLedgerRecords {
  cases: readonly ReviewCase[];
  letters: readonly ReviewLetter[];
  documents: readonly NormativeDocument[];
  legalityReviews: readonly LegalityReview[];
  filingReviews: readonly FilingReview[];
  cleanupBatches: readonly CleanupBatch[];
  agreements: readonly AgreementReview[];
}

/** The live records of every ledger table, as LedgerRecords names them. */
export function ledgerRecords(live: { [T in LedgerTable]: readonly RecordOf<T>[] }): LedgerRecords {
  const added = Object.fromEntries(REGISTRY_LEDGERS.map((l) => [l.table, live[l.table as LedgerTable]]));
  return {
    ...added,
    cases: live.reviewCases,
    letters: live.reviewLetters,
    documents: live.normativeDocuments,
    legalityReviews: live.legalityReviews,
    filingReviews: live.filingReviews,
    cleanupBatches: live.cleanupBatches,
    agreements: live.agreementReviews,
  };
}

const NAMED: Record<NamedTable, keyof NamedLedgerRecords> = {
  reviewCases: 'cases',
  reviewLetters: 'letters',
  normativeDocuments: 'documents',
  legalityReviews: 'legalityReviews',
  filingReviews: 'filingReviews',
  cleanupBatches: 'cleanupBatches',
  agreementReviews: 'agreements',
};

/** The live records of one ledger table (empty when LedgerRecords holds none of it). */
export function recordsOfTable(all: LedgerRecords, table: string): readonly BaseRecord[] {
  const key = Object.hasOwn(NAMED, table) ? NAMED[table as NamedTable] : table;
  return ((all as unknown as Record<string, readonly BaseRecord[] | undefined>)[key] ?? []) as readonly BaseRecord[];
}

/** One line of the cleanup sheet: an item with its batch and its document. */
export interface CleanupItemRecord {
  batch: CleanupBatch;
  item: CleanupItem;
  document: NormativeDocument;
}

export type YearRecords = NamedYearRecords & { [T in RegistryTable]?: RecordOf<T>[] };

interface NamedYearRecords {
  cases: ReviewCase[];
  letters: ReviewLetter[];
  documents: NormativeDocument[];
  legalityReviews: LegalityReview[];
  filingReviews: FilingReview[];
  cleanupItems: CleanupItemRecord[];
  agreements: AgreementReview[];
}

const live = <T extends { deleted: 0 | 1 }>(records: readonly T[]): T[] => records.filter((r) => r.deleted !== 1);

/** Code-point order: the same on every machine, unlike localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable sort by string keys, compared in turn. */
function sortBy<T>(records: T[], ...keys: ((r: T) => string | null | undefined)[]): T[] {
  return records.sort((a, b) => {
    for (const key of keys) {
      const c = cmp(key(a) ?? '', key(b) ?? '');
      if (c !== 0) return c;
    }
    return 0;
  });
}

function cleanupItemsOfYear(batches: CleanupBatch[], documents: NormativeDocument[], year: number): CleanupItemRecord[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const applied = sortBy(
    batches.filter((b) => Y.cleanupBatches(b, year)),
    (b) => b.completedDate,
  );
  const items: CleanupItemRecord[] = [];
  for (const batch of applied) {
    for (const item of batch.items) {
      const document = docs.get(item.documentId);
      if (document) items.push({ batch, item, document });
    }
  }
  return items;
}

export function selectYearRecords(input: LedgerRecords, year: number): YearRecords {
  const documents = live(input.documents);
  const cleanupItems = cleanupItemsOfYear(live(input.cleanupBatches), documents, year);
  const cleaned = new Set(cleanupItems.map((i) => i.document.id));
  const added = Object.fromEntries(
    REGISTRY_LEDGERS.map((l) => {
      const own = l.yearSheet!;
      const records = live(((input as unknown as Record<string, readonly BaseRecord[] | undefined>)[l.table] ?? []) as BaseRecord[]);
      return [
        l.table,
        sortBy(
          records.filter((r) => l.inYear(r, year)),
          own.order,
        ),
      ];
    }),
  );
  return {
    ...added,
    cases: sortBy(
      live(input.cases).filter((c) => Y.cases(c, year)),
      (c) => c.receivedDate,
      (c) => c.caseNo,
    ),
    letters: sortBy(
      live(input.letters).filter((l) => Y.letters(l, year)),
      (l) => l.issueDate,
      (l) => l.docNo,
    ),
    documents: sortBy(
      documents.filter((d) => Y.documents(d, year) || cleaned.has(d.id)),
      (d) => d.publishDate,
      (d) => d.docNo,
    ),
    legalityReviews: sortBy(
      live(input.legalityReviews).filter((r) => Y.legalityReviews(r, year)),
      (r) => r.submittedDate,
      (r) => r.title,
    ),
    filingReviews: sortBy(
      live(input.filingReviews).filter((r) => Y.filingReviews(r, year)),
      (r) => r.filedDate,
      (r) => r.docNo,
    ),
    cleanupItems,
    agreements: sortBy(
      live(input.agreements).filter((a) => Y.agreements(a, year)),
      (a) => a.receivedDate,
      (a) => a.name,
    ),
  };
}

export function isYearEmpty(r: YearRecords): boolean {
  const added = REGISTRY_LEDGERS.reduce((n, l) => n + ((r as unknown as Record<string, unknown[] | undefined>)[l.table]?.length ?? 0), 0);
  return (
    added +
      r.cases.length +
      r.letters.length +
      r.documents.length +
      r.legalityReviews.length +
      r.filingReviews.length +
      r.cleanupItems.length +
      r.agreements.length ===
    0
  );
}
