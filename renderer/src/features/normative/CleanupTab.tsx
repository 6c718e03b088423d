import { useMemo, useState } from 'react';
import { Button, Col, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { PlusOutlined } from '../../ui/icons';
import { CLEANUP_FIELD_LABELS as L } from '../../../../shared/normative/schema';
import type { CleanupBatch } from '../../../../shared/normative/types';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { fromDateStr, today } from '../../ui/dates';
import { DateItem, NoteItem, TextItem } from '../../ui/form-items';
import { FormDrawer } from '../../ui/FormDrawer';
import { saveCleanupBatch } from './normative-repo';
import { useLiveCleanupBatches } from './use-normative';
import { formInput } from '../../ui/form-values';
import { CLEANUP_STATE_LABELS, CLEANUP_STATES, cleanupMatches } from '../../../../shared/normative/tab-filters';
import { useTabView } from './tab-view';

const FIELDS = ['name', 'scope', 'completedDate', 'note'] as const;
type Values = { name?: string; scope?: string; completedDate?: Dayjs; note?: string };

export function BatchFormDrawer({
  open,
  existing,
  onClose,
  onSaved,
}: {
  open: boolean;
  existing: CleanupBatch | null;
  onClose: () => void;
  onSaved?: (b: CleanupBatch) => void;
}) {
  const settings = useSettings();
  return (
    <FormDrawer<Values, CleanupBatch>
      open={open}
      existing={existing}
      table="cleanupBatches"
      onClose={onClose}
      width={620}
      title={existing ? `修改清理批次：${existing.name}` : '新建清理批次'}
      fieldNames={FIELDS}
      initial={(e) => (e ? { ...e, completedDate: fromDateStr(e.completedDate) } : { completedDate: fromDateStr(today()) })}
      onSubmit={async (v, openedAt) => {
        const saved = await saveCleanupBatch(
          formInput(v, { texts: ['name', 'scope', 'note'], requiredDates: ['completedDate'] }),
          existing?.id ?? null,
          settings.operatorName,
          today(),
          openedAt,
        );
        onSaved?.(saved);
      }}
    >
      {() => (
        <Row gutter={16}>
          <TextItem name="name" label={L.name} span={16} required placeholder="如：2019年规范性文件集中清理" />
          <DateItem name="completedDate" label={L.completedDate} span={8} required />
          <Col span={24}>
            <Form.Item
              name="scope"
              label={L.scope}
              extra="报告表述用语，如“2017年清理后确认有效、延期或修改的规范性文件和……自行制定发布”，将写作“对……的N件规范性文件进行了集中清理”"
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
          <NoteItem name="note" label={L.note} span={24} />
        </Row>
      )}
    </FormDrawer>
  );
}

export function CleanupTab() {
  const batches = useLiveCleanupBatches();
  const [open, setOpen] = useState(false);
  const view = useTabView();
  const state = view.url.oneOf('state', CLEANUP_STATES);
  const { q } = view;
  const rows = useMemo(
    () => (batches ?? []).filter((b) => cleanupMatches(b, { q, state })).sort((a, b) => b.completedDate.localeCompare(a.completedDate)),
    [batches, q, state],
  );
  const columns: ColumnsType<CleanupBatch> = [
    {
      title: '清理批次',
      dataIndex: 'name',
      render: (n: string, b) => <Typography.Link onClick={() => navigate(`/normative/cleanup/${b.id}`)}>{n}</Typography.Link>,
    },
    { title: '完成日期', dataIndex: 'completedDate', width: 120 },
    { title: '文件数', key: 'count', width: 90, render: (_, b) => b.items.length },
    { title: '已定结果', key: 'decided', width: 100, render: (_, b) => `${b.items.filter((i) => i.result).length} / ${b.items.length}` },
    {
      title: '状态',
      key: 'applied',
      width: 140,
      render: (_, b) => (b.appliedAt ? <Tag color="green">已应用到文件库</Tag> : <Tag color="blue">进行中</Tag>),
    },
  ];
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          新建清理批次
        </Button>
        <Input.Search
          allowClear
          placeholder="搜索批次名称、清理范围"
          aria-label="搜索清理批次"
          style={{ width: 240 }}
          value={view.search}
          onChange={(e) => view.filter({ q: e.target.value })}
        />
        <Select
          allowClear
          placeholder="状态"
          aria-label="状态"
          style={{ width: 150 }}
          value={state}
          onChange={(v) => view.filter({ state: v })}
          options={CLEANUP_STATES.map((s) => ({ value: s, label: CLEANUP_STATE_LABELS[s] }))}
        />
      </Space>
      <Table<CleanupBatch>
        rowKey="id"
        size="middle"
        loading={!batches}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: batches?.length ? '没有符合条件的清理批次' : '还没有清理批次' }}
        pagination={{
          current: view.paging.page,
          pageSize: view.paging.size,
          showSizeChanger: true,
          onChange: view.paging.onChange,
          hideOnSinglePage: true,
        }}
      />
      <BatchFormDrawer open={open} existing={null} onClose={() => setOpen(false)} onSaved={(b) => navigate(`/normative/cleanup/${b.id}`)} />
    </div>
  );
}
