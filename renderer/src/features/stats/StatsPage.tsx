import { Suspense, useMemo } from 'react';
import { Empty, Select, Skeleton, Space, Typography } from 'antd';
import { yearOf } from '../../../../shared/dates';
import { computeYearFigures, sectionDates, YEAR_SECTIONS, type YearSectionKey } from '../../../../shared/ledgers/year-sections';
import { isYearEmpty, selectYearRecords } from '../../../../shared/year-records';
import { PageTitle } from '../../ui/PageTitle';
import { useSettings } from '../../app/settings-context';
import { STATS_PANELS, type StatsPanel } from '../../app/ledger-pages';
import { useUrlQuery } from '../../app/url-state';
import { today } from '../../ui/dates';
import { ExportButtons, useLiveRecordYears, useLiveYearRecords } from '../export';

/** The first year the picker offers even without records: any year of the ledgers a clerk may be asked about. */
const FIRST_YEAR = 2000;

/** Every year from 2000 (or the first record's) to next year, and any year a record touches, newest first. */
function collectYears(dates: Iterable<string | null | undefined>, recordYears: readonly number[], thisYear: number): number[] {
  const set = new Set<number>(Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => FIRST_YEAR + i));
  for (const y of recordYears) set.add(y);
  for (const d of dates) if (d) set.add(yearOf(d));
  return [...set].sort((a, b) => b - a);
}

export function StatsPage() {
  const settings = useSettings();
  const thisYear = yearOf(today());
  // The year is in the URL (#/stats?year=2019): a reload or a bookmark shows the same year.
  const url = useUrlQuery();
  const year = url.int('year') ?? thisYear;
  const setYear = (y: number) => url.set({ year: y === thisYear ? null : y });
  // The records the year can read (its own and the ones still open, through the yearSpan index), in one read:
  // the export reuses them instead of reading them again.
  const records = useLiveYearRecords(year) ?? null;
  const recordYears = useLiveRecordYears();

  const years = useMemo(() => collectYears(records ? sectionDates(records) : [], recordYears ?? [], thisYear), [records, recordYears, thisYear]);
  // The figures of every year section (shared/ledgers/year-sections.ts), shown by its panel (app/ledger-pages.tsx).
  const figures = useMemo(() => (records ? computeYearFigures(records, settings, year) : null), [records, settings, year]);
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
      {figures && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
          {YEAR_SECTIONS.map(({ key }) => {
            const Panel = STATS_PANELS[key] as StatsPanel<YearSectionKey>;
            return <Panel key={key} f={figures[key] as never} settings={settings} />;
          })}
        </Suspense>
      )}
    </div>
  );
}
