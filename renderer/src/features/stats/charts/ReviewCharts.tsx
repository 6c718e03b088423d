import { useMemo } from 'react';
import { Col, Row } from 'antd';
import type { BreakdownEntry, ReviewYearFigures } from '../../../../../shared/review/counts';
import { OUTCOME_LABELS, REVIEW_OUTCOMES } from '../../../../../shared/review/types';
import { ChartBox } from './ChartBox';
import {
  BLUE,
  LIGHT_BLUE,
  LIGHT_GREY,
  NEUTRAL_SHADES,
  PRIMARY,
  RED_SHADES,
  barHeight,
  describeEntries,
  horizontalBarOption,
  monthlyOption,
  pieOption,
  topEntries,
  type Slice,
} from './chart-options';

const TOP = 10;
const COUNT_COLUMNS = (first: string) => [
  { key: 'name', title: first },
  { key: 'count', title: '件数' },
];

/** Outcomes counted as direct corrections (per the settings) in reds, the others in blues and greys. */
function outcomeSlices(f: ReviewYearFigures): Slice[] {
  const correcting = new Set(f.correction.definition.outcomes);
  let red = 0;
  let neutral = 0;
  const slices: Slice[] = [];
  for (const o of REVIEW_OUTCOMES) {
    if (f.outcomes[o] === 0) continue;
    const color = correcting.has(o) ? RED_SHADES[red++ % RED_SHADES.length]! : NEUTRAL_SHADES[neutral++ % NEUTRAL_SHADES.length]!;
    slices.push({ name: OUTCOME_LABELS[o], value: f.outcomes[o], color });
  }
  if (f.outcomeMissing > 0) slices.push({ name: '未填写审理结果', value: f.outcomeMissing, color: LIGHT_GREY });
  return slices;
}

function Breakdown({
  title,
  first,
  entries,
  color,
  labelWidth,
}: {
  title: string;
  first: string;
  entries: BreakdownEntry[];
  color: string;
  labelWidth: number;
}) {
  const { shown, restKinds, restCount } = useMemo(() => topEntries(entries, TOP), [entries]);
  const option = useMemo(() => horizontalBarOption(shown, color, labelWidth), [shown, color, labelWidth]);
  return (
    <ChartBox
      title={title}
      option={option}
      height={barHeight(shown.length)}
      empty={entries.length === 0}
      description={describeEntries(entries)}
      columns={COUNT_COLUMNS(first)}
      rows={entries.map((e) => ({ key: e.name, name: e.name, count: e.count }))}
      note={restKinds > 0 ? `图中为件数最多的${TOP}个，其余${restKinds}个共${restCount}件见“查看数据”。` : undefined}
    />
  );
}

/** Charts of the 行政复议 year figures. The breakdowns count the cases received in the year. */
export function ReviewCharts({ f }: { f: ReviewYearFigures }) {
  const slices = useMemo(() => outcomeSlices(f), [f]);
  const outcome = useMemo(() => pieOption(slices), [slices]);
  const monthlySeries = useMemo(
    () => [
      { name: '收到申请', data: f.monthly.received, color: LIGHT_BLUE },
      { name: '受理', data: f.monthly.accepted, color: BLUE },
      { name: '审结', data: f.monthly.concluded, color: PRIMARY },
    ],
    [f],
  );
  const monthly = useMemo(() => monthlyOption(monthlySeries), [monthlySeries]);
  const monthlyEmpty = monthlySeries.every((s) => s.data.every((n) => n === 0));

  // A ring goes beside another box only from 1200px (xl): narrower, the labels around it would be cut.
  return (
    <Row gutter={[12, 12]} style={{ marginTop: 16 }} data-testid="review-charts">
      <Col xs={24} xl={12}>
        <ChartBox
          title="审结案件审理结果"
          option={outcome}
          // As tall as the respondents' bars beside it, so the two boxes line up.
          height={Math.max(260, barHeight(Math.min(TOP, f.byRespondent.length)))}
          empty={slices.length === 0}
          description={slices.map((s) => `${s.name} ${s.value}件`).join('，')}
          columns={COUNT_COLUMNS('审理结果')}
          rows={slices.map((s) => ({ key: s.name, name: s.name, count: s.value }))}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Breakdown title={`收到申请按被申请人（前${TOP}）`} first="被申请人" entries={f.byRespondent} color={BLUE} labelWidth={180} />
      </Col>
      <Col span={24}>
        <ChartBox
          title="逐月收到申请、受理、审结"
          option={monthly}
          height={260}
          empty={monthlyEmpty}
          description={monthlySeries.map((s) => `${s.name}：${s.data.map((n, i) => `${i + 1}月${n}件`).join('，')}`).join('；')}
          columns={[{ key: 'month', title: '月份' }, ...monthlySeries.map((s) => ({ key: s.name, title: s.name }))]}
          rows={Array.from({ length: 12 }, (_, i) => ({
            key: String(i + 1),
            month: `${i + 1}月`,
            ...Object.fromEntries(monthlySeries.map((s) => [s.name, s.data[i]!])),
          }))}
        />
      </Col>
      <Col xs={24} lg={12}>
        <Breakdown title="收到申请按行为类别" first="行为类别" entries={f.byActCategory} color={BLUE} labelWidth={120} />
      </Col>
      <Col xs={24} lg={12}>
        <Breakdown title="收到申请按管理领域" first="管理领域" entries={f.byField} color={BLUE} labelWidth={120} />
      </Col>
    </Row>
  );
}
