/**
 * The filters of the 合法性审核, 备案审查 and 文件清理 tabs of 规范性文件 (kept in the URL by the pages): a search text
 * and a state each, and the year of the date the tab lists by. Pure.
 */
import { yearOf } from '../dates';
import { isFiledOnTime } from './filing';
import type { CleanupBatch, FilingReview, LegalityReview, LegalityReviewKind } from './types';

const has = (q: string, ...texts: unknown[]) => texts.some((t) => typeof t === 'string' && t.toLowerCase().includes(q));

export const LEGALITY_STATES = ['pending', 'done', 'published'] as const;
export type LegalityState = (typeof LEGALITY_STATES)[number];
export const LEGALITY_STATE_LABELS: Record<LegalityState, string> = { pending: '审核中', done: '已审核', published: '已公布' };

export interface LegalityFilter {
  /** Lower-case text looked for in 文件名称, 起草单位 and 文号. */
  q?: string;
  kind?: LegalityReviewKind;
  state?: LegalityState;
  /** The year of 送审日期. */
  year?: number;
}

export function legalityMatches(r: LegalityReview, f: LegalityFilter): boolean {
  if (f.q && !has(f.q, r.title, r.draftingUnit, r.docNo)) return false;
  if (f.kind && r.kind !== f.kind) return false;
  if (f.year && yearOf(r.submittedDate) !== f.year) return false;
  if (f.state === 'pending' && r.completedDate) return false;
  if (f.state === 'done' && !r.completedDate) return false;
  if (f.state === 'published' && !r.publishDate) return false;
  return true;
}

export const FILING_STATES = ['pending', 'reviewed', 'late', 'problem'] as const;
export type FilingState = (typeof FILING_STATES)[number];
export const FILING_STATE_LABELS: Record<FilingState, string> = { pending: '待审查', reviewed: '已审查', late: '逾期报备', problem: '发现问题' };

export interface FilingFilter {
  /** Lower-case text looked for in 文件名称, 文号 and 制定机关. */
  q?: string;
  state?: FilingState;
  /** The year of 报备日期. */
  year?: number;
}

export function filingMatches(r: FilingReview, f: FilingFilter, filingDays: number): boolean {
  if (f.q && !has(f.q, r.title, r.docNo, r.issuer)) return false;
  if (f.year && yearOf(r.filedDate) !== f.year) return false;
  if (f.state === 'pending' && r.result) return false;
  if (f.state === 'reviewed' && !r.result) return false;
  if (f.state === 'late' && isFiledOnTime(r, filingDays)) return false;
  if (f.state === 'problem' && !r.problems.trim()) return false;
  return true;
}

export const CLEANUP_STATES = ['open', 'applied'] as const;
export type CleanupState = (typeof CLEANUP_STATES)[number];
export const CLEANUP_STATE_LABELS: Record<CleanupState, string> = { open: '进行中', applied: '已应用到文件库' };

export function cleanupMatches(b: CleanupBatch, f: { q?: string; state?: CleanupState }): boolean {
  if (f.q && !has(f.q, b.name, b.scope)) return false;
  if (f.state === 'open' && b.appliedAt) return false;
  if (f.state === 'applied' && !b.appliedAt) return false;
  return true;
}
