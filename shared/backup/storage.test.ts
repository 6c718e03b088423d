import { describe, expect, it } from 'vitest';
import { assessSpace, formatBytes, isLowDiskSpace } from './storage';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('assessSpace', () => {
  it('is fine with plenty left', () => {
    expect(assessSpace(50 * MB, 10 * GB)).toEqual({ availableBytes: 10 * GB - 50 * MB, low: false });
  });

  it('is low under 200 MB left', () => {
    expect(assessSpace(1 * GB - 150 * MB, 1 * GB)).toEqual({ availableBytes: 150 * MB, low: true });
  });

  it('is low under 10 % left of a large quota', () => {
    expect(assessSpace(95 * GB, 100 * GB).low).toBe(true);
    expect(assessSpace(85 * GB, 100 * GB).low).toBe(false);
  });

  it('never reports negative space', () => {
    expect(assessSpace(2 * GB, 1 * GB)).toEqual({ availableBytes: 0, low: true });
  });
});

describe('isLowDiskSpace', () => {
  it('uses the same limits', () => {
    expect(isLowDiskSpace(150 * MB, 500 * GB)).toBe(true);
    expect(isLowDiskSpace(20 * GB, 500 * GB)).toBe(true);
    expect(isLowDiskSpace(60 * GB, 500 * GB)).toBe(false);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 字节'],
    [1536, '1.5 KB'],
    [5.25 * MB, '5.3 MB'],
    [250 * MB, '250 MB'],
    [3 * GB, '3.0 GB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
