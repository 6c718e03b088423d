import type { FormInstance } from 'antd';
import { UserError } from '../db/write';

/** The clerk-facing text of an error: a UserError's own message, anything else prefixed as unexpected. */
export function errorText(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return '磁盘空间不足，未能保存。请清理磁盘后重试，已有数据未受影响。';
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
