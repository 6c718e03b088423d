import { Suspense } from 'react';
import { Alert, Card, Col, Descriptions, Row, Skeleton, Table, Typography } from 'antd';
import type { ReviewYearFigures } from '../../../../shared/review/counts';
import { reviewReportSentence } from '../../../../shared/review/report';
import { OUTCOME_LABELS, REVIEW_OUTCOMES, STEP_LABELS } from '../../../../shared/review/types';
import type { OrganNames } from '../../../../shared/settings';
import { navigate } from '../../app/router';
import { StatRow } from '../../ui/StatRow';
import { SentenceCard } from './SentenceCard';
import { LazyReviewCharts } from './charts/lazy';

export function ReviewStats({ f, organs }: { f: ReviewYearFigures; organs: OrganNames }) {
  const sentence = reviewReportSentence(f, organs);
  const outcomeRows = REVIEW_OUTCOMES.filter((o) => f.outcomes[o] > 0).map((o) => ({ key: o, label: OUTCOME_LABELS[o], count: f.outcomes[o] }));
  if (f.outcomeMissing > 0) outcomeRows.push({ key: 'other', label: '未填写审理结果', count: f.outcomeMissing });

  return (
    <Card title="行政复议" size="small" style={{ marginBottom: 16 }}>
      <StatRow
        span={4}
        items={[
          { title: '收到申请', value: f.received, suffix: '件' },
          { title: '受理', value: f.accepted, suffix: '件' },
          { title: '未受理', value: f.notAccepted.total, suffix: '件' },
          { title: `审结（含${f.carryOverFromYear}年结转）`, value: f.concluded, suffix: '件' },
          { title: '直接纠错率', value: f.correction.rate ?? '—' },
          { title: `结转${f.year + 1}年`, value: f.carryOut, suffix: '件' },
        ]}
      />
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'carryIn', label: `${f.year - 1}年结转入本年`, children: `${f.carryIn} 件` },
              {
                key: 'accepted',
                label: '本年受理',
                children: `${f.accepted} 件${f.deemedAccepted ? `（其中视为受理 ${f.deemedAccepted} 件）` : ''}`,
              },
              {
                key: 'concluded',
                label: '本年审结',
                children: `${f.concluded} 件（其中${f.carryOverFromYear}年及以前受理 ${f.concludedCarriedOver} 件）`,
              },
              { key: 'carryOut', label: `结转${f.year + 1}年`, children: `${f.carryOut} 件` },
              { key: 'reject', label: STEP_LABELS.reject, children: `${f.notAccepted.reject} 件` },
              { key: 'redirect', label: STEP_LABELS.redirect, children: `${f.notAccepted.redirect} 件` },
              { key: 'withdraw', label: STEP_LABELS.withdrawBeforeAcceptance, children: `${f.notAccepted.withdrawBeforeAcceptance} 件` },
              { key: 'compensation', label: '一并决定赔偿', children: `${f.compensation} 件` },
              {
                key: 'correction',
                label: '直接纠错',
                children: `${f.correction.numerator} 件 ÷ ${f.correction.denominator} 件 = ${f.correction.rate ?? '—（分母为0）'}`,
              },
              { key: 'opinion', label: '发出意见书', children: `${f.opinionLetters} 份` },
              { key: 'suggestion', label: '发出建议书', children: `${f.suggestionLetters} 份` },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            columns={[
              { title: '审理结果', dataIndex: 'label' },
              { title: '件数', dataIndex: 'count', width: 100 },
            ]}
            dataSource={outcomeRows}
            locale={{ emptyText: '本年没有审结案件' }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <b>合计（审结）</b>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1}>
                  <b>{f.concluded}</b>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <div style={{ marginTop: 12 }}>
            {f.invariant.holds ? (
              <Alert
                type="success"
                showIcon
                title={`结转核对通过：上年结转 ${f.carryIn} + 本年受理 ${f.accepted} = 本年审结 ${f.concluded} + 结转下年 ${f.carryOut}`}
              />
            ) : (
              <Alert
                type="error"
                showIcon
                title={`结转核对不平衡：上年结转 ${f.carryIn} + 本年受理 ${f.accepted} = ${f.invariant.left}，本年审结 ${f.concluded} + 结转下年 ${f.carryOut} = ${f.invariant.right}`}
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {f.invariant.offending.map((o) => (
                      <li key={o.caseId}>
                        <Typography.Link onClick={() => navigate(`/review/${o.caseId}`)}>{o.caseNo}</Typography.Link>：{o.reason}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            {f.problems.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title="以下案件的数据需要核实"
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {f.problems.map((o) => (
                      <li key={`${o.caseId}-${o.reason}`}>
                        <Typography.Link onClick={() => navigate(`/review/${o.caseId}`)}>{o.caseNo}</Typography.Link>：{o.reason}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
          </div>
        </Col>
      </Row>
      <Suspense fallback={<Skeleton active style={{ marginTop: 16 }} paragraph={{ rows: 8 }} />}>
        <LazyReviewCharts f={f} />
      </Suspense>
      <SentenceCard sentences={[sentence]} testId="review-sentence" note={`${f.correction.description}。`} />
    </Card>
  );
}
