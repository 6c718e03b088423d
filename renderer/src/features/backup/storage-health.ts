import { assessSpace } from '../../../../shared/backup/storage';

/** What the browser says about the app's storage (navigator.storage); null fields where it says nothing. */
export interface StorageHealth {
  /** Whether the browser promised not to evict the data under storage pressure. */
  persisted: boolean | null;
  usedBytes: number | null;
  quotaBytes: number | null;
  availableBytes: number | null;
  low: boolean;
}

export async function readStorageHealth(storage: StorageManager | undefined = navigator.storage): Promise<StorageHealth> {
  let persisted: boolean | null = null;
  let usedBytes: number | null = null;
  let quotaBytes: number | null = null;
  try {
    persisted = storage?.persisted ? await storage.persisted() : null;
  } catch {
    persisted = null;
  }
  try {
    const estimate = storage?.estimate ? await storage.estimate() : undefined;
    usedBytes = estimate?.usage ?? null;
    quotaBytes = estimate?.quota ?? null;
  } catch {
    // Unknown: shown as 无法获取.
  }
  if (usedBytes === null || quotaBytes === null) return { persisted, usedBytes, quotaBytes, availableBytes: null, low: false };
  const space = assessSpace(usedBytes, quotaBytes);
  return { persisted, usedBytes, quotaBytes, availableBytes: space.availableBytes, low: space.low };
}
