import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppSettings } from '../../../shared/settings';
import { getDb } from '../db/db';
import { mergeSettings } from '../db/settings-repo';

const SettingsContext = createContext<AppSettings | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const row = useLiveQuery(
    () =>
      getDb()
        .settings.get('app')
        .then((r) => r ?? null),
    [],
  );
  if (row === undefined) return null;
  return <SettingsContext.Provider value={mergeSettings(row?.value as Partial<AppSettings> | undefined)}>{children}</SettingsContext.Provider>;
}

export function useSettings(): AppSettings {
  const s = useContext(SettingsContext);
  if (!s) throw new Error('useSettings outside SettingsProvider');
  return s;
}
