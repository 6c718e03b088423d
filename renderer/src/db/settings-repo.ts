import { DEFAULT_SETTINGS, usableStoredSettings, type AppSettings } from '../../../shared/settings';
import { getDb } from './db';
import { writeChanges } from './write';

const KEY = 'app';

const isGroup = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Stored settings over the defaults, so that a setting added in a later release gets its default: every group of
 * settings (organNames, correctionRate, a ledger's periods …) is merged member by member, lists are taken whole. A
 * member of the wrong type (a hand-edited backup restored by an earlier version) is dropped for its default instead
 * of blanking the app.
 */
export function mergeSettings(input: Partial<AppSettings> | undefined): AppSettings {
  if (!input) return { ...DEFAULT_SETTINGS };
  const stored = usableStoredSettings(input);
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS, ...stored };
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const mine = (stored as Record<string, unknown>)[key];
    if (isGroup(value)) out[key] = { ...value, ...(isGroup(mine) ? mine : {}) };
  }
  return out as unknown as AppSettings;
}

export async function loadSettings(): Promise<AppSettings> {
  const row = await getDb().settings.get(KEY);
  return mergeSettings(row?.value as Partial<AppSettings> | undefined);
}

export async function saveSettings(next: AppSettings, summary: string): Promise<void> {
  await writeChanges([{ table: 'settings', key: KEY, value: next, summary }], { actor: next.operatorName });
}
