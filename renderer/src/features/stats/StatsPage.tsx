import { useMemo } from 'react';
import { Empty, Select, Space, Typography } from 'antd';
import { computeAgreementYearFigures } from '../../../../shared/agreements/counts';
import { computeNormativeYearFigures } from '../../../../shared/normative/counts';
import { computeReviewYearFigures } from '../../../../shared/review/counts';
import { yearOf } from '../../../../shared/dates';
import { isYearEmpty, selectYearRecords } from '../../../../shared/year-records';
import { PageTitle } from '../../ui/PageTitle';
import { useSettings } from '../../app/settings-context';
import { useUrlQuery } from '../../app/url-state';
import { today } from '../../ui/dates';
import { ExportButtons } from '../export';
import { useLiveAgreements } from '../agreements';
import { useLiveCleanupBatches, useLiveDocuments, useLiveFilingReviews, useLiveLegalityReviews } from '../normative';
import { useLiveCases, useLiveLetters } from '../review';
import { AgreementStats } from './AgreementStats';
import { NormativeStats } from './NormativeStats';
import { ReviewStats } from './ReviewStats';

/** The first year the picker offers even without records: any year of the ledgers a clerk may be asked about. */
const FIRST_YEAR = 2000;

/** Every year from 2000 (or the first record's) to next year, and any year a record touches, newest first. */
function collectYears(dates: Iterable<string | null | undefined>, thisYear: number): number[] {
  const set = new Set<number>(Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => FIRST_YEAR + i));
  for (const d of dates) if (d) set.add(yearOf(d));
  return [...set].sort((a, b) => b - a);
}

export function StatsPage() {
  const settings = useSettings();
  const cases = useLiveCases();
  const letters = useLiveLetters();
  const documents = useLiveDocuments();
  const legalityReviews = useLiveLegalityReviews();
  const filingReviews = useLiveFilingReviews();
  const cleanupBatches = useLiveCleanupBatches();
  const agreements = useLiveAgreements();
  const thisYear = yearOf(today());
  // The year is in the URL (#/stats?year=2019): a reload or a bookmark shows the same year.
  const url = useUrlQuery();
  const year = url.int('year') ?? thisYear;
  const setYear = (y: number) => url.set({ year: y === thisYear ? null : y });

  const years = useMemo(
    () =>
      collectYears(
        (function* () {
          for (const c of cases ?? []) yield* [c.receivedDate, c.acceptedDate, c.concludedDate];
          for (const l of letters ?? []) yield l.issueDate;
          for (const r of legalityReviews ?? []) yield* [r.completedDate, r.publishDate];
          for (const f of filingReviews ?? []) yield f.filedDate;
          for (const b of cleanupBatches ?? []) yield b.completedDate;
          for (const a of agreements ?? []) yield* [a.receivedDate, a.opinionDate];
        })(),
        thisYear,
      ),
    [cases, letters, legalityReviews, filingReviews, cleanupBatches, agreements, thisYear],
  );

  const review = useMemo(
    () => (cases && letters ? computeReviewYearFigures({ cases, letters, year, correctionRate: settings.correctionRate }) : null),
    [cases, letters, year, settings.correctionRate],
  );
  const normative = useMemo(
    () =>
      documents && legalityReviews && filingReviews && cleanupBatches
        ? computeNormativeYearFigures({
            documents,
            legalityReviews,
            filingReviews,
            cleanupBatches,
            year,
            filingDays: settings.normativePeriods.filingDays,
          })
        : null,
    [documents, legalityReviews, filingReviews, cleanupBatches, year, settings.normativePeriods.filingDays],
  );
  const agreement = useMemo(() => (agreements ? computeAgreementYearFigures({ reviews: agreements, year }) : null), [agreements, year]);

  // Every live record of every ledger, once all are read: the export reuses them instead of reading them again.
  const records = useMemo(
    () =>
      cases && letters && documents && legalityReviews && filingReviews && cleanupBatches && agreements
        ? { cases, letters, documents, legalityReviews, filingReviews, cleanupBatches, agreements }
        : null,
    [cases, letters, documents, legalityReviews, filingReviews, cleanupBatches, agreements],
  );
  const empty = useMemo(() => !!records && isYearEmpty(selectYearRecords(records, year)), [records, year]);

  return (
    <div>
      <PageTitle
        extra={
          <Space>
            <Typography.Text>统计年度</Typography.Text>
            <Select
              aria-label="统计年度"
              value={year}
              onChange={setYear}
              showSearch
              style={{ width: 110 }}
              options={years.map((y) => ({ value: y, label: `${y}年` }))}
            />
            <ExportButtons year={year} records={records} />
          </Space>
        }
      >
        {year}年度统计
      </PageTitle>
      {empty && <Empty style={{ marginBottom: 16 }} description={`${year}年没有台账记录，以下数字均为0；导出的文件会注明“本年度没有台账记录”。`} />}
      {review && <ReviewStats f={review} organs={settings.organNames} />}
      {normative && <NormativeStats f={normative} organs={settings.organNames} />}
      {agreement && <AgreementStats f={agreement} organs={settings.organNames} />}
    </div>
  );
}
