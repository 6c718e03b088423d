/**
 * Walks the registry: every ledger has every part, and the parts the type system cannot judge are real rules, not
 * defaults (the schema refuses a bad date and a wrong type, a duplicate key is reported, the history has words for
 * coded values, the year rule depends on the year).
 */
import { hearing, litigationCase } from '../litigation/fixture.test-util';
import type { LitigationCase } from '../litigation/types';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AgreementReview } from '../agreements/types';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from '../normative/types';
import type { ReviewCase, ReviewLetter } from '../review/types';
import { clashAmong, findClash, holdingReference, restoreProblem } from './checks';
import type { Lookup } from './definition';
import { valueTextOf } from './history';
import { recordProblem } from './stored';
import { storedAgreement, storedBatch, storedCase, storedDocument, storedFiling, storedLegality, storedLetter } from './stored-fixtures.test-util';
import { LEDGER_TABLES, LEDGERS, ledgerOf, SHEET_KINDS, type AnyLedger, type LedgerTable } from './registry';

/** One stored record per ledger, every date in 2020 and the record still open where the ledger has open records. */
const SAMPLES = {
  reviewCases: storedCase(),
  reviewLetters: storedLetter(),
  normativeDocuments: storedDocument(),
  legalityReviews: storedLegality(),
  filingReviews: storedFiling(),
  cleanupBatches: storedBatch(),
  agreementReviews: storedAgreement(),
  litigationCases: litigationCase({
    id: 'lit1',
    instance: 'second',
    earlierInstanceId: 'lit0',
    reviewCaseId: 'c1',
    receivedDate: '2020-03-01',
    defenceDate: null,
    hearings: [hearing('2020-05-10', '李副市长')],
  }),
} satisfies {
  litigationCases: LitigationCase;
  reviewCases: ReviewCase;
  reviewLetters: ReviewLetter;
  normativeDocuments: NormativeDocument;
  legalityReviews: LegalityReview;
  filingReviews: FilingReview;
  cleanupBatches: CleanupBatch;
  agreementReviews: AgreementReview;
} & Record<LedgerTable, object>;

type Rec = Record<string, unknown>;
const sample = (table: LedgerTable): Rec => JSON.parse(JSON.stringify(SAMPLES[table])) as Rec;

/** A Lookup over plain arrays, as the renderer's is over Dexie. */
function memoryLookup(tables: Partial<Record<string, Rec[]>>): Lookup {
  return async (table, index, value) => (tables[table] ?? []).filter((r) => r[index] === value);
}

/** The fields whose schema is a real date check: every top-level field the sample holds as a 'YYYY-MM-DD' string. */
function dateFields(record: Rec): string[] {
  return Object.keys(record).filter((k) => typeof record[k] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record[k] as string));
}

