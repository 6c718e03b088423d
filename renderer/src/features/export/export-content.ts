/**
 * What the year-end export says, independent of the file format: the figures with their counting rules, the
 * statistics tables, the report paragraphs (in the reference report's wording, from shared/*\/report.ts), the
 * notes on how the rates were computed (with the settings used), and the ledger sheets.
 * The .xlsx and .docx builders only lay this out. Pure: no DOM, no database.
 */
import { formatUnits } from '../../../../shared/agreements/counts';
import { agreementReportSentence } from '../../../../shared/agreements/report';
import { AGREEMENT_OPINIONS, AGREEMENT_OPINION_LABELS, SIGNING_CAPACITIES, SIGNING_CAPACITY_LABELS } from '../../../../shared/agreements/types';
import {
  agreementReviewRow,
  cleanupItemRow,
  filingReviewRow,
  legalityReviewRow,
  normativeDocumentRow,
  reviewCaseRow,
  reviewLetterRow,
  type LedgerCell,
} from '../../../../shared/ledger-columns';
import type { LedgerSheet as LedgerSheetSpec, YearSheetContext } from '../../../../shared/ledgers/definition';
import { LEDGER_SHEETS, ledgerOf, ledgerOfSheet, type SheetKind } from '../../../../shared/ledgers/registry';
import type { ExportPart, ReportSection, SectionContext, StatTable, SummaryRow, SummarySection } from '../../../../shared/ledgers/section';
import { YEAR_SECTIONS } from '../../../../shared/ledgers/year-sections';
import { normativeReportSentences } from '../../../../shared/normative/report';
import {
  CLEANUP_RESULTS,
  CLEANUP_RESULT_LABELS,
  FILING_RESULT_LABELS,
  LEGALITY_OPINION_LABELS,
  LEGALITY_REVIEW_KIND_LABELS,
  type FilingResult,
  type LegalityOpinion,
  type LegalityReviewKind,
} from '../../../../shared/normative/types';
import type { BreakdownEntry } from '../../../../shared/review/counts';
import { reviewReportSentence } from '../../../../shared/review/report';
import { DENOMINATOR_LABELS, OUTCOME_LABELS, REVIEW_OUTCOMES } from '../../../../shared/review/types';
import { recordsOfTable, type NamedSheetKind } from '../../../../shared/year-records';
import type { YearData } from './year-data';

export const EMPTY_YEAR_TEXT = '本年度没有台账记录';
export const REPORT_NAME = '法治政府建设工作统计';

export type { ReportSection, StatTable, SummaryRow, SummarySection } from '../../../../shared/ledgers/section';

export interface LedgerSheet {
  spec: LedgerSheetSpec;
  rows: LedgerCell[][];
}

export interface ExportContent {
  year: number;
  /** 复议机关 name from the settings, e.g. 丹阳市人民政府 (may be empty). */
  organ: string;
  /** "2019年度法治政府建设工作统计" */
  title: string;
  /** The title row of every sheet: organ + year + what the sheet holds. */
  sheetTitle(what: string): string;
  empty: boolean;
  summary: SummarySection[];
  tables: StatTable[];
  /** The level-1 heading over the report paragraphs, e.g. "一、2019年法治政府建设工作情况". */
  reportHeading: string;
  sections: ReportSection[];
  notes: string[];
  ledgers: LedgerSheet[];
}

export function exportFileName(year: number, ext: 'xlsx' | 'docx'): string {
  return `${year}年度${REPORT_NAME}.${ext}`;
}

const row = (label: string, value: number | string, rule = ''): SummaryRow => ({ label, value, text: String(value), rule });

