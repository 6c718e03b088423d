import { describe, expect, it } from 'vitest';
import { storedCase } from '../ledgers/stored-fixtures.test-util';
import { DEFAULT_SETTINGS } from '../settings';
import { bureauSettings, inboundProblem, logDocId, parseRecordDocId, recordDocId, SETTINGS_DOC_ID, withLocalSettings } from './documents';

const AT = '2026-01-05T02:00:00.000Z';
const recordDoc = (overrides: Record<string, unknown> = {}) => ({
  _id: recordDocId('reviewCases', 'c1'),
  type: 'record',
  table: 'reviewCases',
  record: storedCase(),
  pc: 'PC-A',
  actor: '张三',
  at: AT,
  ...overrides,
});

describe('the sync documents', () => {
  it('names records, log entries and settings as the contract says', () => {
    expect(recordDocId('reviewCases', 'c1')).toBe('rec:reviewCases:c1');
    expect(logDocId('PC-A', 42)).toBe('log:PC-A:000000000042');
    expect(parseRecordDocId('rec:reviewCases:c1')).toEqual({ table: 'reviewCases', recordId: 'c1' });
    expect(parseRecordDocId('rec:reviewCases:')).toBeNull();
    expect(parseRecordDocId('log:PC-A:1')).toBeNull();
  });

  it('accepts a valid record, log entry, settings and deletion', () => {
    expect(inboundProblem(recordDoc())).toBeNull();
    expect(inboundProblem({ _id: 'rec:reviewCases:c1', _deleted: true })).toBeNull();
    const entry = { at: AT, actor: '张三', table: 'reviewCases', recordId: 'c1', action: 'create', summary: '登记', before: null, after: null };
    expect(inboundProblem({ _id: logDocId('PC-A', 1), type: 'log', pc: 'PC-A', entry })).toBeNull();
    expect(inboundProblem({ _id: SETTINGS_DOC_ID, type: 'settings', value: bureauSettings(DEFAULT_SETTINGS) })).toBeNull();
  });

  it('refuses, in Chinese, what would reach a ledger wrong', () => {
    expect(inboundProblem(recordDoc({ record: { ...storedCase(), receivedDate: '2020-02-30' } }))).toMatch(/收到日期缺失或不是有效日期/);
    expect(inboundProblem(recordDoc({ record: { ...storedCase(), id: 'other' } }))).toMatch(/记录编号与文档编号不符/);
    expect(inboundProblem(recordDoc({ table: 'reviewLetters' }))).toMatch(/台账（table）与编号不符/);
    expect(inboundProblem(recordDoc({ _id: 'rec:secrets:c1' }))).toMatch(/不认识的台账/);
    expect(inboundProblem(recordDoc({ pc: '' }))).toMatch(/缺少来源电脑/);
    expect(inboundProblem(recordDoc({ record: { ...storedCase(), deleted: 2 } }))).toMatch(/删除标记无效/);
    expect(inboundProblem({ _id: logDocId('PC-A', 1), type: 'log', pc: 'PC-B', entry: {} })).toMatch(/来源电脑（pc）与编号不符/);
    expect(inboundProblem({ _id: SETTINGS_DOC_ID, type: 'settings', value: { holidays: 'x' } })).toMatch(/^同步的设置中的节假日不是列表/);
    expect(inboundProblem({ _id: 'other:1', type: 'x' })).toMatch(/不是本程序的文档/);
  });

  it('keeps the 使用人 on the PC: the bureau part travels, the PC part stays', () => {
    const bureau = bureauSettings({ ...DEFAULT_SETTINGS, operatorName: '张三' });
    expect(bureau).not.toHaveProperty('operatorName');
    expect(withLocalSettings(bureau, { operatorName: '李四' }).operatorName).toBe('李四');
    expect(withLocalSettings({ ...bureau, operatorName: '张三' } as never, { operatorName: '李四' }).operatorName).toBe('李四');
  });
});
