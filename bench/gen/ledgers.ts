/**
 * The other ledgers of the benchmark database: 复议文书 (about concluded cases), 规范性文件 (文件库, 合法性审核,
 * 备案审查, 清理 batches applied with shared/normative/cleanup.ts) and 行政协议审查. Every record keeps the rules of
 * its form: no date after today, 完成 not before 送审, 公布 after 完成, 报备 not before 公布, opinion with its date…
 */
import {
  AGREEMENT_CATEGORIES,
  type AgreementCategory,
  type AgreementOpinion,
  type AgreementReview,
  type SigningCapacity,
} from '../../shared/agreements/types';
import type { DateStr } from '../../shared/dates';
import { applyCleanup } from '../../shared/normative/cleanup';
import type {
  CleanupBatch,
  CleanupResult,
  FilingResult,
  FilingReview,
  LegalityOpinion,
  LegalityReview,
  NormativeDocument,
} from '../../shared/normative/types';
import { deriveExpiry, docNoKey } from '../../shared/normative/validity';
import type { BaseRecord } from '../../shared/record';
import type { LetterKind, ReviewCase, ReviewLetter } from '../../shared/review/types';
import { receiptDays } from './cases';
import { DEPARTMENTS, HANDLER_PICK, TOWNS, agreementName, companyName, documentTitle } from './names';
import { type Rng, Weighted, date, day, stampOn, weekdayOnOrAfter } from './random';

const GOVERNMENT = '丹阳市人民政府';

function base(rng: Rng, created: number, updated: number, deletedShare: number): BaseRecord {
  return { id: rng.uuid(), createdAt: stampOn(created, rng), updatedAt: stampOn(updated, rng), deleted: rng.chance(deletedShare) ? 1 : 0 };
}

