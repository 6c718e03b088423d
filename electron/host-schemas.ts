import { z } from 'zod';
import { BACKUP_REASONS } from '../shared/backup/format';
import {
  CERTIFICATE_FINGERPRINT_RE,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_CHUNK_BYTES,
  MAX_EXTERNAL_URL_LENGTH,
  type AppendBackupRequest,
  type FinishBackupRequest,
  type ReadBackupChunkRequest,
  type SaveFileRequest,
  type SyncCredentials,
  isSafeExternalUrl,
} from '../shared/host-api';
import { isSafeFileName } from './paths';

/** Larger than any export the app makes; refuses a runaway buffer before it reaches the disk. */
export const MAX_SAVE_FILE_BYTES = 512 * 1024 * 1024;

const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    // Extensions without the dot, as Electron's dialogs expect; '*' for all files.
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
      .min(1)
      .max(20),
  })
  .strict();

export const saveFileRequestSchema = z
  .object({
    suggestedName: z.string().min(1).max(255),
    data: z.instanceof(Uint8Array).refine((data) => data.byteLength <= MAX_SAVE_FILE_BYTES, '文件过大'),
    filters: z.array(fileFilterSchema).max(20),
  })
  .strict();

// Keeps the schema and the shared contract from drifting apart.
const _matchesContract: z.ZodType<SaveFileRequest> = saveFileRequestSchema;
void _matchesContract;

export const noPayloadSchema = z.undefined();

export const externalUrlSchema = z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH);

export const itemPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => !value.includes('\u0000'), '路径无效');

/** Why a backup is taken: the main process names the file (backups.ts) from this and its own clock. */
export const backupReasonSchema = z.enum(BACKUP_REASONS);

/** The token beginBackup gave (32 hex digits). */
export const backupTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

/** One piece of a backup, bounded here; BackupWriter bounds the total and the order. */
export const appendBackupRequestSchema = z
  .object({
    token: backupTokenSchema,
    index: z.number().int().min(0).max(MAX_BACKUP_BYTES),
    chunk: z.instanceof(Uint8Array).refine((data) => data.byteLength >= 1 && data.byteLength <= MAX_BACKUP_CHUNK_BYTES, '备份内容过大'),
  })
  .strict();

const _matchesAppend: z.ZodType<AppendBackupRequest> = appendBackupRequestSchema;
void _matchesAppend;

export const finishBackupRequestSchema = z
  .object({
    token: backupTokenSchema,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    counts: z.record(z.string().min(1).max(100), z.number().int().min(0)).refine((c) => Object.keys(c).length <= 200, '数据表过多'),
  })
  .strict();

const _matchesFinish: z.ZodType<FinishBackupRequest> = finishBackupRequestSchema;
void _matchesFinish;

/** A file of the backup folder, by its plain name (backups.ts checks it again against the folder): no path, stream or device name. */
export const backupNameSchema = z.string().min(1).max(255).refine(isSafeFileName, '文件名无效');

export const readBackupChunkRequestSchema = z
  .object({
    name: backupNameSchema,
    offset: z.number().int().min(0).max(MAX_BACKUP_BYTES),
  })
  .strict();

const _matchesRead: z.ZodType<ReadBackupChunkRequest> = readBackupChunkRequestSchema;
void _matchesRead;

/** A server address: http(s) with a host and no user name or password in it (they travel as the account). */
export const syncServerUrlSchema = z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH).refine(isSafeExternalUrl, '服务器地址无效');

export const syncCredentialsSchema = z
  .object({
    url: syncServerUrlSchema,
    user: z.string().min(1).max(200),
    password: z.string().min(1).max(1000),
  })
  .strict();

const _matchesCredentials: z.ZodType<SyncCredentials> = syncCredentialsSchema;
void _matchesCredentials;

/** trustCertificate's two arguments, sent as one object (every handler takes one payload). */
export const trustCertificateRequestSchema = z
  .object({
    url: syncServerUrlSchema,
    fingerprint: z.string().regex(CERTIFICATE_FINGERPRINT_RE),
  })
  .strict();