function reviewSummary(d: YearData): SummarySection {
  const f = d.review;
  const y = d.year;
  const c = f.correction;
  const balance = `${f.carryIn} + ${f.accepted} = ${f.concluded} + ${f.carryOut}（${f.invariant.holds ? '平衡' : '不平衡，请在年度统计页核对'}）`;
  const [numeratorText, denominatorText] = c.description.replace(/^直接纠错率 = /, '').split(' ÷ ');
  return {
    title: '行政复议',
    rows: [
      row('收到行政复议申请（件）', f.received, '收到日期在本年'),
      row('受理（件）', f.accepted, '受理日期（含视为受理）在本年，不论收到年份'),
      row('其中：视为受理（件）', f.deemedAccepted, '本年受理中视为受理的'),
      row('未受理（件）', f.notAccepted.total, '不予受理、告知（转送）、受理前撤回的决定日期在本年'),
      row('其中：不予受理（件）', f.notAccepted.reject, '决定日期在本年'),
      row('其中：告知（转送）（件）', f.notAccepted.redirect, '决定日期在本年'),
      row('其中：受理前撤回（件）', f.notAccepted.withdrawBeforeAcceptance, '撤回日期在本年'),
      row('审结（件）', f.concluded, '审结日期在本年，不论受理年份'),
      row(`其中：${f.carryOverFromYear}年及以前受理（结转）（件）`, f.concludedCarriedOver, '本年审结中受理日期早于本年1月1日的'),
      row(`${y - 1}年结转入本年（件）`, f.carryIn, `截至${y - 1}年12月31日已受理未审结`),
      row(`结转${y + 1}年（件）`, f.carryOut, `截至${y}年12月31日已受理未审结`),
      // The app's own check, not a figure of the report: on 年度统计 and the workbook's 汇总, not in the Word file's 表1.
      { ...row('结转核对', balance, '上年结转 + 本年受理 = 本年审结 + 结转下年'), check: true },
      row('直接纠错（件）', c.numerator, `分子：${numeratorText}`),
      row('直接纠错率分母（件）', c.denominator, `分母：${denominatorText ?? DENOMINATOR_LABELS[c.definition.denominator]}`),
      row('直接纠错率', c.rate ?? '—', c.rate === null ? '分母为0，不计算' : c.description),
      row('一并决定赔偿（件）', f.compensation, '本年审结案件中决定赔偿的'),
      row('发出行政复议意见书（份）', f.opinionLetters, '发出日期在本年'),
      row('发出行政复议建议书（份）', f.suggestionLetters, '发出日期在本年'),
    ],
  };
}

function normativeSummary(d: YearData): SummarySection {
  const f = d.normative;
  const days = f.filing.filingDays;
  return {
    title: '规范性文件',
    rows: [
      row('合法性审核（件）', f.legality.reviewed, '审核完成日期在本年'),
      row('新制定文件公布（件）', f.issued.newIssued, '经合法性审核的新制定文件，公布日期在本年'),
      row('重新修订完成（部）', f.issued.revised, '修订后文本的公布日期在本年'),
      row('备案审查（件）', f.filing.filed, '报备日期在本年'),
      row('按时报备（件）', f.filing.onTime, `报备日期不晚于公布日期后${days}日`),
      row('逾期报备（件）', f.filing.late, `报备日期晚于公布日期后${days}日`),
      row('按时报备率', f.filing.onTimeRate ?? '—', f.filing.onTimeRate === null ? '本年没有报备，不计算' : '按时报备件数 ÷ 备案审查件数'),
      row('备案审查发现问题（件）', f.filing.problemsFound, '“发现问题”不为空的'),
      row('其中：已纠正（件）', f.filing.corrected, '发现问题且已纠正的'),
      row('清理批次（个）', f.cleanup.batches, '完成日期在本年、清理结果已应用的批次'),
      row('清理文件（件）', f.cleanup.documents, '上述批次中的文件'),
      row('继续有效或延长（件）', f.cleanup.continuedOrExtended, '继续有效 + 延长有效期'),
      row('宣布失效或废止（件）', f.cleanup.repealedOrExpired, '废止 + 宣布失效'),
      row('修改（件）', f.cleanup.amended, '清理结果为修改的'),
      row('年末后6个月内到期的有效文件（件）', f.expiringSoonAtYearEnd, `当前状态为有效、有效期至在${d.year}年12月31日起6个月内的`),
    ],
  };
}

