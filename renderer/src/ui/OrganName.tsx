/**
 * An organ's name in a narrow table cell: the city prefix is dropped (丹阳市自然资源和规划局 → 自然资源和规划局, so a
 * column does not read "丹阳市…" on every row at 1366 px); the full name is the hover title, and the prefix stays in
 * the text, hidden, for assistive technology and copying.
 */
const CITY_PREFIX = /^[\u4e00-\u9fa5]{2,3}?[市县区](?=[\u4e00-\u9fa5]{3,})/;

export function shortOrganName(name: string): string {
  return name.replace(CITY_PREFIX, '');
}

/** Read by assistive technology (and copied with the text), not shown. */
const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;

export function OrganName({ name }: { name: string | null | undefined }) {
  if (!name) return null;
  const short = shortOrganName(name);
  return (
    <span title={name}>
      {short !== name && <span style={VISUALLY_HIDDEN}>{name.slice(0, name.length - short.length)}</span>}
      {short}
    </span>
  );
}

/** A date that never breaks over two lines. */
export function DateCell({ date }: { date: string | null | undefined }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{date ?? '—'}</span>;
}
