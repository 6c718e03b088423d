import type { FormInstance } from 'antd';
import { UserError } from '../db/write';

export const DISK_FULL_MESSAGE = '磁盘空间不足，未能保存。请清理磁盘（或删除不需要的旧备份）后重试，已有数据未受影响。';
export const DATABASE_CLOSED_MESSAGE =
  '数据库已被另一个窗口中更新版本的法治台账升级，本窗口已停止保存。请重新加载本页面后再继续，本次未保存的内容需重新填写。';

/** The names an error carries: its own, and those of what it wraps (Dexie puts the browser's error in `inner`). */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const name = (cur as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    const message = (cur as { message?: unknown }).message;
    if (typeof message === 'string' && /QuotaExceeded/i.test(message)) names.push('QuotaExceededError');
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
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
