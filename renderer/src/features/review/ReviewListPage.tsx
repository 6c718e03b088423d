import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { computeCaseDeadlines, type CaseDeadline } from '../../../../shared/review/deadlines';
import { STATUS_LABELS, type ReviewCase, type ReviewStatus } from '../../../../shared/review/types';
import { yearOf } from '../../../../shared/dates';
import { PageTitle } from '../../app/AppShell';
import { navigate } from '../../app/router';
import { today } from '../../ui/dates';
import { useLiveCases, useWorkCalendar } from './use-review-data';
import { CaseFormDrawer } from './CaseFormDrawer';
import { StatusTag } from './badges';
import { DeadlineTag, nextOpenDeadline } from '../../ui/DeadlineTag';

interface Row {
  c: ReviewCase;
  next: CaseDeadline | null;
  overdue: boolean;
}

const byDate = (pick: (c: ReviewCase) => string | null) => (a: Row, b: Row) =>
  (pick(a.c) ?? '').localeCompare(pick(b.c) ?? '');

export function ReviewListPage() {
  const cases = useLiveCases();
  const cal = useWorkCalendar();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const [status, setStatus] = useState<ReviewStatus | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [handler, setHandler] = useState<string | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const now = today();

  const rows = useMemo<Row[]>(() => {
    if (!cases) return [];
    return cases.map((c) => {
      const deadlines = computeCaseDeadlines(c, cal, now);
      const next = nextOpenDeadline(deadlines);
      return { c, next, overdue: deadlines.some((d) => d.state === 'open' && d.daysLeft !== null && d.daysLeft < 0) };
    });
  }, [cases, cal, now]);

  const options = useMemo(() => {
    const years = new Set<number>();
    const handlers = new Set<string>();
    const categories = new Set<string>();
    for (const { c } of rows) {
      years.add(yearOf(c.receivedDate));
      if (c.handler) handlers.add(c.handler);
      if (c.actCategory) categories.add(c.actCategory);
    }
    return {
      years: [...years].sort((a, b) => b - a),
      handlers: [...handlers].sort(),
      categories: [...categories].sort(),
    };
  }, [rows]);

  const filtered = useMemo(() => {
    const q = deferredSearch.toLowerCase();
    return rows
      .filter(({ c, overdue }) => {
        if (q && !`${c.caseNo}\n${c.applicant}\n${c.respondent}`.toLowerCase().includes(q)) return false;
        if (status && c.status !== status) return false;
        if (year && yearOf(c.receivedDate) !== year) return false;
        if (handler && c.handler !== handler) return false;
        if (category && c.actCategory !== category) return false;
        if (overdueOnly && !overdue) return false;
        return true;
      })
      .sort((a, b) => b.c.receivedDate.localeCompare(a.c.receivedDate) || (b.c.caseSeq ?? 0) - (a.c.caseSeq ?? 0));
  }, [rows, deferredSearch, status, year, handler, category, overdueOnly]);

  const columns: ColumnsType<Row> = [
    {
      title: '案号',
      key: 'caseNo',
      width: 170,
      render: (_, r) => <Typography.Link onClick={() => navigate(`/review/${r.c.id}`)}>{r.c.caseNo}</Typography.Link>,
    },
    { title: '申请人', key: 'applicant', ellipsis: true, render: (_, r) => r.c.applicant },
    { title: '被申请人', key: 'respondent', ellipsis: true, render: (_, r) => r.c.respondent },
    { title: '行为类别', key: 'actCategory', width: 110, render: (_, r) => r.c.actCategory },
    { title: '收到日期', key: 'receivedDate', width: 110, sorter: byDate((c) => c.receivedDate), render: (_, r) => r.c.receivedDate },
    { title: '受理日期', key: 'acceptedDate', width: 110, sorter: byDate((c) => c.acceptedDate), render: (_, r) => r.c.acceptedDate ?? '—' },
    { title: '审结日期', key: 'concludedDate', width: 110, sorter: byDate((c) => c.concludedDate), render: (_, r) => r.c.concludedDate ?? '—' },
    { title: '状态', key: 'status', width: 90, render: (_, r) => <StatusTag c={r.c} /> },
    { title: '期限', key: 'deadline', width: 150, render: (_, r) => (r.next ? <DeadlineTag d={r.next} /> : <Tag>无</Tag>) },
    { title: '承办人', key: 'handler', width: 90, render: (_, r) => r.c.handler },
  ];

  return (
    <div>
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记新案件
          </Button>
        }
      >
        行政复议案件
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="搜索案号、申请人、被申请人"
          style={{ width: 260 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="搜索案件"
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 110 }}
          value={status}
          onChange={setStatus}
          options={(Object.keys(STATUS_LABELS) as ReviewStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
        <Select
          allowClear
          placeholder="收到年度"
          style={{ width: 110 }}
          value={year}
          onChange={setYear}
          options={options.years.map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Select
          allowClear
          placeholder="承办人"
          style={{ width: 110 }}
          value={handler}
          onChange={setHandler}
          options={options.handlers.map((h) => ({ value: h, label: h }))}
        />
        <Select
          allowClear
          placeholder="行为类别"
          style={{ width: 130 }}
          value={category}
          onChange={setCategory}
          options={options.categories.map((h) => ({ value: h, label: h }))}
        />
        <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)}>
          只看已超期
        </Checkbox>
      </Space>
      <Table<Row>
        rowKey={(r) => r.c.id}
        size="middle"
        loading={!cases}
        columns={columns}
        dataSource={filtered}
        locale={{ emptyText: cases?.length ? '没有符合条件的案件' : '还没有案件，点击“登记新案件”开始' }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (t) => `共 ${t} 件` }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/review/${r.c.id}`) })}
      />
      <CaseFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={(c) => navigate(`/review/${c.id}`)} />
    </div>
  );
}
