import { useMemo, useState } from 'react';
import { App, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, LeftOutlined, RightOutlined } from '../../ui/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, formatChinaTime, type DateStr } from '../../../../shared/dates';
import type { ChangeAction, ChangeLogEntry } from '../../../../shared/record';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { getHost } from '../../host/host';
import { fromDateStr, toDateStr, today } from '../../ui/dates';
import { errorText } from '../../ui/errors';
import { ChangeLines } from './ChangeLines';
import { describeChanges } from './diff';
import { buildHistoryCsv, countInRange, queryHistory, type HistoryCursor, type HistoryQuery } from './history-repo';
import { actionLabel, entryTitle, LEDGERS, ledgerOf, type HistoryTable } from './ledgers';
import { KeepWhole } from '../../ui/KeepWhole';

const PAGE_SIZE = 50;

const ACTION_COLORS: Record<ChangeAction, string> = {
  create: 'green',
  update: 'blue',
  step: 'cyan',
  delete: 'red',
  restore: 'gold',
  settings: 'purple',
};

const LEDGER_OPTIONS = [{ value: '', label: '全部台账' }, ...Object.values(LEDGERS).map((l) => ({ value: l.table, label: l.label }))];

/** 修改记录: every change of every ledger, by date range, ledger and search text; exportable as CSV. */
export function HistoryPage() {
  const { message } = App.useApp();
  const [range, setRange] = useState<[DateStr, DateStr]>(() => [addDays(today(), -29), today()]);
  const [table, setTable] = useState<HistoryTable | ''>('');
  const [search, setSearch] = useState('');
  // The cursors of the pages before the current one (keyset paging: the log may hold 100,000+ entries).
  const [cursors, setCursors] = useState<(HistoryCursor | null)[]>([null]);
  const [exporting, setExporting] = useState(false);

  const query: HistoryQuery = useMemo(() => ({ from: range[0], to: range[1], table: table || null, search }), [range, table, search]);
  const cursor = cursors[cursors.length - 1];
  const page = useLiveQuery(() => queryHistory(query, cursor, PAGE_SIZE), [query, cursor]);
  const inRange = useLiveQuery(() => countInRange(query), [query.from, query.to]);

  const refilter = (change: () => void) => {
    change();
    setCursors([null]);
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { bytes, count } = await buildHistoryCsv(query);
      const result = await getHost().saveFile({
        suggestedName: `修改记录_${today()}.csv`,
        data: bytes,
        filters: [{ name: 'CSV 表格（Excel、WPS 可打开）', extensions: ['csv'] }],
      });
      if (result.error) message.error(`导出失败：${result.error}`);
      else if (result.saved) message.success(`已导出${count}条修改记录`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <PageTitle
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportCsv}>
            导出 CSV
          </Button>
        }
      >
        修改记录
      </PageTitle>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <DatePicker.RangePicker
            allowClear={false}
            value={[fromDateStr(range[0]), fromDateStr(range[1])]}
            onChange={(v) => {
              const from = toDateStr(v?.[0]);
              const to = toDateStr(v?.[1]);
              if (from && to) refilter(() => setRange([from, to]));
            }}
          />
          <Select<HistoryTable | ''>
            style={{ width: 160 }}
            value={table}
            options={LEDGER_OPTIONS as { value: HistoryTable | ''; label: string }[]}
            onChange={(v) => refilter(() => setTable(v))}
            aria-label="台账"
          />
          <Input.Search
            allowClear
            placeholder="搜索摘要、操作人、案号、文号、名称"
            style={{ width: 340 }}
            onSearch={(v) => refilter(() => setSearch(v))}
          />
          <Typography.Text type="secondary">{inRange === undefined ? '' : `所选时间段共${inRange}条记录（全部台账）`}</Typography.Text>
        </Space>
      </Card>
      <Table<ChangeLogEntry>
        size="small"
        rowKey={(e) => String(e.seq)}
        loading={!page}
        dataSource={page?.entries ?? []}
        pagination={false}
        locale={{ emptyText: '所选条件下没有修改记录' }}
        columns={[
          { title: '时间', key: 'at', width: 170, render: (_, e) => formatChinaTime(e.at) },
          { title: '操作人', key: 'actor', width: 90, render: (_, e) => e.actor || '未署名' },
          { title: '台账', key: 'table', width: 120, render: (_, e) => ledgerOf(e.table)?.label ?? e.table },
          {
            title: '记录',
            key: 'record',
            width: 240,
            render: (_, e) => {
              const route = ledgerOf(e.table)?.route;
              const title = entryTitle(e);
              return route ? <Typography.Link onClick={() => navigate(route(e.recordId))}>{title}</Typography.Link> : title;
            },
          },
          { title: '操作', key: 'action', width: 90, render: (_, e) => <Tag color={ACTION_COLORS[e.action]}>{actionLabel(e)}</Tag> },
          {
            title: '内容',
            key: 'summary',
            render: (_, e) => (
              <div>
                <div>
                  <KeepWhole>{e.summary}</KeepWhole>
                </div>
                <ChangeLines changes={describeChanges(e)} />
              </div>
            ),
          },
        ]}
      />
      <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12, marginTop: 12 }}>
        <Button icon={<LeftOutlined />} disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
          上一页
        </Button>
        <span>第 {cursors.length} 页</span>
        <Button disabled={!page?.next} onClick={() => page?.next && setCursors((c) => [...c, page.next])}>
          下一页 <RightOutlined />
        </Button>
      </div>
    </div>
  );
}
