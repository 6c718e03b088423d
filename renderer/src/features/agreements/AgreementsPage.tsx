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
  type SigningCapacity,
} from '../../../../shared/agreements/types';
import { isOverdue, type Deadline } from '../../../../shared/deadline';
import { yearOf } from '../../../../shared/dates';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { today } from '../../ui/dates';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { AgreementFormDrawer } from './AgreementFormDrawer';
import { useLiveAgreements } from './use-agreements';

type StateFilter = 'pending' | 'overdue' | 'done';

interface Row {
  a: AgreementReview;
  deadline: Deadline;
}

export function AgreementsPage() {
  const agreements = useLiveAgreements();
  const settings = useSettings();
  const cal = useWorkCalendar();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim().toLowerCase());
  const [capacity, setCapacity] = useState<SigningCapacity | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [handler, setHandler] = useState<string | undefined>();
  const [state, setState] = useState<StateFilter | undefined>();
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
      ellipsis: true,
      render: (_, r) => <Typography.Link onClick={() => navigate(`/agreements/${r.a.id}`)}>{r.a.name}</Typography.Link>,
    },
    { title: '签订名义', key: 'cap', width: 170, render: (_, r) => SIGNING_CAPACITY_LABELS[r.a.signingCapacity] },
    { title: '协议类别', key: 'cat', width: 150, ellipsis: true, render: (_, r) => r.a.category },
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
      render: (_, r) => r.a.receivedDate,
    },
    {
      title: '出具意见日期',
      key: 'opinionDate',
      width: 120,
      sorter: (x, y) => (x.a.opinionDate ?? '').localeCompare(y.a.opinionDate ?? ''),
      render: (_, r) => r.a.opinionDate ?? '—',
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
          style={{ width: 260 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="搜索协议"
        />
        <Select
          allowClear
          placeholder="签订名义"
          style={{ width: 190 }}
          value={capacity}
          onChange={setCapacity}
          options={SIGNING_CAPACITIES.map((c) => ({ value: c, label: SIGNING_CAPACITY_LABELS[c] }))}
        />
        <Select
          allowClear
          placeholder="协议类别"
          style={{ width: 200 }}
          value={category}
          onChange={setCategory}
          options={AGREEMENT_CATEGORIES.map((c) => ({ value: c, label: c }))}
        />
        <Select
          allowClear
          placeholder="年度"
          style={{ width: 100 }}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Select
          allowClear
          placeholder="承办人"
          style={{ width: 110 }}
          value={handler}
          onChange={setHandler}
          options={handlers.map((h) => ({ value: h, label: h }))}
        />
        <Select
          allowClear
          placeholder="办理状态"
          style={{ width: 110 }}
          value={state}
          onChange={setState}
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
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (t) => `共 ${t} 件` }}
      />
      <AgreementFormDrawer open={creating} existing={null} handlers={handlers} onClose={() => setCreating(false)} />
    </div>
  );
}
