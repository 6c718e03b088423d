import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../db/write';
import { errorText, showOnForm } from './errors';

function fakeForm() {
  const setFields = vi.fn();
  return { form: { setFields } as unknown as FormInstance, setFields };
}

describe('showOnForm', () => {
  it('puts every field error on its field, several messages of one field together, and skips fields the form lacks', () => {
    const { form, setFields } = fakeForm();
    const e = UserError.ofFields([
      { field: 'applicant', message: '申请人不能为空' },
      { field: 'respondent', message: '被申请人不能为空' },
      { field: 'respondent', message: '被申请人不能超过100个字' },
      { field: 'events', message: '时间线有误' },
    ]);
    showOnForm(form, e, ['applicant', 'respondent']);
    expect(setFields).toHaveBeenCalledWith([
      { name: 'applicant', errors: ['申请人不能为空'] },
      { name: 'respondent', errors: ['被申请人不能为空', '被申请人不能超过100个字'] },
    ]);
    expect(errorText(e)).toBe('申请人不能为空；被申请人不能为空；被申请人不能超过100个字；时间线有误');
  });

  it('a UserError with one field shows its message there; other errors touch no field', () => {
    const { form, setFields } = fakeForm();
    showOnForm(form, new UserError('案号已被使用', 'caseNo'), ['caseNo']);
    expect(setFields).toHaveBeenCalledWith([{ name: 'caseNo', errors: ['案号已被使用'] }]);
    setFields.mockClear();
    showOnForm(form, new UserError('该记录不存在'), ['caseNo']);
    showOnForm(form, new Error('boom'), ['caseNo']);
    expect(setFields).not.toHaveBeenCalled();
  });
});

describe('errorText of storage errors', () => {
  it('reads a full disk the same whether the DOMException arrives alone, wrapped by Dexie (inner) or named only in the message', () => {
    const dom = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('QuotaExceededError The quota has been exceeded.'), { name: 'AbortError', inner: dom });
    const byMessage = Object.assign(new Error('Transaction aborted: QuotaExceededError'), { name: 'AbortError' });
    for (const e of [dom, wrapped, byMessage]) {
      expect(errorText(e)).toMatch(/^磁盘空间不足，未能保存/);
      expect(errorText(e)).not.toMatch(/QuotaExceeded|保存失败/);
    }
  });

  it('a closed database (upgraded by a newer version in another window) asks for a reload', () => {
    const e = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    expect(errorText(e)).toMatch(/重新加载/);
  });
});
