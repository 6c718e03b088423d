import { useDeferredValue, useMemo, useState } from 'react';
import { Badge, Button, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '../../ui/icons';
import { isExpiringWithin, isPastExpiry } from '../../../../shared/normative/validity';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus, type NormativeDocument } from '../../../../shared/normative/types';
import { navigate } from '../../app/router';
import { today } from '../../ui/dates';
import { DocumentFormDrawer } from './DocumentFormDrawer';
import { useLiveDocuments } from './use-normative';

const STATUS_COLORS: Record<DocumentStatus, string> = { valid: 'green', amended: 'gold', repealed: 'default', expired: 'default' };

export function DocumentStatusTag({ d }: { d: NormativeDocument }) {
  return <Tag color={STATUS_COLORS[d.status]}>{DOCUMENT_STATUS_LABELS[d.status]}</Tag>;
}

export function DocumentsTab() {
  const docs = useLiveDocuments();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim().toLowerCase());
  const [status, setStatus] = useState<DocumentStatus | undefined>();
  const [expiringOnly, setExpiringOnly] = useState(false);
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
    { title: '公布日期', dataIndex: 'publishDate', width: 110, sorter: (a, b) => a.publishDate.localeCompare(b.publishDate) },
    {
      title: '有效期至',
      dataIndex: 'expiryDate',
      width: 150,
      sorter: (a, b) => a.expiryDate.localeCompare(b.expiryDate),
      render: (e: string, d) => (
        <Space size={4}>
          {e}
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
          style={{ width: 260 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="搜索文件"
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 100 }}
          value={status}
          onChange={setStatus}
          options={(Object.keys(DOCUMENT_STATUS_LABELS) as DocumentStatus[]).map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
        />
        <Checkbox checked={expiringOnly} onChange={(e) => setExpiringOnly(e.target.checked)}>
          <Badge count={expiringCount} size="small" offset={[10, -2]}>
            只看6个月内到期
          </Badge>
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
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (t) => `共 ${t} 件` }}
      />
      <DocumentFormDrawer open={creating} existing={null} onClose={() => setCreating(false)} />
    </div>
  );
}
