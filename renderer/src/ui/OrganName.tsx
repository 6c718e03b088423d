/**
 * An organ's name in a narrow table cell: the city prefix is dropped (丹阳市自然资源和规划局 → 自然资源和规划局, so a
 * column does not read "丹阳市…" on every row at 1366 px); the full name is the hover title and the cell's accessible
 * name (organCell).
 */
const CITY_PREFIX = /^[\u4e00-\u9fa5]{2,3}?[市县区](?=[\u4e00-\u9fa5]{3,})/;

/** What is left starts with 人民政府 or is a court (人民法院, 中级人民法院): the city is the name, keep it. */
const CITY_ITSELF = /^(?:人民政府|(?:中级)?人民法院$|人民检察院$)/;

export function shortOrganName(name: string): string {
  const short = name.replace(CITY_PREFIX, '');
  return CITY_ITSELF.test(short) ? name : short;
}

/** The short name, the full one as its hover title. The table cell gives the full name to assistive technology (organCell). */
export function OrganName({ name }: { name: string | null | undefined }) {
  if (!name) return null;
  return <span title={name}>{shortOrganName(name)}</span>;
}

/** A table cell's props that name it by the full organ name (for a screen reader and Playwright's getByRole('cell')). */
export function organCell(name: string | null | undefined): { 'aria-label'?: string } {
  return name ? { 'aria-label': name } : {};
}

/** A date that never breaks over two lines. */
export function DateCell({ date }: { date: string | null | undefined }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{date ?? '—'}</span>;
}
