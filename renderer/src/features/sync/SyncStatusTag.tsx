import { Tag, Tooltip } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { navigate } from '../../app/router';
import { getDb } from '../../db/db';
import { SyncOutlined } from '../../ui/icons';
import { resumeSync } from './service';
import { statusText, useSyncStatus } from './use-sync';

/** The header's sync status (and the conflicts waiting); starts the sync again at app start when this PC syncs. */
export function SyncStatusTag() {
  const status = useSyncStatus();
  useEffect(() => {
    void resumeSync().catch(() => undefined);
  }, []);
  const waiting = useLiveQuery(async () => (await getDb().syncConflicts.count()) + (await getDb().syncInbox.count()), [], 0);
  const shown = statusText(status);
  if (!shown && !waiting) return null;
  return (
    <span style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
      {shown && (
        <Tooltip title={status.state === 'offline' ? `${status.error ?? '无法连接服务器'}；本机数据照常使用，恢复连接后自动同步` : '多机同步设置'}>
          <Tag
            data-testid="sync-status"
            color={shown.color}
            icon={<SyncOutlined spin={status.state === 'syncing' || status.state === 'connecting'} />}
            style={{ cursor: 'pointer', marginInlineEnd: 0, maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis' }}
            onClick={() => navigate('/settings/sync')}
          >
            {shown.text}
          </Tag>
        </Tooltip>
      )}
      {waiting > 0 && (
        <Tag color="warning" style={{ cursor: 'pointer', marginInlineEnd: 0 }} onClick={() => navigate('/sync-conflicts')}>
          {waiting} 项同步冲突
        </Tag>
      )}
    </span>
  );
}
