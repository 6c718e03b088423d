import { describe, expect, it } from 'vitest';
import { headersOf } from '../ledger-columns';
import { LEDGER_SHEETS } from '../ledgers/registry';
import { autoColumns, detectLayout, layoutHash } from './detect';
import { LEDGER_FIELDS, matchHeader, normaliseHeader, templateHeaders } from './headers';
import { SHEET_KINDS, type RawSheet } from './types';

const sheet = (name: string, rows: RawSheet['rows']): RawSheet => ({ name, rows });

describe('headers', () => {
  it('the template headers are the export headers, and each one maps to a field of its ledger', () => {
    expect(templateHeaders('reviewCases')).toEqual(headersOf(LEDGER_SHEETS[0].columns));
    expect(templateHeaders('agreementReviews')).toContain('金额（万元）');
    for (const ledger of SHEET_KINDS) {
      const headers = templateHeaders(ledger);
      const fields = autoColumns(ledger, headers);
      expect(fields.every(Boolean), `${ledger}: ${headers.filter((_, i) => !fields[i]).join(',')}`).toBe(true);
      expect(new Set(fields).size).toBe(headers.length);
      // Every non-optional field spec is a template column.
      expect(LEDGER_FIELDS[ledger].filter((f) => !f.optional).map((f) => f.header)).toEqual(headers);
    }
  });

  it('synonyms clerks use', () => {
    expect(matchHeader('reviewCases', '申请日期')).toBe('receivedDate');
    expect(matchHeader('reviewCases', '收件日期')).toBe('receivedDate');
    expect(matchHeader('reviewCases', '结案日期')).toBe('concludedDate');
    expect(matchHeader('reviewCases', '结案方式')).toBe('outcome');
    expect(matchHeader('reviewCases', '复议结果')).toBe('outcome');
    expect(matchHeader('agreementReviews', '收件日期')).toBe('receivedDate');
  });

  it('spacing, line breaks, full-width letters, required marks, colons and hints in brackets', () => {
    expect(normaliseHeader(' 收到\n日期 ')).toBe('收到日期');
    expect(matchHeader('reviewCases', '*案　号：')).toBe('caseNo');
    expect(matchHeader('reviewCases', '程序（普通/简易）')).toBe('procedure');
    expect(matchHeader('agreementReviews', '金额(万元)')).toBe('amount');
    expect(matchHeader('agreementReviews', '金额')).toBe('amount');
    // A unit hint is not dropped: 元 are not 万元.
    expect(matchHeader('agreementReviews', '金额（元）')).toBeNull();
    // Title text is not a header.
    expect(matchHeader('reviewCases', '2019年行政复议案件台账')).toBeNull();
  });
});

describe('detectLayout', () => {
  it('finds the header under title rows and a merged title, and the ledger by its columns', () => {
    const s = sheet('Sheet1', [
      ['丹阳市2019年行政复议案件登记表', '丹阳市2019年行政复议案件登记表', '丹阳市2019年行政复议案件登记表'],
      [],
      ['填表单位：市司法局', null, '填表日期：2020年1月5日'],
      ['序号', '案号 ', '申请人', '申请日期', '结案日期', '结案方式', '承办人'],
      [1, '丹政复〔2019〕1号', '张三', '2019.3.5', '2019年5月6日', '维持', '李明'],
    ]);
    const layout = detectLayout(s)!;
    expect(layout.ledger).toBe('reviewCases');
    expect(layout.headerRow).toBe(4);
    expect(layout.columns).toEqual([null, 'caseNo', 'applicant', 'receivedDate', 'concludedDate', 'outcome', 'handler']);
  });

  it('tells 备案审查 from 规范性文件 (shared columns) by the columns that differ', () => {
    const filing = sheet('备案', [['文件名称', '文号', '制定机关', '公布日期', '报备日期', '审查结果']]);
    const registry = sheet('文件', [['文件名称', '文号', '制定机关', '公布日期', '施行日期', '有效期至', '状态']]);
    expect(detectLayout(filing)!.ledger).toBe('filingReviews');
    expect(detectLayout(registry)!.ledger).toBe('normativeDocuments');
  });

  it('null when no row holds the required columns', () => {
    expect(
      detectLayout(
        sheet('s', [
          ['姓名', '电话'],
          ['张三', '123'],
        ]),
      ),
    ).toBeNull();
    expect(detectLayout(sheet('s', [['案号', '申请人']]))).toBeNull();
    expect(detectLayout(sheet('s', []))).toBeNull();
  });

  it('uses a remembered mapping by the hash of its header row', () => {
    const s = sheet('s', [['标题'], ['编号X', '来文时间', '当事人']]);
    expect(detectLayout(s)).toBeNull();
    const hash = layoutHash(['编号X', '来文时间', '当事人']);
    const layout = detectLayout(s, { [hash]: { ledger: 'reviewCases', columns: ['caseNo', 'receivedDate', 'applicant'], savedAt: '' } });
    expect(layout).toEqual({ ledger: 'reviewCases', headerRow: 2, columns: ['caseNo', 'receivedDate', 'applicant'] });
    // Mappings saved before sheets were named by their table keep working; a kind this app does not know is ignored.
    expect(detectLayout(s, { [hash]: { ledger: 'review', columns: ['caseNo', 'receivedDate', 'applicant'], savedAt: '' } })).toEqual(layout);
    expect(detectLayout(s, { [hash]: { ledger: 'cleanup', columns: ['batchName', 'completedDate', 'title'], savedAt: '' } })!.ledger).toBe(
      'cleanupItems',
    );
    expect(detectLayout(s, { [hash]: { ledger: 'constructor', columns: ['caseNo', 'receivedDate', 'applicant'], savedAt: '' } })).toBeNull();
    // The hash ignores spacing and trailing empty cells, not the words.
    expect(layoutHash([' 编号X', '来文 时间', '当事人', '', ''])).toBe(hash);
    expect(layoutHash(['编号Y', '来文时间', '当事人'])).not.toBe(hash);
  });
});
