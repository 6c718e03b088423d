import type { ReactNode } from 'react';

/**
 * Dates (2026-04-20, 2026-12-08 08:55:13, 2026年3月9日) and document / case numbers (丹政复〔2026〕12号,
 * （2026）苏1181行初12号) in running text: a narrow card must not break them in the middle ("（2026-/04-20）").
 */
const TOKEN =
  /\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日|[\u4e00-\u9fa5]{0,6}[（(〔[]\d{4}[）)〕\]][\u4e00-\u9fa5A-Za-z0-9]{0,16}?号/g;

/** The text cut into pieces (`at`: where each starts); `whole` pieces are the tokens to keep on one line. Joined, the pieces give the text back. */
export function wholeTokens(text: string): { text: string; whole: boolean; at: number }[] {
  const out: { text: string; whole: boolean; at: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), whole: false, at: last });
    out.push({ text: m[0], whole: true, at: m.index });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), whole: false, at: last });
  return out;
}

/** `text` with its dates and numbers kept whole (white-space: nowrap); anything else passes through. */
export function KeepWhole({ children }: { children: ReactNode }) {
  if (typeof children !== 'string') return <>{children}</>;
  return (
    <>
      {wholeTokens(children).map((p) =>
        p.whole ? (
          <span key={p.at} style={{ whiteSpace: 'nowrap' }}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
