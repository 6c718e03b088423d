/** When the space left for the app's data (or the backup folder's disk) counts as nearly full. */
export const LOW_SPACE_BYTES = 200 * 1024 * 1024;
export const LOW_SPACE_FRACTION = 0.1;

export interface SpaceAssessment {
  availableBytes: number;
  low: boolean;
}

/** From navigator.storage.estimate(): `quota` is what the browser lets the app use in all. */
export function assessSpace(usedBytes: number, quotaBytes: number): SpaceAssessment {
  const availableBytes = Math.max(0, quotaBytes - usedBytes);
  return { availableBytes, low: availableBytes < LOW_SPACE_BYTES || availableBytes < quotaBytes * LOW_SPACE_FRACTION };
}

/** A disk's free space, e.g. the backup folder's. */
export function isLowDiskSpace(freeBytes: number, totalBytes: number): boolean {
  return freeBytes < LOW_SPACE_BYTES || freeBytes < totalBytes * LOW_SPACE_FRACTION;
}

/** 1536 → "1.5 KB", in the units Windows' Explorer uses. */
export function formatBytes(bytes: number): string {
  const units = ['字节', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} 字节`;
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
