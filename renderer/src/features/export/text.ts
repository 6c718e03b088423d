/**
 * Text as Office files accept it. XML 1.0 forbids most control characters, and Excel and Word report a file
 * holding one as damaged; a clerk can paste one from another program without seeing it. Excel also refuses
 * cells longer than 32,767 characters.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const MAX_CELL_CHARS = 32_767;

export function cleanText(s: string): string {
  const cleaned = s.replace(FORBIDDEN, '');
  return cleaned.length > MAX_CELL_CHARS ? cleaned.slice(0, MAX_CELL_CHARS) : cleaned;
}
