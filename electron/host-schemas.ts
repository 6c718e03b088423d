import { z } from 'zod';
import { BACKUP_REASONS } from '../shared/backup/format';
import { MAX_BACKUP_BYTES, MAX_EXTERNAL_URL_LENGTH, type SaveFileRequest, type WriteBackupRequest } from '../shared/host-api';
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

/**
 * Only why the backup was taken and its text: the main process names the file (backups.ts). The
 * text is bounded here by characters (each takes at least one UTF-8 byte); BackupWriter counts
 * its bytes and answers a backup that is too large with a message for the clerk.
 */
export const writeBackupRequestSchema = z
  .object({
    reason: z.enum(BACKUP_REASONS),
    json: z.string().min(2).max(MAX_BACKUP_BYTES),
  })
  .strict();

const _matchesBackupContract: z.ZodType<WriteBackupRequest> = writeBackupRequestSchema;
void _matchesBackupContract;

/** A file of the backup folder, by its plain name (backups.ts checks it again against the folder): no path, stream or device name. */
export const backupNameSchema = z.string().min(1).max(255).refine(isSafeFileName, '文件名无效');
