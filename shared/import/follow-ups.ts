/**
 * What an import leaves for the clerk to do, for its result page: each with a link to the page where it is done.
 * 清理 batches left unapplied, published 合法性审核 whose document is still to be linked, bad rows not imported, and
 * rows whose blank cells were not applied (the ledger kept what it had).
 */
import { cleanupLedger } from '../normative/cleanup-ledger';
import { legalityLedger } from '../normative/legality-ledger';
import type { ImportPlan } from './plan';

export interface FollowUp {
  text: string;
  /** The hash route where it is done, or null. */
  route: string | null;
  /** The link's words. */
  linkText: string | null;
}

export function followUps(plan: ImportPlan): FollowUp[] {
  const out: FollowUp[] = [];
  for (const o of plan.cleanup) {
    if (o.pending) out.push({ text: o.pending, route: cleanupLedger.route(o.batch.id), linkText: '打开清理批次' });
  }
  const unlinked = plan.rows.filter((r) => r.action !== 'invalid' && r.documentLink?.choice === 'later');
  for (const r of unlinked) {
    out.push({
      text: `合法性审核《${r.label}》已公布，尚未关联文件库中的文件（重新修订、新制定按公布日期照常统计）`,
      route: legalityLedger.route(r.recordId ?? ''),
      linkText: '到合法性审核关联文件',
    });
  }
  const kept = plan.rows.filter((r) => r.removals.length > 0 && !r.removalsApplied).length;
  if (kept > 0) {
    out.push({ text: `${kept}条记录中文件为空、台账中已有的内容按您的选择保留未删`, route: null, linkText: null });
  }
  if (plan.counts.skipped > 0) {
    out.push({
      text: `${plan.counts.skipped}行有误，没有导入：请在文件中改正后再次导入（已导入的行会按原样识别为未变）`,
      route: null,
      linkText: null,
    });
  }
  return out;
}
