import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '../../ui/icons';
import { agreementDeadline } from '../../../../shared/agreements/deadline';
import {
  AGREEMENT_CATEGORIES,
  AGREEMENT_OPINION_LABELS,
  SIGNING_CAPACITIES,
  SIGNING_CAPACITY_LABELS,
  type AgreementReview,
} from '../../../../shared/agreements/types';
import { isOverdue, type Deadline } from '../../../../shared/deadline';
import { yearOf } from '../../../../shared/dates';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { tableChangePatch, tableView, useUrlQuery, type QueryPatch } from '../../app/url-state';
import { DateCell } from '../../ui/OrganName';
import { useSettings } from '../../app/settings-context';
import { today } from '../../ui/dates';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { AgreementFormDrawer } from './AgreementFormDrawer';
import { useLiveAgreements } from './use-agreements';

type StateFilter = 'pending' | 'overdue' | 'done';

const PAGE_SIZE = 50;

interface Row {
  a: AgreementReview;
  deadline: Deadline;
}

export function AgreementsPage() {
  const agreements = useLiveAgreements();
  const settings = useSettings();
  const cal = useWorkCalendar();
  // The view lives in the URL: #/agreements?q=…&capacity=government&category=…&year=2026&handler=…&state=pending&page=2
  const url = useUrlQuery();
  const search = url.text('q');
  const q = useDeferredValue(search.trim().toLowerCase());
  const capacity = url.oneOf('capacity', SIGNING_CAPACITIES);
  const category = url.text('category') || undefined;
  const year = url.int('year');
  const handler = url.text('handler') || undefined;
  const state = url.oneOf<StateFilter>('state', ['pending', 'overdue', 'done']);
  const view = tableView(url, PAGE_SIZE);
  const sortOrder = (key: string) => (view.sort === key ? (view.order ?? null) : null);
  /** A filter change starts again on the first page. */
  const filter = (patch: QueryPatch) => url.set({ ...patch, page: null });
  const [creating, setCreating] = useState(false);
  const now = today();

  const rows = useMemo<Row[]>(
    () => (agreements ?? []).map((a) => ({ a, deadline: agreementDeadline(a, cal, now, settings.agreementPeriods.reviewWorkingDays) })),
    [agreements, cal, now, settings.agreementPeriods.reviewWorkingDays],
  );
  const years = useMemo(() => [...new Set(rows.map((r) => yearOf(r.a.opinionDate ?? r.a.receivedDate)))].sort((a, b) => b - a), [rows]);
  const handlers = useMemo(() => [...new Set(rows.map((r) => r.a.handler).filter(Boolean))].sort(), [rows]);

  const filtered = useMemo(
    () =>
      rows
        .filter(({ a, deadline }) => {
          if (q && !`${a.name}\n${a.submittingUnit}\n${a.counterparty}`.toLowerCase().includes(q)) return false;
          if (capacity && a.signingCapacity !== capacity) return false;
          if (category && a.category !== category) return false;
          if (year && yearOf(a.opinionDate ?? a.receivedDate) !== year) return false;
          if (handler && a.handler !== handler) return false;
          if (state === 'pending' && a.opinionDate) return false;
          if (state === 'done' && !a.opinionDate) return false;
          if (state === 'overdue' && !isOverdue(deadline)) return false;
          return true;
        })
        .sort((x, y) => y.a.receivedDate.localeCompare(x.a.receivedDate)),
    [rows, q, capacity, category, year, handler, state],
  );

  const columns: ColumnsType<Row> = [
    {
      title: '协议名称',
      key: 'name',
      // The name wraps (two lines at most in practice) instead of "丹阳高新区…": it is what the clerk looks for.
      render: (_, r) => <Typography.Link onClick={() => navigate(`/agreements/${r.a.id}`)}>{r.a.name}</Typography.Link>,
    },
    { title: '签订名义', key: 'cap', width: 120, render: (_, r) => SIGNING_CAPACITY_LABELS[r.a.signingCapacity] },
    { title: '协议类别', key: 'cat', width: 120, render: (_, r) => r.a.category },
    {
      title: '金额（万元）',
      key: 'amount',
      width: 110,
      align: 'right',
      render: (_, r) => (r.a.amount === null ? '—' : r.a.amount.toLocaleString('zh-CN')),
    },
    {
      title: '收件日期',
      key: 'received',
      width: 110,
      sorter: (x, y) => x.a.receivedDate.localeCompare(y.a.receivedDate),
      sortOrder: sortOrder('received'),
      render: (_, r) => <DateCell date={r.a.receivedDate} />,
    },
    {
      title: '出具意见日期',
      key: 'opinionDate',
      width: 120,
      sorter: (x, y) => (x.a.opinionDate ?? '').localeCompare(y.a.opinionDate ?? ''),
      sortOrder: sortOrder('opinionDate'),
      render: (_, r) => <DateCell date={r.a.opinionDate} />,
    },
    {
      title: '审查意见',
      key: 'opinion',
      width: 110,
      render: (_, r) =>
        r.a.opinion ? (
          <Tag color={r.a.opinion === 'reject' ? 'red' : r.a.opinion === 'approve' ? 'green' : 'gold'}>{AGREEMENT_OPINION_LABELS[r.a.opinion]}</Tag>
        ) : (
          '—'
        ),
    },
    { title: '期限', key: 'deadline', width: 150, render: (_, r) => <DeadlineTag d={r.deadline} /> },
    { title: '承办人', key: 'handler', width: 90, render: (_, r) => r.a.handler },
  ];

  return (
    <div>
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记审查
          </Button>
        }
      >
        行政协议合法性审查
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="搜索协议名称、送审单位、相对方"
          style={{ width: 300 }}
          value={search}
          onChange={(e) => filter({ q: e.target.value })}
          aria-label="搜索协议"
        />
        <Select
          allowClear
          placeholder="签订名义"
          style={{ width: 190 }}
          value={capacity}
          onChange={(v) => filter({ capacity: v })}
          options={SIGNING_CAPACITIES.map((c) => ({ value: c, label: SIGNING_CAPACITY_LABELS[c] }))}
        />
        <Select
          allowClear
          placeholder="协议类别"
          style={{ width: 200 }}
          value={category}
          onChange={(v) => filter({ category: v })}
          options={AGREEMENT_CATEGORIES.map((c) => ({ value: c, label: c }))}
        />
        <Select
          allowClear
          placeholder="年度"
          style={{ width: 100 }}
          value={year}
          onChange={(v) => filter({ year: v })}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Select
          allowClear
          placeholder="承办人"
          style={{ width: 110 }}
          value={handler}
          onChange={(v) => filter({ handler: v })}
          options={handlers.map((h) => ({ value: h, label: h }))}
        />
        <Select
          allowClear
          placeholder="办理状态"
          style={{ width: 110 }}
          value={state}
          onChange={(v) => filter({ state: v })}
          options={[
            { value: 'pending', label: '待出具意见' },
            { value: 'overdue', label: '已超期' },
            { value: 'done', label: '已出具意见' },
          ]}
        />
      </Space>
      <Table<Row>
        rowKey={(r) => r.a.id}
        size="middle"
        loading={!agreements}
        columns={columns}
        dataSource={filtered}
        locale={{ emptyText: agreements?.length ? '没有符合条件的记录' : '还没有审查记录，点击“登记审查”开始' }}
        pagination={{ current: view.page, pageSize: view.size, showSizeChanger: true, showTotal: (t) => `共 ${t} 件` }}
        onChange={(pagination, _filters, sorter) => url.set(tableChangePatch(pagination, sorter, PAGE_SIZE))}
      />
      <AgreementFormDrawer open={creating} existing={null} handlers={handlers} onClose={() => setCreating(false)} />
    </div>
  );
}
