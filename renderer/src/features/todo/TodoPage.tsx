import { useMemo } from 'react';
import { Alert, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { LedgerTable } from '../../../../shared/ledgers/registry';
import { missingHolidayYear, TODO_WINDOW_DAYS } from '../../../../shared/todo';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { today } from '../../ui/dates';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { DateCell } from '../../ui/OrganName';
import { useSettings } from '../../app/settings-context';
import { TODO_SOURCES, type TodoItem, type TodoSource } from '../../app/ledger-pages';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { useAwaiting } from './todo-data';

type TodoRow = TodoItem;

const COLUMNS: ColumnsType<TodoRow> = [
  { title: '期限', key: 'deadline', width: 170, render: (_, r) => <DeadlineTag d={r.deadline} native /> },
  { title: '到期日', key: 'due', width: 104, render: (_, r) => <DateCell date={r.deadline.due} /> },
  { title: '台账', dataIndex: 'ledger', width: 110 },
  { title: '事项', key: 'title', width: 200, render: (_, r) => <Typography.Link onClick={() => navigate(r.link)}>{r.title}</Typography.Link> },
  // Wraps rather than ending in "丹阳市人民政府云…" (full name on hover).
  { title: '当事人 / 单位', key: 'who', width: 240, render: (_, r) => <span title={r.who}>{r.who}</span> },
  { title: '期限说明', key: 'basis', ellipsis: true, render: (_, r) => `${r.deadline.label}：${r.deadline.basis}` },
  { title: '承办人', dataIndex: 'handler', width: 90 },
];

const NO_ROWS: TodoRow[] = [];

/** Pages of 20 (a screen shows about ten): a busy office has hundreds of items due, and drawing them all at once takes seconds. */
const PAGINATION = { defaultPageSize: 20, hideOnSinglePage: true, showSizeChanger: true, showTotal: (t: number) => `共 ${t} 项` };

/** Reads only what can still be due: each ledger's records still waiting (its registry `awaiting` rule), then its 待办 items (ledger-pages.tsx). */
export function TodoPage() {
  const awaiting = useAwaiting();
  const settings = useSettings();
  const cal = useWorkCalendar();
  const now = today();

  const rows = useMemo(() => {
    if (!awaiting) return NO_ROWS;
    const out: TodoRow[] = [];
    for (const [table, source] of Object.entries(TODO_SOURCES) as [LedgerTable, TodoSource<LedgerTable>][]) {
      out.push(...source((awaiting[table] ?? []) as never[], { cal, now, settings }));
    }
    return out.sort((a, b) => (a.deadline.daysLeft ?? 0) - (b.deadline.daysLeft ?? 0));
  }, [awaiting, cal, now, settings]);

  // The rows are drawn once, when every ledger is read.
  const loading = !awaiting;

  const missingYear = missingHolidayYear(now, (y) => cal.isCovered(y));

  return (
    <div>
      <PageTitle>待办：{TODO_WINDOW_DAYS}日内到期和已超期事项</PageTitle>
      {missingYear && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`节假日安排尚未录入${missingYear}年的数据，工作日期限可能不准确。`}
          description={<Typography.Link onClick={() => navigate('/settings')}>到“设置”录入国务院办公厅公布的节假日安排</Typography.Link>}
        />
      )}
      <Table<TodoRow>
        rowKey="key"
        size="middle"
        loading={loading}
        columns={COLUMNS}
        dataSource={loading ? NO_ROWS : rows}
        pagination={PAGINATION}
        locale={{ emptyText: `没有${TODO_WINDOW_DAYS}日内到期或已超期的事项` }}
      />
    </div>
  );
}