/** Numbers 文号 per issuer and year in date order: 丹政规〔2019〕1号, 2号… */
function numberer(): (issuerPrefix: string, d: DateStr) => string {
  const seq = new Map<string, number>();
  return (prefix, d) => {
    const key = `${prefix}|${d.slice(0, 4)}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    return `${prefix}〔${d.slice(0, 4)}〕${n}号`;
  };
}

// ——— 复议文书 ———

export function generateLetters(rng: Rng, cases: readonly ReviewCase[], count: number, today: DateStr, deletedShare: number): ReviewLetter[] {
  const end = day(today);
  const concluded = cases.filter((c) => c.deleted === 0 && c.concludedDate && day(c.concludedDate) + 30 <= end);
  if (concluded.length === 0) return [];
  const raw: { kind: LetterKind; issue: number; c: ReviewCase }[] = [];
  for (let i = 0; i < count; i++) {
    const c = rng.pick(concluded);
    raw.push({ kind: rng.chance(0.55) ? 'opinion' : 'suggestion', issue: weekdayOnOrAfter(day(c.concludedDate!) + rng.int(0, 25)), c });
  }
  raw.sort((a, b) => a.issue - b.issue);
  const docNo = numberer();
  return raw.map(({ kind, issue, c }) => {
    const issueDate = date(Math.min(issue, end));
    let answer: number | null = null;
    if (rng.chance(kind === 'opinion' ? 0.97 : 0.4)) {
      const a = day(issueDate) + rng.int(15, 70);
      answer = a <= end ? a : null;
    }
    const linked = rng.chance(0.9);
    return {
      ...base(rng, day(issueDate), answer ?? day(issueDate), deletedShare),
      kind,
      docNo: docNo(kind === 'opinion' ? '丹政复意' : '丹政复建', issueDate),
      caseId: linked ? c.id : null,
      issueDate,
      recipient: c.respondent,
      answerDate: answer === null ? null : date(answer),
      note: '',
    };
  });
}

// ——— 规范性文件 ———

export interface NormativeCounts {
  documents: number;
  legalityReviews: number;
  filingReviews: number;
  cleanupItems: number;
  cleanupBatches: number;
}

export interface NormativeLedgers {
  documents: NormativeDocument[];
  legalityReviews: LegalityReview[];
  filingReviews: FilingReview[];
  cleanupBatches: CleanupBatch[];
}

const LEGALITY_OPINION = new Weighted<LegalityOpinion>([
  ['legal', 50],
  ['legalAfterChanges', 45],
  ['illegal', 5],
]);
const FILING_RESULT = new Weighted<FilingResult | null>([
  ['filed', 88],
  ['resubmit', 6],
  ['notFiled', 3],
  [null, 3],
]);
const CLEANUP_RESULT = new Weighted<CleanupResult>([
  ['continue', 70],
  ['extend', 5],
  ['amend', 10],
  ['repeal', 10],
  ['expire', 5],
]);

function registryDocument(
  rng: Rng,
  title: string,
  docNo: string,
  issuer: string,
  publish: number,
  end: number,
  deletedShare: number,
): NormativeDocument {
  const publishDate = date(publish);
  const effectiveDate = rng.chance(0.8) ? date(publish + 30) : null;
  const statedExpiry = rng.chance(0.15) ? date(publish + 3 * 365) : null;
  const handler = HANDLER_PICK.pick(rng);
  const record = base(rng, Math.min(publish + rng.int(0, 10), end), Math.min(publish + 10, end), deletedShare);
  return {
    ...record,
    title,
    docNo,
    issuer,
    docNoKey: docNoKey(issuer, docNo),
    publishDate,
    effectiveDate,
    statedExpiry,
    expiryDate: deriveExpiry({ title, effectiveDate, publishDate, statedExpiry }),
    status: 'valid',
    history: [{ date: publishDate, kind: 'registered', detail: '登记', recordedBy: handler, recordedAt: record.createdAt }],
    note: '',
  };
}

/** Short issuer prefix for a 文号: 丹阳市公安局 → 丹公规. */
const filingPrefix = (issuer: string) => `丹${issuer.replace(/^丹阳市|^镇江市丹阳/, '').slice(0, 1)}规`;

export function generateNormative(rng: Rng, n: NormativeCounts, today: DateStr, years: number, deletedShare: number): NormativeLedgers {
  const end = day(today);
  const start = end - Math.round(years * 365.25) + 1;
  const documents: NormativeDocument[] = [];
  const govDocs: NormativeDocument[] = [];

  // 合法性审核 of the government's drafts; the issued ones enter the registry (or revise a document in it).
  const docNo = numberer();
  const reviews = receiptDays(rng, n.legalityReviews, start, end, 0.3).map((submitted) => {
    const completed = submitted + rng.int(5, 25);
    const done = completed <= end;
    const opinion = done ? LEGALITY_OPINION.pick(rng) : null;
    const publish = done && opinion !== 'illegal' && rng.chance(0.85) ? weekdayOnOrAfter(completed + rng.int(3, 40)) : null;
    return {
      submitted,
      completed: done ? completed : null,
      opinion,
      publish: publish !== null && publish <= end ? publish : null,
      revision: rng.chance(0.2),
    };
  });
  const byPublish = reviews.map((_r, i) => i).sort((a, b) => (reviews[a]!.publish ?? Infinity) - (reviews[b]!.publish ?? Infinity));
  const linked = new Map<number, { documentId: string; docNo: string }>();
  for (const i of byPublish) {
    const r = reviews[i]!;
    if (r.publish === null) break;
    const earlier = govDocs.length > 0 && r.revision ? govDocs[rng.int(0, govDocs.length - 1)]! : null;
    if (earlier && earlier.publishDate < date(r.publish)) {
      linked.set(i, { documentId: earlier.id, docNo: earlier.docNo });
    } else {
      r.revision = false;
      const doc = registryDocument(
        rng,
        documentTitle(rng, '丹阳市人民政府'),
        docNo('丹政规', date(r.publish)),
        GOVERNMENT,
        r.publish,
        end,
        deletedShare,
      );
      govDocs.push(doc);
      linked.set(i, { documentId: doc.id, docNo: doc.docNo });
    }
  }
  documents.push(...govDocs);
  const legalityReviews: LegalityReview[] = reviews.map((r, i) => {
    const link = linked.get(i);
    return {
      ...base(rng, r.submitted, r.publish ?? r.completed ?? r.submitted, deletedShare),
      title: documentTitle(rng, '丹阳市人民政府'),
      kind: r.revision ? 'revision' : 'new',
      draftingUnit: rng.pick(DEPARTMENTS),
      submittedDate: date(r.submitted),
      completedDate: r.completed === null ? null : date(r.completed),
      opinion: r.opinion,
      problems: r.opinion === 'legalAfterChanges' ? '部分条款缺乏上位法依据，已提出修改意见' : '',
      handler: HANDLER_PICK.pick(rng),
      docNo: link?.docNo ?? '',
      publishDate: r.publish === null ? null : date(r.publish),
      documentId: link?.documentId ?? null,
      note: '',
    };
  });

  // 备案审查 of the towns' and departments' documents; the rest of the registry is made of these documents.
  const issuers = [...DEPARTMENTS, ...TOWNS];
  const filingNo = numberer();
  const filingReviews: FilingReview[] = receiptDays(rng, n.filingReviews, start, end - 45, 0.3).map((publish) => {
    const issuer = rng.pick(issuers);
    const filed = Math.min(end, publish + (rng.chance(0.92) ? rng.int(3, 30) : rng.int(31, 60)));
    const problems = rng.chance(0.1) ? '个别条款与上位法规定不一致' : '';
    const title = documentTitle(rng, issuer);
    const filing: FilingReview = {
      ...base(rng, filed, filed, deletedShare),
      title,
      docNo: filingNo(filingPrefix(issuer), date(publish)),
      issuer,
      publishDate: date(publish),
      filedDate: date(filed),
      result: FILING_RESULT.pick(rng),
      problems,
      corrected: problems ? (rng.chance(0.7) ? true : rng.chance(0.66) ? false : null) : null,
      handler: HANDLER_PICK.pick(rng),
      note: '',
    };
    if (documents.length < n.documents) {
      documents.push(registryDocument(rng, title, filing.docNo, issuer, publish, end, deletedShare));
    }
    return filing;
  });

  // Documents never filed here (older ones, or filed elsewhere) make up the rest of the registry.
  for (const publish of receiptDays(rng, Math.max(0, n.documents - documents.length), start, end, 0.3)) {
    const issuer = rng.pick(issuers);
    documents.push(
      registryDocument(rng, documentTitle(rng, issuer), filingNo(filingPrefix(issuer), date(publish)), issuer, publish, end, deletedShare),
    );
  }

  // 清理: one batch a year, its results applied to the registry as the app applies them.
  documents.sort((a, b) => (a.publishDate < b.publishDate ? -1 : a.publishDate > b.publishDate ? 1 : 0));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const cleanupBatches: CleanupBatch[] = [];
  const lastYear = Number(today.slice(0, 4));
  const perBatch = Math.ceil(n.cleanupItems / n.cleanupBatches);
  let remaining = n.cleanupItems;
  for (let y = lastYear - n.cleanupBatches + 1; y <= lastYear && remaining > 0; y++) {
    const completed = Math.min(end, weekdayOnOrAfter(day(`${y}-11-15`)));
    const completedDate = date(completed);
    const candidates = documents.filter((d) => d.deleted === 0 && d.status === 'valid' && d.publishDate < completedDate);
    const size = Math.min(perBatch, remaining, candidates.length);
    for (let i = 0; i < size; i++) {
      const j = i + rng.int(0, candidates.length - 1 - i);
      [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
    }
    const chosen = candidates.slice(0, size);
    remaining -= size;
    const actor = HANDLER_PICK.pick(rng);
    const batch: CleanupBatch = {
      ...base(rng, completed - 30, completed, 0),
      name: `${y}年度规范性文件清理`,
      scope: `截至${y}年10月31日有效的规范性文件`,
      completedDate,
      items: chosen.map((d) => ({ documentId: d.id, result: CLEANUP_RESULT.pick(rng), newExpiry: null })),
      appliedAt: null,
      note: '',
    };
    const applied = applyCleanup(batch, chosen, actor, stampOn(completed, rng));
    for (const d of applied.documents) byId.set(d.id, d);
    for (let i = 0; i < documents.length; i++) documents[i] = byId.get(documents[i]!.id)!;
    cleanupBatches.push(applied.batch);
  }
  return { documents, legalityReviews, filingReviews, cleanupBatches };
}

// ——— 行政协议 ———

const CAPACITY = new Weighted<SigningCapacity>([
  ['government', 20],
  ['town', 40],
  ['department', 40],
]);
const CATEGORY = new Weighted<AgreementCategory>(AGREEMENT_CATEGORIES.map((c, i) => [c, [5, 25, 30, 5, 20, 10, 5][i]!] as const));
const OPINION = new Weighted<AgreementOpinion>([
  ['approve', 55],
  ['approveAfterChanges', 40],
  ['reject', 5],
]);

/** A log-normal amount in 万元 (median about 300), two decimals. */
function amount(rng: Rng): number {
  const normal = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  return Math.max(0.01, Math.round(Math.exp(Math.log(300) + 1.5 * normal) * 100) / 100);
}

export function generateAgreements(rng: Rng, count: number, today: DateStr, years: number, deletedShare: number): AgreementReview[] {
  const end = day(today);
  return receiptDays(rng, count, end - Math.round(years * 365.25) + 1, end).map((received) => {
    const signingCapacity = CAPACITY.pick(rng);
    const opinionDay = received + rng.int(2, 9);
    const done = opinionDay <= end;
    const opinion = done ? OPINION.pick(rng) : null;
    return {
      ...base(rng, received, done ? opinionDay : received, deletedShare),
      name: agreementName(rng),
      signingCapacity,
      submittingUnit:
        signingCapacity === 'government' ? '丹阳市人民政府办公室' : signingCapacity === 'town' ? rng.pick(TOWNS) : rng.pick(DEPARTMENTS),
      counterparty: companyName(rng),
      category: CATEGORY.pick(rng),
      amount: rng.chance(0.1) ? null : amount(rng),
      receivedDate: date(received),
      opinionDate: done ? date(opinionDay) : null,
      opinion,
      problems: opinion === 'approveAfterChanges' ? '违约责任条款约定不明确，建议修改' : '',
      handler: HANDLER_PICK.pick(rng),
      note: '',
    };
  });
}
