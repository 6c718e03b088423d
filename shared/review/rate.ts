/**
 * Percentages as printed in the annual report (domain.md §1 rule 7):
 * at most two decimals, trailing zeros dropped, rounded half up.
 *
 * All arithmetic is done on exact integers (BigInt), never on floating-point
 * quotients, so that e.g. 107/800 = 13.375% prints "13.38%" and never "13.37%".
 */

/** An exact decimal: value = digits × 10^exponent. */
interface ExactDecimal {
  digits: bigint;
  exponent: number;
}

const DECIMAL_RE = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The exact decimal that a JS number prints as. `String(x)` gives the shortest
 * representation that round-trips, which is the value the caller meant
 * (1337.5 → 13375 × 10^-1, 0.1 → 1 × 10^-1).
 */
function toExactDecimal(value: number, name: string): ExactDecimal {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`formatPercent: ${name} must be a finite number ≥ 0, got ${value}`);
  }
  const m = DECIMAL_RE.exec(String(value));
  if (!m) throw new RangeError(`formatPercent: cannot read ${name} ${value}`);
  const fraction = m[2] ?? '';
  const exp = Number(m[3] ?? '0');
  return { digits: BigInt(m[1] + fraction), exponent: exp - fraction.length };
}

/** Scale both operands to integers with a common power of ten. */
function toIntegers(a: ExactDecimal, b: ExactDecimal): [bigint, bigint] {
  const common = Math.min(a.exponent, b.exponent);
  const scale = (d: ExactDecimal): bigint => d.digits * 10n ** BigInt(d.exponent - common);
  return [scale(a), scale(b)];
}

/**
 * numerator ÷ denominator as a percentage string: "10%", "13.38%", "19.2%", "0%".
 * Returns null when the denominator is 0 (no rate can be given).
 * Inputs must be finite and ≥ 0; a numerator larger than the denominator
 * gives a rate above 100% (possible when dividing by new acceptances).
 */
export function formatPercent(numerator: number, denominator: number): string | null {
  const [num, den] = toIntegers(toExactDecimal(numerator, 'numerator'), toExactDecimal(denominator, 'denominator'));
  if (den === 0n) return null;
  // Hundredths of a percent, rounded half up: floor((num × 10000 + den / 2) / den),
  // written with doubled terms to stay in integers.
  const hundredths = (num * 20000n + den) / (2n * den);
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}%` : `${whole}%`;
}
