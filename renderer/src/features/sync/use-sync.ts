import { useSyncExternalStore } from 'react';
import { getErrors, getStatus, subscribeStatus, type SyncErrorRow, type SyncStatus } from './service';

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeStatus, getStatus);
}

export function useSyncErrors(): readonly SyncErrorRow[] {
  return useSyncExternalStore(subscribeStatus, getErrors);
}

/** The status as the header says it: 已同步 HH:mm / 同步中（n 条待上传）/ 离线 / 错误：原因; null while sync is off. */
export function statusText(s: SyncStatus): { text: string; color: string } | null {
  switch (s.state) {
    case 'off':
      return null;
    case 'synced': {
      const t = s.lastSyncedAt ? new Date(s.lastSyncedAt) : null;
      const hhmm = t ? `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}` : '';
      return { text: `已同步 ${hhmm}`.trim(), color: 'success' };
    }
    case 'connecting':
    case 'syncing':
      return { text: s.pending > 0 ? `同步中（${s.pending} 条待上传）` : '同步中', color: 'processing' };
    case 'offline':
      return { text: s.pending > 0 ? `离线（${s.pending} 条待上传）` : '离线', color: 'default' };
    case 'error':
      return { text: `错误：${s.error ?? '未知原因'}`, color: 'error' };
  }
}
