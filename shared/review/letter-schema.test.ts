import { describe, expect, it } from 'vitest';
import { validateLetterFields } from './letter-schema';

const TODAY = '2024-06-30';

function input(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'opinion',
    docNo: '丹复意〔2024〕1号',
    caseId: 'case-1',
    issueDate: '2024-06-01',
    recipient: '丹阳市公安局',
    answerDate: null,
    note: '',
    ...overrides,
  };
}

function errors(overrides: Record<string, unknown>) {
  const r = validateLetterFields(input(overrides), TODAY);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('validateLetterFields', () => {
  it('takes a complete letter, trimming text, and turns an empty 关联案件 / 反馈日期 into null', () => {
    expect(validateLetterFields(input({ docNo: ' 丹复意〔2024〕1号 ', recipient: ' 丹阳市公安局 ', note: ' 已催办 ' }), TODAY)).toEqual({
      ok: true,
      value: {
        kind: 'opinion',
        docNo: '丹复意〔2024〕1号',
        caseId: 'case-1',
        issueDate: '2024-06-01',
        recipient: '丹阳市公安局',
        answerDate: null,
        note: '已催办',
      },
    });
    const r = validateLetterFields(input({ kind: 'suggestion', caseId: '', answerDate: '', note: undefined }), TODAY);
    expect(r).toMatchObject({ ok: true, value: { kind: 'suggestion', caseId: null, answerDate: null, note: '' } });
  });

  it('names the field of each missing or malformed value', () => {
    expect(errors({ kind: 'letter' })).toEqual([{ field: 'kind', message: '文书类型必须是意见书或建议书' }]);
    expect(errors({ docNo: '  ' })).toEqual([{ field: 'docNo', message: '文号不能为空' }]);
    expect(errors({ docNo: undefined })).toEqual([{ field: 'docNo', message: '文号不能为空' }]);
    expect(errors({ recipient: '' })).toEqual([{ field: 'recipient', message: '收文单位不能为空' }]);
    expect(errors({ issueDate: '2024-02-30' })).toEqual([{ field: 'issueDate', message: '发出日期不是有效日期（格式：2019-03-05）' }]);
    expect(errors({ issueDate: undefined })).toEqual([{ field: 'issueDate', message: '发出日期不能为空' }]);
    expect(errors({ answerDate: '2024-6-1' })).toEqual([{ field: 'answerDate', message: '反馈日期不是有效日期（格式：2019-03-05）' }]);
  });

  it('limits 文号 to 60, 收文单位 to 100 and 备注 to 2000 characters (the limit itself is allowed)', () => {
    expect(validateLetterFields(input({ docNo: '文'.repeat(60), recipient: '单'.repeat(100), note: '备'.repeat(2000) }), TODAY).ok).toBe(true);
    expect(errors({ docNo: '文'.repeat(61) })).toEqual([{ field: 'docNo', message: '文号不能超过60个字' }]);
    expect(errors({ recipient: '单'.repeat(101) })).toEqual([{ field: 'recipient', message: '收文单位不能超过100个字' }]);
    expect(errors({ note: '备'.repeat(2001) })).toEqual([{ field: 'note', message: '备注不能超过2000个字' }]);
  });

  it('issued today is fine, tomorrow is refused', () => {
    expect(validateLetterFields(input({ issueDate: TODAY }), TODAY).ok).toBe(true);
    expect(errors({ issueDate: '2024-07-01' })).toEqual([{ field: 'issueDate', message: '发出日期（2024-07-01）晚于今天' }]);
  });

  it('the answer may come on the issue day or later up to today, not before the issue nor after today', () => {
    expect(validateLetterFields(input({ answerDate: '2024-06-01' }), TODAY).ok).toBe(true);
    expect(validateLetterFields(input({ answerDate: TODAY }), TODAY).ok).toBe(true);
    expect(errors({ answerDate: '2024-05-31' })).toEqual([{ field: 'answerDate', message: '反馈日期（2024-05-31）不能早于发出日期（2024-06-01）' }]);
    expect(errors({ answerDate: '2024-07-01' })).toEqual([{ field: 'answerDate', message: '反馈日期（2024-07-01）晚于今天' }]);
  });
});
