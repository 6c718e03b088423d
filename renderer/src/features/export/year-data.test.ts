import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../../shared/settings';
import type { FazhiDb } from '../../db/db';
import { saveSettings } from '../../db/settings-repo';
import { freshDb } from '../../db/test-db';
import { buildExportContent } from './export-content';
import { fixture2019 } from './fixture.test-util';
import { loadYearData } from './year-data';

let db: FazhiDb;

beforeEach(async () => {
  db = freshDb();
  const f = fixture2019();
  await db.reviewCases.bulkPut(f.cases as never);
  await db.reviewLetters.bulkPut(f.letters as never);
  await db.normativeDocuments.bulkPut(f.documents as never);
  await db.legalityReviews.bulkPut(f.legalityReviews as never);
  await db.filingReviews.bulkPut(f.filingReviews as never);
  await db.cleanupBatches.bulkPut(f.cleanupBatches as never);
  await db.agreementReviews.bulkPut(f.agreements as never);
});

describe('loadYearData', () => {
  it('reads the live records of every ledger and counts them like the 年度统计 page', async () => {
    const d = await loadYearData(2019);
    expect(d.empty).toBe(false);
    expect([d.review.received, d.review.accepted, d.review.concluded, d.review.concludedCarriedOver, d.review.carryOut]).toEqual([37, 34, 30, 4, 8]);
    expect(d.review.correction.rate).toBe('10%');
    expect([d.review.opinionLetters, d.review.suggestionLetters]).toEqual([1, 2]);
    expect([
      d.normative.issued.revised,
      d.normative.cleanup.documents,
      d.normative.cleanup.continuedOrExtended,
      d.normative.cleanup.repealedOrExpired,
    ]).toEqual([3, 85, 73, 12]);
    expect([d.agreement.bySigning.government, d.agreement.townOrDepartment]).toEqual([6, 10]);
    // 回收站 records are neither counted nor listed.
    expect(d.records.cases.map((c) => c.caseNo)).not.toContain('丹政复〔2019〕99号');
    expect(d.records.letters.map((l) => l.docNo)).toEqual(['丹政复意〔2019〕1号', '丹政复建〔2019〕1号', '丹政复建〔2019〕2号']);
    expect(d.records.agreements.map((a) => a.name)).not.toContain('协议x1');
    expect(d.records.cases).toHaveLength(42);
    expect(d.caseNoById.get('c2018-41')).toBe('丹政复〔2018〕41号');
    expect(d.caseNoById.has('c2019-99')).toBe(false);
  });

  it('uses the organ names and the 直接纠错率 definition from 设置, and prints them in the notes', async () => {
    const settings: AppSettings = {
      ...DEFAULT_SETTINGS,
      organNames: { ...DEFAULT_SETTINGS.organNames, government: '某县人民政府', governmentShort: '县政府', bureau: '县司法局' },
      // Merits only: 驳回申请 and 终止 leave the denominator, so 3 ÷ (30 − 14) = 18.75%.
      correctionRate: { ...DEFAULT_SETTINGS.correctionRate, denominator: 'merits' },
      normativePeriods: { ...DEFAULT_SETTINGS.normativePeriods, filingDays: 45 },
    };
    await saveSettings(settings, '测试');
    const d = await loadYearData(2019);
    expect(d.review.correction.rate).toBe('18.75%');
    expect(d.normative.filing.onTimeRate).toBe('100%');
    const c = buildExportContent(d);
    expect(c.sheetTitle('行政复议案件台账')).toBe('某县人民政府2019年度行政复议案件台账');
    expect(c.sections[2]!.paragraphs[0]).toMatch(/^2019年，某县人民政府共收到行政复议申请37件，.*行政复议直接纠错率18\.75%，/);
    expect(c.sections[1]!.paragraphs[0]).toBe(
      '2019年，县司法局共审核以县政府名义对外签订的行政协议6件，以镇（区、街道）或者市政府组成部门名义对外签订的行政协议10件。',
    );
    expect(c.notes[1]).toBe('机关名称：复议机关为某县人民政府，简称县政府；审查机关为县司法局；镇级表述为镇（区、街道），部门表述为市政府组成部门。');
    expect(c.notes[2]).toBe(
      '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 作出实体决定的审结案件数（不含驳回申请、终止），本年3件 ÷ 16件 = 18.75%。',
    );
    expect(c.notes[3]).toBe('按时报备率 = 报备日期不晚于公布日期后45日的件数 ÷ 本年报备件数，本年2件 ÷ 2件 = 100%。');
  });

  it('marks a year nothing touches as empty', async () => {
    const d = await loadYearData(2010);
    expect(d.empty).toBe(true);
    const c = buildExportContent(d);
    expect([c.summary, c.tables, c.sections, c.ledgers]).toEqual([[], [], [], []]);
  });
});
