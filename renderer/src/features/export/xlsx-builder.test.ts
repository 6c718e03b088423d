import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ExcelJSModule from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { buildExportContent } from './export-content';
import { fixture2019, SETTINGS } from './fixture.test-util';
import { buildXlsx } from './xlsx-builder';
import { computeYearData } from './year-data';

const ExcelJS = ((ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule) as typeof ExcelJSModule;
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

const D = (s: string) => new Date(`${s}T00:00:00.000Z`);

async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

type Value = string | number | Date | null;
function rowValues(ws: Worksheet, rowNo: number, columns = ws.columnCount): Value[] {
  const out: Value[] = [];
  for (let c = 1; c <= columns; c++) {
    const cell = ws.getRow(rowNo).getCell(c);
    // A merged range reads its master's value in every cell; only the master holds it in the file.
    const v = cell.isMerged && cell.master.address !== cell.address ? null : cell.value;
    out.push(v === undefined || v === null ? null : (v as Value));
  }
  return out;
}
function dataRows(ws: Worksheet, from = 3): Value[][] {
  const rows: Value[][] = [];
  for (let r = from; r <= ws.rowCount; r++) rows.push(rowValues(ws, r));
  return rows;
}

// Built in a time zone west of UTC, where a local-midnight Date of 2019-12-31 is 2019-12-31T08:00Z and a careless
// conversion shows up as the 30th or the 1st.
const savedTz = env.TZ;
let bytes: Uint8Array;
let wb: Workbook;
beforeAll(async () => {
  env.TZ = 'America/Los_Angeles';
  bytes = await buildXlsx(buildExportContent(computeYearData(fixture2019(), SETTINGS, 2019)));
  wb = await readWorkbook(bytes);
});
afterAll(() => {
  env.TZ = savedTz;
});

const sheet = (name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

/** The 2019 batch's 清理范围 (the report's wording), written in the 清理范围 column. */
const SCOPE_2019 =
  '2017年清理后确认有效、延期或修改的规范性文件和2017年10月至2019年9月期间市政府发布的规范性文件以及各镇（区、街道）、市政府各组成部门自行制定发布';

describe('the 2019 workbook', () => {
  it('was built in a time zone with an offset', () => {
    expect(new Date(2019, 11, 31).getTimezoneOffset()).toBe(480);
  });

  it('has 汇总, the statistics tables and the seven ledgers, in that order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '审理结果统计',
      '月度收结案统计',
      '行为类别统计',
      '管理领域统计',
      '被申请人统计',
      '合法性审核统计',
      '备案审查统计',
      '文件清理统计',
      '行政协议统计',
      '行政复议台账',
      '复议文书台账',
      '规范性文件台账',
      '合法性审核台账',
      '备案审查台账',
      '文件清理台账',
      '行政协议台账',
    ]);
  });

  it('gives every sheet a merged title row naming the organ and the year and a frozen header row', () => {
    for (const ws of wb.worksheets) {
      expect(String(ws.getCell('A1').value)).toMatch(/^丹阳市人民政府2019年度/);
      expect(ws.getCell('A1').isMerged || ws.columnCount === 1).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      for (let c = 1; c <= ws.columnCount; c++) {
        const width = ws.getColumn(c).width ?? 0;
        expect(width).toBeGreaterThanOrEqual(8);
        expect(width).toBeLessThanOrEqual(60);
      }
    }
    expect(sheet('汇总').getCell('A1').value).toBe('丹阳市人民政府2019年度法治政府建设工作统计');
    expect(sheet('行政复议台账').getCell('A1').value).toBe('丹阳市人民政府2019年度行政复议案件台账');
  });

  it('puts every figure on 汇总 with its value (hand count of the fixture)', () => {
    const ws = sheet('汇总');
    expect(rowValues(ws, 2)).toEqual(['项目', '数值', '统计口径']);
    const pairs = dataRows(ws).map((r) => [r[0], r[1]]);
    const figures = pairs.slice(
      0,
      pairs.findIndex((p) => p[0] === null),
    );
    expect(figures).toEqual([
      ['行政复议', null],
      ['收到行政复议申请（件）', 37],
      ['受理（件）', 34],
      ['其中：视为受理（件）', 0],
      ['未受理（件）', 3],
      ['其中：不予受理（件）', 1],
      ['其中：告知（转送）（件）', 1],
      ['其中：受理前撤回（件）', 1],
      ['审结（件）', 30],
      ['其中：2018年及以前受理（结转）（件）', 4],
      ['2018年结转入本年（件）', 4],
      ['结转2020年（件）', 8],
      ['结转核对', '4 + 34 = 30 + 8（平衡）'],
      ['直接纠错（件）', 3],
      ['直接纠错率分母（件）', 30],
      ['直接纠错率', '10%'],
      ['一并决定赔偿（件）', 1],
      ['发出行政复议意见书（份）', 1],
      ['发出行政复议建议书（份）', 2],
      ['规范性文件', null],
      ['合法性审核（件）', 3],
      ['新制定文件公布（件）', 0],
      ['重新修订完成（部）', 3],
      ['备案审查（件）', 2],
      ['按时报备（件）', 1],
      ['逾期报备（件）', 1],
      ['按时报备率', '50%'],
      ['备案审查发现问题（件）', 1],
      ['其中：已纠正（件）', 1],
      ['清理批次（个）', 1],
      ['清理文件（件）', 85],
      ['继续有效或延长（件）', 73],
      ['宣布失效或废止（件）', 12],
      ['修改（件）', 0],
      ['年末后6个月内到期的有效文件（件）', 1],
      ['行政协议合法性审查', null],
      ['审查（出具意见）（件）', 16],
      ['以市政府名义（件）', 6],
      ['以镇（区、街道）或者市政府组成部门名义（件）', 10],
      ['其中：以镇（区、街道）名义（件）', 6],
      ['其中：以市政府组成部门名义（件）', 4],
      ['涉及金额（万元）', 27000.8001],
      ['本年收件（件）', 17],
      ['2018年末待审（件）', 1],
      ['年末待审（件）', 2],
    ]);
    // The rule column: a few of the notes a reader needs.
    const rule = (label: string) => dataRows(ws).find((r) => r[0] === label)?.[2];
    expect(rule('受理（件）')).toBe('受理日期（含视为受理）在本年，不论收到年份');
    expect(rule('直接纠错率')).toBe('直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 审结案件数');
    expect(rule('按时报备（件）')).toBe('报备日期不晚于公布日期后30日');
  });

  it('prints the settings used in a note under the figures', () => {
    const rows = dataRows(sheet('汇总')).map((r) => r[0]);
    const notes = rows.slice(rows.indexOf('说明') + 1);
    expect(notes).toEqual([
      '统计期间为2019年1月1日至2019年12月31日，按各台账登记的记录统计，已删除的记录不计入。',
      '机关名称：复议机关为丹阳市人民政府，简称市政府；审查机关为市司法局；镇级表述为镇（区、街道），部门表述为市政府组成部门。',
      '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 审结案件数，本年3件 ÷ 30件 = 10%。',
      '按时报备率 = 报备日期不晚于公布日期后30日的件数 ÷ 本年报备件数，本年1件 ÷ 2件 = 50%。',
      '行政复议的收到、受理、未受理、审结分别按收到日期、受理日期（含视为受理）、未受理决定日期、审结日期统计，审结件数含上年结转的案件；合法性审核按审核完成日期、重新修订按修订后文本的公布日期、备案审查按报备日期、文件清理按批次完成日期、行政协议按出具意见日期统计。',
    ]);
  });

  it('has the statistics tables with their totals', () => {
    expect(dataRows(sheet('审理结果统计')).slice(0, 13)).toEqual([
      ['维持', 9, '否'],
      ['驳回复议请求', 3, '否'],
      ['驳回申请', 0, '否'],
      ['撤销', 3, '是'],
      ['部分撤销', 0, '是'],
      ['变更', 0, '是'],
      ['确认违法', 0, '是'],
      ['确认无效', 0, '是'],
      ['责令履行', 0, '是'],
      ['调解', 1, '否'],
      ['终止', 14, '否'],
      ['其他', 0, '否'],
      ['合计（审结）', 30, null],
    ]);
    const monthly = dataRows(sheet('月度收结案统计'));
    expect(monthly[11]).toEqual(['12月', 4, 0, 1]);
    expect(monthly[12]).toEqual(['合计', 37, 34, 30]);
    expect(dataRows(sheet('行为类别统计')).slice(0, 4)).toEqual([
      ['政府信息公开', 13],
      ['行政处罚', 12],
      ['行政确认', 12],
      ['合计', 37],
    ]);
    expect(dataRows(sheet('合法性审核统计')).slice(0, 5)).toEqual([
      ['审核意见', '合法', 2],
      ['审核意见', '修改后合法', 1],
      ['审核意见', '不合法', 0],
      ['类型', '新制定', 0],
      ['类型', '重新修订', 3],
    ]);
    expect(dataRows(sheet('备案审查统计')).slice(0, 5)).toEqual([
      ['予以备案', 1],
      ['不予备案', 0],
      ['补充修改后重报', 1],
      ['正在审查', 0],
      ['合计', 2],
    ]);
    expect(dataRows(sheet('文件清理统计')).slice(0, 6)).toEqual([
      ['继续有效', 60],
      ['延长有效期', 13],
      ['修改', 0],
      ['废止', 8],
      ['宣布失效', 4],
      ['合计', 85],
    ]);
    expect(dataRows(sheet('行政协议统计')).slice(0, 13)).toEqual([
      ['签订名义', '以市政府名义', 6],
      ['签订名义', '以镇（区、街道）名义', 6],
      ['签订名义', '以市政府组成部门名义', 4],
      ['协议类别', '政府和社会资本合作', 2],
      ['协议类别', '招商引资', 3],
      ['协议类别', '征收补偿', 4],
      ['协议类别', '特许经营', 1],
      ['协议类别', '建设工程（投资500万元以上）', 1],
      ['协议类别', '国有自然资源使用权出让', 2],
      ['协议类别', '其他', 3],
      ['审查意见', '同意签订', 9],
      ['审查意见', '修改后签订', 5],
      ['审查意见', '不宜签订', 2],
    ]);
  });
});

