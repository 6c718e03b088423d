/**
 * How a ledger's sheet is read by the import and explained in the template: the fields a header may name (the
 * template's header, the synonyms clerks write instead, whether a sheet needs it), a hint in sheet names, the notes
 * of the template's note row and its sample row. Declared by each ledger next to its columns (LedgerSheet).
 */
import type { OrganNames } from '../settings';

export interface FieldSpec {
  /** Internal name (the record field where there is one). */
  key: string;
  /** The template's header. */
  header: string;
  synonyms: readonly string[];
  /** Needed for a sheet to be recognised as this ledger. */
  required?: boolean;
  /** Understood when present, but not a template column. */
  optional?: boolean;
}

export const field = (key: string, header: string, synonyms: string[] = [], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key,
  header,
  synonyms,
  ...extra,
});
export const REQUIRED = { required: true };
export const OPTIONAL = { optional: true };

export const DATE_NOTE = '日期，如2024-03-05、2024/3/5、2024年3月5日';
export const choices = (values: readonly string[]) => values.join(' / ');

/**
 * What the template's sample rows share, so that importing the template unchanged gives one consistent small year
 * (the 意见书 names the sample case, 合法性审核 and 清理 the sample document).
 */
export interface TemplateSample {
  organs: OrganNames;
  /** The 案号 prefix (settings, or 丹政复). */
  prefix: string;
  caseNo: string;
  docTitle: string;
  docNo: string;
}

export type SampleRow = Record<string, string | number>;
