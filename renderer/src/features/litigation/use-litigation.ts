import { useLiveQuery } from 'dexie-react-hooks';
import type { LitigationCase } from '../../../../shared/litigation/types';
import { getDb } from '../../db/db';

/** Every live litigation case; undefined while loading. */
export function useLiveLitigation(): LitigationCase[] | undefined {
  return useLiveQuery(async () => (await getDb().litigationCases.toArray()).filter((c) => c.deleted === 0), []);
}

export function useLitigationCase(id: string): LitigationCase | null | undefined {
  return useLiveQuery(async () => (await getDb().litigationCases.get(id)) ?? null, [id]);
}
