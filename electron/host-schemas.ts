import { z } from 'zod';
import { parseBackupFileName } from '../shared/backup/format';
import { MAX_BACKUP_CHARS, MAX_EXTERNAL_URL_LENGTH, type SaveFileRequest, type WriteBackupRequest } from '../shared/host-api';

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

export const writeBackupRequestSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(255)
      .refine((name) => parseBackupFileName(name) !== null, '备份文件名无效'),
    json: z.string().min(2).max(MAX_BACKUP_CHARS),
  })
  .strict();

const _matchesBackupContract: z.ZodType<WriteBackupRequest> = writeBackupRequestSchema;
void _matchesBackupContract;

/** A file of the backup folder, by its plain name (backups.ts checks it again against the folder). */
export const backupNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/\u0000]/.test(name) && name !== '.' && name !== '..', '文件名无效');
