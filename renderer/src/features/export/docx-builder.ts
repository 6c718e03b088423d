/**
 * The year-end report section (.docx) in 公文 style (GB/T 9704-2012): the paragraphs in the reference report's
 * wording, then the tables, then the notes on how each figure and rate was counted.
 *
 * Layout (GB/T 9704 §5.2, §7.3): A4; 天头 37 mm, bottom 35 mm, 订口 (left) 28 mm, right 26 mm (版心 156 × 225 mm);
 * title 2号 (22 pt) 方正小标宋简体 centred; body 3号 (16 pt) 仿宋_GB2312 with a two-character first-line indent;
 * first-level headings "一、" in 黑体, second-level "（一）" in 楷体_GB2312; lines at an exact 28 pt (about 22 lines
 * a page); page numbers "— 1 —" in 4号宋体, odd pages at the right and even pages at the left, one character in.
 * Fonts and their fallbacks: docx-fonts.ts. Loaded lazily (docx is large).
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import { EMPTY_YEAR_TEXT, type ExportContent, type StatTable, type SummarySection } from './export-content';
import { FONT, fontTableXml } from './docx-fonts';
import { cleanText } from './text';

/** Twips (1/1440 inch) from millimetres. */
export const mm = (v: number): number => Math.round((v * 1440) / 25.4);

export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Half-points. */
const SIZE = { title: 44, body: 32, table: 24, tableNote: 28, pageNumber: 28 } as const;
/** Exact line heights in twips: 28 pt for the body, 35 pt for the (possibly two-line) 22 pt title, 18 pt in tables. */
const LINE = { body: 560, title: 700, table: 360 } as const;
/** Two characters of 3号 text. */
const INDENT_2_CHARS = 640;

const fontOf = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
/** The text is Chinese: WPS and LibreOffice pick Chinese fonts (and line breaking) by the run's language. */
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };

function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text: cleanText(text), font: fontOf(font), size, sizeComplexScript: size, language: LANGUAGE, ...extra });
}

function exact(line: number) {
  return { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

function titleParagraph(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact(LINE.title), children: [run(text, FONT.title, SIZE.title)] });
}

function centred(text: string, font: string = FONT.body): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact(LINE.body), children: [run(text, font, SIZE.body)] });
}

function blank(): Paragraph {
  return new Paragraph({ spacing: exact(LINE.body), children: [] });
}

function body(text: string, font: string = FONT.body): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exact(LINE.body),
    indent: { firstLine: INDENT_2_CHARS },
    children: [run(text, font, SIZE.body)],
  });
}

const heading1 = (text: string) => body(text, FONT.heading1);
const heading2 = (text: string) => body(text, FONT.heading2);

function caption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exact(LINE.body),
    keepNext: true,
    children: [run(text, FONT.heading1, SIZE.body)],
  });
}

function tableNote(text: string): Paragraph {
  return new Paragraph({ spacing: exact(LINE.body), children: [run(text, FONT.body, SIZE.tableNote)] });
}

function cell(text: string, width: number, opts: { header?: boolean; align?: Align } = {}): TableCell {
  const alignment = opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: opts.header ? AlignmentType.CENTER : alignment,
        spacing: exact(LINE.table),
        children: [run(text, opts.header ? FONT.heading1 : FONT.body, SIZE.table)],
      }),
    ],
  });
}

type Align = 'left' | 'center' | 'right';

/** Numbers are centred unless `align` says otherwise for their column. */
function table(columns: string[], widths: number[], rows: (string | number)[][], align: (Align | undefined)[] = []): Table {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, widths[i]!, { header: true })) });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.map((v, i) => cell(String(v), widths[i]!, { align: align[i] ?? (typeof v === 'number' ? 'center' : 'left') })),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    rows: [header, ...body],
  });
}

/** Number columns get a narrow fixed width; text columns share the rest. */
function widthsFor(columns: string[], rows: (string | number)[][]): number[] {
  const numeric = columns.map((_c, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const numberWidth = 1600;
  const textColumns = numeric.filter((n) => !n).length || 1;
  const textWidth = Math.floor((TEXT_WIDTH - numberWidth * numeric.filter(Boolean).length) / textColumns);
  const widths = numeric.map((n) => (n ? numberWidth : textWidth));
  widths[0]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function summaryTable(s: SummarySection): Table {
  const widths = [3600, 1400, TEXT_WIDTH - 3600 - 1400];
  return table(
    ['项目', '数值', '统计口径'],
    widths,
    s.rows.filter((r) => !r.check).map((r) => [r.label, r.text, r.rule]),
    [undefined, 'center'],
  );
}

function statTable(t: StatTable): Table {
  return table(t.columns, widthsFor(t.columns, t.rows), t.rows);
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const number = (text: string) => run(text, FONT.pageNumber, SIZE.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [
          number('— '),
          new TextRun({ children: [PageNumber.CURRENT], font: fontOf(FONT.pageNumber), size: SIZE.pageNumber, language: LANGUAGE }),
          number(' —'),
        ],
      }),
    ],
  });
}

function contentChildren(c: ExportContent): (Paragraph | Table)[] {
  const head: (Paragraph | Table)[] = [titleParagraph(c.title)];
  if (c.organ) head.push(centred(c.organ));
  head.push(blank());
  if (c.empty) return [...head, body(`${EMPTY_YEAR_TEXT}。`)];

  const out = [...head, heading1(c.reportHeading)];
  for (const s of c.sections) {
    out.push(heading2(s.heading));
    for (const p of s.paragraphs) out.push(body(p));
  }
  out.push(heading1('二、统计表'));
  let n = 0;
  for (const s of c.summary) {
    out.push(caption(`表${++n}　${s.title}主要数据`), summaryTable(s), blank());
  }
  for (const t of c.tables) {
    out.push(caption(`表${++n}　${t.title}`), statTable(t), tableNote(`注：${t.note}`));
  }
  out.push(heading1('三、统计口径说明'));
  for (const note of c.notes) out.push(body(note));
  return out;
}

export async function buildDocx(c: ExportContent): Promise<Uint8Array> {
  const doc = new Document({
    creator: '法治台账',
    title: c.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontOf(FONT.body), size: SIZE.body, language: LANGUAGE },
          paragraph: { spacing: exact(LINE.body) },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            // Footer: the page number's line sits about 7 mm under the text block (GB/T 9704 §7.5).
            margin: { ...MARGIN, header: mm(15), footer: mm(22) },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: contentChildren(c),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
