import type { FormInstance } from 'antd';
import { UserError } from '../db/write';

/** The clerk-facing text of an error: a UserError's own message, anything else prefixed as unexpected. */
export function errorText(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return '磁盘空间不足，未能保存。请清理磁盘后重试，已有数据未受影响。';
  return `保存失败：${(e as Error)?.message ?? String(e)}`;
}

/** Puts a UserError's message on its form field when the form has one. */
export function showOnForm(form: FormInstance, e: unknown, fieldNames: readonly string[]): void {
  if (e instanceof UserError && e.field && fieldNames.includes(e.field)) {
    form.setFields([{ name: e.field, errors: [e.message] }]);
  }
}
