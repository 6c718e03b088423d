import { Tag, Tooltip } from 'antd';
import type { CaseDeadline } from '../../../../shared/review/deadlines';
import { NON_ACCEPTANCE_KINDS, STATUS_LABELS, STEP_LABELS, type ReviewCase, type ReviewStatus } from '../../../../shared/review/types';

const STATUS_COLORS: Record<ReviewStatus, string> = {
  received: 'blue',
  awaitingCorrection: 'gold',
  notAccepted: 'default',
  underReview: 'processing',
  suspended: 'orange',
  concluded: 'green',
};

export function StatusTag({ c }: { c: ReviewCase }) {
  const label = c.status === 'notAccepted' && c.nonAcceptance && NON_ACCEPTANCE_KINDS.includes(c.nonAcceptance)
    ? STEP_LABELS[c.nonAcceptance]
    : STATUS_LABELS[c.status];
  return <Tag color={STATUS_COLORS[c.status]}>{label}</Tag>;
}

/** The earliest deadline still running. */
export function nextOpenDeadline(deadlines: CaseDeadline[]): CaseDeadline | null {
  let best: CaseDeadline | null = null;
  for (const d of deadlines) {
    if (d.state !== 'open' || !d.due) continue;
    if (!best || d.due < best.due!) best = d;
  }
  return best ?? deadlines.find((d) => d.state === 'paused') ?? null;
}

export function daysLeftText(d: CaseDeadline): string {
  if (d.state === 'paused' || d.daysLeft === null) return '计时暂停';
  if (d.state === 'met') return '按期完成';
  if (d.state === 'missed') return '超期完成';
  if (d.daysLeft < 0) return `已超期 ${-d.daysLeft} 天`;
  if (d.daysLeft === 0) return '今天到期';
  return `剩 ${d.daysLeft} 天`;
}

export function DeadlineTag({ d }: { d: CaseDeadline }) {
  const color =
    d.state === 'paused'
      ? 'default'
      : d.state === 'met'
        ? 'green'
        : d.state === 'missed'
          ? 'volcano'
          : d.daysLeft !== null && d.daysLeft < 0
            ? 'red'
            : d.daysLeft !== null && d.daysLeft <= 7
              ? 'orange'
              : 'blue';
  return (
    <Tooltip title={`${d.label}：${d.due ?? '暂停计算'}（${d.basis}）`}>
      <Tag color={color}>
        {d.label.replace('期限', '')} {daysLeftText(d)}
      </Tag>
    </Tooltip>
  );
}
