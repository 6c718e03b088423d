/**
 * Every year section of the annual report, one line each, in the order 年度统计 shows them and the export prints
 * the ones that bring their own export part. Adding a ledger: README.md "Adding a ledger".
 */
import { computeAgreementYearFigures } from '../agreements/counts';
import { litigationSection } from '../litigation/year-section';
import { computeNormativeYearFigures } from '../normative/counts';
import { computeReviewYearFigures } from '../review/counts';
import type { AppSettings } from '../settings';
import type { LedgerRecords } from '../year-records';
import { defineYearSection } from './section';

const reviewSection = defineYearSection<ReturnType<typeof computeReviewYearFigures>>()({
  key: 'review',
  figures: (all, settings, year) =>
    computeReviewYearFigures({ cases: [...all.cases], letters: [...all.letters], year, correctionRate: settings.correctionRate }),
  *dates(all) {
    for (const c of all.cases) yield* [c.receivedDate, c.acceptedDate, c.concludedDate];
    for (const l of all.letters) yield l.issueDate;
  },
  export: null,
});

const normativeSection = defineYearSection<ReturnType<typeof computeNormativeYearFigures>>()({
  key: 'normative',
  figures: (all, settings, year) =>
    computeNormativeYearFigures({
      documents: all.documents,
      legalityReviews: all.legalityReviews,
      filingReviews: all.filingReviews,
      cleanupBatches: all.cleanupBatches,
      year,
      filingDays: settings.normativePeriods.filingDays,
    }),
  *dates(all) {
    for (const r of all.legalityReviews) yield* [r.completedDate, r.publishDate];
    for (const f of all.filingReviews) yield f.filedDate;
    for (const b of all.cleanupBatches) yield b.completedDate;
  },
  export: null,
});

const agreementSection = defineYearSection<ReturnType<typeof computeAgreementYearFigures>>()({
  key: 'agreement',
  figures: (all, _settings, year) => computeAgreementYearFigures({ reviews: [...all.agreements], year }),
  *dates(all) {
    for (const a of all.agreements) yield* [a.receivedDate, a.opinionDate];
  },
  export: null,
});

export const YEAR_SECTIONS = [reviewSection, normativeSection, agreementSection, litigationSection] as const;

export type YearSectionOf = (typeof YEAR_SECTIONS)[number];
export type YearSectionKey = YearSectionOf['key'];
/** The figures of every section, by its key. */
export type YearFigures = { [S in YearSectionOf as S['key']]: ReturnType<S['figures']> };

export function computeYearFigures(all: LedgerRecords, settings: AppSettings, year: number): YearFigures {
  return Object.fromEntries(YEAR_SECTIONS.map((s) => [s.key, s.figures(all, settings, year)])) as YearFigures;
}

/** Every date of every record a section counts: the years 年度统计 offers. */
export function* sectionDates(all: LedgerRecords): Iterable<string | null | undefined> {
  for (const s of YEAR_SECTIONS) yield* s.dates(all);
}
