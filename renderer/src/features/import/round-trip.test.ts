/**
 * Export → import: the ledger sheets of the year-end workbook (renderer/src/features/export) read back to the
 * same records. The export's fixture is made consistent first the way the app's own forms would have stored it
 * (案号 sequence and keys computed, 有效期至 stated or derived, a published 重新修订 linked to its document).
 */
import { describe, expect, it } from 'vitest';
import { computeAgreementYearFigures } from '../../../../shared/agreements/counts';
import { computeReviewYearFigures } from '../../../../shared/review/counts';
import { parseCaseNo, normalizeCaseNo } from '../../../../shared/review/case-number';
import { deriveExpiry, docNoKey } from '../../../../shared/normative/validity';
import { layoutsToRemember } from '../../../../shared/import/plan';
import type { LedgerRecords } from '../../../../shared/year-records';
import type { FazhiDb } from '../../db/db';
import { withFreshDb } from '../../db/test-db';
import { buildExportContent } from '../export/export-content';
import { fixture2019, SETTINGS } from '../export/fixture.test-util';
import { computeYearData } from '../export/year-data';
import { buildXlsx } from '../export/xlsx-builder';
import { installFakeHost } from '../backup/test-fixtures';
import { commitImport } from './commit';
import { openFile, planSelections } from './import-flow';

const TODAY = '2026-11-29';
const settings = { ...SETTINGS, operatorName: '张明' };

function consistentFixture(): LedgerRecords {
  const f = fixture2019();
  // Half the documents with a stated 有效期至, half with the default one derived from their dates.
  const documents = f.documents.map((d, i) =>
    i % 2
      ? { ...d, docNoKey: docNoKey(d.issuer, d.docNo), statedExpiry: d.expiryDate }
      : { ...d, docNoKey: docNoKey(d.issuer, d.docNo), statedExpiry: null, expiryDate: deriveExpiry({ ...d, statedExpiry: null }) },
  );
  const legalityReviews = f.legalityReviews.map((r, i) => {
    if (r.kind !== 'revision' || !r.publishDate) return r;
    const doc = documents.find((d) => d.id === `r${i + 1}`)!;
    return { ...r, documentId: doc.id, docNo: doc.docNo };
  });
  const cases = f.cases.map((c) => ({ ...c, caseNoKey: normalizeCaseNo(c.caseNo), caseSeq: parseCaseNo(c.caseNo)?.seq ?? null }));
  return { ...f, cases, documents, legalityReviews };
}

async function store(db: FazhiDb, r: LedgerRecords): Promise<void> {
  await db.reviewCases.bulkPut([...r.cases]);
  await db.reviewLetters.bulkPut([...r.letters]);
  await db.normativeDocuments.bulkPut([...r.documents]);
  await db.legalityReviews.bulkPut([...r.legalityReviews]);
  await db.filingReviews.bulkPut([...r.filingReviews]);
  await db.cleanupBatches.bulkPut([...r.cleanupBatches]);
  await db.agreementReviews.bulkPut([...r.agreements]);
}

async function exportWorkbook(r: LedgerRecords): Promise<Uint8Array> {
  return buildXlsx(buildExportContent(computeYearData(r, settings, 2019)));
}

const EXPECTED_ROWS = {
  reviewCases: 42,
  reviewLetters: 3,
  normativeDocuments: 88,
  legalityReviews: 4,
  filingReviews: 2,
  cleanupItems: 85,
  agreementReviews: 18,
};

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
  installFakeHost();
});

describe('year-end export → import', () => {
  it('into the same database: every ledger row is found by its key and is unchanged', async () => {
    const records = consistentFixture();
    await store(db, records);
    const { selections } = await openFile(await exportWorkbook(records), '2019年度法治政府建设工作统计.xlsx');
    const ledgers = selections.filter((s) => s.layout).map((s) => `${s.sheet.name}:${s.layout!.ledger}:${s.layout!.headerRow}`);
    expect(ledgers).toEqual([
      '行政复议台账:reviewCases:2',
      '复议文书台账:reviewLetters:2',
      '规范性文件台账:normativeDocuments:2',
      '合法性审核台账:legalityReviews:2',
      '备案审查台账:filingReviews:2',
      '文件清理台账:cleanupItems:2',
      '行政协议台账:agreementReviews:2',
    ]);
    const plan = await planSelections('x.xlsx', selections, settings, TODAY);
    expect(plan.issues).toEqual([]);
    expect(plan.counts.created + plan.counts.updated + plan.counts.skipped).toBe(0);
    expect(plan.counts.unchanged).toBe(plan.rows.length);
    const perLedger: Record<string, number> = {};
    for (const r of plan.rows) perLedger[r.ledger] = (perLedger[r.ledger] ?? 0) + 1;
    // The export's selection of 2019 (the unapplied cleanup batch is not exported).
    expect(perLedger).toEqual(EXPECTED_ROWS);
    expect(plan.writes).toEqual([]);
  });

  it('into an empty database: the same 2019 figures', async () => {
    const records = consistentFixture();
    const data = await exportWorkbook(records);
    const { selections } = await openFile(data, 'x.xlsx');
    const plan = await planSelections('x.xlsx', selections, settings, TODAY);
    expect(plan.issues).toEqual([]);
    await commitImport(plan, { mode: 'allOrNothing', actor: '张明', layouts: layoutsToRemember(selections) });
    const cases = await db.reviewCases.toArray();
    const letters = await db.reviewLetters.toArray();
    const figures = (c: typeof cases, l: typeof letters) =>
      computeReviewYearFigures({ cases: c, letters: l, year: 2019, correctionRate: settings.correctionRate });
    const original = figures([...records.cases], [...records.letters]);
    const imported = figures(cases, letters);
    expect({ ...imported, problems: [] }).toEqual({ ...original, problems: [] });
    expect(computeAgreementYearFigures({ reviews: await db.agreementReviews.toArray(), year: 2019 })).toEqual(
      computeAgreementYearFigures({ reviews: [...records.agreements], year: 2019 }),
    );
    // The same cases, step for step.
    for (const c of cases) {
      const o = records.cases.find((x) => x.caseNoKey === c.caseNoKey)!;
      expect(c.events.map((e) => [e.kind, e.date, e.outcome ?? null])).toEqual(o.events.map((e) => [e.kind, e.date, e.outcome ?? null]));
      expect([c.applicant, c.applicantType, c.respondent, c.actCategory, c.field, c.handler, c.intakePoint]).toEqual([
        o.applicant,
        o.applicantType,
        o.respondent,
        o.actCategory,
        o.field,
        o.handler,
        o.intakePoint,
      ]);
    }
  });
});
