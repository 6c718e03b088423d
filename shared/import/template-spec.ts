/**
 * The contents of the 导入模板 (one sheet per ledger): a title row, a row of notes explaining each column's allowed
 * values, the header row (exactly templateHeaders) and one sample row. The notes sit ABOVE the header, so the
 * sample row is the only data row: importing the template unchanged imports the samples (a consistent small
 * year: one case accepted and upheld in 2024 with its 意见书, one document with its 合法性审核, 备案 and 清理, one
 * agreement), and a clerk who overwrites the sample row imports only their own rows. Each ledger declares its notes and
 * sample next to its columns (the registry's LedgerSheet).
 */
import { ledgerOfSheet } from '../ledgers/registry';
import { DATE_NOTE, type TemplateSample } from '../ledgers/sheet-fields';
import type { OrganNames } from '../settings';
import { templateHeaders } from './headers';
import { SHEET_KINDS } from './types';

/** What the sample rows share (see TemplateSample). */
function templateSample(organs: OrganNames): TemplateSample {
  const prefix = organs.caseNoPrefix || '丹政复';
  return { organs, prefix, caseNo: `${prefix}〔2024〕1号`, docTitle: '城市道路管理办法', docNo: '政规〔2024〕1号' };
}

export interface TemplateSheet {
  name: string;
  title: string;
  notes: string[];
  headers: string[];
  sample: (string | number)[];
}

/** The template's sheets, in ledger order. */
export function templateSheets(organs: OrganNames): TemplateSheet[] {
  const shared = templateSample(organs);
  return SHEET_KINDS.map((ledger) => {
    const headers = templateHeaders(ledger);
    const { templateName, notes, sample } = ledgerOfSheet(ledger).sheet;
    const row = sample(shared);
    return {
      name: templateName,
      title: `${templateName}台账（导入模板：第2行为填写说明，第3行为表头，请从第4行起填写，示例行可覆盖或删除）`,
      notes: headers.map((h) => (Object.hasOwn(notes, h) ? notes[h] : /日期$/.test(h) ? DATE_NOTE : '')),
      headers,
      sample: headers.map((h) => (Object.hasOwn(row, h) ? row[h] : '')),
    };
  });
}
