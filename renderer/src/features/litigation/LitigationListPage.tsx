import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '../../ui/icons';
import { yearOf } from '../../../../shared/dates';
import { isLost } from '../../../../shared/litigation/counts';
import { litigationDeadlines } from '../../../../shared/litigation/deadlines';
import {
  LITIGATION_DEADLINE_SHORT,
  LITIGATION_LIST_STATE_LABELS,
  LITIGATION_LIST_STATES,
  litigationSearchText,
  matchesLitigationFilter,
  runningDeadlines,
} from '../../../../shared/litigation/list';
import {
  DEFENDANT_KIND_LABELS,
  DEFENDANT_KINDS,
  INSTANCE_LABELS,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
  type LitigationCase,
} from '../../../../shared/litigation/types';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { tableChangePatch, tableView, useUrlQuery, type QueryPatch } from '../../app/url-state';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { today } from '../../ui/dates';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { DateCell, OrganName, organCell } from '../../ui/OrganName';
import { LitigationFormDrawer } from './LitigationFormDrawer';
import { useLiveLitigation } from './use-litigation';

const PAGE_SIZE = 50;

interface Row {
  c: LitigationCase;
  deadlines: ReturnType<typeof litigationDeadlines>;
  text: string;
}

const byDate = (pick: (c: LitigationCase) => string | null) => (a: Row, b: Row) => {
  const x = pick(a.c) ?? '';
  const y = pick(b.c) ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** #/litigation?q=…&court=…&kind=…&year=…&outcome=…&category=…&state=…&page=…: the view lives in the URL. */
export function LitigationListPage() {
  const cases = useLiveLitigation();
  const settings = useSettings();
  const cal = useWorkCalendar();
  const now = today();
  const url = useUrlQuery();
  const search = url.text('q');
  const q = useDeferredValue(search.trim().toLowerCase());
  const court = url.text('court') || undefined;
  const kind = url.oneOf('kind', DEFENDANT_KINDS);
  const year = url.int('year');
  const outcome = url.oneOf('outcome', LITIGATION_OUTCOMES);
  const category = url.text('category') || undefined;
  const state = url.oneOf('state', LITIGATION_LIST_STATES);
  const view = tableView(url, PAGE_SIZE);
  /** A filter change starts again on the first page. */
  const filter = (patch: QueryPatch) => url.set({ ...patch, page: null });
  const [creating, setCreating] = useState(false);
  const loss = settings.litigation.lossOutcomes;

  const rows = useMemo<Row[]>(
    () =>
      (cases ?? [])
        .map((c) => ({ c, deadlines: litigationDeadlines(c, cal, now), text: litigationSearchText(c) }))
        .sort((x, y) => (x.c.receivedDate < y.c.receivedDate ? 1 : x.c.receivedDate > y.c.receivedDate ? -1 : 0)),
    [cases, cal, now],
  );
  const courts = useMemo(() => [...new Set(rows.map((r) => r.c.court))].sort(), [rows]);
  const years = useMemo(() => [...new Set(rows.map((r) => yearOf(r.c.receivedDate)))].sort((a, b) => b - a), [rows]);
  const filtered = useMemo(
    () => rows.filter((r) => matchesLitigationFilter(r.c, r.deadlines, { q, court, kind, year, outcome, category, state }, loss, r.text)),
    [rows, q, court, kind, year, outcome, category, state, loss],
  );

  const sorted = (key: string) => (key === view.sort ? (view.order ?? null) : null);
  const columns: ColumnsType<Row> = [
    {
      title: '案号',
      key: 'caseNo',
      width: 170,
      render: (_, r) => (
        <Typography.Link style={{ whiteSpace: 'nowrap' }} onClick={() => navigate(`/litigation/${r.c.id}`)}>
          {r.c.caseNo}
        </Typography.Link>
      ),
    },
    { title: '审级', key: 'instance', width: 52, render: (_, r) => INSTANCE_LABELS[r.c.instance] },
    { title: '法院', key: 'court', width: 120, render: (_, r) => <span title={r.c.court}>{r.c.court}</span> },
    // A long name (江苏丹阳经济开发区某某村民委员会) wraps rather than end in "…".
    { title: '原告', key: 'plaintiff', width: 112, render: (_, r) => r.c.plaintiff },
    { title: '被告', key: 'defendant', onCell: (r) => organCell(r.c.defendant), render: (_, r) => <OrganName name={r.c.defendant} /> },
    {
      title: '收到日期',
      key: 'receivedDate',
      width: 98,
      sorter: byDate((c) => c.receivedDate),
      sortOrder: sorted('receivedDate'),
      render: (_, r) => <DateCell date={r.c.receivedDate} />,
    },
    {
      title: '结案日期',
      key: 'concludedDate',
      width: 98,
      sorter: byDate((c) => c.concludedDate),
      sortOrder: sorted('concludedDate'),
      render: (_, r) => <DateCell date={r.c.concludedDate} />,
    },
    {
      title: '结案方式',
      key: 'outcome',
      width: 132,
      render: (_, r) => {
        if (!r.c.outcome) return <Tag color="blue">审理中</Tag>;
        const label = LITIGATION_OUTCOME_LABELS[r.c.outcome];
        const lost = isLost(r.c, loss);
        return (
          <Tag color={lost ? 'red' : 'green'} title={`${label}${lost ? '（败诉）' : ''}`} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
            {label.replace(/^判决|^裁定/, '')}
            {lost ? '·败诉' : ''}
          </Tag>
        );
      },
    },
    {
      title: '期限',
      key: 'deadline',
      width: 128,
      render: (_, r) => {
        const open = runningDeadlines(r.deadlines);
        if (!open.length) return '—';
        return (
          <Space size={2} orientation="vertical">
            {open.slice(0, 2).map((d) => (
              <DeadlineTag key={`${d.kind}${d.due}`} native d={{ ...d, label: LITIGATION_DEADLINE_SHORT[d.kind] }} />
            ))}
          </Space>
        );
      },
    },
    { title: '承办人', key: 'handler', width: 64, render: (_, r) => r.c.handler },
  ];

  return (
    <div>
      <PageTitle
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记应诉案件
          </Button>
        }
      >
        行政应诉案件
      </PageTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="搜索案号、原告、被告"
          style={{ width: 220 }}
          value={search}
          onChange={(e) => filter({ q: e.target.value })}
          aria-label="搜索应诉案件"
        />
        <Select
          allowClear
          placeholder="法院"
          aria-label="法院"
          style={{ width: 150 }}
          value={court}
          onChange={(v) => filter({ court: v })}
          options={courts.map((c) => ({ value: c, label: c }))}
        />
        <Select
          allowClear
          placeholder="被告类别"
          aria-label="被告类别"
          style={{ width: 124 }}
          value={kind}
          onChange={(v) => filter({ kind: v })}
          options={DEFENDANT_KINDS.map((k) => ({ value: k, label: DEFENDANT_KIND_LABELS[k] }))}
        />
        <Select
          allowClear
          placeholder="收案年度"
          aria-label="收案年度"
          style={{ width: 104 }}
          value={year}
          onChange={(v) => filter({ year: v })}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Select
          allowClear
          placeholder="结案方式"
          aria-label="结案方式"
          style={{ width: 150 }}
          popupMatchSelectWidth={280}
          value={outcome}
          onChange={(v) => filter({ outcome: v })}
          options={LITIGATION_OUTCOMES.map((o) => ({ value: o, label: LITIGATION_OUTCOME_LABELS[o] }))}
        />
        <Select
          allowClear
          placeholder="行为类别"
          aria-label="行为类别"
          style={{ width: 112 }}
          value={category}
          onChange={(v) => filter({ category: v })}
          options={settings.actCategories.map((c) => ({ value: c, label: c }))}
        />
        <Select
          allowClear
          placeholder="办理状态"
          aria-label="办理状态"
          style={{ width: 120 }}
          value={state}
          onChange={(v) => filter({ state: v })}
          options={LITIGATION_LIST_STATES.map((s) => ({ value: s, label: LITIGATION_LIST_STATE_LABELS[s] }))}
        />
      </Space>
      <Table<Row>
        rowKey={(r) => r.c.id}
        size="middle"
        loading={!cases}
        columns={columns}
        dataSource={filtered}
        locale={{ emptyText: cases?.length ? '没有符合条件的案件' : '还没有应诉案件，点击“登记应诉案件”开始' }}
        pagination={{ current: view.page, pageSize: view.size, showSizeChanger: true, showTotal: (t) => `共 ${t} 件` }}
        onChange={(pagination, _filters, sorter) => url.set(tableChangePatch(pagination, sorter, PAGE_SIZE))}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/litigation/${r.c.id}`) })}
      />
      <LitigationFormDrawer open={creating} existing={null} cases={cases ?? []} onClose={() => setCreating(false)} />
    </div>
  );
}
