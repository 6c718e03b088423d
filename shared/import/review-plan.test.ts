import { describe, expect, it } from 'vitest';
import type { ReviewCase } from '../review/types';
import { parseCsv } from './csv';
import { applied, emptyData, plan, REVIEW_HEADERS, reviewRow, sheet, testContext } from './plan-fixture.test-util';

const reviewSheet = (...rows: ReturnType<typeof reviewRow>[]) => sheet('行政复议', [['2019年行政复议案件台账'], REVIEW_HEADERS, ...rows]);
const cases = (p: ReturnType<typeof plan>) => p.writes.map((w) => w.record as ReviewCase);

describe('行政复议 rows', () => {
  it('builds the timeline from the date columns and derives the summary with replay()', () => {
    const p = plan([
      reviewSheet(
        reviewRow({
          案号: '丹政复〔2019〕1号',
          收到日期: '2019/3/1',
          补正通知日期: '2019.3.4',
          补正材料收到日期: '2019年3月10日',
          受理日期: 43537,
          程序: '普通',
          中止日期: '2019-04-01',
          恢复日期: '2019-04-20',
          延期日期: '2019-05-05',
          听证日期: '2019-05-10',
          审结日期: { t: 'date', v: '2019-06-20' },
          审理结果: '驳回',
          赔偿: '是',
        }),
        reviewRow({ 案号: '丹政复〔2019〕2号', 收到日期: '20190401', 未受理情形: '不予受理', 未受理日期: '2019-04-05' }),
        reviewRow({
          案号: '丹政复〔2024〕3号',
          申请人: '丹阳市某某建材有限公司',
          收到日期: '2024-03-01',
          受理日期: '2024-03-05',
          程序: '简易',
          审结日期: '2024-03-30',
          审理结果: '改正后终止',
        }),
      ),
    ]);
    expect(p.issues).toEqual([]);
    expect(p.counts).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: 0 });
    const [a, b, c] = cases(p);
    expect(a.events.map((e) => `${e.kind}@${e.date}`)).toEqual([
      'receive@2019-03-01',
      'correctionRequest@2019-03-04',
      'correctionReturned@2019-03-10',
      'accept@2019-03-13',
      'suspend@2019-04-01',
      'resume@2019-04-20',
      'extend@2019-05-05',
      'hearing@2019-05-10',
      'conclude@2019-06-20',
    ]);
    expect(a).toMatchObject({
      status: 'concluded',
      law: 'old',
      acceptedDate: '2019-03-13',
      outcome: 'dismissClaim',
      compensation: true,
      extensionDays: 30,
      caseNoKey: '丹政复〔2019〕1号',
      caseYear: 2019,
      caseSeq: 1,
      intakePoint: '市司法局',
      applicantType: 'natural',
      respondentLevel: '市政府部门',
    });
    expect(a.events.every((e) => e.recordedBy === '张明' && e.id.startsWith('id-'))).toBe(true);
    expect(b).toMatchObject({ status: 'notAccepted', nonAcceptance: 'reject', nonAcceptanceDate: '2019-04-05' });
    expect(c).toMatchObject({
      law: 'law2023',
      procedure: 'simple',
      outcome: 'terminate',
      correctedBeforeTermination: true,
      applicantType: 'organization',
    });
  });

  it('an impossible timeline is a bad row naming the column, and nothing of it is written', () => {
    const p = plan([
      reviewSheet(
        reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-05', 审结日期: '2019-05-01', 审理结果: '维持' }),
        reviewRow({ 案号: '丹政复〔2019〕2号', 收到日期: '2019-03-05', 受理日期: '2019-03-01' }),
        reviewRow({ 案号: '丹政复〔2019〕3号', 收到日期: '2019-03-05', 受理日期: '2019-03-08', 审理结果: '维持' }),
        reviewRow({ 案号: '丹政复〔2019〕4号', 收到日期: '2019-03-05', 受理日期: '2019-03-08', 程序: '简易' }),
        reviewRow({ 案号: '丹政复〔2019〕5号', 收到日期: '2019-03-05', 受理日期: '2019-03-08', 审结日期: '2019-05-01', 审理结果: '发回重审' }),
        reviewRow({ 案号: '丹政复〔2019〕6号', 收到日期: '2026-01-01' }),
        reviewRow({ 案号: '丹政复〔2019〕7号', 收到日期: '2019-02-30' }),
        reviewRow({ 案号: '丹政复〔2019〕8号', 收到日期: '2019-03-05', 受理日期: '2019-03-08', 未受理情形: '不予受理', 未受理日期: '2019-03-09' }),
        reviewRow({ 案号: '', 收到日期: '2019-03-05' }),
        reviewRow({ 案号: '丹政复〔2019〕9号', 收到日期: '2019-03-05', 承办人: '' }),
      ),
    ]);
    expect(p.writes).toEqual([]);
    expect(p.counts).toEqual({ created: 0, updated: 0, unchanged: 0, skipped: 10 });
    const byRow = Object.fromEntries(p.issues.map((i) => [i.row, `${i.column}：${i.message}`]));
    expect(byRow).toEqual({
      3: '审结日期：案件尚未受理，不能审结，请先登记受理',
      4: '受理日期：受理日期（2019-03-01）不能早于收到日期（2019-03-05）',
      5: '审结日期：已填写审理结果，审结日期不能为空',
      6: '程序：简易程序仅适用于2024年1月1日以后受理的案件（2023年修订的行政复议法）',
      7: expect.stringMatching(/^审理结果：“发回重审”无法识别，可填：维持、驳回复议请求/),
      8: '收到日期：收到日期（2026-01-01）晚于今天，不能登记尚未发生的步骤',
      9: '收到日期：“2019-02-30”不是真实存在的日期',
      10: expect.stringMatching(/^未受理日期：案件正在审理，不能不予受理/),
      11: '案号：案号不能为空',
      12: '承办人：承办人不能为空',
    });
  });

  it('re-import by 案号: unchanged rows stay unchanged (same steps kept), a changed date updates, a new 案号 is added', () => {
    const first = plan([
      reviewSheet(
        reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-01', 受理日期: '2019-03-06', 审结日期: '2019-05-06', 审理结果: '维持' }),
        reviewRow({ 案号: '丹政复〔2019〕2号', 收到日期: '2019-03-02', 受理日期: '2019-03-07' }),
      ),
    ]);
    const stored = applied(emptyData(), first);
    const second = plan(
      [
        reviewSheet(
          // Same 案号 written differently (half-width brackets, 第, leading zero): the same case, unchanged.
          reviewRow({ 案号: '丹政复[2019]第01号', 收到日期: '2019-03-01', 受理日期: '2019-03-06', 审结日期: '2019-05-06', 审理结果: '维持' }),
          reviewRow({ 案号: '丹政复〔2019〕2号', 收到日期: '2019-03-02', 受理日期: '2019-03-07', 审结日期: '2019-06-01', 审理结果: '撤销' }),
          reviewRow({ 案号: '丹政复〔2019〕3号', 收到日期: '2019-03-03' }),
        ),
      ],
      stored,
      testContext({ now: '2025-07-01T00:00:00.000Z' }),
    );
    expect(second.issues).toEqual([]);
    expect(second.counts).toEqual({ created: 1, updated: 1, unchanged: 1, skipped: 0 });
    const updated = second.writes.find((w) => w.before)!;
    const before = updated.before as ReviewCase;
    const after = updated.record as ReviewCase;
    expect(after.id).toBe(before.id);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt).toBe('2025-07-01T00:00:00.000Z');
    // The recorded steps of the same kind and date keep their ids; the conclusion is new.
    expect(after.events.slice(0, 2)).toEqual(before.events);
    expect(after).toMatchObject({ status: 'concluded', outcome: 'revoke', concludedDate: '2019-06-01' });
  });

  it('columns the sheet lacks keep the stored values (a sheet of only 案号, 收到日期 and 备注)', () => {
    const first = plan([
      reviewSheet(reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-01', 受理日期: '2019-03-06', 中止日期: '2019-03-20', 审理结果: null })),
    ]);
    const stored = applied(emptyData(), first);
    const second = plan(
      [
        sheet('台账', [
          ['案号', '收到日期', '备注'],
          ['丹政复〔2019〕1号', '2019-03-01', '补充说明'],
        ]),
      ],
      stored,
    );
    expect(second.counts).toEqual({ created: 0, updated: 1, unchanged: 0, skipped: 0 });
    const after = second.writes[0].record as ReviewCase;
    expect(after).toMatchObject({ note: '补充说明', status: 'suspended', acceptedDate: '2019-03-06', applicant: '张三', handler: '李明' });
    expect(after.events).toEqual((stored.reviewCases[0] as ReviewCase).events);
  });

  it('two rows with the same 案号 in one file: the second is a bad row', () => {
    const p = plan([
      reviewSheet(reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-01' }), reviewRow({ 案号: '丹政复（2019）1号', 收到日期: '2019-03-02' })),
    ]);
    expect(p.counts).toMatchObject({ created: 1, skipped: 1 });
    expect(p.issues[0]).toMatchObject({ row: 4, column: null, message: '与第3行重复（案号相同）' });
  });

  it('a case in the 回收站 is not matched: the row creates a new case', () => {
    const first = plan([reviewSheet(reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-01' }))]);
    const stored = applied(emptyData(), first);
    stored.reviewCases[0] = { ...stored.reviewCases[0], deleted: 1 };
    const second = plan([reviewSheet(reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-01' }))], stored);
    expect(second.counts.created).toBe(1);
  });

  it('formula cells: the cached result is used; without one the cell is reported; long cells refuse the row', () => {
    const p = plan([
      reviewSheet(
        reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-01', 申请人: '张三', 备注: '短' }),
        reviewRow({ 案号: '丹政复〔2019〕2号', 收到日期: { t: 'formula', formula: 'DATE(2019,3,2)' } }),
        reviewRow({ 案号: '丹政复〔2019〕3号', 收到日期: '2019-03-03', 备注: '长'.repeat(10000) }),
        reviewRow({ 案号: '丹政复〔2019〕4号', 收到日期: '2019-03-04', 申请人: { t: 'error', v: '#REF!' } }),
      ),
    ]);
    expect(p.counts).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 3 });
    expect(p.issues.map((i) => `${i.row} ${i.column} ${i.message}`)).toEqual([
      '4 收到日期 该单元格是公式（=DATE(2019,3,2)），文件中没有保存计算结果，请在Excel或WPS中打开、保存后再导入',
      '5 备注 内容过长（10000字），单元格最多2000字',
      '6 申请人 该单元格是错误值#REF!',
    ]);
  });
});

describe('行政复议 rows: every problem of a row is listed', () => {
  it('a file without the 承办人 column: the row with a bad date lists the date and the missing 承办人', () => {
    const csv = [
      '案号,收到日期,申请人,被申请人,行为类别,管理领域',
      '丹政复〔2025〕20号,2025-04-09,陈志强,丹阳市公安局,行政处罚,公安',
      '丹政复〔2025〕21号,2025/13/40,周梅,丹阳市住房和城乡建设局,行政强制,住建',
    ].join('\n');
    const p = plan([sheet('行政复议', parseCsv(csv))]);
    const byRow = (row: number) => p.issues.filter((i) => i.row === row).map((i) => `${i.column ?? ''}:${i.message}`);
    expect(byRow(2)).toHaveLength(1);
    expect(byRow(2)[0]).toContain('承办人');
    expect(byRow(3)).toHaveLength(2);
    expect(byRow(3)[0]).toMatch(/^收到日期:/);
    expect(byRow(3)[1]).toBe(byRow(2)[0]);
  });

  it('a blank 申请人 and a bad 受理日期 are both listed, a cell that could not be read only once', () => {
    const p = plan([reviewSheet(reviewRow({ 案号: '丹政复〔2025〕5号', 收到日期: '2025-04-01', 申请人: '', 受理日期: '2025-02-30' }))]);
    const columns = p.issues.map((i) => i.column);
    expect(columns).toContain('受理日期');
    expect(columns).toContain('申请人');
    expect(new Set(columns).size).toBe(columns.length);
  });
});
