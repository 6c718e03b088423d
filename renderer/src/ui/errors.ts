import type { FormInstance } from 'antd';
import { UserError } from '../db/write';

export const DISK_FULL_MESSAGE = '磁盘空间不足，未能保存。请清理磁盘（或删除不需要的旧备份）后重试，已有数据未受影响。';
export const DATABASE_CLOSED_MESSAGE =
  '数据库已被另一个窗口中更新版本的法治台账升级，本窗口已停止保存。请重新加载本页面后再继续，本次未保存的内容需重新填写。';

/**
 * The names an error carries: its own, and those of what it wraps (Dexie puts the browser's error in `inner`; a
 * BulkError or ModifyError of bulkPut/modify lists each failed operation's error in `failures`). A full disk named
 * only in a message (Dexie's text of a failed transaction; a write of the desktop app's main process, ENOSPC) counts.
 */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  const visit = (cur: unknown, depth: number) => {
    if (!cur || typeof cur !== 'object' || depth > 5) return;
    const { name, message, inner, cause, failures, failuresByPos } = cur as Record<string, unknown>;
    if (typeof name === 'string') names.push(name);
    if (typeof message === 'string' && /QuotaExceeded|ENOSPC|no space left on device/i.test(message)) names.push('QuotaExceededError');
    visit(inner ?? cause, depth + 1);
    for (const list of [failures, failuresByPos]) {
      if (list && typeof list === 'object') for (const f of Object.values(list).slice(0, 20)) visit(f, depth + 1);
    }
  };
  visit(e, 0);
  return names;
}

/** A full disk (or the browser's storage quota), however it arrives: the DOMException itself, or wrapped by Dexie. */
export function isQuotaError(e: unknown): boolean {
  return errorNames(e).includes('QuotaExceededError');
}

/** The clerk-facing text of an error: a UserError's own message, storage problems in plain words, anything else prefixed as unexpected. */
export function errorText(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const names = errorNames(e);
  if (names.includes('QuotaExceededError')) return DISK_FULL_MESSAGE;
  if (names.includes('DatabaseClosedError') || names.includes('VersionChangeError')) return DATABASE_CLOSED_MESSAGE;
  return `保存失败：${(e as Error)?.message ?? String(e)}`;
}

/** Puts each of a UserError's field errors on its form field, for the fields the form has. */
export function showOnForm(form: FormInstance, e: unknown, fieldNames: readonly string[]): void {
  if (!(e instanceof UserError)) return;
  const byField = new Map<string, string[]>();
  for (const { field, message } of e.fieldErrors) {
    if (fieldNames.includes(field)) byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  if (byField.size > 0) form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
}