describe('the registry', () => {
  it('lists each ledger once, under one table, one name and one sheet kind', () => {
    expect(new Set(LEDGER_TABLES).size).toBe(LEDGERS.length);
    expect(new Set(LEDGERS.map((l) => l.name)).size).toBe(LEDGERS.length);
    expect(new Set(SHEET_KINDS).size).toBe(LEDGERS.length);
    for (const l of LEDGERS) expect(ledgerOf(l.table)).toBe(l);
    for (const name of ['constructor', '__proto__', 'toString', 'settings', 'changeLog']) expect(ledgerOf(name)).toBeUndefined();
  });

  describe.each(LEDGERS.map((l) => [l.table, l as AnyLedger] as const))('%s', (table, ledger) => {
    const record = sample(table);

    it('has a name, labels, indexes, a route and a title for its records', () => {
      expect(ledger.name).toMatch(/\p{Script=Han}/u);
      expect(ledger.indexes.split(', ')[0]).toBe('id');
      expect(ledger.indexes).toContain('deleted');
      expect(Object.keys(ledger.labels).length).toBeGreaterThan(3);
      for (const label of Object.values(ledger.labels)) expect(label).toMatch(/\p{Script=Han}/u);
      expect(ledger.route(String(record.id))).toMatch(/^\/[a-z]/);
      const title = ledger.title(record);
      expect(title).toMatch(/\p{Script=Han}/u);
      expect(title).not.toContain(String(record.id));
      expect(ledger.sheet.columns.length).toBeGreaterThan(3);
      expect(ledger.sheet.sheetName.length).toBeLessThanOrEqual(31);
    });

    it('declares its sheet for export, template and import: every column a field, notes and sample on its columns', () => {
      const { columns, fields, notes, sample, nameHint, templateName } = ledger.sheet;
      const headers = columns.map((c) => c.header);
      expect(fields.filter((f) => !f.optional).map((f) => f.header)).toEqual(headers);
      expect(fields.some((f) => f.required)).toBe(true);
      for (const h of Object.keys(notes)) expect(headers).toContain(h);
      const row = sample({
        organs: { government: '丹阳市人民政府' } as never,
        prefix: '丹政复',
        caseNo: '丹政复〔2024〕1号',
        docTitle: '办法',
        docNo: '政规〔2024〕1号',
      });
      expect(Object.keys(row).length).toBeGreaterThan(2);
      for (const h of Object.keys(row)) expect(headers).toContain(h);
      expect(nameHint.test(templateName) || nameHint.test(ledger.sheet.sheetName)).toBe(true);
    });

    it('accepts a stored record and refuses a bad date or a wrong type, naming the field', () => {
      const where = `「${ledger.name}」第1条记录`;
      expect(recordProblem(ledger.schema, record, where)).toBeNull();
      expect(recordProblem(ledger.schema, { ...record, unknownLaterField: [1] }, where)).toBeNull();
      const dates = dateFields(record);
      expect(dates.length).toBeGreaterThan(0);
      for (const field of dates) {
        expect(recordProblem(ledger.schema, { ...record, [field]: '2020-02-30' }, where), field).toMatch(/日期|有效期/);
        expect(recordProblem(ledger.schema, { ...record, [field]: 20200301 }, where), field).not.toBeNull();
      }
      expect(recordProblem(ledger.schema, { ...record, deleted: true }, where)).toContain('删除标记无效');
      expect(recordProblem(ledger.schema, { ...record, id: 7 }, where)).toContain('缺少编号（id）');
      const textField = Object.keys(ledger.labels).find((k) => typeof record[k] === 'string' && !dates.includes(k))!;
      expect(recordProblem(ledger.schema, { ...record, [textField]: { text: 'x' } }, where)).toContain(`（编号 ${record.id}）的`);
    });

    it('reports a live duplicate of its key, and no clash with itself, a deleted record or another key', async () => {
      const rule = ledger.unique;
      if (!rule) {
        // Stated, not defaulted: these ledgers have no key that must be unique.
        expect(['legalityReviews', 'cleanupBatches', 'agreementReviews']).toContain(table);
        return;
      }
      const twin = { ...record, id: 'twin' };
      const lookup = memoryLookup({ [table]: [record, twin] });
      expect(await findClash(table, record, lookup)).toBe(twin);
      expect(clashAmong(table, record, [record, twin])).toBe(twin);
      expect(clashAmong(table, record, [record, { ...twin, deleted: 1 }])).toBeNull();
      expect(
        clashAmong(table, record, [record, { ...twin, [rule.field]: 'X〔1999〕99号', caseNoKey: 'X1999-99', docNoKey: 'X|X1999-99' }]),
      ).toBeNull();
      expect(rule.savingText(record, twin)).toContain(String(record[rule.field]));
      expect(await restoreProblem(table, record, memoryLookup({ reviewCases: [sample('reviewCases')], [table]: [record, twin] }))).toBe(
        rule.restoringText(record, twin),
      );
    });

    it('labels every coded value of its stored records; only review cases word timeline steps in 修改记录', () => {
      // Every enum field of the stored schema has a label for each of its values (the *_LABELS maps).
      for (const [field, fieldSchema] of Object.entries(ledger.schema.shape)) {
        let inner: z.ZodType = fieldSchema as z.ZodType;
        while ('unwrap' in inner && typeof inner.unwrap === 'function') inner = inner.unwrap() as z.ZodType;
        if (!(inner instanceof z.ZodEnum)) continue;
        expect(Object.keys(ledger.values), field).toContain(field);
        for (const value of inner.options) expect(ledger.values[field][value as string], `${field}=${String(value)}`).toMatch(/\p{Script=Han}/u);
      }
      const text = valueTextOf(ledger.values, ledger.history.valueText);
      const coded = Object.keys(record).filter((k) => Object.hasOwn(ledger.labels, k) && text(k, record[k]) !== undefined);
      expect(coded.length).toBeGreaterThan(0);
      for (const k of coded) expect(text(k, record[k])).toMatch(/\p{Script=Han}/u);
      if (table === 'reviewCases') {
        const later = { ...record, events: [...(record.events as Rec[]), { id: 'e3', kind: 'conclude', date: '2020-05-01', outcome: 'uphold' }] };
        expect(ledger.history.steps!(record, later)).toEqual([
          expect.objectContaining({ label: '新增步骤', text: '审结（2020-05-01，审理结果：维持）' }),
        ]);
      } else expect(ledger.history.steps).toBeNull();
    });

    it('counts its records in their year only', () => {
      expect(ledger.inYear(record, 2020)).toBe(true);
      expect(ledger.inYear(record, 2019)).toBe(false);
    });

    it('says whether a record is still open', () => {
      const rule = ledger.awaiting;
      if (!rule) return expect(['normativeDocuments', 'filingReviews', 'cleanupBatches']).toContain(table);
      if (rule.index === 'status') return expect(rule.values).toContain(record.status);
      expect(rule.rule(record)).toBe(true);
      expect(rule.rule({ ...record, deleted: 1 })).toBe(false);
    });

    it('points only at ledgers of the registry, and what points at a record blocks deleting it for good', async () => {
      for (const ref of ledger.references) {
        expect(LEDGER_TABLES).toContain(ref.target);
        const [id] = ref.ids(record);
        expect(id).toBeTruthy();
        const lookup = memoryLookup({ [table]: [record] });
        expect(await holdingReference(ref.target, id, lookup)).toBe(ref.holdsText(record));
        expect(await holdingReference(ref.target, id, memoryLookup({ [table]: [{ ...record, deleted: 1 }] }))).toBeNull();
        if (ref.requiredOnRestore) expect(await restoreProblem(table, record, memoryLookup({ [table]: [record] }))).toBe(ref.goneText(record));
      }
    });
  });
});
