import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { buildDocx } from './docx-builder';
import { buildExportContent } from './export-content';
import { fixture2019, SETTINGS } from './fixture.test-util';
import { computeYearData } from './year-data';

interface Para {
  text: string;
  xml: string;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
  }));
}

/** The body's own paragraphs (tables taken out) and each table as rows of cell texts. */
function parseBody(documentXml: string): { paras: Para[]; tables: string[][][] } {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.indexOf('</w:body>'));
  const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
        paragraphs(tc[0])
          .map((p) => p.text)
          .join(''),
      ),
    ),
  );
  return { paras: paragraphs(body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')), tables };
}

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)!.async('string');
  return { zip, read, document: await read('word/document.xml') };
}

const REVISION = '2019年共完成《丹阳市机动车停车服务收费办法》《丹阳市人民防空管理办法》《丹阳市科创资金管理办法》等3部规范性文件的重新修订工作。';
const LEGALITY = '2019年共对3件规范性文件草案进行合法性审核，其中合法2件，修改后合法1件。';
const FILING =
  '2019年共对镇（区、街道）、市政府组成部门报备的2件规范性文件进行备案审查，按时报备率50%，予以备案1件，补充修改后重报1件，发现问题1件，已纠正1件。';
const CLEANUP =
  '2019年对2017年清理后确认有效、延期或修改的规范性文件和2017年10月至2019年9月期间市政府发布的规范性文件以及各镇（区、街道）、市政府各组成部门自行制定发布的85件规范性文件进行了集中清理，确认《丹阳市义务教育学校绩效工资的实施办法》等73件规范性文件继续有效或延长，《关于市属改制企业参加基本医疗保险的意见》等12件规范性文件宣布失效或废止。';
const AGREEMENT = '2019年，市司法局共审核以市政府名义对外签订的行政协议6件，以镇（区、街道）或者市政府组成部门名义对外签订的行政协议10件。';
const REVIEW =
  '2019年，丹阳市人民政府共收到行政复议申请37件，受理34件，审结30件（含2018年结转4件），审理结果为维持9件，驳回3件，撤销3件，调解1件，终止14件，行政复议直接纠错率10%，发出行政复议意见书1份，行政复议建议书2份。';
const NOTES = [
  '统计期间为2019年1月1日至2019年12月31日，按各台账登记的记录统计，已删除的记录不计入。',
  '机关名称：复议机关为丹阳市人民政府，简称市政府；审查机关为市司法局；镇级表述为镇（区、街道），部门表述为市政府组成部门。',
  '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 审结案件数，本年3件 ÷ 30件 = 10%。',
  '按时报备率 = 报备日期不晚于公布日期后30日的件数 ÷ 本年报备件数，本年1件 ÷ 2件 = 50%。',
  '行政复议的收到、受理、未受理、审结分别按收到日期、受理日期（含视为受理）、未受理决定日期、审结日期统计，审结件数含上年结转的案件；合法性审核按审核完成日期、重新修订按修订后文本的公布日期、备案审查按报备日期、文件清理按批次完成日期、行政协议按出具意见日期统计。',
];

let doc: Awaited<ReturnType<typeof open>>;
let body: ReturnType<typeof parseBody>;
beforeAll(async () => {
  doc = await open(await buildDocx(buildExportContent(computeYearData(fixture2019(), SETTINGS, 2019))));
  body = parseBody(doc.document);
});

const para = (text: string) => {
  const p = body.paras.find((x) => x.text === text);
  if (!p) throw new Error(`no paragraph ${text}`);
  return p;
};
// The East Asian font of a paragraph's runs (w:lang carries an eastAsia attribute of its own: the language).
const eastAsia = (p: Para) => [...p.xml.matchAll(/<w:rFonts[^>]*w:eastAsia="([^"]+)"/g)].map((m) => m[1]);

