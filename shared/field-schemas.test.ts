import { describe, expect, it } from 'vitest';
import { optionalDate, optionalText, requiredDate, requiredText } from './field-schemas';

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('field schemas name the field and the problem', () => {
  it('a required text: blank, too long, trimmed', () => {
    expect(message(requiredText('申请人').safeParse('  '))).toBe('申请人不能为空');
    expect(message(requiredText('申请人').safeParse(undefined))).toBe('申请人不能为空');
    expect(message(requiredText('案号', 3).safeParse('1234'))).toBe('案号不能超过3个字');
    expect(requiredText('申请人').parse(' 张三 ')).toBe('张三');
  });
  it('an optional text: null and missing become empty, never a default', () => {
    expect(optionalText('备注').parse(null)).toBe('');
    expect(optionalText('备注').parse(undefined)).toBe('');
    expect(message(optionalText('备注').safeParse(5))).toBe('备注必须是文字');
    expect(message(optionalText('备注', 2).safeParse('三个字'))).toBe('备注不能超过2个字');
  });
  it('a required date: blank says so, an impossible date says it is not a date', () => {
    expect(message(requiredDate('公布日期').safeParse(''))).toBe('公布日期不能为空');
    expect(message(requiredDate('公布日期').safeParse(null))).toBe('公布日期不能为空');
    expect(message(requiredDate('公布日期').safeParse('2026-02-30'))).toBe('公布日期不是有效日期（格式：2019-03-05）');
    expect(message(requiredDate('公布日期').safeParse(20260101))).toBe('公布日期不是有效日期（格式：2019-03-05）');
    expect(requiredDate('公布日期').parse(' 2026-02-28 ')).toBe('2026-02-28');
  });
  it('an optional date: blank is null, an impossible one is refused', () => {
    expect(optionalDate('行为日期').parse('')).toBeNull();
    expect(optionalDate('行为日期').parse(undefined)).toBeNull();
    expect(message(optionalDate('行为日期').safeParse('2025-13-01'))).toBe('行为日期不是有效日期（格式：2019-03-05）');
  });
});
