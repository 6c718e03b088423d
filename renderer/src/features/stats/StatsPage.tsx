import { useMemo, useState } from 'react';
import { Empty, Select, Space, Typography } from 'antd';
import { computeReviewYearFigures } from '../../../../shared/review/counts';
import { yearOf } from '../../../../shared/dates';
import { PageTitle } from '../../app/AppShell';
import { useSettings } from '../../app/settings-context';
import { today } from '../../ui/dates';
import { useLiveCases, useLiveLetters } from '../review/use-review-data';
import { ReviewStats } from './ReviewStats';

export function StatsPage() {
  const settings = useSettings();
  const cases = useLiveCases();
  const letters = useLiveLetters();
  const thisYear = yearOf(today());
  const [year, setYear] = useState(thisYear);

  const years = useMemo(() => {
    const set = new Set<number>([thisYear]);
    for (const c of cases ?? []) {
      for (const d of [c.receivedDate, c.acceptedDate, c.concludedDate]) if (d) set.add(yearOf(d));
    }
    for (const l of letters ?? []) set.add(yearOf(l.issueDate));
    return [...set].sort((a, b) => b - a);
  }, [cases, letters, thisYear]);

  const figures = useMemo(
    () => (cases && letters ? computeReviewYearFigures({ cases, letters, year, correctionRate: settings.correctionRate }) : null),
    [cases, letters, year, settings.correctionRate],
  );

  const empty = figures && figures.received + figures.accepted + figures.concluded + figures.carryIn + figures.opinionLetters + figures.suggestionLetters === 0;

  return (
    <div>
      <PageTitle
        extra={
          <Space>
            <Typography.Text>统计年度</Typography.Text>
            <Select aria-label="统计年度" value={year} onChange={setYear} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
          </Space>
        }
      >
        {year}年度统计
      </PageTitle>
      {empty && <Empty style={{ marginBottom: 16 }} description={`${year}年没有行政复议记录，以下数字均为0。`} />}
      {figures && <ReviewStats f={figures} organs={settings.organNames} />}
    </div>
  );
}
