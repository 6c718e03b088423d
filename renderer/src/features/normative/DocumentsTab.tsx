import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '../../ui/icons';
import { isExpiringWithin, isPastExpiry } from '../../../../shared/normative/validity';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus, type NormativeDocument } from '../../../../shared/normative/types';
import { navigate } from '../../app/router';
import { tableChangePatch, tableView, useUrlQuery, type QueryPatch } from '../../app/url-state';
import { DateCell } from '../../ui/OrganName';
import { today } from '../../ui/dates';
import { DocumentFormDrawer } from './DocumentFormDrawer';
import { useLiveDocuments } from './use-normative';

const STATUS_COLORS: Record<DocumentStatus, string> = { valid: 'green', amended: 'gold', repealed: 'default', expired: 'default' };

const PAGE_SIZE = 50;

export function DocumentStatusTag({ d }: { d: NormativeDocument }) {
  return <Tag color={STATUS_COLORS[d.status]}>{DOCUMENT_STATUS_LABELS[d.status]}</Tag>;
}

export function DocumentsTab() {
  const docs = useLiveDocuments();
  // The view lives in the URL (#/normative/registry?q=…&status=valid&expiring=1&page=2), so Back and a reload keep it.
  const url = useUrlQuery();
  const search = url.text('q');
  const q = useDeferredValue(search.trim().toLowerCase());
  const status = url.oneOf('status', Object.keys(DOCUMENT_STATUS_LABELS) as DocumentStatus[]);
  const expiringOnly = url.flag('expiring');
  const view = tableView(url, PAGE_SIZE);
  const sortOrder = (key: string) => (view.sort === key ? (view.order ?? null) : null);
  /** A filter change starts again on the first page. */
  const filter = (patch: QueryPatch) => url.set({ ...patch, page: null });
  const [creating, setCreating] = useState(false);
  const now = today();

  const expiringCount = useMemo(() => (docs ?? []).filter((d) => isExpiringWithin(d, now)).length, [docs, now]);
  const rows = useMemo(
    () =>
      (docs ?? [])
        .filter((d) => {
          if (q && !`${d.title}\n${d.docNo}\n${d.issuer}`.toLowerCase().includes(q)) return false;
          if (status && d.status !== status) return false;
          if (expiringOnly && !isExpiringWithin(d, now)) return false;
          return true;
        })
        .sort((a, b) => (expiringOnly ? a.expiryDate.localeCompare(b.expiryDate) : b.publishDate.localeCompare(a.publishDate))),
    [docs, q, status, expiringOnly, now],
  );

  const columns: ColumnsType<NormativeDocument> = [
    {
      title: '文件名称',
      dataIndex: 'title',
      ellipsis: true,
      render: (t: string, d) => <Typography.Link onClick={() => navigate(`/normative/doc/${d.id}`)}>{t}</Typography.Link>,
    },
    { title: '文号', dataIndex: 'docNo', width: 170 },
    { title: '制定机关', dataIndex: 'issuer', width: 160, ellipsis: true },
    {
      title: '公布日期',
      key: 'publishDate',
      dataIndex: 'publishDate',
      width: 110,
      sorter: (a, b) => a.publishDate.localeCompare(b.publishDate),
      sortOrder: sortOrder('publishDate'),
      render: (p: string) => <DateCell date={p} />,
    },
    {
      title: '有效期至',
      key: 'expiryDate',
      dataIndex: 'expiryDate',
      width: 190,
      sorter: (a, b) => a.expiryDate.localeCompare(b.expiryDate),
      sortOrder: sortOrder('expiryDate'),
      render: (e: string, d) => (
        <Space size={4} wrap={false}>
          <DateCell date={e} />
          {isExpiringWithin(d, now) && <Tag color="orange">即将到期</Tag>}
          {d.status === 'valid' && isPastExpiry(d, now) && <Tag color="red">已过期</Tag>}
        </Space>
      ),
    },
    { title: '状态', dataIndex: 'status', width: 80, render: (_: unknown, d) => <DocumentStatusTag d={d} /> },
  ];

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="搜索文件名称、文号、制定机关"
          style={{ width: 300 }}
          value={search}
          onChange={(e) => filter({ q: e.target.value })}
          aria-label="搜索文件"
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 100 }}
          value={status}
          onChange={(v) => filter({ status: v })}
          options={(Object.keys(DOCUMENT_STATUS_LABELS) as DocumentStatus[]).map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
        />
        {/* The count in the label (a badge over the label's corner ran into the button next to it). */}
        <Checkbox checked={expiringOnly} onChange={(e) => filter({ expiring: e.target.checked })}>
          只看6个月内到期
          {expiringCount > 0 && <Typography.Text type="warning">（{expiringCount}件）</Typography.Text>}
        </Checkbox>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          登记文件
        </Button>
      </Space>
      <Table<NormativeDocument>
        rowKey="id"
        size="middle"
        loading={!docs}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: expiringOnly ? '6个月内没有到期的有效文件' : '文件库还没有文件' }}
        pagination={{ current: view.page, pageSize: view.size, showSizeChanger: true, showTotal: (t) => `共 ${t} 件` }}
        onChange={(pagination, _filters, sorter) => url.set(tableChangePatch(pagination, sorter, PAGE_SIZE))}
      />
      <DocumentFormDrawer open={creating} existing={null} onClose={() => setCreating(false)} />
    </div>
  );
}