describe('the 2019 ledger sheets', () => {
  it('have exactly the headers of issue 5', () => {
    const h = (name: string) => rowValues(sheet(name), 2).join(' ');
    expect(h('行政复议台账')).toBe(
      '案号 申请人 申请人类型 被申请人 行为类别 管理领域 受理点 收到日期 补正通知日期 补正材料收到日期 受理日期 未受理情形 未受理日期 程序 中止日期 恢复日期 延期日期 听证日期 审结日期 审理结果 赔偿 承办人 备注 被申请行为 复议请求 第三人 办理状态 延长天数',
    );
    expect(h('复议文书台账')).toBe('文书类型 文号 关联案号 发出日期 收文单位 反馈日期');
    expect(h('规范性文件台账')).toBe('文件名称 文号 制定机关 公布日期 施行日期 有效期至 状态');
    expect(h('合法性审核台账')).toBe('文件名称 类型 起草单位 送审日期 审核完成日期 审核意见 公布日期 承办人 文号');
    expect(h('备案审查台账')).toBe('文件名称 文号 制定机关 公布日期 报备日期 审查结果 发现问题 是否纠正');
    expect(h('文件清理台账')).toBe('清理批次 批次完成日期 文件名称 文号 清理结果 清理范围');
    expect(h('行政协议台账')).toBe('协议名称 签订名义 送审单位 相对方 协议类别 金额（万元） 收件日期 出具意见日期 审查意见 主要问题 承办人');
  });

  it('hold the records of the year: 37 received + 1 accepted + 4 carried over; letters, documents, reviews, filings, items, agreements', () => {
    const count = (name: string) => sheet(name).rowCount - 2;
    expect(count('行政复议台账')).toBe(42);
    expect(count('复议文书台账')).toBe(3);
    expect(count('规范性文件台账')).toBe(88);
    expect(count('合法性审核台账')).toBe(4);
    expect(count('备案审查台账')).toBe(2);
    expect(count('文件清理台账')).toBe(85);
    expect(count('行政协议台账')).toBe(18);
  });

  it('write case rows with labels and real dates', () => {
    const rows = dataRows(sheet('行政复议台账'));
    const byNo = (no: string) => rows.find((r) => r[0] === no);
    expect(byNo('丹政复〔2018〕41号')).toEqual([
      '丹政复〔2018〕41号',
      '申请人c2018-41',
      '自然人',
      '丹阳市公安局',
      '行政处罚',
      '公安',
      '市司法局',
      D('2018-11-02'),
      null,
      null,
      D('2018-11-06'),
      null,
      null,
      '普通',
      D('2018-12-10'),
      D('2019-01-20'),
      null,
      null,
      D('2019-02-28'),
      '撤销',
      '否',
      '张明',
      null,
      null,
      null,
      null,
      '已审结',
      null,
    ]);
    expect(byNo('丹政复〔2018〕44号')!.slice(7, 11)).toEqual([D('2018-12-28'), D('2018-12-29'), D('2019-01-02'), D('2019-01-03')]);
    expect(byNo('丹政复〔2018〕42号')![16]).toEqual(D('2019-01-10'));
    expect(byNo('丹政复〔2019〕12号')!.slice(19, 21)).toEqual(['撤销', '是']);
    expect(byNo('丹政复〔2019〕25号')![18]).toEqual(D('2019-12-31'));
    expect(byNo('丹政复〔2019〕27号')!.slice(17, 21)).toEqual([D('2019-12-20'), null, null, null]);
    expect(byNo('丹政复〔2019〕36号')!.slice(10, 14)).toEqual([null, '告知', D('2019-12-10'), null]);
    expect(byNo('丹政复〔2019〕99号')).toBeUndefined();
    expect(byNo('丹政复〔2017〕9号')).toBeUndefined();
    // Ordered by receipt date.
    expect(rows[0]![0]).toBe('丹政复〔2018〕40号');
    expect(rows[41]![0]).toBe('丹政复〔2019〕34号');
  });

  it('store 2019-12-31 as the whole-day serial 43830 with a date format, whatever the time zone', async () => {
    const cell = sheet('行政复议台账')
      .getRow(3 + 28)
      .getCell(19);
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet11.xml')!.async('string');
    expect(xml).toMatch(/<c r="S\d+" s="\d+"><v>43830<\/v><\/c>/);
    expect(xml).not.toMatch(/<v>4383\d\.\d+<\/v>/);
  });

  it('write the other ledgers row by row', () => {
    expect(dataRows(sheet('复议文书台账'))).toEqual([
      ['意见书', '丹政复意〔2019〕1号', '丹政复〔2019〕12号', D('2019-06-10'), '丹阳市公安局', D('2019-07-20')],
      ['建议书', '丹政复建〔2019〕1号', null, D('2019-08-01'), '丹阳市市场监督管理局', null],
      ['建议书', '丹政复建〔2019〕2号', '丹政复〔2018〕41号', D('2019-12-31'), '丹阳市自然资源和规划局', null],
    ]);
    expect(dataRows(sheet('合法性审核台账'))).toEqual([
      [
        '丹阳市机动车停车服务收费办法',
        '重新修订',
        '丹阳市司法局',
        D('2019-03-01'),
        D('2019-03-15'),
        '修改后合法',
        D('2019-04-01'),
        '李华',
        '丹政规〔2019〕lr1号',
      ],
      [
        '丹阳市人民防空管理办法',
        '重新修订',
        '丹阳市司法局',
        D('2019-04-01'),
        D('2019-04-12'),
        '合法',
        D('2019-05-01'),
        '李华',
        '丹政规〔2019〕lr2号',
      ],
      [
        '丹阳市科创资金管理办法',
        '重新修订',
        '丹阳市司法局',
        D('2019-05-06'),
        D('2019-05-20'),
        '合法',
        D('2019-06-01'),
        '李华',
        '丹政规〔2019〕lr3号',
      ],
      ['丹阳市城市绿化管理办法', '新制定', '丹阳市司法局', D('2019-12-20'), null, null, null, '李华', null],
    ]);
    expect(dataRows(sheet('备案审查台账'))).toEqual([
      ['关于加强农村集体资产管理的实施意见', '延政发〔2019〕f1号', '延陵镇人民政府', D('2019-03-01'), D('2019-03-20'), '予以备案', null, null],
      ['延陵镇村庄环境整治办法', '延政发〔2019〕f2号', '延陵镇人民政府', D('2019-06-03'), D('2019-07-15'), '补充修改后重报', '未经合法性审核', '是'],
    ]);
    const cleanup = dataRows(sheet('文件清理台账'));
    expect(cleanup[0]).toEqual([
      '2019年规范性文件集中清理',
      D('2019-10-30'),
      '丹阳市义务教育学校绩效工资的实施办法',
      '丹政规〔2015〕d1号',
      '继续有效',
      SCOPE_2019,
    ]);
    expect(cleanup[73]).toEqual([
      '2019年规范性文件集中清理',
      D('2019-10-30'),
      '关于市属改制企业参加基本医疗保险的意见',
      '丹政规〔2018〕d74号',
      '废止',
      SCOPE_2019,
    ]);
    expect(cleanup.filter((r) => r[4] === '宣布失效')).toHaveLength(4);
    const docs = dataRows(sheet('规范性文件台账'));
    expect(docs[0]).toEqual([
      '丹阳市义务教育学校绩效工资的实施办法',
      '丹政规〔2015〕d1号',
      '丹阳市人民政府',
      D('2015-01-20'),
      D('2015-02-19'),
      D('2022-12-31'),
      '有效',
    ]);
    expect(docs[87]).toEqual([
      '丹阳市科创资金管理办法',
      '丹政规〔2019〕r3号',
      '丹阳市人民政府',
      D('2019-06-01'),
      D('2019-07-01'),
      D('2024-06-30'),
      '有效',
    ]);
    expect(docs.find((r) => r[0] === '关于市属改制企业参加基本医疗保险的意见')![6]).toBe('废止');
    const agreements = dataRows(sheet('行政协议台账'));
    expect(agreements[0]).toEqual([
      '协议g6',
      '以市政府名义',
      '送审单位',
      '相对方',
      '招商引资',
      8765.4322,
      D('2018-12-25'),
      D('2019-01-04'),
      '同意签订',
      null,
      '承办人',
    ]);
    expect(agreements.find((r) => r[0] === '协议p1')).toEqual([
      '协议p1',
      '以市政府组成部门名义',
      '送审单位',
      '相对方',
      '其他',
      null,
      D('2019-12-30'),
      null,
      null,
      null,
      '承办人',
    ]);
    expect(agreements.find((r) => r[0] === '协议b1')![7]).toEqual(D('2020-01-08'));
    expect(agreements.find((r) => r[0] === '协议x1')).toBeUndefined();
  });
});

describe('a year without records', () => {
  it('gives a workbook that says so', async () => {
    const data = computeYearData(fixture2019(), DEFAULT_SETTINGS, 2010);
    expect(data.empty).toBe(true);
    const empty = await readWorkbook(await buildXlsx(buildExportContent(data)));
    expect(empty.worksheets.map((w) => w.name)).toEqual(['汇总']);
    const ws = empty.getWorksheet('汇总')!;
    expect(ws.getCell('A1').value).toBe('丹阳市人民政府2010年度法治政府建设工作统计');
    expect(ws.getCell('A2').value).toBe('本年度没有台账记录');
    expect(ws.rowCount).toBe(2);
  });
});
