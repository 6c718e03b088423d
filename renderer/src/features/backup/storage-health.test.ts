import { describe, expect, it } from 'vitest';
import { readStorageHealth } from './storage-health';

const MB = 1024 * 1024;

function storage(over: Partial<{ persisted: () => Promise<boolean>; estimate: () => Promise<StorageEstimate> }>): StorageManager {
  return over as unknown as StorageManager;
}

describe('readStorageHealth', () => {
  it('reports persistence, use and what is left', async () => {
    const health = await readStorageHealth(storage({ persisted: async () => true, estimate: async () => ({ usage: 30 * MB, quota: 10_000 * MB }) }));
    expect(health).toEqual({ persisted: true, usedBytes: 30 * MB, quotaBytes: 10_000 * MB, availableBytes: 9970 * MB, low: false });
  });

  it('warns when less than 200 MB is left', async () => {
    const health = await readStorageHealth(storage({ persisted: async () => false, estimate: async () => ({ usage: 900 * MB, quota: 1000 * MB }) }));
    expect(health).toMatchObject({ persisted: false, availableBytes: 100 * MB, low: true });
  });

  it('says nothing it does not know, and does not warn', async () => {
    expect(await readStorageHealth(undefined)).toEqual({ persisted: null, usedBytes: null, quotaBytes: null, availableBytes: null, low: false });
    const failing = storage({
      persisted: async () => {
        throw new Error('denied');
      },
      estimate: async () => {
        throw new Error('denied');
      },
    });
    expect(await readStorageHealth(failing)).toEqual({ persisted: null, usedBytes: null, quotaBytes: null, availableBytes: null, low: false });
  });
});