describe('the 2019 report section', () => {
  it('reads as the reference report: the paragraphs word for word, then the tables, then the notes', () => {
    expect(body.paras.map((p) => p.text)).toEqual([
      '2019年度法治政府建设工作统计',
      '丹阳市人民政府',
      '',
      '一、2019年法治政府建设工作情况',
      '（一）规范性文件管理',
      REVISION,
      LEGALITY,
      FILING,
      CLEANUP,
      '（二）行政协议合法性审查',
      AGREEMENT,
      '（三）行政复议',
      REVIEW,
      '二、统计表',
      '表1　行政复议主要数据',
      '',
      '表2　规范性文件主要数据',
      '',
      '表3　行政协议合法性审查主要数据',
      '',
      '表4　行政复议审理结果',
      '注：按审结日期在本年的案件统计。',
      '表5　行政复议月度收案、受理、审结',
      '注：收到、受理、审结分别按收到日期、受理日期、审结日期所在月份统计。',
      '表6　行政复议申请按行为类别',
      '注：按本年收到的申请统计（收到日期在本年），合计等于本年收到件数。',
      '表7　行政复议申请按管理领域',
      '注：按本年收到的申请统计（收到日期在本年），合计等于本年收到件数。',
      '表8　行政复议申请按被申请人',
      '注：按本年收到的申请统计（收到日期在本年），合计等于本年收到件数。',
      '表9　规范性文件合法性审核',
      '注：按审核完成日期在本年的审核统计，共3件；审核意见和类型各自合计等于审核件数。',
      '表10　规范性文件备案审查结果',
      '注：按报备日期在本年的文件统计；报备期限为公布日期后30日。',
      '表11　规范性文件清理结果',
      '注：按完成日期在本年、清理结果已应用的批次统计。',
      '表12　行政协议合法性审查分类',
      '注：按出具意见日期在本年的协议统计，共16件；每一分类的合计等于审查件数。',
      '三、统计口径说明',
      ...NOTES,
    ]);
  });

  it('has the figures in its tables', () => {
    expect(body.tables).toHaveLength(12);
    expect(body.tables[0]).toEqual([
      ['项目', '数值', '统计口径'],
      ['收到行政复议申请（件）', '37', '收到日期在本年'],
      ['受理（件）', '34', '受理日期（含视为受理）在本年，不论收到年份'],
      ['其中：视为受理（件）', '0', '本年受理中视为受理的'],
      ['未受理（件）', '3', '不予受理、告知（转送）、受理前撤回的决定日期在本年'],
      ['其中：不予受理（件）', '1', '决定日期在本年'],
      ['其中：告知（转送）（件）', '1', '决定日期在本年'],
      ['其中：受理前撤回（件）', '1', '撤回日期在本年'],
      ['审结（件）', '30', '审结日期在本年，不论受理年份'],
      ['其中：2018年及以前受理（结转）（件）', '4', '本年审结中受理日期早于本年1月1日的'],
      ['2018年结转入本年（件）', '4', '截至2018年12月31日已受理未审结'],
      ['结转2020年（件）', '8', '截至2019年12月31日已受理未审结'],
      ['直接纠错（件）', '3', '分子：（撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数'],
      ['直接纠错率分母（件）', '30', '分母：审结案件数'],
      ['直接纠错率', '10%', '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 审结案件数'],
      ['一并决定赔偿（件）', '1', '本年审结案件中决定赔偿的'],
      ['发出行政复议意见书（份）', '1', '发出日期在本年'],
      ['发出行政复议建议书（份）', '2', '发出日期在本年'],
    ]);
    expect(body.tables[2]!.find((r) => r[0] === '涉及金额（万元）')).toEqual([
      '涉及金额（万元）',
      '27,000.8001',
      '本年出具意见的协议金额合计（含不宜签订）',
    ]);
    expect(body.tables[3]!.at(-1)).toEqual(['合计（审结）', '30', '']);
    expect(body.tables[10]!.slice(1)).toEqual([
      ['继续有效', '60'],
      ['延长有效期', '13'],
      ['修改', '0'],
      ['废止', '8'],
      ['宣布失效', '4'],
      ['合计', '85'],
    ]);
  });
});

describe('issue 14: the section reads as the report', () => {
  it('its 统计口径说明 speaks of the figures, not of the software', () => {
    for (const note of NOTES) expect(note).not.toMatch(/法治台账|回收站|设置/);
    expect(body.paras.map((p) => p.text).filter((t) => /法治台账|回收站|见“设置”/.test(t))).toEqual([]);
  });

  it('keeps the internal carry-over check out of 表1', () => {
    expect(body.tables.flat().some((row) => row[0] === '结转核对')).toBe(false);
  });

  it('declares its language zh-CN on every run and in the default style, so that WPS and LibreOffice pick Chinese fonts', async () => {
    const runs = [...doc.document.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
    expect(runs.length).toBeGreaterThan(50);
    expect(runs.filter((r) => !r.includes('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>'))).toEqual([]);
    expect(await doc.read('word/styles.xml')).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>[\s\S]*<\/w:rPrDefault>/);
  });
});

