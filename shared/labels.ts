/**
 * The keys of a label map (value → its one Chinese label), in the order they are declared, as the non-empty tuple that
 * `z.enum` takes: a list of values is declared once, with its labels, and never again as a separate array.
 */
export function keysOf<K extends string>(labels: Readonly<Record<K, string>>): readonly [K, ...K[]] {
  return Object.keys(labels) as unknown as readonly [K, ...K[]];
}
