import { useMemo } from 'react';
import { Col, Row } from 'antd';
import type { LitigationYearFigures } from '../../../../../shared/litigation/counts';
import { LITIGATION_OUTCOME_LABELS, LITIGATION_OUTCOMES, type LitigationOutcome } from '../../../../../shared/litigation/types';
import { ChartBox } from './ChartBox';
import {
  BLUE,
  NEUTRAL_SHADES,
  RED_SHADES,
  barHeight,
  describeEntries,
  horizontalBarOption,
  pieOption,
  topEntries,
  type Slice,
} from './chart-options';

const TOP = 10;

/**
 * Charts of the 行政应诉 year figures: the year's conclusions by 结案方式 (red shades for the outcomes counted as
 * 败诉, blues for the rest) and the year's new cases by 被告 (the ten most frequent).
 */
export function LitigationCharts({ f, lossOutcomes }: { f: LitigationYearFigures; lossOutcomes: readonly LitigationOutcome[] }) {
  const outcomes: Slice[] = useMemo(() => {
    let red = 0;
    let blue = 0;
    return LITIGATION_OUTCOMES.filter((o) => f.byOutcome[o] > 0).map((o) => ({
      name: LITIGATION_OUTCOME_LABELS[o],
      value: f.byOutcome[o],
      color: lossOutcomes.includes(o) ? RED_SHADES[red++ % RED_SHADES.length]! : NEUTRAL_SHADES[blue++ % NEUTRAL_SHADES.length]!,
    }));
  }, [f, lossOutcomes]);
  const outcomeOption = useMemo(() => pieOption(outcomes), [outcomes]);
  const defendants = useMemo(() => topEntries(f.byDefendant, TOP), [f]);
  const defendantOption = useMemo(() => horizontalBarOption(defendants.shown, BLUE, 190), [defendants]);
  const height = barHeight(Math.max(defendants.shown.length, 4));

  return (
    <Row gutter={[12, 12]} style={{ marginTop: 16 }} data-testid="litigation-charts">
      <Col xs={24} xl={12}>
        <ChartBox
          title="按结案方式（本年结案）"
          option={outcomeOption}
          height={height}
          empty={outcomes.length === 0}
          description={outcomes.map((s) => `${s.name} ${s.value}件`).join('，')}
          columns={[
            { key: 'name', title: '结案方式' },
            { key: 'count', title: '件数' },
          ]}
          rows={outcomes.map((s) => ({ key: s.name, name: s.name, count: s.value }))}
          note="红色为计入败诉的结案方式"
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartBox
          title="按被告（本年受理）"
          option={defendantOption}
          height={height}
          empty={f.byDefendant.length === 0}
          description={describeEntries(f.byDefendant)}
          columns={[
            { key: 'name', title: '被告' },
            { key: 'count', title: '件数' },
          ]}
          rows={f.byDefendant.map((e) => ({ key: e.name, name: e.name, count: e.count }))}
          note={defendants.restKinds > 0 ? `另有${defendants.restKinds}个被告共${defendants.restCount}件` : undefined}
        />
      </Col>
    </Row>
  );
}
