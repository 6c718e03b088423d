import { describe, expect, it } from 'vitest';
import { cleanupMatches, filingMatches, legalityMatches } from './tab-filters';
import type { CleanupBatch, FilingReview, LegalityReview } from './types';

const legality = (over: Partial<LegalityReview>) =>
  ({
    title: '丹阳市机动车停车服务收费办法',
    kind: 'new',
    draftingUnit: '丹阳市发展和改革委员会',
    docNo: '',
    submittedDate: '2026-03-02',
    completedDate: null,
    publishDate: null,
    ...over,
  }) as LegalityReview;
const filing = (over: Partial<FilingReview>) =>
  ({
    title: '丹阳市城市绿化管理办法',
    docNo: '丹政规〔2026〕2号',
    issuer: '丹阳市人民政府',
    publishDate: '2026-03-01',
    filedDate: '2026-03-20',
    result: null,
    problems: '',
    ...over,
  }) as FilingReview;

describe('规范性文件 tab filters', () => {
  it('合法性审核: text in 名称, 起草单位 or 文号; 审核中 / 已审核 / 已公布; 送审 year', () => {
    const pending = legality({});
    const published = legality({
      title: '丹阳市城市绿化管理办法',
      completedDate: '2026-03-10',
      publishDate: '2026-04-01',
      docNo: '丹政规〔2026〕2号',
    });
    expect(legalityMatches(pending, { q: '发展和改革' })).toBe(true);
    expect(legalityMatches(published, { q: '〔2026〕2号' })).toBe(true);
    expect(legalityMatches(pending, { q: '绿化' })).toBe(false);
    expect([pending, published].map((r) => legalityMatches(r, { state: 'pending' }))).toEqual([true, false]);
    expect([pending, published].map((r) => legalityMatches(r, { state: 'done' }))).toEqual([false, true]);
    expect([pending, published].map((r) => legalityMatches(r, { state: 'published' }))).toEqual([false, true]);
    expect(legalityMatches(pending, { year: 2025 })).toBe(false);
    expect(legalityMatches(pending, { kind: 'revision' })).toBe(false);
  });
  it('备案审查: 待审查 / 已审查 / 逾期报备 (after the 30 days) / 发现问题; 报备 year', () => {
    const onTime = filing({});
    const late = filing({ filedDate: '2026-04-15', result: 'filed', problems: '第五条设定罚款超出上位法幅度' });
    expect([onTime, late].map((r) => filingMatches(r, { state: 'pending' }, 30))).toEqual([true, false]);
    expect([onTime, late].map((r) => filingMatches(r, { state: 'reviewed' }, 30))).toEqual([false, true]);
    expect([onTime, late].map((r) => filingMatches(r, { state: 'late' }, 30))).toEqual([false, true]);
    expect([onTime, late].map((r) => filingMatches(r, { state: 'problem' }, 30))).toEqual([false, true]);
    expect(filingMatches(onTime, { q: '人民政府', year: 2026 }, 30)).toBe(true);
    expect(filingMatches(onTime, { year: 2025 }, 30)).toBe(false);
  });
  it('文件清理: name or scope; 进行中 / 已应用', () => {
    const b = { name: '2026年规范性文件集中清理', scope: '2017年清理后确认有效的规范性文件', appliedAt: null } as CleanupBatch;
    expect(cleanupMatches(b, { q: '2017年清理' })).toBe(true);
    expect(cleanupMatches(b, { state: 'open' })).toBe(true);
    expect(cleanupMatches(b, { state: 'applied' })).toBe(false);
    expect(cleanupMatches({ ...b, appliedAt: '2026-05-01T01:00:00Z' }, { state: 'applied' })).toBe(true);
  });
});
