import { describe, expect, it } from 'vitest';
import { validateAgreementFields } from '../../shared/agreements/schema';
import {
  validateCleanupBatchFields,
  validateDocumentFields,
  validateFilingReviewFields,
  validateLegalityReviewFields,
} from '../../shared/normative/schema';
import { computeReviewYearFigures } from '../../shared/review/counts';
import { replay } from '../../shared/review/lifecycle';
import { validateLetterFields } from '../../shared/review/letter-schema';
import { validateCaseFields } from '../../shared/review/schema';
import { DEFAULT_CORRECTION_RATE } from '../../shared/review/types';
import { generateDataset, ISSUE_9_SIZE, type DatasetSize } from './dataset';

const TODAY = '2026-11-29';
const SMALL: DatasetSize = {
  cases: 3_000,
  letters: 300,
  documents: 600,
  legalityReviews: 300,
  filingReviews: 400,
  cleanupItems: 150,
  cleanupBatches: 5,
  agreements: 500,
};
const d = generateDataset({ today: TODAY, size: SMALL });
const okOrErrors = (r: { ok: boolean; errors?: unknown }) => (r.ok ? 'ok' : r.errors);

describe('benchmark dataset', () => {
  it('has the requested sizes', () => {
    expect([d.cases.length, d.letters.length, d.documents.length, d.legalityReviews.length, d.filingReviews.length, d.agreements.length]).toEqual([
      3_000, 300, 600, 300, 400, 500,
    ]);
    expect(d.cleanupBatches.length).toBe(5);
    expect(d.cleanupBatches.reduce((n, b) => n + b.items.length, 0)).toBe(150);
  });

  it('is the same for the same seed', () => {
    const again = generateDataset({ today: TODAY, size: SMALL });
    expect(again.cases.slice(0, 20)).toEqual(d.cases.slice(0, 20));
    expect(again.agreements.at(-1)).toEqual(d.agreements.at(-1));
  });

  it('holds cases whose summary is the replay of their events and whose fields pass the form', () => {
    for (const c of d.cases) {
      const r = replay(c.events, TODAY);
      expect(r.ok && Object.entries(r.summary).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v), c.caseNo).toBe(true);
      expect(okOrErrors(validateCaseFields(c, TODAY)), c.caseNo).toBe('ok');
    }
    expect(new Set(d.cases.map((c) => c.caseNoKey)).size).toBe(d.cases.length);
  });

  it('spreads cases over ten years with a realistic mix of states and outcomes', () => {
    const years = new Set(d.cases.map((c) => c.receivedDate.slice(0, 4)));
    expect(years.size).toBe(11); // ten years back from 29 November reach into an eleventh calendar year
    const share = (p: (c: (typeof d.cases)[number]) => boolean) => d.cases.filter(p).length / d.cases.length;
    expect(share((c) => c.status === 'concluded')).toBeGreaterThan(0.8);
    expect(share((c) => c.status === 'notAccepted')).toBeGreaterThan(0.08);
    expect(share((c) => c.status === 'underReview' || c.status === 'suspended')).toBeLessThan(0.05);
    expect(share((c) => c.outcome === 'uphold')).toBeGreaterThan(0.2);
    expect(share((c) => c.events.some((e) => e.kind === 'correctionRequest'))).toBeGreaterThan(0.08);
    expect(d.cases.filter((c) => c.receivedDate >= '2026-01-01').length).toBeGreaterThan(d.cases.filter((c) => c.receivedDate < '2017-01-01').length);
  });

  it('balances every year (上年结转 + 本年受理 = 本年审结 + 结转下年, case by case)', () => {
    for (let y = 2016; y <= 2026; y++) {
      const f = computeReviewYearFigures({ cases: d.cases, letters: d.letters, year: y, correctionRate: DEFAULT_CORRECTION_RATE });
      expect(f.invariant.holds, String(y)).toBe(true);
      expect(f.problems, String(y)).toEqual([]);
    }
  });

  it('holds letters, normative records and agreements that pass their forms', () => {
    for (const l of d.letters) expect(okOrErrors(validateLetterFields(l, TODAY)), l.docNo).toBe('ok');
    const live = d.documents.filter((x) => x.deleted === 0);
    for (const doc of d.documents) {
      expect(okOrErrors(validateDocumentFields(doc, TODAY, { existing: live, editingId: doc.id })), doc.docNo).toBe('ok');
    }
    for (const r of d.legalityReviews) expect(okOrErrors(validateLegalityReviewFields(r, TODAY)), r.title).toBe('ok');
    for (const f of d.filingReviews) expect(okOrErrors(validateFilingReviewFields(f, TODAY)), f.docNo).toBe('ok');
    for (const b of d.cleanupBatches) {
      expect(okOrErrors(validateCleanupBatchFields(b, TODAY)), b.name).toBe('ok');
      expect(b.appliedAt).not.toBeNull();
    }
    for (const a of d.agreements) expect(okOrErrors(validateAgreementFields(a, TODAY)), a.name).toBe('ok');
  });

  it('states the sizes of issue 9', () => {
    const normative = ISSUE_9_SIZE.documents + ISSUE_9_SIZE.legalityReviews + ISSUE_9_SIZE.filingReviews + ISSUE_9_SIZE.cleanupItems;
    expect([ISSUE_9_SIZE.cases, ISSUE_9_SIZE.letters, normative, ISSUE_9_SIZE.agreements]).toEqual([50_000, 5_000, 20_000, 10_000]);
  });
});
