/**
 * The renderer side of the ledger registry (shared/ledgers/registry.ts): what each ledger shows of itself — its menu
 * item and pages (each a chunk of its own, fetched when first opened), its 待办 items, its 年度统计 panel (one per
 * year section of shared/ledgers/year-sections.ts) and its part of 设置. AppShell, TodoPage, StatsPage and
 * SettingsPage iterate these lists; adding a ledger adds its entries here (README.md "Adding a ledger").
 */
import { AuditOutlined, BankOutlined, BookOutlined, FileProtectOutlined, FileTextOutlined } from '../ui/icons';
import { lazy, type ComponentType, type ReactNode } from 'react';
import { lazyPage } from './lazy-page';
import { agreementDeadline } from '../../../shared/agreements/deadline';
import type { WorkCalendar } from '../../../shared/calendar/working-days';
import type { DateStr } from '../../../shared/dates';
import type { Deadline } from '../../../shared/deadline';
import type { LedgerTable, RecordOf } from '../../../shared/ledgers/registry';
import type { YearFigures, YearSectionKey } from '../../../shared/ledgers/year-sections';
import { litigationDeadlines } from '../../../shared/litigation/deadlines';
import { lapsedAppeal } from '../../../shared/litigation/list';
import { legalityReviewDeadline } from '../../../shared/normative/legality';
import { computeCaseDeadlines, computeLetterDeadline } from '../../../shared/review/deadlines';
import { LETTER_KIND_LABELS } from '../../../shared/review/types';
import type { AppSettings } from '../../../shared/settings';
import { isTodo } from '../../../shared/todo';

/** One menu item and the pages under its route (`#/<key>/…`). */
export interface LedgerPage {
  key: string;
  icon: ReactNode;
  label: string;
  /** The page for the route's segments after the key. */
  page: (rest: string[]) => ReactNode;
  /** Fetched a little after start, when the page is used all day (so that opening it waits for no code). */
  preload?: () => Promise<unknown>;
}

/** One line of 待办. */
export interface TodoItem {
  key: string;
  ledger: string;
  title: string;
  who: string;
  handler: string;
  deadline: Deadline;
  link: string;
}

export interface TodoContext {
  cal: WorkCalendar;
  now: DateStr;
  settings: AppSettings;
}

/** A ledger's 待办 items from its records still waiting (its registry `awaiting` rule). */
export type TodoSource<T extends LedgerTable> = (records: readonly RecordOf<T>[], c: TodoContext) => TodoItem[];

export type StatsPanel<K extends YearSectionKey> = ComponentType<{ f: YearFigures[K]; settings: AppSettings }>;

// Drawn without a Suspense fallback once preloaded (lazy-page.tsx): the pages used all day.
const ReviewListPage = lazyPage(() => import('../features/review/ReviewListPage').then((m) => m.ReviewListPage));
const CasePage = lazyPage(() => import('../features/review/CasePage').then((m) => m.CasePage));
const LettersPage = lazy(() => import('../features/review/LettersPage').then((m) => ({ default: m.LettersPage })));
const AgreementsPage = lazy(() => import('../features/agreements/AgreementsPage').then((m) => ({ default: m.AgreementsPage })));
const AgreementPage = lazy(() => import('../features/agreements/AgreementPage').then((m) => ({ default: m.AgreementPage })));
const LitigationListPage = lazy(() => import('../features/litigation/LitigationListPage').then((m) => ({ default: m.LitigationListPage })));
const LitigationPage = lazy(() => import('../features/litigation/LitigationPage').then((m) => ({ default: m.LitigationPage })));
const NormativePage = lazy(() => import('../features/normative/NormativePage').then((m) => ({ default: m.NormativePage })));

/** The ledgers' menu items and pages, in menu order (between 待办 and 年度统计). */
export const LEDGER_PAGES: readonly LedgerPage[] = [
  {
    key: 'review',
    icon: <AuditOutlined />,
    label: '行政复议案件',
    page: ([id]) => (id ? <CasePage id={id} /> : <ReviewListPage />),
    preload: () => Promise.all([ReviewListPage.preload(), CasePage.preload()]),
  },
  { key: 'letters', icon: <FileTextOutlined />, label: '意见书 / 建议书', page: () => <LettersPage /> },
  { key: 'normative', icon: <BookOutlined />, label: '规范性文件', page: (rest) => <NormativePage path={rest} /> },
  {
    key: 'agreements',
    icon: <FileProtectOutlined />,
    label: '行政协议审查',
    page: ([id]) => (id ? <AgreementPage id={id} /> : <AgreementsPage />),
  },
  {
    key: 'litigation',
    icon: <BankOutlined />,
    label: '行政应诉',
    page: ([id]) => (id ? <LitigationPage id={id} /> : <LitigationListPage />),
  },
];

