/**
 * A realistic change log (issue 15): every save stores a full before/after copy of the record, as
 * renderer/src/db/write.ts writes them. Each record gets its 登记 entry and several edits (a case's steps one by
 * one, a note added, a field corrected), until the log holds `target` entries: about 500,000 for the provincial
 * scale of ten years. Generated in batches, so that the page never holds the whole log.
 */
import { LEDGER_BY_TABLE, type AnyLedger } from '../../shared/ledgers/registry';
import type { ChangeLogEntry } from '../../shared/record';
import { Rng } from './random';

type Row = Record<string, unknown> & { id: string; createdAt: string; updatedAt: string };

const ACTORS = ['王芳', '李建国', '张晓燕', '陈志强', '欧阳明月'];
const NOTES = ['已电话联系申请人，约定补正材料', '经办人变更，材料已移交', '根据复核意见更正被申请人全称', '补录送达回证扫描件', '更正录入错误'];

/** `at` a little after `iso` (minutes to weeks), never past `until` (nor before `iso`). */
function later(rng: Rng, iso: string, until: string): string {
  const from = Date.parse(iso);
  const t = from + rng.int(5, 20 * 24 * 60) * 60_000;
  return new Date(Math.max(from, Math.min(t, Date.parse(until)))).toISOString();
}

/** The records of every ledger (table → rows) → batches of entries in the order the clerk made them, per record. */
export function* generateChangeLog(
  tables: Record<string, readonly unknown[]>,
  target: number,
  seed = 15,
  batch = 5_000,
): Generator<ChangeLogEntry[]> {
  const rng = new Rng(seed);
  const total = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
  const perRecord = target / Math.max(1, total);
  let out: ChangeLogEntry[] = [];
  let written = 0;
  for (const [table, rows] of Object.entries(tables)) {
    const ledger = (LEDGER_BY_TABLE as Record<string, AnyLedger>)[table];
    if (!ledger) continue;
    for (const raw of rows) {
      if (written >= target) break;
      const record = raw as Row;
      const title = ledger.title(record);
      const edits = Math.max(0, Math.floor(perRecord - 1 + rng.next()));
      const events = Array.isArray(record.events) ? (record.events as unknown[]) : null;
      // 登记: the first version (a case with its first step only).
      let prev: Row = { ...record, ...(events ? { events: events.slice(0, 1) } : {}), updatedAt: record.createdAt, deleted: 0 };
      out.push({
        at: record.createdAt,
        actor: ACTORS[rng.int(0, ACTORS.length - 1)]!,
        table,
        recordId: record.id,
        action: 'create',
        summary: `登记${ledger.name} ${title}`,
        before: null,
        after: prev,
      });
      let at = record.createdAt;
      for (let e = 1; e <= edits; e++) {
        at = later(rng, at, record.updatedAt);
        const last = e === edits;
        const next: Row = last
          ? record
          : {
              ...record,
              ...(events ? { events: events.slice(0, Math.max(1, Math.round((events.length * e) / edits))) } : {}),
              note: NOTES[rng.int(0, NOTES.length - 1)],
              updatedAt: at,
              deleted: 0,
            };
        out.push({
          at: last ? record.updatedAt : at,
          actor: ACTORS[rng.int(0, ACTORS.length - 1)]!,
          table,
          recordId: record.id,
          action: 'update',
          summary: `修改${ledger.name} ${title}`,
          before: prev,
          after: next,
        });
        prev = next;
      }
      written += 1 + edits;
      if (out.length >= batch) {
        yield out;
        out = [];
      }
    }
  }
  if (out.length) yield out;
}
