/**
 * Where the local Dexie database and the local PouchDB (the replication store) meet. PouchDB does all the protocol
 * work with the server (checkpoints, revision trees, conflict detection, retries: service.ts starts its live sync);
 * this module only moves documents between the two local stores:
 *
 * - Outbox (Dexie → PouchDB): every change-log entry after the checkpoint `outboxSeq` that this PC wrote becomes its
 *   log document, and the record it changed becomes its record document, put on the revision the local record was
 *   last known as (syncRevs). When PouchDB has meanwhile received another PC's version of that revision, the local
 *   one is added as a sibling branch of the same parent: the revision tree then holds a conflict, never a silent
 *   winner.
 * - Inbound (PouchDB → Dexie): PouchDB's changes feed after the checkpoint `inboundSeq`. A document in conflict is
 *   listed (syncConflicts) and not applied; one that fails its ledger's schema is kept aside (syncInbox); any other
 *   is written through the one writer (db/write.ts) with an entry naming the PC and clerk it came from, which the
 *   outbox does not send back.
 *
 * Both run one at a time (`run`), outbox first, so that a local save is in PouchDB before anything from the server
 * is applied over it.
 */
import type { Table } from 'dexie';
import type { BaseRecord, ChangeLogEntry } from '../../../../shared/record';
import { isLedgerTable, ledgerOf, type LedgerTable } from '../../../../shared/ledgers/registry';
import type { AppSettings } from '../../../../shared/settings';
import {
  bureauSettings,
  inboundProblem,
  LOG_PREFIX,
  logDocId,
  parseRecordDocId,
  RECORD_PREFIX,
  recordDocId,
  SETTINGS_DOC_ID,
  withLocalSettings,
  type LogDoc,
  type RecordDoc,
  type SettingsDoc,
} from '../../../../shared/sync/documents';
import { getDb, type SyncConflictRow } from '../../db/db';
import { mergeSettings } from '../../db/settings-repo';
import { nowIso, StaleWriteError, writeChanges, type Change } from '../../db/write';

// biome-ignore lint/suspicious/noExplicitAny: PouchDB documents of several shapes; each is checked where it is read.
export type Pouch = PouchDB.Database<any>;
// biome-ignore lint/suspicious/noExplicitAny: as above.
type AnyDoc = Record<string, any> & { _id: string; _rev?: string };

const OUTBOX_BATCH = 500;
const INBOUND_BATCH = 200;

export async function getState<T>(key: string): Promise<T | undefined> {
  return (await getDb().syncState.get(key))?.value as T | undefined;
}

export async function setState(key: string, value: unknown): Promise<void> {
  await getDb().syncState.put({ key, value });
}

/** This PC's id in the bureau's database (log document ids, `pc` of every document it writes), made once. */
export async function pcIdOf(): Promise<string> {
  const db = getDb();
  return db.transaction('rw', db.syncState, async () => {
    const known = await getState<string>('pcId');
    if (known) return known;
    const id = `PC-${crypto.randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase()}`;
    await setState('pcId', id);
    return id;
  });
}

