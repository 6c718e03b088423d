import { describe, expect, it } from 'vitest';
import { assessSpace, formatBytes, isLowDiskSpace, LOW_SPACE_BYTES } from './storage';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('nearly full, exactly at the limits', () => {
  it('200 MB left is not low, one byte less is', () => {
    expect(LOW_SPACE_BYTES).toBe(200 * MB);
    expect(assessSpace(1 * GB - 200 * MB, 1 * GB)).toEqual({ availableBytes: 200 * MB, low: false });
    expect(assessSpace(1 * GB - 200 * MB + 1, 1 * GB).low).toBe(true);
    expect(isLowDiskSpace(200 * MB, 1 * GB)).toBe(false);
    expect(isLowDiskSpace(200 * MB - 1, 1 * GB)).toBe(true);
  });

  it('10 % left of a large disk is not low, one byte less is', () => {
    expect(assessSpace(90 * GB, 100 * GB).low).toBe(false);
    expect(assessSpace(90 * GB + 1, 100 * GB).low).toBe(true);
    expect(isLowDiskSpace(10 * GB, 100 * GB)).toBe(false);
    expect(isLowDiskSpace(10 * GB - 1, 100 * GB)).toBe(true);
  });

  it('uses all the quota when nothing is used', () => {
    expect(assessSpace(0, 10 * GB)).toEqual({ availableBytes: 10 * GB, low: false });
  });
});

describe('formatBytes at the unit steps', () => {
  it('switches unit at 1024, rounds from 100 up, and stops at TB', () => {
    expect(formatBytes(0)).toBe('0 字节');
    expect(formatBytes(1023)).toBe('1023 字节');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(99.94 * 1024)).toBe('99.9 KB');
    expect(formatBytes(100 * 1024)).toBe('100 KB');
    expect(formatBytes(1023 * 1024)).toBe('1023 KB');
    expect(formatBytes(1 * MB)).toBe('1.0 MB');
    expect(formatBytes(2.5 * GB)).toBe('2.5 GB');
    expect(formatBytes(1024 * GB)).toBe('1.0 TB');
    expect(formatBytes(2048 * 1024 * GB)).toBe('2048 TB');
  });
});
