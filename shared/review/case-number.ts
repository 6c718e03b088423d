/**
 * 案号: free text such as 丹政复〔2019〕12号. The year and sequence are read out of it
 * when they can be, so that the next number of a year can be proposed.
 */
const CASE_NO_RE = /[〔[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(?:第)?\s*(\d{1,5})\s*号/;

/** Full-width digits (０–９) as clerks sometimes type them. */
function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function parseCaseNo(caseNo: string): { year: number; seq: number } | null {
  const m = CASE_NO_RE.exec(halfWidthDigits(caseNo));
  if (!m) return null;
  return { year: Number(m[1]), seq: Number(m[2]) };
}

export function formatCaseNo(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

/** The next 案号 of a year: one past the highest sequence already used in that year. */
export function proposeCaseNo(prefix: string, year: number, existing: Iterable<{ caseYear: number; caseSeq: number | null }>): string {
  let max = 0;
  for (const c of existing) {
    if (c.caseYear === year && c.caseSeq !== null && c.caseSeq > max) max = c.caseSeq;
  }
  return formatCaseNo(prefix, year, max + 1);
}

/**
 * Two 案号 are the same when they differ only in spaces, full-/half-width brackets or digits,
 * a 第 before the number, or leading zeros (丹政复[2019]第01号 = 丹政复〔2019〕1号).
 */
export function normalizeCaseNo(caseNo: string): string {
  const plain = halfWidthDigits(caseNo).replace(/\s+/g, '');
  const m = CASE_NO_RE.exec(plain);
  if (!m) return plain.replace(/[[［(（【]/g, '〔').replace(/[\]］)）】]/g, '〕');
  return `${plain.slice(0, m.index)}〔${m[1]}〕${Number(m[2])}号${plain.slice(m.index + m[0].length)}`;
}

/**
 * What is odd about a 案号, for the clerk to confirm or correct (a warning, not a refusal: old ledgers hold numbers of
 * every shape): not of the configured pattern `<prefix>〔年度〕序号号`, or of a year that is neither the year of receipt
 * nor that of acceptance (`years`).
 */
export function caseNoWarnings(caseNo: string, prefix: string, years: readonly number[]): string[] {
  const text = caseNo.trim();
  if (!text) return [];
  const pattern = `${prefix}〔年度〕序号号（如${formatCaseNo(prefix, years[0] ?? 2019, 1)}）`;
  const parsed = parseCaseNo(text);
  if (!parsed) return [`案号“${text}”不符合“${pattern}”的格式`];
  const warnings: string[] = [];
  if (prefix && !normalizeCaseNo(text).startsWith(prefix)) warnings.push(`案号“${text}”的字号不是“${prefix}”（应为“${pattern}”）`);
  const known = [...new Set(years)];
  if (known.length > 0 && !known.includes(parsed.year)) {
    const which = known.length > 1 ? `收到申请或受理的年度（${known.join('、')}）` : `收到申请的年度（${known[0]}）`;
    warnings.push(`案号年度（${parsed.year}）与${which}不一致`);
  }
  return warnings;
}
