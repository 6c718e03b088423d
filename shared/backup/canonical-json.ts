/**
 * JSON with object keys sorted and no whitespace, so that the same data always gives the same
 * text (and checksum) whatever order its keys were written in. Follows JSON.stringify for
 * everything else: toJSON is honoured, undefined/functions are dropped from objects and become
 * null in arrays, non-finite numbers become null. The text of a value parsed back from
 * JSON.stringify's output is therefore identical to that of the original.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(input: unknown): string | undefined {
  let value = input;
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: BigInt cannot be written as JSON');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) items.push(write(item) ?? 'null');
    return `[${items.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const text = write(record[key]);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
