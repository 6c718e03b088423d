import { useMemo } from 'react';
import { Alert, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { agreementDeadline } from '../../../../shared/agreements/deadline';
import type { Deadline } from '../../../../shared/deadline';
import { legalityReviewDeadline } from '../../../../shared/normative/legality';
import { computeCaseDeadlines, computeLetterDeadline } from '../../../../shared/review/deadlines';
import { LETTER_KIND_LABELS } from '../../../../shared/review/types';
import { isTodo, missingHolidayYear, TODO_WINDOW_DAYS } from '../../../../shared/todo';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { today } from '../../ui/dates';
import { DeadlineTag } from '../../ui/DeadlineTag';
import { DateCell, shortOrganName } from '../../ui/OrganName';
import { useSettings } from '../../app/settings-context';
import { useOpenCases } from '../review';
import { useWorkCalendar } from '../../app/use-work-calendar';
import { useAwaiting } from './todo-data';

interface TodoRow {
  key: string;
  ledger: string;
  title: string;
  who: string;
  /** The full names, when `who` shortened an organ's name (the hover title). */
  whoFull?: string;
  handler: string;
  deadline: Deadline;
  link: string;
}

const COLUMNS: ColumnsType<TodoRow> = [
  { title: '期限', key: 'deadline', width: 170, render: (_, r) => <DeadlineTag d={r.deadline} native /> },
  { title: '到期日', key: 'due', width: 104, render: (_, r) => <DateCell date={r.deadline.due} /> },
  { title: '台账', dataIndex: 'ledger', width: 110 },
  { title: '事项', key: 'title', width: 200, render: (_, r) => <Typography.Link onClick={() => navigate(r.link)}>{r.title}</Typography.Link> },
  // Wraps rather than ending in "丹阳市人民政府云…"; the city prefix of a respondent is dropped (full name on hover).
  { title: '当事人 / 单位', key: 'who', width: 240, render: (_, r) => <span title={r.whoFull ?? r.who}>{r.who}</span> },
  { title: '期限说明', key: 'basis', ellipsis: true, render: (_, r) => `${r.deadline.label}：${r.deadline.basis}` },
  { title: '承办人', dataIndex: 'handler', width: 90 },
];

const NO_ROWS: TodoRow[] = [];

/** Pages of 20 (a screen shows about ten): a busy office has hundreds of items due, and drawing them all at once takes seconds. */
const PAGINATION = { defaultPageSize: 20, hideOnSinglePage: true, showSizeChanger: true, showTotal: (t: number) => `共 ${t} 项` };

/** Reads only what can still be due: open cases, unanswered 意见书, reviews without 审核完成日期, agreements without an opinion. */
export function TodoPage() {
  const cases = useOpenCases();
  const awaiting = useAwaiting();
  const letters = awaiting?.reviewLetters;
  const legality = awaiting?.legalityReviews;
  const agreements = awaiting?.agreementReviews;
  const settings = useSettings();
  const cal = useWorkCalendar();
  const now = today();

  // One list per ledger, so that a ledger read later does not make the others' deadlines be computed again.
  const caseRows = useMemo(() => {
    const out: TodoRow[] = [];
    for (const c of cases ?? []) {
      for (const d of computeCaseDeadlines(c, cal, now)) {
        if (!isTodo(d)) continue;
        out.push({
          key: `${c.id}:${d.kind}`,
          ledger: '行政复议',
          title: c.caseNo,
          who: `${c.applicant} / ${shortOrganName(c.respondent)}`,
          whoFull: `${c.applicant} / ${c.respondent}`,
          handler: c.handler,
          deadline: d,
          link: `/review/${c.id}`,
        });
      }
    }
    return out;
  }, [cases, cal, now]);
  const letterRows = useMemo(() => {
    const out: TodoRow[] = [];
    for (const l of letters ?? []) {
      const d = computeLetterDeadline(l, now, cal);
      if (d && isTodo(d)) {
        out.push({
          key: `${l.id}:${d.kind}`,
          ledger: LETTER_KIND_LABELS[l.kind],
          title: l.docNo,
          who: l.recipient,
          handler: '',
          deadline: d,
          link: '/letters',
        });
      }
    }
    return out;
  }, [letters, cal, now]);
  const legalityDays = settings.normativePeriods.legalityReviewWorkingDays;
  const legalityRows = useMemo(() => {
    const out: TodoRow[] = [];
    for (const r of legality ?? []) {
      const d = legalityReviewDeadline(r, cal, now, legalityDays);
      if (isTodo(d))
        out.push({
          key: `${r.id}:legality`,
          ledger: '合法性审核',
          title: r.title,
          who: r.draftingUnit,
          handler: r.handler,
          deadline: d,
          link: '/normative/legality',
        });
    }
    return out;
  }, [legality, cal, now, legalityDays]);
  const agreementDays = settings.agreementPeriods.reviewWorkingDays;
  const agreementRows = useMemo(() => {
    const out: TodoRow[] = [];
    for (const a of agreements ?? []) {
      const d = agreementDeadline(a, cal, now, agreementDays);
      if (isTodo(d))
        out.push({
          key: `${a.id}:agreement`,
          ledger: '行政协议审查',
          title: a.name,
          who: a.submittingUnit,
          handler: a.handler,
          deadline: d,
          link: `/agreements/${a.id}`,
        });
    }
    return out;
  }, [agreements, cal, now, agreementDays]);
  const rows = useMemo(
    () => [...caseRows, ...letterRows, ...legalityRows, ...agreementRows].sort((a, b) => (a.deadline.daysLeft ?? 0) - (b.deadline.daysLeft ?? 0)),
    [caseRows, letterRows, legalityRows, agreementRows],
  );

  // The rows are drawn once, when every ledger is read, not again as each one arrives.
  const loading = !cases || !letters || !legality || !agreements;

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
