import { useMemo } from 'react';
import { Col, Row } from 'antd';
import type { NormativeYearFigures } from '../../../../../shared/normative/counts';
import { CLEANUP_RESULT_LABELS, LEGALITY_OPINION_LABELS, type CleanupResult, type LegalityOpinion } from '../../../../../shared/normative/types';
import { ChartBox } from './ChartBox';
import { BLUE, GREY, LIGHT_BLUE, LIGHT_GREY, PRIMARY, RED_SHADES, pieOption, type Slice } from './chart-options';

/** Documents kept in force in blues, amended in grey, taken out of force in reds. */
const CLEANUP_COLORS: Record<CleanupResult, string> = {
  continue: BLUE,
  extend: LIGHT_BLUE,
  amend: GREY,
  repeal: PRIMARY,
  expire: RED_SHADES[1]!,
};
const OPINION_COLORS: Record<LegalityOpinion, string> = { legal: BLUE, legalAfterChanges: LIGHT_BLUE, illegal: PRIMARY };

function slices<K extends string>(
  counts: Record<K, number>,
  labels: Record<K, string>,
  colors: Record<K, string>,
  missing: number,
  missingLabel: string,
): Slice[] {
  const out: Slice[] = (Object.keys(labels) as K[])
    .filter((k) => counts[k] > 0)
    .map((k) => ({ name: labels[k], value: counts[k], color: colors[k] }));
  if (missing > 0) out.push({ name: missingLabel, value: missing, color: LIGHT_GREY });
  return out;
}

function PieBox({ title, first, data }: { title: string; first: string; data: Slice[] }) {
  const option = useMemo(() => pieOption(data), [data]);
  return (
    <ChartBox
      title={title}
      option={option}
      height={240}
      empty={data.length === 0}
      description={data.map((s) => `${s.name} ${s.value}件`).join('，')}
      columns={[
        { key: 'name', title: first },
        { key: 'count', title: '件数' },
      ]}
      rows={data.map((s) => ({ key: s.name, name: s.name, count: s.value }))}
    />
  );
}

/** Charts of the 规范性文件 year figures: 清理结果 (by batch completion date) and 合法性审核意见 (by review completion date). */
export function NormativeCharts({ f }: { f: NormativeYearFigures }) {
  const cleanup = useMemo(() => slices(f.cleanup.byResult, CLEANUP_RESULT_LABELS, CLEANUP_COLORS, f.cleanup.resultMissing, '未填写清理结果'), [f]);
  const legality = useMemo(
    () => slices(f.legality.byOpinion, LEGALITY_OPINION_LABELS, OPINION_COLORS, f.legality.opinionMissing, '未填写审核意见'),
    [f],
  );
  return (
    <Row gutter={[12, 12]} style={{ marginTop: 16 }} data-testid="normative-charts">
      <Col xs={24} xl={12}>
        <PieBox title="文件清理结果" first="清理结果" data={cleanup} />
      </Col>
      <Col xs={24} xl={12}>
        <PieBox title="合法性审核意见" first="审核意见" data={legality} />
      </Col>
    </Row>
  );
}
