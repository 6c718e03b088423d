import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Timeline } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '../../ui/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { DOCUMENT_FIELD_LABELS as L } from '../../../../shared/normative/schema';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../../../../shared/normative/types';
import { getDb } from '../../db/db';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { errorText } from '../../ui/errors';
import { RecordHistory } from '../history';
import { DocumentFormDrawer } from './DocumentFormDrawer';
import { DocumentStatusTag } from './DocumentsTab';
import { deleteDocument } from './normative-repo';

const valueText = (field: string, v: unknown) =>
  field === 'status' && typeof v === 'string' ? DOCUMENT_STATUS_LABELS[v as DocumentStatus] : undefined;

export function DocumentPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const settings = useSettings();
  const d = useLiveQuery(
    () =>
      getDb()
        .normativeDocuments.get(id)
        .then((r) => r ?? null),
    [id],
  );
  const [editing, setEditing] = useState(false);
  if (d === undefined) return null;
  if (d === null || d.deleted) {
    return (
      <Empty description="文件不存在或已删除">
        <Button onClick={() => navigate('/normative/registry')}>返回文件库</Button>
      </Empty>
    );
  }
  return (
    <div>
      <PageTitle
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/normative/registry')}>
              返回文件库
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              修改
            </Button>
            <Popconfirm
              title="删除此文件？"
              description="文件将移入回收站，不再计入统计。"
              okText="删除"
              cancelText="取消"
              onConfirm={() =>
                deleteDocument(d.id, settings.operatorName).then(
                  () => {
                    message.success('已删除');
                    navigate('/normative/registry');
                  },
                  (e) => message.error(errorText(e)),
                )
              }
            >
              <Button danger icon={<DeleteOutlined />}>
                删除
              </Button>
            </Popconfirm>
          </>
        }
      >
        <Space>
          《{d.title}》<DocumentStatusTag d={d} />
        </Space>
      </PageTitle>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title="文件信息" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'docNo', label: L.docNo, children: d.docNo },
                { key: 'issuer', label: L.issuer, children: d.issuer },
                { key: 'publishDate', label: L.publishDate, children: d.publishDate },
                { key: 'effectiveDate', label: L.effectiveDate, children: d.effectiveDate ?? '—' },
                { key: 'expiry', label: '有效期至', children: `${d.expiryDate}${d.statedExpiry ? '（文件载明）' : '（按规定推算）'}` },
                { key: 'status', label: L.status, children: DOCUMENT_STATUS_LABELS[d.status] },
                { key: 'note', label: L.note, span: 2, children: d.note || '—' },
              ]}
            />
          </Card>
          <Card size="small" title="文件沿革">
            <Timeline items={d.history.map((h, i) => ({ key: i, title: h.date, content: `${h.detail}（${h.recordedBy || '未署名'}）` }))} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="修改记录">
            <RecordHistory recordId={d.id} labels={L} valueText={valueText} />
          </Card>
        </Col>
      </Row>
      <DocumentFormDrawer open={editing} existing={d} onClose={() => setEditing(false)} />
    </div>
  );
}