function agreementSummary(d: YearData): SummarySection {
  const f = d.agreement;
  const o = d.settings.organNames;
  const amount: SummaryRow = {
    label: '涉及金额（万元）',
    value: f.totalAmount,
    text: formatUnits(BigInt(Math.round(f.totalAmount * 10_000))),
    rule: '本年出具意见的协议金额合计（含不宜签订）',
  };
  return {
    title: '行政协议合法性审查',
    rows: [
      row('审查（出具意见）（件）', f.total, '出具意见日期在本年，不论收件年份'),
      row(`以${o.governmentShort}名义（件）`, f.bySigning.government, '按签订名义'),
      row(`以${o.townLevel}或者${o.departments}名义（件）`, f.townOrDepartment, '按签订名义，两类合计'),
      row(`其中：以${o.townLevel}名义（件）`, f.bySigning.town, '按签订名义'),
      row(`其中：以${o.departments}名义（件）`, f.bySigning.department, '按签订名义'),
      amount,
      row('本年收件（件）', f.receivedInYear, '收件日期在本年'),
      row(`${d.year - 1}年末待审（件）`, f.pendingAtYearStart, `截至${d.year - 1}年12月31日已收件未出具意见`),
      row('年末待审（件）', f.pendingAtYearEnd, `截至${d.year}年12月31日已收件未出具意见`),
    ],
  };
}

function withTotal(rows: (string | number)[][], label = '合计'): (string | number)[][] {
  const width = rows[0]?.length ?? 2;
  const total: (string | number)[] = [label];
  for (let col = 1; col < width; col++) total.push(rows.reduce((s, r) => s + (typeof r[col] === 'number' ? (r[col] as number) : 0), 0));
  return [...rows, total];
}

function breakdownTable(sheetName: string, title: string, column: string, entries: BreakdownEntry[]): StatTable {
  return {
    sheetName,
    title,
    columns: [column, '件数'],
    rows: withTotal(entries.map((e) => [e.name, e.count])),
    hasTotal: true,
    note: '按本年收到的申请统计（收到日期在本年），合计等于本年收到件数。',
  };
}

function statTables(d: YearData): StatTable[] {
  const r = d.review;
  const n = d.normative;
  const a = d.agreement;
  const def = r.correction.definition;
  const outcomeRows: (string | number)[][] = REVIEW_OUTCOMES.map((o) => [OUTCOME_LABELS[o], r.outcomes[o], def.outcomes.includes(o) ? '是' : '否']);
  if (r.outcomeMissing > 0) outcomeRows.push(['未录入审理结果', r.outcomeMissing, '否']);
  const legalityRows: (string | number)[][] = [
    ...(Object.keys(LEGALITY_OPINION_LABELS) as LegalityOpinion[]).map((o) => ['审核意见', LEGALITY_OPINION_LABELS[o], n.legality.byOpinion[o]]),
    ...(n.legality.opinionMissing > 0 ? [['审核意见', '未录入审核意见', n.legality.opinionMissing]] : []),
    ...(Object.keys(LEGALITY_REVIEW_KIND_LABELS) as LegalityReviewKind[]).map((k) => ['类型', LEGALITY_REVIEW_KIND_LABELS[k], n.legality.byKind[k]]),
  ];
  const filingRows: (string | number)[][] = (Object.keys(FILING_RESULT_LABELS) as FilingResult[]).map((k) => [
    FILING_RESULT_LABELS[k],
    n.filing.byResult[k],
  ]);
  filingRows.push(['正在审查', n.filing.resultPending]);
  const cleanupRows: (string | number)[][] = CLEANUP_RESULTS.map((k) => [CLEANUP_RESULT_LABELS[k], n.cleanup.byResult[k]]);
  if (n.cleanup.resultMissing > 0) cleanupRows.push(['未录入清理结果', n.cleanup.resultMissing]);
  const agreementRows: (string | number)[][] = [
    ...SIGNING_CAPACITIES.map((s) => ['签订名义', SIGNING_CAPACITY_LABELS[s], a.bySigning[s]]),
    ...a.byCategory.map((c) => ['协议类别', c.name, c.count]),
    ...AGREEMENT_OPINIONS.map((o) => ['审查意见', AGREEMENT_OPINION_LABELS[o], a.byOpinion[o]]),
    ...(a.opinionMissing > 0 ? [['审查意见', '未录入审查意见', a.opinionMissing]] : []),
  ];
  const months = Array.from({ length: 12 }, (_, i) => [`${i + 1}月`, r.monthly.received[i]!, r.monthly.accepted[i]!, r.monthly.concluded[i]!]);
  return [
    {
      sheetName: '审理结果统计',
      title: '行政复议审理结果',
      columns: ['审理结果', '件数', '计入直接纠错'],
      rows: [...outcomeRows, ['合计（审结）', r.concluded, '']],
      hasTotal: true,
      note: '按审结日期在本年的案件统计。',
    },
    {
      sheetName: '月度收结案统计',
      title: '行政复议月度收案、受理、审结',
      columns: ['月份', '收到', '受理', '审结'],
      rows: withTotal(months),
      hasTotal: true,
      note: '收到、受理、审结分别按收到日期、受理日期、审结日期所在月份统计。',
    },
    breakdownTable('行为类别统计', '行政复议申请按行为类别', '行为类别', r.byActCategory),
    breakdownTable('管理领域统计', '行政复议申请按管理领域', '管理领域', r.byField),
    breakdownTable('被申请人统计', '行政复议申请按被申请人', '被申请人', r.byRespondent),
    {
      sheetName: '合法性审核统计',
      title: '规范性文件合法性审核',
      columns: ['分类', '项目', '件数'],
      rows: legalityRows,
      hasTotal: false,
      note: `按审核完成日期在本年的审核统计，共${n.legality.reviewed}件；审核意见和类型各自合计等于审核件数。`,
    },
    {
      sheetName: '备案审查统计',
      title: '规范性文件备案审查结果',
      columns: ['审查结果', '件数'],
      rows: withTotal(filingRows),
      hasTotal: true,
      note: `按报备日期在本年的文件统计；报备期限为公布日期后${n.filing.filingDays}日。`,
    },
    {
      sheetName: '文件清理统计',
      title: '规范性文件清理结果',
      columns: ['清理结果', '件数'],
      rows: withTotal(cleanupRows),
      hasTotal: true,
      note: '按完成日期在本年、清理结果已应用的批次统计。',
    },
    {
      sheetName: '行政协议统计',
      title: '行政协议合法性审查分类',
      columns: ['分类', '项目', '件数'],
      rows: agreementRows,
      hasTotal: false,
      note: `按出具意见日期在本年的协议统计，共${a.total}件；每一分类的合计等于审查件数。`,
    },
  ];
}

