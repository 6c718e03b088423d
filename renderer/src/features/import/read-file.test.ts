import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { readWorkbook } from './read-file';
import { clerkReviewSheet, csvText, gbkCsv, utcDate, xlsx } from './fixtures.test-util';

async function refused(data: Uint8Array, name: string): Promise<string> {
  try {
    await readWorkbook(data, name);
  } catch (e) {
    expect((e as Error).name).toBe('ImportFileError');
    return (e as Error).message;
  }
  throw new Error('not refused');
}

describe('readWorkbook: .xlsx', () => {
  it('reads cells as the clerk sees them: merged title, dates, text, numbers, formula results', async () => {
    const data = await xlsx({ 行政复议: clerkReviewSheet() }, (ws) => ws.mergeCells('A1:N1'));
    const wb = await readWorkbook(data, '2019年台账.xlsx');
    expect(wb.format).toBe('xlsx');
    const rows = wb.sheets[0].rows;
    expect(wb.sheets[0].name).toBe('行政复议');
    expect(rows[0][0]).toBe('丹阳市人民政府2019年度行政复议案件登记台账');
    // Cells of a merged range carry the merged value.
    expect(rows[0][5]).toBe('丹阳市人民政府2019年度行政复议案件登记台账');
    expect(rows[2]).toEqual([]);
    expect(rows[4].slice(7, 10)).toEqual([{ t: 'date', v: '2019-03-05' }, '2019/3/8', '2019年5月6日']);
    expect(rows[5].slice(8, 10)).toEqual([43540, 20190520]);
    expect(rows[7][8]).toEqual({ t: 'date', v: '2019-04-05' });
  });

  it('a formula without a cached result and an error value are kept as such (reported per row later)', async () => {
    const data = await xlsx({
      s: [
        ['a', 'b', 'c'],
        [{ formula: 'TODAY()' }, { formula: '1/0', result: { error: '#DIV/0!' } }, { richText: [{ text: '丹政' }, { text: '复' }] }],
      ],
    });
    const wb = await readWorkbook(data, 'f.xlsx');
    expect(wb.sheets[0].rows[1]).toEqual([{ t: 'formula', formula: 'TODAY()' }, { t: 'error', v: '#DIV/0!' }, '丹政复']);
  });
});

describe('readWorkbook: .csv', () => {
  const rows = [
    ['案号', '申请人', '收到日期', '备注'],
    ['丹政复〔2019〕1号', '张三', '2019/3/5', '含,逗号'],
  ];
  it('GBK (WPS, old Excel)', async () => {
    const wb = await readWorkbook(gbkCsv(rows), '台账.csv');
    expect(wb).toEqual({ fileName: '台账.csv', format: 'csv', sheets: [{ name: '台账', rows }] });
  });
  it('GB18030 characters beyond GBK, UTF-8 with and without BOM, UTF-16 with BOM (tabs)', async () => {
    const rare = [['申请人'], ['𠮷野家']];
    expect((await readWorkbook(new Uint8Array(iconv.encode(csvText(rare), 'gb18030')), 'a.csv')).sheets[0].rows).toEqual(rare);
    const utf8 = new TextEncoder().encode(csvText(rows));
    expect((await readWorkbook(utf8, 'a.csv')).sheets[0].rows).toEqual(rows);
    expect((await readWorkbook(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.csv')).sheets[0].rows).toEqual(rows);
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode('案号\t申请人\r\n丹政复〔2019〕1号\t张三\r\n', 'utf16le')]);
    expect((await readWorkbook(utf16, 'a.txt')).sheets[0].rows).toEqual([
      ['案号', '申请人'],
      ['丹政复〔2019〕1号', '张三'],
    ]);
  });
});

describe('readWorkbook: bad input gets a clear message', () => {
  it('an empty file', async () => {
    expect(await refused(new Uint8Array(), 'a.xlsx')).toBe('文件“a.xlsx”是空的（0字节）');
  });
  it('not a spreadsheet: a PDF, an image, binary data', async () => {
    expect(await refused(new TextEncoder().encode('%PDF-1.7 ...'), 'a.xlsx')).toContain('该文件是PDF文件，不是电子表格');
    expect(await refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'a.png')).toContain('该文件是图片');
    expect(await refused(new Uint8Array([1, 2, 3, 0, 0, 0, 7, 8, 9]), 'a.bin')).toContain('不是电子表格（仅支持.xlsx和.csv文件）');
  });
  it('an encrypted workbook (an OLE container with EncryptionInfo) and an old .xls', async () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(64).fill(0)];
    const name = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(await refused(new Uint8Array([...ole, ...name, 0, 0]), '加密.xlsx')).toContain('设置了打开密码（已加密）');
    expect(await refused(new Uint8Array([...ole, 1, 2, 3]), '旧.xls')).toContain('旧版Excel（.xls）');
  });
  it('an .xls that is a web page', async () => {
    expect(await refused(new TextEncoder().encode('<html><table><tr><td>案号</td></tr></table></html>'), '导出.xls')).toContain(
      '实际是网页或XML格式',
    );
  });
  it('a corrupted .xlsx (truncated) and a zip that is not a workbook', async () => {
    const good = await xlsx({ s: [['案号']] });
    expect(await refused(good.slice(0, Math.floor(good.length / 2)), '坏.xlsx')).toContain('文件已损坏或不是有效的Excel工作簿');
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const notWorkbook = await zip.generateAsync({ type: 'uint8array' });
    expect(await refused(notWorkbook, '压缩.xlsx')).toMatch(/文件已损坏或不是有效的Excel工作簿|没有任何工作表/);
  });
  it('100,000 rows: refused above the 50,000-row limit', async () => {
    const lines = ['案号,收到日期'];
    for (let i = 0; i < 100_000; i++) lines.push(`丹政复〔2019〕${i}号,2019-03-05`);
    expect(await refused(new TextEncoder().encode(lines.join('\n')), '大.csv')).toBe(
      '文件共有100001行，超过单次导入上限50000行，请拆分成几个文件分批导入',
    );
  });
  it('an .xlsx above the limit is refused by its row count too', async () => {
    const rows: unknown[][] = [['案号', '收到日期']];
    for (let i = 0; i < 50_031; i++) rows.push([`丹政复〔2019〕${i}号`]);
    const data = await xlsx({ s: rows });
    expect(await refused(data, '大.xlsx')).toBe('文件共有50032行，超过单次导入上限50000行，请拆分成几个文件分批导入');
  }, 120_000);
  it('dates far outside the calendar stay what they are (checked per row later)', async () => {
    const wb = await readWorkbook(await xlsx({ s: [['收到日期'], [utcDate(1899, 12, 31)]] }), 'a.xlsx');
    expect(wb.sheets[0].rows[1]).toEqual([{ t: 'date', v: '1899-12-31' }]);
  });
});
