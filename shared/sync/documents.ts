/**
 * The documents one bureau's CouchDB database holds (the sync contract of issue 17), and the check every document
 * arriving from the server passes before it may touch the local database. The server's own validate_doc_update
 * (shared/sync/server-design.ts) enforces who may write what; this check is the PC's: a document written by hand
 * through CouchDB's own interface, or by an older or modified client, must not reach a ledger half right.
 */
import type { BaseRecord, ChangeLogEntry } from '../record';
import { isLedgerTable, ledgerOf, type LedgerTable } from '../ledgers/registry';
import { recordProblem } from '../ledgers/stored';
import { settingsValueProblem, type AppSettings } from '../settings';

/** The database's default name on the bureau's server. */
export const DEFAULT_DB_NAME = 'fazhi';

/** A ledger record: one document per record, its id stable. A record deleted for good is a deleted document. */
export interface RecordDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  type: 'record';
  table: LedgerTable;
  /** The stored record exactly as in the local database. */
  record: BaseRecord & Record<string, unknown>;
  /** The PC that wrote this version. */
  pc: string;
  /** The clerk who wrote it (the PC's 使用人). */
  actor: string;
  /** When (ISO time). */
  at: string;
}

/** A change-log entry of one PC, created once and never updated. */
export interface LogDoc {
  _id: string;
  _rev?: string;
  type: 'log';
  pc: string;
  entry: Omit<ChangeLogEntry, 'seq'>;
}

/** The bureau-wide part of the settings. */
export interface SettingsDoc {
  _id: typeof SETTINGS_DOC_ID;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  type: 'settings';
  value: BureauSettings;
  /** Who saved them last, where (not required by the contract, shown on the 同步冲突 page). */
  pc?: string;
  actor?: string;
  at?: string;
}

export type SyncDoc = RecordDoc | LogDoc | SettingsDoc;

export const RECORD_PREFIX = 'rec:';
export const LOG_PREFIX = 'log:';
export const SETTINGS_DOC_ID = 'settings:app';

export function recordDocId(table: string, recordId: string): string {
  return `${RECORD_PREFIX}${table}:${recordId}`;
}

export function logDocId(pc: string, seq: number): string {
  return `${LOG_PREFIX}${pc}:${String(seq).padStart(12, '0')}`;
}

/** The table and record id a record document's id names, or null when it is not a record document's id. */
export function parseRecordDocId(id: string): { table: string; recordId: string } | null {
  if (!id.startsWith(RECORD_PREFIX)) return null;
  const rest = id.slice(RECORD_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon === rest.length - 1) return null;
  return { table: rest.slice(0, colon), recordId: rest.slice(colon + 1) };
}

/**
 * Settings that stay on one PC: who is recording at this PC. (The backup folder is the desktop host's, kept in its
 * own file and never in the settings row; remembered import layouts are the `importMappings` row, which never
 * replicates.)
 */
export const PER_PC_SETTINGS = ['operatorName'] as const satisfies readonly (keyof AppSettings)[];

export type BureauSettings = Omit<Partial<AppSettings>, (typeof PER_PC_SETTINGS)[number]>;

/** The bureau-wide part of the app settings (what the settings document carries). */
export function bureauSettings(settings: Partial<AppSettings>): BureauSettings {
  const out: Record<string, unknown> = { ...settings };
  for (const key of PER_PC_SETTINGS) delete out[key];
  return out as BureauSettings;
}

/** The settings row this PC stores: the bureau-wide part from the server, this PC's own part kept. */
export function withLocalSettings(bureau: BureauSettings, local: Partial<AppSettings> | undefined): Partial<AppSettings> {
  const out: Record<string, unknown> = { ...bureauSettings(bureau as Partial<AppSettings>) };
  for (const key of PER_PC_SETTINGS) if (local?.[key] !== undefined) out[key] = local[key];
  return out as Partial<AppSettings>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * Why a document from the server may not be applied to the local database, in Chinese, or null when it may.
 * A record's record must pass its ledger's stored-record schema (the one a backup's rows pass); its id must be
 * the one its table and record id give. A deleted document (a record deleted for good) carries nothing to check
 * beyond its id.
 */
export function inboundProblem(doc: unknown): string | null {
  if (!isObject(doc)) return '不是有效的同步文档';
  const id = doc._id;
  if (!nonEmpty(id)) return '同步文档缺少编号（_id）';
  if (id.startsWith('_design/')) return null;
  if (id.startsWith(RECORD_PREFIX)) {
    const parsed = parseRecordDocId(id);
    if (!parsed) return `同步文档 ${id} 的编号格式无效`;
    if (!isLedgerTable(parsed.table)) return `同步文档 ${id} 属于本程序不认识的台账“${parsed.table}”`;
    if (doc._deleted === true) return null;
    const ledger = ledgerOf(parsed.table)!;
    if (doc.type !== 'record') return `同步文档 ${id} 的类型（type）应为 record`;
    if (doc.table !== parsed.table) return `同步文档 ${id} 的台账（table）与编号不符`;
    if (!isObject(doc.record)) return `同步文档 ${id} 缺少记录内容（record）`;
    if (doc.record.id !== parsed.recordId) return `同步文档 ${id} 的记录编号与文档编号不符`;
    if (!nonEmpty(doc.pc)) return `同步文档 ${id} 缺少来源电脑（pc）`;
    if (typeof doc.actor !== 'string') return `同步文档 ${id} 缺少修改人（actor）`;
    if (!nonEmpty(doc.at) || Number.isNaN(Date.parse(doc.at))) return `同步文档 ${id} 的修改时间（at）无效`;
    return recordProblem(ledger.schema, doc.record, `「${ledger.name}」的同步记录`);
  }
  if (id.startsWith(LOG_PREFIX)) {
    if (doc._deleted === true) return null;
    if (doc.type !== 'log') return `同步文档 ${id} 的类型（type）应为 log`;
    if (!nonEmpty(doc.pc) || !id.startsWith(`${LOG_PREFIX}${doc.pc}:`)) return `同步文档 ${id} 的来源电脑（pc）与编号不符`;
    const entry = doc.entry;
    if (!isObject(entry)) return `同步文档 ${id} 缺少修改记录内容（entry）`;
    if (!nonEmpty(entry.at) || Number.isNaN(Date.parse(entry.at))) return `同步文档 ${id} 的修改时间无效`;
    if (!nonEmpty(entry.table) || !nonEmpty(entry.recordId) || !nonEmpty(entry.action)) return `同步文档 ${id} 缺少数据表、记录编号或操作类型`;
    return null;
  }
  if (id === SETTINGS_DOC_ID) {
    if (doc._deleted === true) return null;
    if (doc.type !== 'settings') return `同步文档 ${id} 的类型（type）应为 settings`;
    if (!isObject(doc.value)) return `同步文档 ${id} 缺少设置内容（value）`;
    const problem = settingsValueProblem('app', doc.value);
    return problem ? `同步的设置${problem}` : null;
  }
  return `同步文档 ${id} 不是本程序的文档`;
}
