import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '../../ui/icons';
import { yearOf } from '../../../../shared/dates';
import { isOverdue } from '../../../../shared/deadline';
import { isLost } from '../../../../shared/litigation/counts';
import { litigationDeadlines } from '../../../../shared/litigation/deadlines';
import {
  DEFENDANT_KIND_LABELS,
  DEFENDANT_KINDS,
  INSTANCE_LABELS,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
  type DefendantKind,
  type LitigationCase,
  type LitigationOutcome,
} from '../../../../shared/litigation/types';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { today } from '../../ui/dates';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { LitigationFormDrawer } from './LitigationFormDrawer';
import { useLiveLitigation } from './use-litigation';

type StateFilter = 'open' | 'concluded' | 'lost' | 'overdue';

export function LitigationListPage() {
  const cases = useLiveLitigation();
  const settings = useSettings();
  const cal = useWorkCalendar();
  const now = today();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim().toLowerCase());
  const [court, setCourt] = useState<string>();
  const [kind, setKind] = useState<DefendantKind>();
  const [year, setYear] = useState<number>();
  const [outcome, setOutcome] = useState<LitigationOutcome>();
  const [category, setCategory] = useState<string>();
  const [state, setState] = useState<StateFilter>();
  const [creating, setCreating] = useState(false);
  const loss = settings.litigation.lossOutcomes;

  const rows = useMemo(() => (cases ?? []).map((c) => ({ c, deadlines: litigationDeadlines(c, cal, now) })), [cases, cal, now]);
  const courts = useMemo(() => [...new Set(rows.map((r) => r.c.court))].sort(), [rows]);
  const years = useMemo(() => [...new Set(rows.map((r) => yearOf(r.c.receivedDate)))].sort((a, b) => b - a), [rows]);
  const filtered = useMemo(
    () =>
      rows
        .filter(({ c, deadlines }) => {
          if (q && !`${c.caseNo}\n${c.plaintiff}\n${c.defendant}\n${c.actName}`.toLowerCase().includes(q)) return false;
          if (court && c.court !== court) return false;
          if (kind && c.defendantKind !== kind) return false;
          if (year && yearOf(c.receivedDate) !== year) return false;
          if (outcome && c.outcome !== outcome) return false;
          if (category && c.actCategory !== category) return false;
          if (state === 'open' && c.concludedDate) return false;
          if (state === 'concluded' && !c.concludedDate) return false;
          if (state === 'lost' && !isLost(c, loss)) return false;
          if (state === 'overdue' && !deadlines.some(isOverdue)) return false;
          return true;
        })
        .sort((x, y) => (x.c.receivedDate < y.c.receivedDate ? 1 : x.c.receivedDate > y.c.receivedDate ? -1 : 0)),
    [rows, q, court, kind, year, outcome, category, state, loss],
  );

  const columns: ColumnsType<{ c: LitigationCase; deadlines: ReturnType<typeof litigationDeadlines> }> = [
    {
      title: '案号',
      key: 'caseNo',
      width: 185,
      render: (_, r) => <Typography.Link onClick={() => navigate(`/litigation/${r.c.id}`)}>{r.c.caseNo}</Typography.Link>,
    },
    { title: '审级', key: 'instance', width: 56, render: (_, r) => INSTANCE_LABELS[r.c.instance] },
    { title: '法院', key: 'court', width: 140, ellipsis: true, render: (_, r) => r.c.court },
    { title: '原告', key: 'plaintiff', width: 90, ellipsis: true, render: (_, r) => r.c.plaintiff },
    { title: '被告', key: 'defendant', ellipsis: true, render: (_, r) => r.c.defendant },
    { title: '收到日期', key: 'received', width: 100, render: (_, r) => r.c.receivedDate },
    {
      title: '结案',
      key: 'outcome',
      width: 170,
      render: (_, r) =>
        r.c.outcome ? (
          <Space size={0} orientation="vertical">
            <span>{r.c.concludedDate}</span>
            <Tag color={isLost(r.c, loss) ? 'red' : 'green'}>{LITIGATION_OUTCOME_LABELS[r.c.outcome]}</Tag>
          </Space>
        ) : (
          <Tag>审理中</Tag>
        ),
    },
    {
      title: '期限',
      key: 'deadline',
      width: 165,
      render: (_, r) => {
        const open = r.deadlines.filter((d) => d.state === 'open');
        return open.length ? <DeadlineTag d={open.sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0))[0]!} /> : '—';
      },
    },
    { title: '承办人', key: 'handler', width: 70, render: (_, r) => r.c.handler },
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
          placeholder="搜索案号、原告、被告、被诉行为"
          style={{ width: 250 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="搜索应诉案件"
        />
        <Select
          allowClear
          placeholder="法院"
          style={{ width: 180 }}
          value={court}
          onChange={setCourt}
          options={courts.map((c) => ({ value: c, label: c }))}
        />
        <Select
          allowClear
          placeholder="被告类别"
          style={{ width: 140 }}
          value={kind}
          onChange={setKind}
          options={DEFENDANT_KINDS.map((k) => ({ value: k, label: DEFENDANT_KIND_LABELS[k] }))}
        />
        <Select
          allowClear
          placeholder="收案年度"
          style={{ width: 110 }}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Select
          allowClear
          placeholder="结案方式"
          style={{ width: 200 }}
          value={outcome}
          onChange={setOutcome}
          options={LITIGATION_OUTCOMES.map((o) => ({ value: o, label: LITIGATION_OUTCOME_LABELS[o] }))}
        />
        <Select
          allowClear
          placeholder="行为类别"
          style={{ width: 130 }}
          value={category}
          onChange={setCategory}
          options={settings.actCategories.map((c) => ({ value: c, label: c }))}
        />
        <Select
          allowClear
          placeholder="办理状态"
          style={{ width: 110 }}
          value={state}
          onChange={setState}
          options={[
            { value: 'open', label: '审理中' },
            { value: 'concluded', label: '已结案' },
            { value: 'lost', label: '败诉' },
            { value: 'overdue', label: '已超期' },
          ]}
        />
      </Space>
      <Table
        rowKey={(r) => r.c.id}
        size="middle"
        loading={!cases}
        columns={columns}
        dataSource={filtered}
        locale={{ emptyText: cases?.length ? '没有符合条件的案件' : '还没有应诉案件，点击“登记应诉案件”开始' }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (t) => `共 ${t} 件` }}
      />
      <LitigationFormDrawer open={creating} existing={null} cases={cases ?? []} onClose={() => setCreating(false)} />
    </div>
  );
}