const bureauPart = (value: unknown) => bureauSettings(mergeSettings((value ?? undefined) as Partial<AppSettings> | undefined));

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function randomRevHash(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

const isConflict = (r: unknown) => (r as { status?: number; name?: string })?.status === 409 || (r as { name?: string })?.name === 'conflict';

export interface InboundResult {
  applied: number;
  invalid: number;
  conflicts: number;
}

export class SyncEngine {
  private queue: Promise<unknown> = Promise.resolve();
  /** Record and settings documents put into the local PouchDB so far (the status's 待上传 until the server has them). */
  putCount = 0;

  constructor(
    readonly local: Pouch,
    readonly pcId: string,
  ) {}

  /** Runs `job` after every job queued before it. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Outbox, then inbound, until both are done. */
  flush(): Promise<InboundResult> {
    return this.run(async () => {
      while ((await this.pushOutbox()) > 0) {}
      const total: InboundResult = { applied: 0, invalid: 0, conflicts: 0 };
      for (;;) {
        const r = await this.pullInbound();
        total.applied += r.applied;
        total.invalid += r.invalid;
        total.conflicts += r.conflicts;
        if (!r.more) return total;
      }
    });
  }

  /** Change-log entries this PC wrote that are not in PouchDB yet. */
  async pendingEntries(): Promise<number> {
    const checkpoint = (await getState<number>('outboxSeq')) ?? 0;
    return getDb()
      .changeLog.where('seq')
      .above(checkpoint)
      .filter((e) => !e.origin)
      .count();
  }

  /** One batch of the outbox; returns how many change-log entries it moved past (0: nothing left). */
  async pushOutbox(): Promise<number> {
    const db = getDb();
    const checkpoint = (await getState<number>('outboxSeq')) ?? 0;
    const entries = await db.changeLog.where('seq').above(checkpoint).limit(OUTBOX_BATCH).toArray();
    if (entries.length === 0) return 0;
    const logs: LogDoc[] = [];
    const records = new Map<string, ChangeLogEntry>();
    let settings: ChangeLogEntry | null = null;
    for (const e of entries) {
      if (e.origin) continue;
      const { seq, ...entry } = e;
      logs.push({ _id: logDocId(this.pcId, seq!), type: 'log', pc: this.pcId, entry });
      if (isLedgerTable(e.table)) records.set(recordDocId(e.table, e.recordId), e);
      // Only when the bureau-wide part changed: a PC choosing its 使用人 publishes nothing.
      else if (e.table === 'settings' && e.recordId === 'app' && !sameJson(bureauPart(e.before), bureauPart(e.after))) settings = e;
    }
    const docs: AnyDoc[] = [];
    for (const [docId, e] of records) {
      const current = (await db.table(e.table).get(e.recordId)) as RecordDoc['record'] | undefined;
      if (current)
        docs.push({
          _id: docId,
          type: 'record',
          table: e.table as LedgerTable,
          record: current,
          pc: this.pcId,
          actor: e.actor,
          at: e.at,
        } satisfies RecordDoc);
      // Deleted for good: the document is deleted; its body still says who deleted it, where and when.
      else docs.push({ _id: docId, _deleted: true, type: 'record', table: e.table, pc: this.pcId, actor: e.actor, at: e.at });
    }
    if (settings) {
      const row = await db.settings.get('app');
      docs.push({
        _id: SETTINGS_DOC_ID,
        type: 'settings',
        value: bureauSettings((row?.value ?? {}) as Partial<AppSettings>),
        pc: this.pcId,
        actor: settings.actor,
        at: settings.at,
      } satisfies SettingsDoc);
    }
    await this.putDocs(docs);
    if (logs.length) {
      const results = await this.local.bulkDocs(logs);
      for (const r of results) if ('error' in r && r.error && !isConflict(r)) throw new Error(`写入本地同步库失败：${r.message ?? r.error}`);
    }
    await setState('outboxSeq', entries[entries.length - 1].seq);
    return entries.length;
  }

  /** Puts each document on the revision its local record was last known as; see the module's comment. */
  private async putDocs(docs: AnyDoc[]): Promise<void> {
    if (docs.length === 0) return;
    const db = getDb();
    const known = new Map((await db.syncRevs.bulkGet(docs.map((d) => d._id))).map((r, i) => [docs[i]._id, r?.rev]));
    const stored = await this.local.allDocs({ keys: docs.map((d) => d._id), include_docs: true });
    const toPut: AnyDoc[] = [];
    const revs: { docId: string; rev: string }[] = [];
    stored.rows.forEach((row, i) => {
      const doc = docs[i];
      const rev = known.get(doc._id);
      const winner = 'doc' in row ? (row.doc as AnyDoc | null) : null;
      const winnerRev = 'value' in row ? (row.value as { rev?: string } | undefined)?.rev : undefined;
      // Already there (a conflict resolved here, or a put whose bookkeeping was lost): nothing to write.
      if (winnerRev && winnerRev === rev && (doc._deleted ? winner === null : sameJson(winner?.record ?? winner?.value, doc.record ?? doc.value)))
        return;
      if (doc._deleted && !rev) return; // never published: nothing to delete on the server
      // Never put from here, but the same version is already there (it came from the server): take its revision.
      if (!rev && winnerRev && !doc._deleted && sameJson(winner?.record ?? winner?.value, doc.record ?? doc.value)) {
        revs.push({ docId: doc._id, rev: winnerRev });
        return;
      }
      toPut.push(rev ? { ...doc, _rev: rev } : doc);
    });
    if (toPut.length === 0) {
      await db.syncRevs.bulkPut(revs);
      return;
    }
    this.putCount += toPut.length;
    const results = await this.local.bulkDocs(toPut);
    for (const [i, r] of results.entries()) {
      const doc = toPut[i];
      if ('ok' in r && r.ok) revs.push({ docId: doc._id, rev: r.rev });
      else if (isConflict(r)) revs.push({ docId: doc._id, rev: await this.branch(doc) });
      else throw new Error(`写入本地同步库失败：${(r as { message?: string }).message ?? ''}`);
    }
    await db.syncRevs.bulkPut(revs);
  }

  /**
   * PouchDB holds a newer revision than the one this PC's version was made from (another PC's, received
   * meanwhile): this PC's version becomes a sibling of that newer one, on the same parent, through PouchDB's own
   * replication-style write (`new_edits: false`). The revision tree then holds the conflict for both PCs to see.
   */
  private async branch(doc: AnyDoc): Promise<string> {
    let ancestry: string[] = [];
    let start = 1;
    if (doc._rev) {
      try {
        const parent = (await this.local.get(doc._id, { rev: doc._rev, revs: true })) as AnyDoc & { _revisions?: { start: number; ids: string[] } };
        if (parent._revisions) {
          ancestry = parent._revisions.ids;
          start = parent._revisions.start + 1;
        }
      } catch {
        // The parent's body is gone: the version starts a branch of its own, still a conflict.
      }
    }
    const hash = randomRevHash();
    const rev = `${start}-${hash}`;
    const { _rev, ...body } = doc;
    await this.local.bulkDocs([{ ...body, _rev: rev, _revisions: { start, ids: [hash, ...ancestry] } }], { new_edits: false });
    return rev;
  }

  /** One page of PouchDB's changes feed into Dexie. */
  async pullInbound(): Promise<InboundResult & { more: boolean }> {
    const since = (await getState<number | string>('inboundSeq')) ?? 0;
    const page = await this.local.changes({ since, include_docs: true, conflicts: true, limit: INBOUND_BATCH });
    const result = { applied: 0, invalid: 0, conflicts: 0, more: page.results.length === INBOUND_BATCH };
    const db = getDb();
    // Writes of one PC's clerk are grouped into one transaction (an initial replication brings thousands).
    let group: { actor: string; pc: string; changes: Change[]; revs: { docId: string; rev: string }[] } | null = null;
    const flushGroup = async () => {
      if (!group || group.changes.length === 0) return;
      const g = group;
      group = null;
      await writeChanges(g.changes, {
        actor: g.actor,
        origin: { pc: g.pc },
        alsoRead: [db.syncRevs, db.syncInbox, db.syncConflicts],
        alsoWriteTables: [db.syncRevs, db.syncInbox, db.syncConflicts],
        alsoWrite: async () => {
          await db.syncRevs.bulkPut(g.revs);
          await db.syncInbox.bulkDelete(g.revs.map((r) => r.docId));
          await db.syncConflicts.bulkDelete(g.revs.map((r) => r.docId));
        },
      });
      result.applied += g.changes.length;
    };
    for (const change of page.results) {
      const doc = change.doc as AnyDoc | undefined;
      if (!doc || doc._id.startsWith('_design/') || doc._id.startsWith(LOG_PREFIX)) continue;
      const outcome = await this.inspect(doc);
      if (outcome.kind === 'skip') continue;
      if (outcome.kind === 'conflict') {
        await flushGroup();
        await db.syncConflicts.put(outcome.row);
        result.conflicts++;
        continue;
      }
      if (outcome.kind === 'invalid') {
        await flushGroup();
        await db.syncInbox.put({ docId: doc._id, rev: doc._rev ?? '', problem: outcome.problem, doc, at: nowIso() });
        result.invalid++;
        continue;
      }
      if (!group || group.actor !== outcome.actor || group.pc !== outcome.pc) {
        await flushGroup();
        group = { actor: outcome.actor, pc: outcome.pc, changes: [], revs: [] };
      }
      const g = group as { changes: Change[]; revs: { docId: string; rev: string }[] };
      g.changes.push(outcome.change);
      g.revs.push({ docId: doc._id, rev: doc._rev! });
    }
    try {
      await flushGroup();
    } catch (e) {
      // A clerk saved one of these records meanwhile: nothing of the group was written; the next round pushes the
      // clerk's version first (a conflict if it differs) and reads the same page again.
      if (e instanceof StaleWriteError) return { ...result, more: false };
      throw e;
    }
    await setState('inboundSeq', page.last_seq);
    return result;
  }

  /** What a document from PouchDB means for Dexie. */
  private async inspect(
    doc: AnyDoc,
  ): Promise<
    | { kind: 'skip' }
    | { kind: 'conflict'; row: SyncConflictRow }
    | { kind: 'invalid'; problem: string }
    | { kind: 'apply'; change: Change; actor: string; pc: string }
  > {
    const db = getDb();
    const known = await db.syncRevs.get(doc._id);
    const conflicts = await this.openConflicts(doc);
    if (conflicts.length) {
      const parsed = parseRecordDocId(doc._id);
      return {
        kind: 'conflict',
        row: {
          docId: doc._id,
          table: parsed?.table ?? 'settings',
          recordId: parsed?.recordId ?? 'app',
          revs: [doc._rev!, ...conflicts],
          at: nowIso(),
        },
      };
    }
    // No conflict (any more: resolved here or on another PC).
    await db.syncConflicts.delete(doc._id);
    if (known?.rev === doc._rev) return { kind: 'skip' };
    /** The local version is this revision already: remember it, write nothing. */
    const same = async () => {
      await db.syncRevs.put({ docId: doc._id, rev: doc._rev! });
      return { kind: 'skip' } as const;
    };
    const problem = inboundProblem(doc);
    if (problem) return { kind: 'invalid', problem };
    const origin = { actor: typeof doc.actor === 'string' ? doc.actor : '', pc: typeof doc.pc === 'string' ? doc.pc : '其他电脑' };
    if (doc._id === SETTINGS_DOC_ID) {
      if (doc._deleted) return { kind: 'skip' };
      const row = await db.settings.get('app');
      const local = row?.value as Partial<AppSettings> | undefined;
      const next = withLocalSettings(doc.value, local);
      if (sameJson(next, local)) return same();
      return { kind: 'apply', ...origin, change: { table: 'settings', key: 'app', value: next, summary: `同步：全局设置（来自 ${origin.pc}）` } };
    }
    if (!doc._id.startsWith(RECORD_PREFIX)) return { kind: 'skip' };
    const { table, recordId } = parseRecordDocId(doc._id)!;
    const ledger = ledgerOf(table)!;
    const current = ((await db.table(table).get(recordId)) as BaseRecord | undefined) ?? null;
    if (doc._deleted) {
      if (!current) return same();
      return {
        kind: 'apply',
        ...origin,
        change: {
          table,
          id: recordId,
          record: null,
          before: current,
          action: 'delete',
          summary: `同步：彻底删除${ledger.name} ${ledger.title(current)}（来自 ${origin.pc}）`,
        },
      };
    }
    const record = doc.record as BaseRecord;
    if (current && sameJson(current, record)) return same();
    return {
      kind: 'apply',
      ...origin,
      change: {
        table,
        id: recordId,
        record,
        before: current,
        action: current ? 'update' : 'create',
        summary: `同步：${current ? '修改' : '新增'}${ledger.name} ${ledger.title(record)}（来自 ${origin.pc}）`,
      },
    };
  }

  /**
   * The other leaves of the document's revision tree the clerk must decide: PouchDB's `_conflicts`, and a deletion
   * by a clerk (`_deleted_conflicts` whose body is a record document) that the kept version has not yet answered
   * (`resolvedDeletions`, written when a conflict is resolved).
   */
  private async openConflicts(doc: AnyDoc): Promise<string[]> {
    const open = [...((doc._conflicts as string[] | undefined) ?? [])];
    if (doc._deleted || !doc._id.startsWith(RECORD_PREFIX)) return open;
    const answered = new Set<string>((doc.resolvedDeletions as string[] | undefined) ?? []);
    for (const tomb of await this.deletedLeaves(doc._id)) if (!answered.has(tomb._rev!) && tomb.type === 'record') open.push(tomb._rev!);
    return open;
  }

  /** The deleted leaves of a document's revision tree, with their bodies (PouchDB has no `deleted_conflicts`). */
  private async deletedLeaves(docId: string): Promise<AnyDoc[]> {
    const leaves = (await this.local.get(docId, { open_revs: 'all' } as never)) as unknown as { ok?: AnyDoc }[];
    return leaves.map((l) => l.ok).filter((d): d is AnyDoc => d?._deleted === true);
  }

  /** Every version of a document in conflict, the winning one first. */
  async versions(docId: string): Promise<ConflictVersion[]> {
    const row = await getDb().syncConflicts.get(docId);
    if (!row) return [];
    const out: ConflictVersion[] = [];
    for (const rev of row.revs) {
      const doc = (await this.local.get(docId, { rev }).catch(() => null)) as AnyDoc | null;
      if (!doc) continue;
      out.push({
        rev,
        deleted: doc._deleted === true,
        value: (doc._id === SETTINGS_DOC_ID ? doc.value : doc.record) ?? null,
        pc: doc.pc ?? '',
        actor: doc.actor ?? '',
        at: doc.at ?? '',
      });
    }
    return out;
  }

  /**
   * The clerk's decision on a conflict: `value` (a version's record, fields of both combined, or null to keep the
   * deletion) becomes the one version. In PouchDB it is written on the winning revision and every other leaf is
   * removed (the engine's own way to resolve); in Dexie it is written through the one writer, with an entry for each
   * version not kept, so 修改记录 still holds it.
   */
  async resolve(docId: string, value: Record<string, unknown> | null, actor: string): Promise<void> {
    return this.run(async () => {
      const db = getDb();
      const row = await db.syncConflicts.get(docId);
      if (!row) return;
      const versions = await this.versions(docId);
      const current = await this.local.get(docId, { conflicts: true }).catch(() => null as AnyDoc | null);
      const isSettings = docId === SETTINGS_DOC_ID;
      const now = nowIso();
      const parsed = parseRecordDocId(docId);
      const ledger = parsed ? ledgerOf(parsed.table) : undefined;
      const kept: AnyDoc | null = value
        ? isSettings
          ? { _id: docId, type: 'settings', value: bureauSettings(value as Partial<AppSettings>), pc: this.pcId, actor, at: now }
          : { _id: docId, type: 'record', table: parsed!.table, record: { ...value, updatedAt: now }, pc: this.pcId, actor, at: now }
        : null;
      const leaves = versions.filter((v) => !v.deleted).map((v) => v.rev);
      const winnerRev = current && !current._deleted ? current._rev! : leaves[0];
      const docs: AnyDoc[] = [];
      let newRev: string | null = null;
      if (kept && winnerRev) {
        const deletedLeaves = (await this.deletedLeaves(docId)).map((d) => d._rev!);
        docs.push({ ...kept, _rev: winnerRev, resolvedDeletions: deletedLeaves });
      } else if (winnerRev)
        docs.push({ _id: docId, _rev: winnerRev, _deleted: true, type: 'record', table: parsed?.table, pc: this.pcId, actor, at: now });
      for (const rev of leaves) if (rev !== winnerRev) docs.push({ _id: docId, _rev: rev, _deleted: true, resolvedBy: this.pcId });
      const results = await this.local.bulkDocs(docs);
      for (const r of results) if (!('ok' in r && r.ok)) throw new Error(`解决冲突失败：${(r as { message?: string }).message ?? '请重试'}`);
      newRev = (results[0] as { rev: string }).rev;

      const lost = versions.filter((v) => !sameJson(v.value, value));
      const losing = (v: ConflictVersion): ChangeLogEntry => ({
        at: now,
        actor,
        table: row.table,
        recordId: row.recordId,
        action: 'update',
        summary: `同步冲突中未保留的版本（${v.deleted ? '删除' : '修改'}，${v.actor || '未知'}，${v.pc || '未知电脑'}，${v.at.slice(0, 16).replace('T', ' ')}）`,
        before: v.value,
        after: value,
        origin: { pc: v.pc, rev: v.rev },
      });
      let change: Change;
      if (isSettings) {
        const local = (await db.settings.get('app'))?.value as Partial<AppSettings> | undefined;
        change = { table: 'settings', key: 'app', value: withLocalSettings(kept?.value ?? {}, local), summary: '解决同步冲突：全局设置' };
      } else {
        const before = ((await db.table(row.table).get(row.recordId)) as BaseRecord | undefined) ?? null;
        const title = ledger && (kept?.record ?? before) ? ledger.title((kept?.record ?? before) as never) : row.recordId;
        change = {
          table: row.table,
          id: row.recordId,
          record: (kept?.record as BaseRecord | undefined) ?? null,
          before,
          action: kept ? (before ? 'update' : 'create') : 'delete',
          summary: `解决同步冲突：${ledger?.name ?? ''} ${title}（${kept ? '保留' : '删除'}）`,
        };
        if (!kept && !before) {
          // Deleted on this PC already: only the entries and the bookkeeping.
          await db.transaction('rw', [db.changeLog, db.syncRevs, db.syncConflicts], async () => {
            await db.syncRevs.put({ docId, rev: newRev! });
            await db.syncConflicts.delete(docId);
          });
          await writeChanges([], { actor, extraEntries: lost.map(losing) });
          return;
        }
      }
      await writeChanges([change], {
        actor,
        extraEntries: lost.map(losing),
        alsoWriteTables: [db.syncRevs, db.syncConflicts] as Table[],
        alsoWrite: async () => {
          await db.syncRevs.put({ docId, rev: newRev! });
          await db.syncConflicts.delete(docId);
        },
      });
    });
  }
}

/** One side of a conflict. */
export interface ConflictVersion {
  rev: string;
  deleted: boolean;
  value: Record<string, unknown> | null;
  pc: string;
  actor: string;
  at: string;
}
