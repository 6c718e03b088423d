import { Suspense, useMemo, useState } from 'react';
import { Empty, Select, Skeleton, Space, Typography } from 'antd';
import { yearOf } from '../../../../shared/dates';
import { computeYearFigures, sectionDates, YEAR_SECTIONS, type YearSectionKey } from '../../../../shared/ledgers/year-sections';
import { isYearEmpty, selectYearRecords } from '../../../../shared/year-records';
import { PageTitle } from '../../ui/PageTitle';
import { useSettings } from '../../app/settings-context';
import { STATS_PANELS, type StatsPanel } from '../../app/ledger-pages';
import { today } from '../../ui/dates';
import { ExportButtons, useLiveLedgerRecords } from '../export';

/** Every year any record of any ledger touches, newest first, with the current year always present. */
function collectYears(dates: Iterable<string | null | undefined>, thisYear: number): number[] {
  const set = new Set<number>([thisYear]);
  for (const d of dates) if (d) set.add(yearOf(d));
  return [...set].sort((a, b) => b - a);
}

export function StatsPage() {
  const settings = useSettings();
  // Every live record of every ledger, in one read: the export reuses them instead of reading them again.
  const records = useLiveLedgerRecords() ?? null;
  const thisYear = yearOf(today());
  const [year, setYear] = useState(thisYear);

  const years = useMemo(() => collectYears(records ? sectionDates(records) : [], thisYear), [records, thisYear]);
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
