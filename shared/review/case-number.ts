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
