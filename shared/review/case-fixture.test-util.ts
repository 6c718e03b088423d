/**
 * Tests only: 行政复议 records built from the few fields the year's counts read, the rest filled by a neutral filler.
 */
import { storedCase, storedLetter } from '../ledgers/stored-fixtures.test-util';
import type { NonAcceptanceKind, ReviewCase, ReviewLetter, ReviewOutcome } from './types';

/** What the year's counts read of a case; everything else is filler. */
export interface CaseSpec {
  received: string;
  accepted?: string;
  deemed?: boolean;
  notAccepted?: [NonAcceptanceKind, string];
  concluded?: string;
  /** A concluded case is 维持 unless an outcome (or null, no outcome) is given. */
  outcome?: ReviewOutcome | null;
  compensation?: boolean;
  corrected?: boolean;
  deleted?: boolean;
  actCategory?: string;
  field?: string;
  respondent?: string;
}

/** A case from the dates the counts read; its 案号 is derived from the id and the year of receipt. */
export function caseFromSpec(id: string, s: CaseSpec): ReviewCase {
  return storedCase({
    id,
    deleted: s.deleted ? 1 : 0,
    caseNo: `丹政复〔${s.received.slice(0, 4)}〕${id}号`,
    caseNoKey: id,
    caseYear: Number(s.received.slice(0, 4)),
    caseSeq: null,
    applicant: '',
    handler: '',
    intakePoint: '',
    status: 'received',
    procedure: null,
    events: [],
    respondent: s.respondent ?? '',
    actCategory: s.actCategory ?? '',
    field: s.field ?? '',
    receivedDate: s.received,
    acceptedDate: s.accepted ?? null,
    deemedAccepted: s.deemed ?? false,
    nonAcceptance: s.notAccepted?.[0] ?? null,
    nonAcceptanceDate: s.notAccepted?.[1] ?? null,
    concludedDate: s.concluded ?? null,
    outcome: s.concluded ? (s.outcome === undefined ? 'uphold' : s.outcome) : null,
    compensation: s.compensation ?? false,
    correctedBeforeTermination: s.corrected ?? false,
  });
}

/** A 意见书 or 建议书 issued on a date, not yet answered, linked to no case. */
export function letterOn(id: string, kind: ReviewLetter['kind'], issueDate: string, deleted = false): ReviewLetter {
  return storedLetter({ id, deleted: deleted ? 1 : 0, kind, docNo: id, caseId: null, issueDate, recipient: '' });
}