function reportSections(d: YearData): ReportSection[] {
  const organs = d.settings.organNames;
  const n = normativeReportSentences(d.normative, organs);
  const normative = [n.revision, n.legality, n.filing, n.cleanup].filter((s): s is string => !!s);
  const agreement = agreementReportSentence(d.agreement, organs);
  return [
    { heading: '（一）规范性文件管理', paragraphs: normative.length ? normative : ['本年度没有规范性文件的审核、备案、清理或修订记录。'] },
    { heading: '（二）行政协议合法性审查', paragraphs: [agreement ?? '本年度没有出具审查意见的行政协议。'] },
    { heading: '（三）行政复议', paragraphs: [reviewReportSentence(d.review, organs)] },
  ];
}

/** The settings and rules behind the figures, printed under them. */
function notes(d: YearData): string[] {
  const o = d.settings.organNames;
  const y = d.year;
  const c = d.review.correction;
  const f = d.normative.filing;
  const rate = c.rate === null ? '本年分母为0，不计算纠错率' : `本年${c.numerator}件 ÷ ${c.denominator}件 = ${c.rate}`;
  const onTime = f.onTimeRate === null ? '本年没有报备' : `本年${f.onTime}件 ÷ ${f.filed}件 = ${f.onTimeRate}`;
  return [
    `统计期间为${y}年1月1日至${y}年12月31日，按各台账登记的记录统计，已删除的记录不计入。`,
    `机关名称：复议机关为${o.government || '（未设置）'}，简称${o.governmentShort || '（未设置）'}；审查机关为${o.bureau || '（未设置）'}；镇级表述为${o.townLevel || '（未设置）'}，部门表述为${o.departments || '（未设置）'}。`,
    `${c.description}，${rate}。`,
    `按时报备率 = 报备日期不晚于公布日期后${f.filingDays}日的件数 ÷ 本年报备件数，${onTime}。`,
    '行政复议的收到、受理、未受理、审结分别按收到日期、受理日期（含视为受理）、未受理决定日期、审结日期统计，审结件数含上年结转的案件；合法性审核按审核完成日期、重新修订按修订后文本的公布日期、备案审查按报备日期、文件清理按批次完成日期、行政协议按出具意见日期统计。',
  ];
}

