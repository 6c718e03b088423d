import { useState } from 'react';
import { Alert, Button } from 'antd';
import { navigate, useRoute } from '../../app/router';
import { formatBytes } from '../../../../shared/backup/storage';
import { ReminderAlert } from './ReminderAlert';
import { RestoreOffer } from './RestoreOffer';
import { useAppKind, useBackupStatus, useStorageHealth } from './use-backups';

/**
 * Backup notices shown above every page: the weekly reminder (browser), a failed automatic
 * backup (Electron), a nearly full disk, and the offer to restore into an empty database.
 * The backup page shows the same things itself, so only the offer appears there.
 */
export function BackupNotices() {
  const kind = useAppKind();
  const route = useRoute();
  const status = useBackupStatus();
  const health = useStorageHealth();
  const [later, setLater] = useState(false);
  const onBackupPage = route.path[0] === 'backup';
  const toBackupPage = (
    <Button size="small" onClick={() => navigate('/backup')}>
      数据备份与恢复
    </Button>
  );
  return (
    <>
      <RestoreOffer />
      {!onBackupPage && kind === 'browser' && !later && <ReminderAlert onLater={() => setLater(true)} />}
      {!onBackupPage && kind === 'electron' && status.lastFailure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`备份失败（${status.lastFailure.reason}）：${status.lastFailure.message}`}
          action={toBackupPage}
        />
      )}
      {!onBackupPage && health?.low && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`磁盘空间即将用完（剩余 ${formatBytes(health.availableBytes ?? 0)}），空间用完后将无法保存新的记录。请尽快清理磁盘。`}
          action={toBackupPage}
        />
      )}
    </>
  );
}
