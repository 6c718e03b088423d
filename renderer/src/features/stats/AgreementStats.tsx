import { Suspense } from 'react';
import { Card, Descriptions, Skeleton } from 'antd';
import type { AgreementYearFigures } from '../../../../shared/agreements/counts';
import { agreementReportSentence } from '../../../../shared/agreements/report';
import { AGREEMENT_OPINIONS, AGREEMENT_OPINION_LABELS, SIGNING_CAPACITIES, SIGNING_CAPACITY_LABELS } from '../../../../shared/agreements/types';
import type { OrganNames } from '../../../../shared/settings';
import { StatRow } from '../../ui/StatRow';
import { SentenceCard } from './SentenceCard';
import { LazyAgreementCharts } from './charts/lazy';

export function AgreementStats({ f, organs }: { f: AgreementYearFigures; organs: OrganNames }) {
  const sentence = agreementReportSentence(f, organs);
  return (
    <Card title="行政协议合法性审查" size="small" style={{ marginBottom: 16 }}>
      <StatRow
        span={5}
        items={[
          { title: '审查（出具意见）', value: f.total, suffix: '件', span: 4 },
          { title: `以${organs.governmentShort}名义`, value: f.bySigning.government, suffix: '件' },
          { title: '以镇或部门名义', value: f.townOrDepartment, suffix: '件' },
          { title: '涉及金额', value: f.amountText },
          { title: '年末待审', value: f.pendingAtYearEnd, suffix: '件' },
        ]}
      />
      <Descriptions
        style={{ marginTop: 16 }}
        size="small"
        bordered
        column={1}
        items={[
          {
            key: 'signing',
            label: '按签订名义',
            children: SIGNING_CAPACITIES.map((c) => `${SIGNING_CAPACITY_LABELS[c]} ${f.bySigning[c]}`).join('，'),
          },
          {
            key: 'category',
            label: '按协议类别',
            // Every category, zeros included, as 按签订名义 and 按审查意见 list theirs.
            children: f.byCategory.map((c) => `${c.name} ${c.count}`).join('，'),
          },
          {
            key: 'opinion',
            label: '按审查意见',
            children:
              AGREEMENT_OPINIONS.map((o) => `${AGREEMENT_OPINION_LABELS[o]} ${f.byOpinion[o]}`).join('，') +
              (f.opinionMissing ? `，未填审查意见 ${f.opinionMissing}` : ''),
          },
          { key: 'received', label: '本年收件', children: `${f.receivedInYear} 件（上年末待审 ${f.pendingAtYearStart} 件）` },
        ]}
      />
      <Suspense fallback={<Skeleton active style={{ marginTop: 16 }} paragraph={{ rows: 5 }} />}>
        <LazyAgreementCharts f={f} organs={organs} />
      </Suspense>
      <SentenceCard sentences={sentence ? [sentence] : []} testId="agreement-sentence" />
    </Card>
  );
}
