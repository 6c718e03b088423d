import { Suspense } from 'react';
import { Card, Descriptions, Skeleton } from 'antd';
import type { NormativeYearFigures } from '../../../../shared/normative/counts';
import { normativeReportSentences } from '../../../../shared/normative/report';
import {
  CLEANUP_RESULTS,
  CLEANUP_RESULT_LABELS,
  FILING_RESULT_LABELS,
  LEGALITY_OPINION_LABELS,
  type FilingResult,
  type LegalityOpinion,
} from '../../../../shared/normative/types';
import type { OrganNames } from '../../../../shared/settings';
import { StatRow } from '../../ui/StatRow';
import { SentenceCard } from './SentenceCard';
import { LazyNormativeCharts } from './charts/lazy';

const ISSUED_NOTE = '按合法性审核记录的公布日期';

export function NormativeStats({ f, organs }: { f: NormativeYearFigures; organs: OrganNames }) {
  const s = normativeReportSentences(f, organs);
  const sentences = [s.revision, s.legality, s.filing, s.cleanup].filter((x): x is string => !!x);
  const opinions = (Object.keys(LEGALITY_OPINION_LABELS) as LegalityOpinion[])
    .map((o) => `${LEGALITY_OPINION_LABELS[o]} ${f.legality.byOpinion[o]}`)
    .join('，');
  const results = (Object.keys(FILING_RESULT_LABELS) as FilingResult[]).map((r) => `${FILING_RESULT_LABELS[r]} ${f.filing.byResult[r]}`).join('，');
  const cleanup = CLEANUP_RESULTS.map((r) => `${CLEANUP_RESULT_LABELS[r]} ${f.cleanup.byResult[r]}`).join('，');
  return (
    <Card title="规范性文件" size="small" style={{ marginBottom: 16 }}>
      <StatRow
        span={4}
        items={[
          { title: '合法性审核', value: f.legality.reviewed, suffix: '件' },
          // Counted from 合法性审核 records (shared/normative/counts.ts issuedFigures), not from 文件库: say so.
          { title: '新制定公布', value: f.issued.newIssued, suffix: '件', note: ISSUED_NOTE },
          { title: '重新修订完成', value: f.issued.revised, suffix: '部', note: ISSUED_NOTE },
          { title: '备案审查', value: f.filing.filed, suffix: '件' },
          { title: '按时报备率', value: f.filing.onTimeRate ?? '—' },
          { title: '清理文件', value: f.cleanup.documents, suffix: '件' },
        ]}
      />
      <Descriptions
        style={{ marginTop: 16 }}
        size="small"
        bordered
        column={1}
        items={[
          {
            key: 'legality',
            label: '合法性审核（按审核完成日期）',
            children: `${f.legality.reviewed} 件：${opinions}${f.legality.opinionMissing ? `，未填审核意见 ${f.legality.opinionMissing}` : ''}；其中新制定 ${f.legality.byKind.new}，重新修订 ${f.legality.byKind.revision}`,
          },
          {
            key: 'filing',
            label: '备案审查（按报备日期）',
            children: `${f.filing.filed} 件：按时 ${f.filing.onTime}，逾期 ${f.filing.late}（报备期限${f.filing.filingDays}日）；${results}${f.filing.resultPending ? `，待审查 ${f.filing.resultPending}` : ''}；发现问题 ${f.filing.problemsFound}，已纠正 ${f.filing.corrected}`,
          },
          {
            key: 'cleanup',
            label: '文件清理（按批次完成日期）',
            children: `${f.cleanup.batches} 个批次，${f.cleanup.documents} 件：${cleanup}；继续有效或延长 ${f.cleanup.continuedOrExtended}，失效或废止 ${f.cleanup.repealedOrExpired}`,
          },
          { key: 'expiring', label: '年末后6个月内到期的有效文件', children: `${f.expiringSoonAtYearEnd} 件` },
        ]}
      />
      <Suspense fallback={<Skeleton active style={{ marginTop: 16 }} paragraph={{ rows: 5 }} />}>
        <LazyNormativeCharts f={f} />
      </Suspense>
      <SentenceCard sentences={sentences} testId="normative-sentence" />
    </Card>
  );
}