/** 待办 items of every ledger that has deadlines, by table. */
export const TODO_SOURCES: { [T in LedgerTable]?: TodoSource<T> } = {
  reviewCases: (cases, { cal, now }) => {
    const out: TodoItem[] = [];
    for (const c of cases) {
      for (const d of computeCaseDeadlines(c, cal, now)) {
        if (!isTodo(d)) continue;
        out.push({
          key: `${c.id}:${d.kind}`,
          ledger: '行政复议',
          title: c.caseNo,
          who: `${c.applicant} / ${c.respondent}`,
          handler: c.handler,
          deadline: d,
          link: `/review/${c.id}`,
        });
      }
    }
    return out;
  },
  reviewLetters: (letters, { cal, now }) => {
    const out: TodoItem[] = [];
    for (const l of letters) {
      const d = computeLetterDeadline(l, now, cal);
      if (d && isTodo(d)) {
        out.push({
          key: `${l.id}:${d.kind}`,
          ledger: LETTER_KIND_LABELS[l.kind],
          title: l.docNo,
          who: l.recipient,
          handler: '',
          deadline: d,
          link: '/letters',
        });
      }
    }
    return out;
  },
  legalityReviews: (reviews, { cal, now, settings }) => {
    const out: TodoItem[] = [];
    for (const r of reviews) {
      const d = legalityReviewDeadline(r, cal, now, settings.normativePeriods.legalityReviewWorkingDays);
      if (isTodo(d))
        out.push({
          key: `${r.id}:legality`,
          ledger: '合法性审核',
          title: r.title,
          who: r.draftingUnit,
          handler: r.handler,
          deadline: d,
          link: '/normative/legality',
        });
    }
    return out;
  },
  agreementReviews: (agreements, { cal, now, settings }) => {
    const out: TodoItem[] = [];
    for (const a of agreements) {
      const d = agreementDeadline(a, cal, now, settings.agreementPeriods.reviewWorkingDays);
      if (isTodo(d))
        out.push({
          key: `${a.id}:agreement`,
          ledger: '行政协议审查',
          title: a.name,
          who: a.submittingUnit,
          handler: a.handler,
          deadline: d,
          link: `/agreements/${a.id}`,
        });
    }
    return out;
  },
  litigationCases: (cases, { cal, now }) => {
    const out: TodoItem[] = [];
    for (const c of cases) {
      for (const d of litigationDeadlines(c, cal, now)) {
        if (!isTodo(d) || lapsedAppeal(d)) continue;
        out.push({
          key: `${c.id}:${d.kind}:${d.due}`,
          ledger: '行政应诉',
          title: c.caseNo,
          who: `${c.plaintiff} / ${c.defendant}`,
          handler: c.handler,
          deadline: d,
          link: `/litigation/${c.id}`,
        });
      }
    }
    return out;
  },
};

// Drawn without a Suspense fallback once loaded (lazy-page.tsx): 年度统计 fetches them while it reads the year
// (preloadStatsPanels), so that each panel does not add its own fetch and React's 300 ms fallback hold (issue 15).
const ReviewStats = lazyPage(() => import('../features/stats/ReviewStats').then((m) => m.ReviewStats));
const NormativeStats = lazyPage(() => import('../features/stats/NormativeStats').then((m) => m.NormativeStats));
const LitigationStats = lazyPage(() => import('../features/litigation/LitigationStats').then((m) => m.LitigationStats));
const AgreementStats = lazyPage(() => import('../features/stats/AgreementStats').then((m) => m.AgreementStats));

/** Fetches the code of every 年度统计 panel (not their charts: features/stats preloadStatsCharts). */
export function preloadStatsPanels(): Promise<unknown> {
  return Promise.all([ReviewStats.preload(), NormativeStats.preload(), LitigationStats.preload(), AgreementStats.preload()]);
}

/** The 年度统计 panel of every year section, by its key (the type checker asks for each section's). */
export const STATS_PANELS: { [K in YearSectionKey]: StatsPanel<K> } = {
  review: ({ f, settings }) => <ReviewStats f={f} organs={settings.organNames} />,
  normative: ({ f, settings }) => <NormativeStats f={f} organs={settings.organNames} />,
  agreement: ({ f, settings }) => <AgreementStats f={f} organs={settings.organNames} />,
  litigation: LitigationStats,
};

/** The parts of 设置 a ledger brings (a card each, after the app-wide ones). */
const LitigationSettings = lazy(() => import('../features/litigation/LitigationSettings').then((m) => ({ default: m.LitigationSettings })));

export const SETTINGS_PANELS: readonly { key: string; title: string; panel: ComponentType }[] = [
  { key: 'litigation', title: '行政应诉', panel: LitigationSettings },
];
