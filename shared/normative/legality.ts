/**
 * 合法性审核 of the government's own draft documents (domain.md §2): the review period is a setting in working
 * days, counted from the 送审日期 (not counted itself) with the work calendar (calendar/working-days.ts).
 *
 * Also the two registry changes that follow when a reviewed draft is issued (公布日期 recorded):
 * - kind 'new': the document is registered (documentFromIssuedReview);
 * - kind 'revision': the revision is recorded on the existing document (recordRevision).
 */
import { formatChineseDate, type DateStr } from '../dates';
import { deadlineFrom, type Deadline } from '../deadline';
import { uncoveredYears, type WorkCalendar } from '../calendar/working-days';
import { deriveExpiry, docNoKey } from './validity';
import type { DocumentEvent, LegalityReview, NormativeDocument } from './types';

export type LegalityDeadlineKind = 'legalityReview';
export const LEGALITY_DEADLINE_LABEL = '合法性审核期限';

/** 送审日期 + N working days; met / missed by the 审核完成日期. */
export function legalityReviewDeadline(
  r: Pick<LegalityReview, 'submittedDate' | 'completedDate'>,
  cal: WorkCalendar,
  today: DateStr,
  workingDays: number,
): Deadline<LegalityDeadlineKind> {
  const due = cal.addWorkingDays(r.submittedDate, workingDays);
  let basis = `自送审之日（${formatChineseDate(r.submittedDate)}）起${workingDays}个工作日内完成审核（送审当日不计）`;
  const missing = uncoveredYears(cal, r.submittedDate, due ?? r.submittedDate);
  if (missing.length > 0) basis += `；注意：${missing.join('、')}年节假日安排尚未录入，期限仅按周末推算`;
  return deadlineFrom('legalityReview', LEGALITY_DEADLINE_LABEL, due, r.completedDate, today, basis);
}

type IssuedReview = Pick<LegalityReview, 'title' | 'docNo' | 'publishDate'>;

function issuedParts(r: IssuedReview): { publishDate: DateStr; docNo: string } {
  if (!r.publishDate) throw new Error('草案尚未公布（未填写公布日期）');
  if (!r.docNo.trim()) throw new Error('已公布的文件须填写文号');
  return { publishDate: r.publishDate, docNo: r.docNo.trim() };
}

/**
 * The registry fields of a newly issued document (kind 'new'): issuer = the government, no 施行日期 or stated
 * 有效期 unless given, status 有效, one 'registered' history line dated on the 公布日期. BaseRecord fields are the
 * caller's.
 */
export function documentFromIssuedReview(
  r: IssuedReview,
  issuer: string,
  actor: string,
  nowIso: string,
  extra: { effectiveDate?: DateStr | null; statedExpiry?: DateStr | null } = {},
): Omit<NormativeDocument, 'id' | 'createdAt' | 'updatedAt' | 'deleted'> {
  const { publishDate, docNo } = issuedParts(r);
  const effectiveDate = extra.effectiveDate ?? null;
  const statedExpiry = extra.statedExpiry ?? null;
  const event: DocumentEvent = {
    date: publishDate,
    kind: 'registered',
    detail: `经合法性审核后公布：${docNo}`,
    recordedBy: actor,
    recordedAt: nowIso,
  };
  return {
    title: r.title.trim(),
    docNo,
    issuer,
    docNoKey: docNoKey(issuer, docNo),
    publishDate,
    effectiveDate,
    statedExpiry,
    expiryDate: deriveExpiry({ title: r.title, effectiveDate, publishDate, statedExpiry }),
    status: 'valid',
    history: [event],
    note: '',
  };
}

/**
 * The existing document after its 重新修订 was issued: the revised text's title, 文号 and 公布日期 replace the old
 * ones, 施行日期 / stated 有效期 are replaced by the ones given (none by default), the validity is derived anew
 * from the new dates, status back to 有效, and a 'revised' history line dated on the new 公布日期.
 */
export function recordRevision(
  doc: NormativeDocument,
  r: IssuedReview,
  actor: string,
  nowIso: string,
  extra: { effectiveDate?: DateStr | null; statedExpiry?: DateStr | null } = {},
): NormativeDocument {
  const { publishDate, docNo } = issuedParts(r);
  const effectiveDate = extra.effectiveDate ?? null;
  const statedExpiry = extra.statedExpiry ?? null;
  const title = r.title.trim() || doc.title;
  const event: DocumentEvent = {
    date: publishDate,
    kind: 'revised',
    detail: `重新修订后公布：${docNo}（原文号${doc.docNo}，原公布日期${doc.publishDate}）`,
    recordedBy: actor,
    recordedAt: nowIso,
  };
  return {
    ...doc,
    title,
    docNo,
    docNoKey: docNoKey(doc.issuer, docNo),
    publishDate,
    effectiveDate,
    statedExpiry,
    expiryDate: deriveExpiry({ title, effectiveDate, publishDate, statedExpiry }),
    status: 'valid',
    history: [...doc.history, event],
    updatedAt: nowIso,
  };
}