/** The title of a live record by table and id, each table's map built on first use. */
function titleLookup(d: YearData): YearSheetContext['titleOf'] {
  const maps = new Map<string, Map<string, string>>();
  return (table, id) => {
    let m = maps.get(table);
    if (!m) {
      const def = ledgerOf(table);
      m = new Map(def ? recordsOfTable(d.all, table).map((rec) => [rec.id, def.title(rec)]) : []);
      maps.set(table, m);
    }
    return m.get(id) ?? '';
  };
}

function ledgerRows(d: YearData, kind: SheetKind): LedgerCell[][] {
  const r = d.records;
  const own = ledgerOfSheet(kind);
  if (own.yearSheet) {
    const sheet = own.yearSheet;
    const c: YearSheetContext = { settings: d.settings, titleOf: titleLookup(d) };
    return (((r as unknown as Record<string, unknown[] | undefined>)[own.table] ?? []) as never[]).map((rec) => sheet.row(rec, c));
  }
  switch (kind as NamedSheetKind) {
    case 'reviewCases':
      return r.cases.map(reviewCaseRow);
    case 'reviewLetters':
      return r.letters.map((l) => reviewLetterRow(l, d.caseNoById));
    case 'normativeDocuments':
      return r.documents.map(normativeDocumentRow);
    case 'legalityReviews':
      return r.legalityReviews.map(legalityReviewRow);
    case 'filingReviews':
      return r.filingReviews.map(filingReviewRow);
    case 'cleanupItems':
      return r.cleanupItems.map((i) => cleanupItemRow(i.batch, i.item, i.document));
    case 'agreementReviews':
      return r.agreements.map(agreementReviewRow);
  }
}

/** The sections that bring their own export part (shared/ledgers/year-sections.ts), each with its figures. */
function ownParts(d: YearData): { part: ExportPart<unknown>; f: unknown }[] {
  return YEAR_SECTIONS.flatMap((s) => {
    const f = (d as Record<string, unknown>)[s.key];
    const part = s.export as ExportPart<unknown> | null;
    return part && !part.isEmpty(f) ? [{ part, f }] : [];
  });
}

const NUMERALS = '一二三四五六七八九十';

/** The report sections: the three laid out here, then every section's own, numbered on. */
function allReportSections(d: YearData, c: SectionContext): ReportSection[] {
  const sections = reportSections(d);
  for (const { part, f } of ownParts(d)) {
    sections.push({ heading: `（${NUMERALS[sections.length]}）${part.report.title}`, paragraphs: part.report.paragraphs(f, c) });
  }
  return sections;
}

export function buildExportContent(d: YearData): ExportContent {
  const c: SectionContext = { year: d.year, settings: d.settings };
  const own = ownParts(d);
  const organ = d.settings.organNames.government.trim();
  const year = d.year;
  return {
    year,
    organ,
    title: `${year}年度${REPORT_NAME}`,
    sheetTitle: (what: string) => `${organ}${year}年度${what}`,
    empty: d.empty,
    summary: d.empty ? [] : [reviewSummary(d), normativeSummary(d), agreementSummary(d), ...own.map((o) => o.part.summary(o.f, c))],
    tables: d.empty ? [] : [...statTables(d), ...own.flatMap((o) => o.part.tables(o.f, c))],
    reportHeading: `一、${year}年法治政府建设工作情况`,
    sections: d.empty ? [] : allReportSections(d, c),
    notes: d.empty ? [] : [...notes(d), ...own.flatMap((o) => o.part.notes(o.f, c))],
    // A ledger added on the registry (with a yearSheet) has its sheet only in a year it has records of.
    ledgers: d.empty
      ? []
      : LEDGER_SHEETS.map((spec) => ({ spec, rows: ledgerRows(d, spec.kind) })).filter(
          (l) => l.rows.length > 0 || !ledgerOfSheet(l.spec.kind).yearSheet,
        ),
  };
}
