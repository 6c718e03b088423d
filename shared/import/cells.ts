/**
 * Reading one cell as the clerk meant it. Free text is only trimmed (full-width spaces and no-break spaces
 * too) and otherwise kept as typed — full-width brackets in a name stay full-width, so that a record exported and
 * imported back compares equal. Choices, numbers, yes/no and dates are compared in a normalised form
 * (choiceKey: NFKC, no spaces, brackets unified).
 */
import type { Cell } from './types';

export type CellProblem = { problem: string };

export const isProblem = (v: unknown): v is CellProblem => typeof v === 'object' && v !== null && 'problem' in v;

/** Trims ASCII and full-width spaces, tabs, no-break spaces and line breaks at both ends. */
export function trimText(s: string): string {
  return s.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}

/** A number as Excel shows it in a General cell (no float noise such as 0.30000000000000004). */
function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/**
 * The cell as text ('' when blank), or a problem: a formula without a saved result, an Excel error value.
 * A date cell becomes 'YYYY-MM-DD'.
 */
export function cellText(cell: Cell | undefined): string | CellProblem {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return trimText(cell);
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  switch (cell.t) {
    case 'date':
      return cell.v;
    case 'formula':
      return { problem: `该单元格是公式（=${cell.formula}），文件中没有保存计算结果，请在Excel或WPS中打开、保存后再导入` };
    case 'error':
      return { problem: `该单元格是错误值${cell.v}` };
  }
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && trimText(cell) === '');
}

/** Full-width ASCII (Ａ-Ｚ, ０-９, （）…) → half-width, ideographic space → space; then NFKC. */
export function halfWidth(s: string): string {
  return s.normalize('NFKC');
}

/** The comparable form of a choice or a key: NFKC, no spaces at all, brackets unified, lower case. */
export function choiceKey(s: string): string {
  return halfWidth(s)
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[［【〔]/g, '[')
    .replace(/[］】〕]/g, ']')
    .toLowerCase();
}

/** Each choice table's names by choiceKey (the first value naming a key wins): 10,000 rows look up the same tables. */
const choiceIndexes = new WeakMap<object, Map<string, unknown>>();

function choiceIndex<T>(table: readonly (readonly [T, readonly string[]])[]): Map<string, T> {
  let index = choiceIndexes.get(table) as Map<string, T> | undefined;
  if (!index) {
    index = new Map();
    for (const [value, names] of table) for (const n of names) if (!index.has(choiceKey(n))) index.set(choiceKey(n), value);
    choiceIndexes.set(table, index);
  }
  return index;
}

/** Finds a value by its label or one of its synonyms (compared with choiceKey); undefined when none matches. */
export function pickChoice<T>(text: string, table: readonly (readonly [T, readonly string[]])[]): T | undefined {
  const index = choiceIndex(table);
  const k = choiceKey(text);
  return index.has(k) ? index.get(k) : undefined;
}

const YES = ['是', '有', 'y', 'yes', 'true', '√', '✓', '✔', '1', '已纠正', '已整改', '纠正', '已赔偿', '赔偿', '一并赔偿'];
const NO = ['否', '无', '没有', 'n', 'no', 'false', '×', '✗', '0', '未纠正', '未整改', '不赔偿', '/', '-', '—'];
const YES_KEYS = new Set(YES.map(choiceKey));
const NO_KEYS = new Set(NO.map(choiceKey));

/** 是 / 否 and the other ways clerks write yes or no; null when blank; undefined when not understood. */
export function parseYesNo(text: string): boolean | null | undefined {
  if (text === '') return null;
  const k = choiceKey(text);
  if (YES_KEYS.has(k)) return true;
  if (NO_KEYS.has(k)) return false;
  return undefined;
}

/** A whole number typed as text or stored as a number ('３' → 3); undefined when it is not one. */
export function parseWholeNumber(text: string): number | undefined {
  const t = halfWidth(text)
    .replace(/[\s,]/g, '')
    .replace(/[人天日件个]$/, '');
  if (!/^\d{1,9}(\.0+)?$/.test(t)) return undefined;
  return Number(t);
}

/** Titles and names as keys: spaces, 《》 and bracket styles do not make two records different. */
export function titleKey(s: string): string {
  return choiceKey(s)
    .replace(/^《(.*)》$/, '$1')
    .replace(/[《》"“”]/g, '');
}
