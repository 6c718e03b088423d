import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '../../ui/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { checkBatchReadyToApply } from '../../../../shared/normative/cleanup';
import {
  CLEANUP_RESULTS,
  CLEANUP_RESULT_LABELS,
  type CleanupItem,
  type CleanupResult,
  type NormativeDocument,
} from '../../../../shared/normative/types';
import { getDb } from '../../db/db';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { chinaDateOf } from '../../../../shared/dates';
import { fromDateStr, toDateStr } from '../../ui/dates';
import { errorText } from '../../ui/errors';
import { BatchFormDrawer } from './CleanupTab';
import { DocumentStatusTag } from './DocumentsTab';
import { addToBatch, applyBatch, deleteCleanupBatch, removeFromBatch, setItemResult } from './normative-repo';
import { useLiveDocuments } from './use-normative';

interface Row {
  item: CleanupItem;
  doc: NormativeDocument | undefined;
}

function AddDocumentsModal({
  open,
  inBatch,
  docs,
  onAdd,
  onClose,
}: {
  open: boolean;
  inBatch: Set<string>;
  docs: NormativeDocument[];
  onAdd: (ids: string[]) => Promise<void>;
  onClose: () => void;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [q, setQ] = useState('');
  const rows = docs.filter((d) => !q || `${d.title}${d.docNo}${d.issuer}`.includes(q.trim()));
  return (
    <Modal
      open={open}
      width={900}
      title="从文件库选择要清理的文件"
      okText={`加入批次（${selected.length}件）`}
      cancelText="取消"
      okButtonProps={{ disabled: selected.length === 0 }}
      onOk={() =>
        onAdd(selected).then(() => {
          setSelected([]);
          onClose();
        })
      }
      onCancel={onClose}
      destroyOnHidden
    >
      <Input.Search
        allowClear
        placeholder="搜索文件名称、文号、制定机关"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        style={{ marginBottom: 8, width: 320 }}
      />
      <Table<NormativeDocument>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 10 }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (d) => ({ disabled: inBatch.has(d.id) }),
        }}
        columns={[
          { title: '文件名称', dataIndex: 'title', ellipsis: true },
          { title: '文号', dataIndex: 'docNo', width: 160 },
          { title: '制定机关', dataIndex: 'issuer', width: 150, ellipsis: true },
          { title: '有效期至', dataIndex: 'expiryDate', width: 110 },
          { title: '状态', key: 's', width: 80, render: (_, d) => (inBatch.has(d.id) ? '已在批次中' : <DocumentStatusTag d={d} />) },
        ]}
      />
    </Modal>
  );
}