describe('公文 format (GB/T 9704)', () => {
  it('is A4 with margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm', () => {
    const pgSz = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(doc.document)!;
    expect([Number(pgSz[1]), Number(pgSz[2])]).toEqual([11906, 16838]);
    const margin = (side: string) => Number(new RegExp(`<w:pgMar[^>]* w:${side}="(\\d+)"`).exec(doc.document)![1]);
    expect(Math.abs(margin('top') - 2098)).toBeLessThanOrEqual(2);
    expect(Math.abs(margin('bottom') - 1984)).toBeLessThanOrEqual(2);
    expect(Math.abs(margin('left') - 1588)).toBeLessThanOrEqual(2);
    expect(Math.abs(margin('right') - 1474)).toBeLessThanOrEqual(2);
  });

  it('sets the title in 方正小标宋简体 二号, centred', () => {
    const title = para('2019年度法治政府建设工作统计');
    expect(eastAsia(title)).toEqual(['方正小标宋简体']);
    expect(title.xml).toContain('<w:sz w:val="44"/>');
    expect(title.xml).toContain('<w:jc w:val="center"/>');
  });

  it('sets the body in 仿宋_GB2312 三号 at an exact 28 pt with a two-character indent', () => {
    for (const text of [REVISION, LEGALITY, FILING, CLEANUP, AGREEMENT, REVIEW, ...NOTES]) {
      const p = para(text);
      expect(eastAsia(p)).toEqual(['仿宋_GB2312']);
      expect(p.xml).toMatch(/<w:rFonts w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"\/>/);
      expect(p.xml).toContain('<w:sz w:val="32"/>');
      expect(p.xml).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"\/>/);
      expect(p.xml).toMatch(/<w:ind w:firstLine="640"\/>/);
    }
  });

  it('sets 一级 headings in 黑体 and 二级 headings in 楷体_GB2312, in the body size and spacing', () => {
    for (const h of ['一、2019年法治政府建设工作情况', '二、统计表', '三、统计口径说明']) expect(eastAsia(para(h))).toEqual(['黑体']);
    for (const h of ['（一）规范性文件管理', '（二）行政协议合法性审查', '（三）行政复议']) {
      const p = para(h);
      expect(eastAsia(p)).toEqual(['楷体_GB2312']);
      expect(p.xml).toContain('<w:sz w:val="32"/>');
      expect(p.xml).toMatch(/w:line="560" w:lineRule="exact"/);
    }
  });

  it('lets machines without the 公文 fonts fall back to 仿宋 / 楷体 / 宋体 through the font table', async () => {
    const fonts = await doc.read('word/fontTable.xml');
    const alt = (name: string) =>
      new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>[\\s\\S]*?<w:charset w:val="86"/>`).exec(fonts)?.[1];
    expect(alt('仿宋_GB2312')).toBe('仿宋');
    expect(alt('楷体_GB2312')).toBe('楷体');
    expect(alt('方正小标宋简体')).toBe('宋体');
    expect(alt('黑体')).toBe('SimHei');
    const rels = await doc.read('word/_rels/document.xml.rels');
    expect(rels).toMatch(/relationships\/fontTable" Target="fontTable.xml"/);
  });

  it('numbers pages "— N —" in 宋体 四号, odd pages right and even pages left', async () => {
    const settings = await doc.read('word/settings.xml');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(['word/footer1.xml', 'word/footer2.xml'].map((p) => doc.read(p)));
    const joined = footers.join('');
    expect(joined).toMatch(/<w:jc w:val="right"\/>/);
    expect(joined).toMatch(/<w:jc w:val="left"\/>/);
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
      expect(paragraphs(f)[0]!.text).toBe('—  —');
    }
  });
});

describe('a year without records', () => {
  it('gives a document that says so', async () => {
    const empty = await open(await buildDocx(buildExportContent(computeYearData(fixture2019(), DEFAULT_SETTINGS, 2010))));
    const b = parseBody(empty.document);
    expect(b.paras.map((p) => p.text)).toEqual(['2010年度法治政府建设工作统计', '丹阳市人民政府', '', '本年度没有台账记录。']);
    expect(b.tables).toEqual([]);
  });
});
