import { DEFAULT_SETTINGS, usableStoredSettings, type AppSettings } from '../../../shared/settings';
import { getDb } from './db';
import { writeChanges } from './write';

const KEY = 'app';

/**
 * Stored settings over the defaults, so that a setting added in a later release gets its default; a member of the
 * wrong type (a hand-edited backup restored by an earlier version) is dropped for its default instead of blanking the app.
 */
export function mergeSettings(input: Partial<AppSettings> | undefined): AppSettings {
  if (!input) return { ...DEFAULT_SETTINGS };
  const stored = usableStoredSettings(input);
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    organNames: { ...DEFAULT_SETTINGS.organNames, ...stored.organNames },
    correctionRate: { ...DEFAULT_SETTINGS.correctionRate, ...stored.correctionRate },
    normativePeriods: { ...DEFAULT_SETTINGS.normativePeriods, ...stored.normativePeriods },
    agreementPeriods: { ...DEFAULT_SETTINGS.agreementPeriods, ...stored.agreementPeriods },
  };
}

export async function loadSettings(): Promise<AppSettings> {
  const row = await getDb().settings.get(KEY);
  return mergeSettings(row?.value as Partial<AppSettings> | undefined);
}

export async function saveSettings(next: AppSettings, summary: string): Promise<void> {
  await writeChanges([{ table: 'settings', key: KEY, value: next, summary }], { actor: next.operatorName });
}
