/**
 * A small seeded random source for the benchmark data: the same seed gives the same database on every machine,
 * so that two runs of `npm run bench` (before and after a change) measure the same records.
 */
import { fromDayNumber, toDayNumber, type DateStr } from '../../shared/dates';

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A version-4-shaped UUID from this source (deterministic, unlike crypto.randomUUID). */
  uuid(): string {
    let hex = '';
    for (let i = 0; i < 4; i++)
      hex += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** Picks by weight; built once per distribution so that each pick is a binary search. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, w]) => (sum += w));
  }

  pick(rng: Rng): T {
    const total = this.cumulative[this.cumulative.length - 1]!;
    const x = rng.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Zipf-like weights: a few names take most records, as in a real ledger (a handful of bureaus get most cases). */
export function zipf<T>(items: readonly T[], exponent = 1): Weighted<T> {
  return new Weighted(items.map((item, i) => [item, 1 / (i + 1) ** exponent] as const));
}

/** Day numbers keep the generators' date arithmetic cheap; records get 'YYYY-MM-DD' strings. */
export const day = toDayNumber;
export const date = (n: number): DateStr => fromDayNumber(n);

/** Saturday or Sunday (day 0 = 1970-01-01, a Thursday). */
export function isWeekend(n: number): boolean {
  const w = (((n + 4) % 7) + 7) % 7;
  return w === 0 || w === 6;
}

/** The next weekday on or after n (offices register on working days). */
export function weekdayOnOrAfter(n: number): number {
  while (isWeekend(n)) n++;
  return n;
}

/** An ISO timestamp on that day, during office hours in China (UTC+8). */
export function stampOn(n: number, rng: Rng): string {
  const minutes = rng.int(60, 540); // 09:00–17:00 CST = 01:00–09:00 UTC
  return new Date(n * 86_400_000 + minutes * 60_000 + rng.int(0, 59_999)).toISOString();
}
