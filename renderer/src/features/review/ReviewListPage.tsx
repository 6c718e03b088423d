import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { TableProps } from 'antd';
import { Button, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '../../ui/icons';
import type { WorkCalendar } from '../../../../shared/calendar/working-days';
import { computeCaseDeadlines, isBreached, type CaseDeadline } from '../../../../shared/review/deadlines';
import { STATUS_LABELS, type ReviewCase, type ReviewStatus } from '../../../../shared/review/types';
import { yearOf, type DateStr } from '../../../../shared/dates';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { tableChangePatch, tableView, useUrlQuery, type TableView } from '../../app/url-state';
import { DateCell, OrganName, organCell } from '../../ui/OrganName';
import { today } from '../../ui/dates';
import { useCasesNewestFirst, useNewestCases } from './use-review-data';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { CaseFormDrawer } from './CaseFormDrawer';
import { StatusTag } from './badges';
import { DeadlineTag, nextOpenDeadline } from '../../ui/DeadlineTag';

const PAGE_SIZE = 50;
/** About one screenful: what is shown while the whole list is read. */
const FIRST_SCREEN_ROWS = 12;

interface Row {
  c: ReviewCase;
  next: CaseDeadline | null;
  overdue: boolean;
  /** 案号, 申请人 and 被申请人 in lower case: what the search box looks in. */
  text: string;
}

/**
 * Deadlines are computed for open cases only: a concluded or not-accepted case has every deadline met or missed
 * (its pauses are closed by the decision or the conclusion), so its 期限 column shows 无 and it is never overdue.
 * With tens of thousands of cases, that leaves a few hundred to compute.
 */
function toRow(c: ReviewCase, cal: WorkCalendar, now: DateStr): Row {
  const text = `${c.caseNo}\n${c.applicant}\n${c.respondent}`.toLowerCase();
  if (c.status === 'concluded' || c.status === 'notAccepted') return { c, next: null, overdue: false, text };
  const deadlines = computeCaseDeadlines(c, cal, now);
  return { c, next: nextOpenDeadline(deadlines), overdue: deadlines.some(isBreached), text };
}

const byDate = (pick: (c: ReviewCase) => string | null) => (a: Row, b: Row) => {
  const x = pick(a.c) ?? '';
  const y = pick(b.c) ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

const COLUMNS: ColumnsType<Row> = [
  {
    title: '案号',
    key: 'caseNo',
    width: 168,
    // One line: 丹政复〔2026〕101号 must not break before 号.
    render: (_, r) => (
      <Typography.Link style={{ whiteSpace: 'nowrap' }} onClick={() => navigate(`/review/${r.c.id}`)}>
        {r.c.caseNo}
      </Typography.Link>
    ),
  },
  {
    title: '申请人',
    key: 'applicant',
    width: 110,
    ellipsis: { showTitle: false },
    render: (_, r) => <span title={r.c.applicant}>{r.c.applicant}</span>,
  },
  // The city prefix is dropped in the cell (丹阳市自然资源和规划局 → 自然资源和规划局), the full name is the title;
  // the rest of the width is this column's, and a long name wraps rather than end in "…".
  { title: '被申请人', key: 'respondent', onCell: (r) => organCell(r.c.respondent), render: (_, r) => <OrganName name={r.c.respondent} /> },
  { title: '行为类别', key: 'actCategory', width: 100, render: (_, r) => r.c.actCategory },
  {
    title: '收到日期',
    key: 'receivedDate',
    width: 100,
    sorter: byDate((c) => c.receivedDate),
    render: (_, r) => <DateCell date={r.c.receivedDate} />,
  },
  {
    title: '受理日期',
    key: 'acceptedDate',
    width: 100,
    sorter: byDate((c) => c.acceptedDate),
    render: (_, r) => <DateCell date={r.c.acceptedDate} />,
  },
  {
    title: '审结日期',
    key: 'concludedDate',
    width: 100,
    sorter: byDate((c) => c.concludedDate),
    render: (_, r) => <DateCell date={r.c.concludedDate} />,
  },
  { title: '状态', key: 'status', width: 80, render: (_, r) => <StatusTag c={r.c} /> },
  { title: '期限', key: 'deadline', width: 140, render: (_, r) => (r.next ? <DeadlineTag d={r.next} native /> : <Tag>无</Tag>) },
  { title: '承办人', key: 'handler', width: 72, render: (_, r) => r.c.handler },
];

const showTotal = (t: number) => `共 ${t} 件`;
const rowKey = (r: Row) => r.c.id;
const onRow = (r: Row) => ({ onDoubleClick: () => navigate(`/review/${r.c.id}`) });

/** Memoized: typing in the search box re-renders the page at once, the table only when its rows change. */
const CaseTable = memo(function CaseTable({
  rows,
  complete,
  emptyText,
  view,
  onChange,
}: {
  rows: Row[] | null;
  complete: boolean;
  emptyText: string;
  view: TableView;
  onChange: TableProps<Row>['onChange'];
}) {
  const locale = useMemo(() => ({ emptyText }), [emptyText]);
  // Page, size and sort come from the URL (#/review?page=2&sort=receivedDate&order=ascend).
  const columns = useMemo(
    () => COLUMNS.map((col) => (col.sorter ? { ...col, sortOrder: col.key === view.sort ? (view.order ?? null) : null } : col)),
    [view.sort, view.order],
  );
  const pagination = useMemo(() => ({ current: view.page, pageSize: view.size, showSizeChanger: true, showTotal }), [view.page, view.size]);
  return (
    <>
      <Table<Row>
        rowKey={rowKey}
        size="middle"
        loading={!rows}
        columns={columns}
        dataSource={rows ?? []}
        locale={locale}
        pagination={complete ? pagination : false}
        onChange={onChange}
        onRow={onRow}
      />
      {!complete && rows && rows.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
          正在载入其余案件……
        </Typography.Text>
      )}
    </>
  );
});

export function ReviewListPage() {
  const newest = useNewestCases(FIRST_SCREEN_ROWS);
  const firstPageRead = newest !== undefined;
  // Reading every case waits until the first page is on screen: IndexedDB answers in order, and reading and
  // preparing tens of thousands of cases takes far longer than a frame.
  const [readAll, setReadAll] = useState(false);
  useEffect(() => {
    if (!firstPageRead || readAll) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setReadAll(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstPageRead, readAll]);
  const cases = useCasesNewestFirst(readAll);
  const cal = useWorkCalendar();
  // The view lives in the URL: #/review?q=张&status=accepted&year=2025&handler=…&category=…&overdue=1&page=2
  const url = useUrlQuery();
  const search = url.text('q');
  const deferredSearch = useDeferredValue(search.trim());
  const status = url.oneOf('status', Object.keys(STATUS_LABELS) as ReviewStatus[]);
  const year = url.int('year');
  const handler = url.text('handler') || undefined;
  const category = url.text('category') || undefined;
  const overdueOnly = url.flag('overdue');
  const { page, size, sort, order } = tableView(url, PAGE_SIZE);
  // One object while the page, size and sort stay: the memoized table is not drawn again on every keystroke.
  const view = useMemo<TableView>(() => ({ page, size, sort, order }), [page, size, sort, order]);
  const { set } = url;
  /** A filter change starts again on the first page. */
  const filter = (patch: Parameters<typeof set>[0]) => set({ ...patch, page: null });
  const onTableChange = useMemo<TableProps<Row>['onChange']>(
    () => (pagination, _filters, sorter) => set(tableChangePatch(pagination, sorter, PAGE_SIZE)),
    [set],
  );
  const [creating, setCreating] = useState(false);
  const now = today();

  // In the default order (as read); filtering keeps it.
  const rows = useMemo<Row[] | null>(() => (cases ? cases.map((c) => toRow(c, cal, now)) : null), [cases, cal, now]);
  const firstPage = useMemo<Row[] | null>(() => (newest ? newest.map((c) => toRow(c, cal, now)) : null), [newest, cal, now]);

  const options = useMemo(() => {
    const years = new Set<number>();
    const handlers = new Set<string>();
    const categories = new Set<string>();
    for (const { c } of rows ?? []) {
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

  const filtering = !!(deferredSearch || status || year || handler || category || overdueOnly);
  const filtered = useMemo<Row[] | null>(() => {
    if (!rows || !filtering) return rows;
    const q = deferredSearch.toLowerCase();
    return rows.filter(({ c, overdue, text }) => {
      if (q && !text.includes(q)) return false;
      if (status && c.status !== status) return false;
      if (year && yearOf(c.receivedDate) !== year) return false;
      if (handler && c.handler !== handler) return false;
      if (category && c.actCategory !== category) return false;
      if (overdueOnly && !overdue) return false;
      return true;
    });
  }, [rows, filtering, deferredSearch, status, year, handler, category, overdueOnly]);

  // Until every case is read: the first page (the newest cases), unless a filter needs them all.
  const shown = filtered ?? (filtering ? null : firstPage);
  const anyCase = (rows ?? firstPage ?? []).length > 0;

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
      {/* The filters come a frame after the first rows (with readAll): drawing five antd inputs costs about as much as
          the rows themselves on an old PC, and nobody filters within the first frame. Their height is kept free. */}
      {!readAll ? (
        <div style={{ height: 32, marginBottom: 12 }} />
      ) : (
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder="搜索案号、申请人、被申请人"
            style={{ width: 260 }}
            value={search}
            onChange={(e) => filter({ q: e.target.value })}
            aria-label="搜索案件"
          />
          <Select
            allowClear
            placeholder="状态"
            aria-label="状态"
            style={{ width: 110 }}
            value={status}
            onChange={(v) => filter({ status: v })}
            options={(Object.keys(STATUS_LABELS) as ReviewStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          <Select
            allowClear
            placeholder="收到年度"
            aria-label="收到年度"
            style={{ width: 110 }}
            value={year}
            onChange={(v) => filter({ year: v })}
            options={options.years.map((y) => ({ value: y, label: `${y}年` }))}
          />
          <Select
            allowClear
            placeholder="承办人"
            aria-label="承办人"
            style={{ width: 110 }}
            value={handler}
            onChange={(v) => filter({ handler: v })}
            options={options.handlers.map((h) => ({ value: h, label: h }))}
          />
          <Select
            allowClear
            placeholder="行为类别"
            aria-label="行为类别"
            style={{ width: 130 }}
            value={category}
            onChange={(v) => filter({ category: v })}
            options={options.categories.map((h) => ({ value: h, label: h }))}
          />
          <Checkbox checked={overdueOnly} onChange={(e) => filter({ overdue: e.target.checked })}>
            只看已超期
          </Checkbox>
        </Space>
      )}
      <CaseTable
        rows={shown}
        complete={rows !== null}
        emptyText={anyCase ? '没有符合条件的案件' : '还没有案件，点击“登记新案件”开始'}
        view={view}
        onChange={onTableChange}
      />
      {readAll && <CaseFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={(c) => navigate(`/review/${c.id}`)} />}
    </div>
  );
}
