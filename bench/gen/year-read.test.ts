/**
 * 年度统计 and the year-end export read one year through the `yearSpan` index (renderer/src/features/export/
 * year-data.ts loadYearRecords): the year's records, the ones still open at its start and those they point at.
 * On ten years of generated records of every ledger (行政应诉 included), with carry-over, every year's figures,
 * year records and export content must be exactly those computed from every live record.
 */
import { describe, expect, it } from 'vitest';
import { computeYearFigures } from '../../shared/ledgers/year-sections';
import { hearing, litigationCase } from '../../shared/litigation/fixture.test-util';
import { LITIGATION_OUTCOMES, type LitigationCase, type LitigationOutcome } from '../../shared/litigation/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { selectYearRecords } from '../../shared/year-records';
import { freshDb } from '../../renderer/src/db/test-db';
import { buildExportContent } from '../../renderer/src/features/export/export-content';
import { computeYearData, loadLedgerRecords, loadRecordYears, loadYearRecords } from '../../renderer/src/features/export/year-data';
import { generateDataset, tablesOf } from './dataset';
import { Rng } from './random';

const TODAY = '2026-06-30';

/** 行政应诉 cases over the same years: some open for years, hearings in later years, appeals of earlier ones. */
function litigation(rng: Rng, caseIds: readonly string[]): LitigationCase[] {
  const out: LitigationCase[] = [];
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const start = Date.UTC(2016, 6, 1) / 86_400_000;
  const end = Date.UTC(2026, 5, 30) / 86_400_000;
  const outcomes: readonly LitigationOutcome[] = LITIGATION_OUTCOMES;
  for (let i = 0; i < 300; i++) {
    const received = start + Math.floor(rng.next() * (end - start));
    const open = rng.next() < 0.15;
    const concluded = open ? null : Math.min(end, received + 30 + Math.floor(rng.next() * 900));
    const hearings = Array.from({ length: Math.floor(rng.next() * 3) }, () => hearing(iso(received + 20 + Math.floor(rng.next() * 700)), '李强'));
    const earlier = out.length > 0 && rng.next() < 0.2 ? out[Math.floor(rng.next() * out.length)]! : null;
    out.push(
      litigationCase({
        id: `lit-${i}`,
        caseNo: `（${iso(received).slice(0, 4)}）苏11行初${i + 1}号`,
        instance: earlier ? 'second' : 'first',
        earlierInstanceId: earlier?.id ?? null,
        reviewCaseId: rng.next() < 0.3 ? caseIds[Math.floor(rng.next() * caseIds.length)]! : null,
        receivedDate: iso(received),
        defenceDate: null,
        hearings,
        concludedDate: concluded === null ? null : iso(concluded),
        outcome: concluded === null ? null : outcomes[Math.floor(rng.next() * outcomes.length)]!,
        judicialSuggestion: rng.next() < 0.1 ? '建议规范执法程序' : '',
        compensationClaimed: rng.next() < 0.1,
        deleted: rng.next() < 0.02 ? 1 : 0,
      }),
    );
  }
  return out;
}

describe('reading a year through the yearSpan index', () => {
  it('gives every year exactly the figures, year records and export of the full read', async () => {
    const db = freshDb();
    const data = generateDataset({
      today: TODAY,
      size: {
        cases: 3_000,
        letters: 400,
        documents: 600,
        legalityReviews: 400,
        filingReviews: 300,
        cleanupItems: 200,
        cleanupBatches: 6,
        agreements: 800,
      },
      years: 10,
    });
    for (const [table, rows] of Object.entries(tablesOf(data))) await db.table(table).bulkPut(rows as never[]);
    await db.litigationCases.bulkPut(
      litigation(
        new Rng(7),
        data.cases.map((c) => c.id),
      ),
    );

    const all = await loadLedgerRecords(db);
    const settings = DEFAULT_SETTINGS;
    const years = await loadRecordYears(db);
    expect(Math.min(...years)).toBeLessThanOrEqual(2017);
    let carried = 0;
    for (let year = 2015; year <= 2027; year++) {
      const part = await loadYearRecords(year, db);
      // Fewer records than every year's, and still every figure.
      expect(part.cases.length).toBeLessThan(all.cases.length);
      expect(computeYearFigures(part, settings, year), `figures of ${year}`).toEqual(computeYearFigures(all, settings, year));
      expect(selectYearRecords(part, year), `records of ${year}`).toEqual(selectYearRecords(all, year));
      const full = computeYearData(all, settings, year);
      // The content holds the sheet specs' functions: compared as the data they are.
      const content = (d: typeof full) => JSON.stringify(buildExportContent(d));
      expect(content(computeYearData(part, settings, year)), `export of ${year}`).toBe(content(full));
      carried += full.review.carryIn + full.litigation.all.carryIn + full.agreement.pendingAtYearStart;
    }
    // The dataset does carry cases over from year to year.
    expect(carried).toBeGreaterThan(100);
  }, 120_000);
});
