/**
 * Year-end figures for agreement legality reviews (domain.md §3: counted by 出具意见日期).
 * Pure functions; records with deleted === 1 (回收站) never count. Dates are 'YYYY-MM-DD' strings, compared
 * as strings; "in year Y" is decided on the string, never via Date.
 *
 * Amounts are summed exactly: each amount is turned into whole units of 0.0001万元 (= 1 yuan) and the units
 * are added as bigint, so 0.1 + 0.2 gives 0.3 and the sum never drifts.
 */
import { isInYear, monthOf, yearEnd, type DateStr } from '../dates';
import { AMOUNT_DECIMALS, readAmountUnits, unitsToNumber } from './schema';
import {
  AGREEMENT_CATEGORIES,
  AGREEMENT_OPINIONS,
  SIGNING_CAPACITIES,
  type AgreementCategory,
  type AgreementOpinion,
  type AgreementReview,
  type SigningCapacity,
} from './types';

/** An agreement named by a data check, with a Chinese explanation. */
export interface AgreementIssue {
  id: string;
  name: string;
  reason: string;
}

export interface AgreementYearFigures {
  year: number;
  /** Agreements whose 出具意见日期 is in Y (the report's "共审核"), whatever the 收件 year. */
  total: number;
  /** `total` by 签订名义; adds up to `total`. */
  bySigning: Record<SigningCapacity, number>;
  /** bySigning.town + bySigning.department: the report's "以镇（区、街道）或者市政府组成部门名义" figure. */
  townOrDepartment: number;
  /** `total` by 协议类别: every category, zeros included, in AGREEMENT_CATEGORIES order. */
  byCategory: { name: AgreementCategory; count: number }[];
  /** `total` by 审查意见. sum(byOpinion) + opinionMissing === total. */
  byOpinion: Record<AgreementOpinion, number>;
  /** Opinion date in Y but no 审查意见 recorded (a data problem, also listed in `problems`). */
  opinionMissing: number;
  /** Sum of 金额（万元） over `total` (all opinions, 不宜签订 included), exact to 4 decimals. */
  totalAmount: number;
  /** formatWan(totalAmount), e.g. '12,345.6万元'. */
  amountText: string;
  /** How many of `total` state an amount (the rest have none). */
  withAmount: number;
  /** 收件日期 in Y. */
  receivedInYear: number;
  /** Received on or before 31 Dec Y−1 with no opinion by then. */
  pendingAtYearStart: number;
  /** Received on or before 31 Dec Y with no opinion by then (待审 at year end). */
  pendingAtYearEnd: number;
  /** Opinions per month of Y, 12 entries, January first. */
  monthlyOpinions: number[];
  /** Records that make a figure doubtful: opinion without 审查意见, opinion before receipt, unusable amount. */
  problems: AgreementIssue[];
}

export interface AgreementYearInput {
  reviews: AgreementReview[];
  year: number;
}

const UNITS_PER_WAN = 10n ** BigInt(AMOUNT_DECIMALS);

/** Units of 0.0001万元 → '12,345.6' (thousands grouped by commas unless `grouping` is false; trailing zeros dropped). */
export function formatUnits(units: bigint, grouping = true): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  let whole = (abs / UNITS_PER_WAN).toString();
  const fraction = (abs % UNITS_PER_WAN).toString().padStart(AMOUNT_DECIMALS, '0').replace(/0+$/, '');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** 12345.6 → '12,345.6万元' (rounded to 4 decimals; plain '12345.6万元' with grouping false). */
export function formatWan(amount: number, grouping = true): string {
  if (!Number.isFinite(amount)) return '';
  return `${formatUnits(BigInt(Math.round(amount * 10 ** AMOUNT_DECIMALS)), grouping)}万元`;
}

/** Exact sum of amounts in 万元 (nulls skipped); amounts that are not valid numbers are skipped too. */
export function sumAmounts(amounts: readonly (number | null)[]): number {
  let sum = 0n;
  for (const a of amounts) {
    const u = readAmountUnits(a);
    if (typeof u === 'bigint') sum += u;
  }
  return unitsToNumber(sum);
}

function live(records: AgreementReview[]): AgreementReview[] {
  return records.filter((r) => r.deleted !== 1);
}

/** Received on or before `date` and no opinion on or before it. */
function pendingAt(r: AgreementReview, date: DateStr): boolean {
  return !!r.receivedDate && r.receivedDate <= date && !(r.opinionDate && r.opinionDate <= date);
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function computeAgreementYearFigures({ reviews, year }: AgreementYearInput): AgreementYearFigures {
  const records = live(reviews);
  const decided = records.filter((r) => isInYear(r.opinionDate, year));

  const bySigning = zeros(SIGNING_CAPACITIES);
  const byCategoryMap = zeros(AGREEMENT_CATEGORIES);
  const byOpinion = zeros(AGREEMENT_OPINIONS);
  const monthlyOpinions = new Array<number>(12).fill(0);
  const problems: AgreementIssue[] = [];
  let opinionMissing = 0;
  let units = 0n;
  let withAmount = 0;

  for (const r of decided) {
    const issue = (reason: string) => problems.push({ id: r.id, name: r.name, reason });
    if (Object.hasOwn(bySigning, r.signingCapacity)) bySigning[r.signingCapacity] += 1;
    else issue('签订名义无效，未计入分名义统计');
    if (Object.hasOwn(byCategoryMap, r.category)) byCategoryMap[r.category] += 1;
    else issue('协议类别无效，未计入分类统计');
    if (r.opinion && Object.hasOwn(byOpinion, r.opinion)) byOpinion[r.opinion] += 1;
    else {
      opinionMissing += 1;
      issue('已出具意见但未录入审查意见');
    }
    if (r.receivedDate && r.opinionDate && r.opinionDate < r.receivedDate) issue('出具意见日期早于收件日期');
    monthlyOpinions[monthOf(r.opinionDate as DateStr) - 1] += 1;
    const u = readAmountUnits(r.amount);
    if (typeof u === 'bigint') {
      units += u;
      withAmount += 1;
    } else if (u !== null) issue('金额（万元）无效，未计入金额合计');
  }

  const totalAmount = unitsToNumber(units);
  return {
    year,
    total: decided.length,
    bySigning,
    townOrDepartment: bySigning.town + bySigning.department,
    byCategory: AGREEMENT_CATEGORIES.map((name) => ({ name, count: byCategoryMap[name] })),
    byOpinion,
    opinionMissing,
    totalAmount,
    amountText: `${formatUnits(units)}万元`,
    withAmount,
    receivedInYear: records.filter((r) => isInYear(r.receivedDate, year)).length,
    pendingAtYearStart: records.filter((r) => pendingAt(r, yearEnd(year - 1))).length,
    pendingAtYearEnd: records.filter((r) => pendingAt(r, yearEnd(year))).length,
    monthlyOpinions,
    problems,
  };
}
