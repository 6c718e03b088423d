import { Suspense } from 'react';
import { Alert, Card, Descriptions, Skeleton, Table } from 'antd';
import type { LitigationYearFigures, ScopeFigures } from '../../../../shared/litigation/counts';
import { litigationReportSentences } from '../../../../shared/litigation/report';
import {
  APPEARANCE_RATE_LABELS,
  DEFENDANT_KIND_LABELS,
  DEFENDANT_KINDS,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
} from '../../../../shared/litigation/types';
import type { AppSettings } from '../../../../shared/settings';
import { StatRow } from '../../ui/StatRow';
import { LazyLitigationCharts, SentenceCard } from '../stats';

/** A header or cell that keeps its figure or title on one line (受理 must not break into 受 / 理). */
const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

const list = (entries: { name: string; count: number }[]) => entries.map((e) => `${e.name} ${e.count}`).join('，') || '—';

function scopeRow(name: string, s: ScopeFigures) {
  return {
    key: name,
    name,
    received: s.received,
    concluded: `${s.concluded}${s.concludedCarriedOver ? `（含结转${s.concludedCarriedOver}）` : ''}`,
    heard: s.heard,
    lost: s.lost,
    lossRate: s.lossRate ?? '—',
    headRate: s.headRate ?? '—',
    agencyRate: s.agencyRate ?? '—',
    carry: `${s.carryIn} + ${s.received} = ${s.concluded} + ${s.carryOut}`,
  };
}

/** 年度统计 panel of 行政应诉: the figures of every scope, the splits, the carry-over check and the report sentences. */
export function LitigationStats({ f, settings }: { f: LitigationYearFigures; settings: AppSettings }) {
  const sentences = litigationReportSentences(f, settings.organNames);
  const a = f.all;
  const broken = [...new Set([...a.invariant.broken])];
  return (
    <Card title="行政应诉" size="small" style={{ marginBottom: 16 }} data-testid="litigation-stats">
      <StatRow
        span={4}
        items={[
          { title: '法院受理', value: a.received, suffix: '件' },
          { title: `结案（含${f.year - 1}年结转${a.concludedCarriedOver}件）`, value: a.concluded, suffix: '件' },
          { title: '开庭审理', value: a.heard, suffix: '件' },
          { title: '败诉', value: a.lost, suffix: '件' },
          { title: '败诉率', value: a.lossRate ?? '—' },
          { title: '负责人出庭率', value: a.headRate ?? '—' },
        ]}
      />
      {!a.invariant.holds && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={`结转不平衡：${a.carryIn} + ${a.received} ≠ ${a.concluded} + ${a.carryOut}`}
          description={`请核对：${broken.join('、')}`}
        />
      )}
      <Table
        style={{ marginTop: 16 }}
        size="small"
        pagination={false}
        dataSource={[
          scopeRow('全部案件', a),
          scopeRow(f.localCourt, f.local),
          scopeRow(`${f.intermediateCourt}（以${settings.organNames.government}为被告）`, f.governmentIntermediate),
        ]}
        columns={[
          { title: '范围', dataIndex: 'name' },
          ...(
            [
              ['受理', 'received'],
              ['结案', 'concluded'],
              ['开庭审理', 'heard'],
              ['败诉', 'lost'],
              ['败诉率', 'lossRate'],
              ['负责人出庭率', 'headRate'],
              ['机关出庭率', 'agencyRate'],
            ] as const
          ).map(([title, dataIndex]) => ({ title, dataIndex, align: 'right' as const, onHeaderCell: nowrap, onCell: nowrap })),
          {
            title: <span title="上年结转 + 本年受理 = 本年结案 + 结转下年">结转核对</span>,
            dataIndex: 'carry',
            width: 150,
            onHeaderCell: nowrap,
            onCell: nowrap,
          },
        ]}
      />
      <Suspense fallback={<Skeleton active style={{ marginTop: 16 }} paragraph={{ rows: 5 }} />}>
        <LazyLitigationCharts f={f} lossOutcomes={settings.litigation.lossOutcomes} />
      </Suspense>
      <Descriptions
        style={{ marginTop: 16 }}
        size="small"
        bordered
        column={1}
        items={[
          { key: 'court', label: '按法院（受理）', children: list(f.byCourt) },
          {
            key: 'kind',
            label: '按被告类别（受理）',
            children: DEFENDANT_KINDS.map((k) => `${DEFENDANT_KIND_LABELS[k]} ${f.byDefendantKind[k]}`).join('，'),
          },
          { key: 'defendant', label: '按被告（受理）', children: list(f.byDefendant) },
          {
            key: 'outcome',
            label: '按结案方式（结案）',
            children:
              LITIGATION_OUTCOMES.filter((o) => f.byOutcome[o] > 0)
                .map((o) => `${LITIGATION_OUTCOME_LABELS[o]} ${f.byOutcome[o]}`)
                .join('，') || '—',
          },
          { key: 'cat', label: '按行为类别（受理）', children: list(f.byActCategory) },
          { key: 'field', label: '按管理领域（受理）', children: list(f.byField) },
          {
            key: 'hear',
            label: '出庭情况',
            children: `开庭${a.hearings}庭次，负责人出庭${a.headAppearances}庭次，行政机关出庭${a.agencyAppearances}庭次；被告改变行为后撤诉${a.withdrawnAfterChange}件（不计入败诉）`,
          },
        ]}
      />
      <SentenceCard
        sentences={sentences}
        testId="litigation-sentence"
        note={`报告中的出庭应诉率为${APPEARANCE_RATE_LABELS[f.reportRate]}（见“设置 → 行政应诉”）。`}
      />
    </Card>
  );
}