export function BatchPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const settings = useSettings();
  const batch = useLiveQuery(
    () =>
      getDb()
        .cleanupBatches.get(id)
        .then((b) => b ?? null),
    [id],
  );
  const docs = useLiveDocuments();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const byId = useMemo(() => new Map((docs ?? []).map((d) => [d.id, d])), [docs]);
  if (batch === undefined || docs === undefined) return null;
  if (batch === null || batch.deleted) {
    return (
      <Empty description="清理批次不存在或已删除">
        <Button onClick={() => navigate('/normative/cleanup')}>返回清理批次</Button>
      </Empty>
    );
  }
  const actor = settings.operatorName;
  const applied = !!batch.appliedAt;
  const run = (p: Promise<unknown>, ok?: string) =>
    p.then(
      () => {
        if (ok) message.success(ok);
      },
      (e) => message.error(errorText(e)),
    );
  const rows: Row[] = batch.items.map((item) => ({ item, doc: byId.get(item.documentId) }));
  const problem = applied ? null : checkBatchReadyToApply(batch, docs);
  const counts = CLEANUP_RESULTS.map((r) => `${CLEANUP_RESULT_LABELS[r]} ${batch.items.filter((i) => i.result === r).length}`).join('，');

  const columns: ColumnsType<Row> = [
    {
      title: '文件名称',
      key: 'title',
      ellipsis: true,
      render: (_, r) =>
        r.doc ? <Typography.Link onClick={() => navigate(`/normative/doc/${r.doc!.id}`)}>{r.doc.title}</Typography.Link> : '（文件已删除）',
    },
    { title: '文号', key: 'docNo', width: 160, render: (_, r) => r.doc?.docNo },
    { title: '有效期至', key: 'expiry', width: 110, render: (_, r) => r.doc?.expiryDate },
    {
      title: '清理结果',
      key: 'result',
      width: 330,
      render: (_, r) => (
        <Space>
          <Select<CleanupResult>
            aria-label={`清理结果：${r.doc?.title ?? ''}`}
            disabled={applied}
            placeholder="选择结果"
            style={{ width: 130 }}
            value={r.item.result ?? undefined}
            onChange={(v) => run(setItemResult(batch.id, r.item.documentId, v, null, actor))}
            options={CLEANUP_RESULTS.map((c) => ({ value: c, label: CLEANUP_RESULT_LABELS[c] }))}
          />
          {r.item.result === 'extend' && (
            <DatePicker
              disabled={applied}
              placeholder="延长至（默认5年）"
              value={fromDateStr(r.item.newExpiry)}
              onChange={(d) => run(setItemResult(batch.id, r.item.documentId, 'extend', toDateStr(d), actor))}
            />
          )}
        </Space>
      ),
    },
    {
      title: '',
      key: 'remove',
      width: 60,
      render: (_, r) =>
        applied ? null : (
          <Typography.Link type="danger" onClick={() => run(removeFromBatch(batch.id, r.item.documentId, actor))}>
            移出
          </Typography.Link>
        ),
    },
  ];

  return (
    <div>
      <PageTitle
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/normative/cleanup')}>
              返回
            </Button>
            {!applied && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                修改批次信息
              </Button>
            )}
            {!applied && (
              <Popconfirm
                title="删除此清理批次？"
                okText="删除"
                cancelText="取消"
                onConfirm={() =>
                  run(
                    deleteCleanupBatch(batch.id, actor).then(() => navigate('/normative/cleanup')),
                    '已删除',
                  )
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  删除
                </Button>
              </Popconfirm>
            )}
          </>
        }
      >
        清理批次：{batch.name}
      </PageTitle>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'date', label: '完成日期', children: batch.completedDate },
            { key: 'count', label: '文件数', children: `${batch.items.length} 件（${counts}）` },
            { key: 'scope', label: '清理范围', span: 2, children: batch.scope || '—' },
            { key: 'applied', label: '状态', children: applied ? `已于 ${chinaDateOf(batch.appliedAt!)} 应用到文件库` : '进行中' },
          ]}
        />
      </Card>
      {applied ? (
        <Alert type="success" showIcon title="清理结果已应用到文件库，各文件状态已更新。" style={{ marginBottom: 12 }} />
      ) : (
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            从文件库加入文件
          </Button>
          <Popconfirm
            title="应用清理结果？"
            description="将按清理结果一次性更新文件库中全部文件的状态，应用后批次不能再修改。"
            okText="应用"
            cancelText="取消"
            disabled={!!problem}
            onConfirm={() => run(applyBatch(batch.id, actor), '清理结果已应用到文件库')}
          >
            <Button type="primary" disabled={!!problem}>
              应用清理结果
            </Button>
          </Popconfirm>
          {problem && <Typography.Text type="warning">{problem}</Typography.Text>}
        </Space>
      )}
      <Table<Row>
        rowKey={(r) => r.item.documentId}
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '批次中还没有文件，点击“从文件库加入文件”' }}
      />
      <AddDocumentsModal
        open={adding}
        inBatch={new Set(batch.items.map((i) => i.documentId))}
        docs={docs}
        onAdd={(ids) =>
          addToBatch(batch.id, ids, actor).then(
            () => {
              message.success(`已加入${ids.length}件`);
            },
            (e) => {
              message.error(errorText(e));
              throw e;
            },
          )
        }
        onClose={() => setAdding(false)}
      />
      <BatchFormDrawer open={editing} existing={batch} onClose={() => setEditing(false)} />
    </div>
  );
}
