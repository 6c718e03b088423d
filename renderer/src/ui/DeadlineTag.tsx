import { Tag, Tooltip } from 'antd';
import { isDueWithin, isOverdue, type Deadline } from '../../../shared/deadline';
import { TODO_WINDOW_DAYS } from '../../../shared/todo';

/** The earliest deadline still running; a paused one when nothing runs. */
export function nextOpenDeadline<D extends Deadline>(deadlines: D[]): D | null {
  let best: D | null = null;
  for (const d of deadlines) {
    if (d.state !== 'open' || !d.due) continue;
    if (!best || d.due < best.due!) best = d;
  }
  return best ?? deadlines.find((d) => d.state === 'paused') ?? null;
}

export function daysLeftText(d: Deadline): string {
  if (d.state === 'paused' || d.daysLeft === null) return '计时暂停';
  if (d.state === 'met') return '按期完成';
  if (d.state === 'missed') return '超期完成';
  if (d.daysLeft < 0 && d.lapsedText) return d.lapsedText;
  if (d.daysLeft < 0) return `已超期 ${-d.daysLeft} 天`;
  if (d.daysLeft === 0) return '今天到期';
  return `剩 ${d.daysLeft} 天`;
}

function color(d: Deadline): string {
  if (d.state === 'paused') return 'default';
  if (d.state === 'met') return 'green';
  if (d.state === 'missed') return 'volcano';
  if (isOverdue(d)) return d.lapsedText ? 'gold' : 'red';
  // Due soon: the same window as 待办.
  if (isDueWithin(d, TODO_WINDOW_DAYS)) return 'orange';
  return 'blue';
}

/**
 * `native`: the explanation as the browser's own tooltip (title attribute) instead of an antd Tooltip, for long
 * tables: an antd Tooltip per row costs a noticeable share of drawing a list on an old PC.
 */
export function DeadlineTag({ d, native = false }: { d: Deadline; native?: boolean }) {
  const title = `${d.label}：${d.due ?? '暂停计算'}（${d.basis}）`;
  const tag = (
    <Tag color={color(d)} title={native ? title : undefined}>
      {d.label.replace('期限', '')} {daysLeftText(d)}
    </Tag>
  );
  return native ? tag : <Tooltip title={title}>{tag}</Tooltip>;
}
