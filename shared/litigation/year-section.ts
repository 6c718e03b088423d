/** The 行政应诉 year section: its figures from the live litigation cases, and what the export prints of them. */
import { defineYearSection, summaryRow as row, type ScopeRows, type StatTable } from '../ledgers/section';
import type { BreakdownEntry } from '../review/counts';
import { computeLitigationYearFigures, type LitigationYearFigures, type ScopeFigures } from './counts';
import { litigationReportSentences } from './report';
import {
  APPEARANCE_RATE_LABELS,
  DEFENDANT_KIND_LABELS,
  DEFENDANT_KINDS,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
  type LitigationOutcome,
} from './types';

/** The 败诉 outcomes as the note words them: 判决撤销、判决确认违法…; 无 when the setting lists none. */
const lossList = (outcomes: readonly LitigationOutcome[]) =>
  outcomes.length ? outcomes.map((o) => LITIGATION_OUTCOME_LABELS[o]).join('、') : '（未设定）';

function withTotal(rows: (string | number)[][]): (string | number)[][] {
  return [...rows, ['合计', rows.reduce((s, r) => s + (typeof r[1] === 'number' ? r[1] : 0), 0)]];
}

const breakdownTable = (sheetName: string, title: string, column: string, entries: BreakdownEntry[], note: string): StatTable => ({
  sheetName,
  title,
  columns: [column, '件数'],
  rows: withTotal(entries.map((e) => [e.name, e.count])),
  hasTotal: true,
  note,
});

/** The figures of one scope, as summary rows. */
export function scopeRows(s: ScopeFigures, year: number, prefix: string): ScopeRows {
  const balance = `${s.carryIn} + ${s.received} = ${s.concluded} + ${s.carryOut}（${s.invariant.holds ? '平衡' : `不平衡：${s.invariant.broken.join('、')}`}）`;
  return [
    row(`${prefix}受理（件）`, s.received, '收到应诉通知书（立案）日期在本年'),
    row(`${prefix}结案（件）`, s.concluded, '结案日期在本年，不论受理年份'),
    row(`${prefix}其中：${year - 1}年及以前受理（结转）（件）`, s.concludedCarriedOver, '本年结案中收到日期早于本年1月1日的'),
    // The app's own check: on screen and in the workbook, not in the report's 表1.
    { ...row(`${prefix}结转核对`, balance, '上年结转 + 本年受理 = 本年结案 + 结转下年'), check: true },
    row(`${prefix}开庭审理（件）`, s.heard, '本年有开庭的案件'),
    row(`${prefix}败诉（件）`, s.lost, '本年结案且败诉的'),
    row(`${prefix}败诉率`, s.lossRate ?? '—', '败诉 ÷ 结案'),
    row(`${prefix}被告改变行为后撤诉（件）`, s.withdrawnAfterChange, '另行统计，不计入败诉'),
    row(`${prefix}开庭（庭次）`, s.hearings, '开庭日期在本年的庭次'),
    row(`${prefix}负责人出庭率`, s.headRate ?? '—', APPEARANCE_RATE_LABELS.head),
    row(`${prefix}行政机关出庭率`, s.agencyRate ?? '—', APPEARANCE_RATE_LABELS.agency),
  ];
}

export const litigationSection = defineYearSection<LitigationYearFigures>()({
  key: 'litigation',
  figures: (all, settings, year) => computeLitigationYearFigures({ cases: all.litigationCases ?? [], year, settings: settings.litigation }),
  *dates(all) {
    for (const c of all.litigationCases ?? []) {
      yield* [c.receivedDate, c.concludedDate];
      for (const h of c.hearings) yield h.date;
    }
  },
  export: {
    isEmpty: (f) => f.all.received + f.all.concluded + f.all.carryIn + f.all.hearings === 0,
    summary: (f, { year, settings }) => ({
      title: '行政应诉',
      rows: [
        ...scopeRows(f.all, year, ''),
        row(`其中：${f.localCourt}受理（件）`, f.local.received, `法院为${f.localCourt}`),
        row(`其中：${f.localCourt}结案（件）`, f.local.concluded, `法院为${f.localCourt}`),
        row(`其中：${f.localCourt}开庭审理（件）`, f.local.heard, `法院为${f.localCourt}`),
        row(`其中：${f.localCourt}败诉（件）`, f.local.lost, `法院为${f.localCourt}`),
        row(`${f.intermediateCourt}以${settings.organNames.government}为被告受理（件）`, f.governmentIntermediate.received, '被告类别为市政府'),
        row('其中：已审结（件）', f.governmentIntermediate.receivedAndConcluded, '本年受理且截至年末已结案的'),
        row(
          '其中：出庭应诉率',
          (f.reportRate === 'head' ? f.governmentIntermediate.headRate : f.governmentIntermediate.agencyRate) ?? '—',
          APPEARANCE_RATE_LABELS[f.reportRate],
        ),
        row('一并请求行政赔偿（件）', f.compensationClaimed, '本年结案中请求行政赔偿的'),
        row('收到司法建议（件）', f.judicialSuggestions, '本年受理或结案的案件中收到司法建议的'),
      ],
    }),
    tables: (f) => [
      {
        sheetName: '应诉结案方式统计',
        title: '行政应诉结案方式',
        columns: ['结案方式', '件数'],
        rows: withTotal(LITIGATION_OUTCOMES.map((o) => [LITIGATION_OUTCOME_LABELS[o], f.byOutcome[o]])),
        hasTotal: true,
        note: '按结案日期在本年的案件统计，合计等于本年结案件数。',
      },
      breakdownTable('应诉法院统计', '行政应诉按法院', '法院', f.byCourt, '按本年受理的案件统计。'),
      {
        sheetName: '应诉被告统计',
        title: '行政应诉按被告',
        columns: ['被告', '件数'],
        rows: withTotal([
          ...DEFENDANT_KINDS.map((k) => [`【${DEFENDANT_KIND_LABELS[k]}】`, f.byDefendantKind[k]]),
          ...f.byDefendant.map((e) => [e.name, e.count]),
        ]).map((r, i, all) => (i === all.length - 1 ? ['合计', f.all.received] : r)),
        hasTotal: true,
        note: '按本年受理的案件统计；【】内为被告类别小计，其下为各被告。',
      },
      breakdownTable('应诉行为类别统计', '行政应诉按行为类别', '行为类别', f.byActCategory, '按本年受理的案件统计。'),
      breakdownTable('应诉管理领域统计', '行政应诉按管理领域', '管理领域', f.byField, '按本年受理的案件统计。'),
    ],
    report: {
      title: '行政应诉',
      paragraphs: (f, { settings }) => {
        const s = litigationReportSentences(f, settings.organNames);
        return s.length ? [s.join('')] : ['本年度没有行政应诉案件。'];
      },
    },
    notes: (f, { settings }) => {
      const gov = settings.organNames.government;
      return [
        [
          '行政应诉的受理、结案、开庭分别按收到应诉通知书（立案）日期、结案日期、开庭日期统计，结案件数含上年结转的案件；',
          `“${f.localCourt}”指该院受理的案件，“${f.intermediateCourt}以${gov}为被告”指该院受理、被告为${gov}本身的案件；`,
          `败诉指结案方式为${lossList(settings.litigation.lossOutcomes)}的案件，个案经人工认定的从其认定；被告改变行政行为后原告撤诉的另行统计，不计入败诉；`,
          `报告中的出庭应诉率为${APPEARANCE_RATE_LABELS[f.reportRate]}。`,
        ].join(''),
      ];
    },
  },
});
