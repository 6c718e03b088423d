import { useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Row, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { agreementDeadline } from '../../../../shared/agreements/deadline';
import { AGREEMENT_FIELD_LABELS } from '../../../../shared/agreements/schema';
import { AGREEMENT_OPINION_LABELS, SIGNING_CAPACITY_LABELS, type AgreementOpinion, type SigningCapacity } from '../../../../shared/agreements/types';
import { getDb } from '../../db/db';
import { PageTitle } from '../../ui/PageTitle';
import { RecordPageActions } from '../../ui/RecordPageActions';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { today } from '../../ui/dates';
import { RecordHistory } from '../history';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { DateCell } from '../../ui/OrganName';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { AgreementFormDrawer } from './AgreementFormDrawer';
import { deleteAgreement } from './agreement-repo';

const valueText = (field: string, v: unknown): string | undefined => {
  if (field === 'signingCapacity' && typeof v === 'string') return SIGNING_CAPACITY_LABELS[v as SigningCapacity];
  if (field === 'opinion' && typeof v === 'string') return AGREEMENT_OPINION_LABELS[v as AgreementOpinion];
  return undefined;
};

export function AgreementPage({ id }: { id: string }) {
  const settings = useSettings();
  const cal = useWorkCalendar();
  const a = useLiveQuery(
    () =>
      getDb()
        .agreementReviews.get(id)
        .then((r) => r ?? null),
    [id],
  );
  const [editing, setEditing] = useState(false);
  if (a === undefined) return null;
  if (a === null || a.deleted) {
    return (
      <Empty description="记录不存在或已删除">
        <Button onClick={() => navigate('/agreements')}>返回列表</Button>
      </Empty>
    );
  }
  const d = agreementDeadline(a, cal, today(), settings.agreementPeriods.reviewWorkingDays);
  const L = AGREEMENT_FIELD_LABELS;
  return (
    <div>
      <PageTitle
        extra={
          <RecordPageActions
            backLabel="返回列表"
            onBack={() => navigate('/agreements')}
            onEdit={() => setEditing(true)}
            deleteTitle="删除此审查记录？"
            deleteDescription="记录将移入回收站，不再计入统计。"
            onDelete={() => deleteAgreement(a.id, settings.operatorName)}
            onDeleted={() => navigate('/agreements')}
          />
        }
      >
        <Space>
          {a.name}
          <DeadlineTag d={d} />
        </Space>
      </PageTitle>
      <Row gutter={16}>
        {/* At 1366 px the information takes the whole width (two columns of label and value that do not break
            into one character per line) and the history follows; side by side only on a wide screen. */}
        <Col xs={24} xxl={15}>
          <Card size="small" title="审查信息" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              styles={{ label: { whiteSpace: 'nowrap' } }}
              items={[
                { key: 'cap', label: L.signingCapacity, children: SIGNING_CAPACITY_LABELS[a.signingCapacity] },
                { key: 'cat', label: L.category, children: a.category },
                { key: 'unit', label: L.submittingUnit, children: a.submittingUnit },
                { key: 'cp', label: L.counterparty, children: a.counterparty },
                { key: 'amount', label: '金额', children: a.amount === null ? '—' : `${a.amount.toLocaleString('zh-CN')} 万元` },
                { key: 'handler', label: L.handler, children: a.handler },
                { key: 'received', label: L.receivedDate, children: <DateCell date={a.receivedDate} /> },
                { key: 'opinionDate', label: L.opinionDate, children: <DateCell date={a.opinionDate} /> },
                { key: 'opinion', label: L.opinion, children: a.opinion ? AGREEMENT_OPINION_LABELS[a.opinion] : '—' },
                { key: 'deadline', label: '审查期限', span: 2, children: `${d.due ?? '—'}（${d.basis}）` },
                { key: 'problems', label: L.problems, span: 2, children: a.problems || '—' },
                { key: 'note', label: L.note, span: 2, children: a.note || '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={9}>
          <Card size="small" title="修改记录">
            <RecordHistory recordId={a.id} labels={AGREEMENT_FIELD_LABELS} valueText={valueText} />
          </Card>
        </Col>
      </Row>
      <AgreementFormDrawer open={editing} existing={a} handlers={[]} onClose={() => setEditing(false)} />
    </div>
  );
}
