import { useMemo } from 'react';
import { Alert, Button } from 'antd';
import { daysSince, lastBrowserBackupAt, needsReminder } from './reminder';
import { useBackupStatus, useLedgerHasData } from './use-backups';
import { useBackupNow } from './use-backup-now';

/** Browser: no backup downloaded for a week (or never) while there are records to lose. */
export function ReminderAlert({ onLater }: { onLater?: () => void }) {
  const status = useBackupStatus();
  const hasData = useLedgerHasData();
  const { backupNow, busy } = useBackupNow();
  // Read again after each successful backup (the status changes).
  const lastAt = useMemo(() => lastBrowserBackupAt(), [status.lastSuccess]);
  if (!hasData || !needsReminder(lastAt, new Date(), hasData)) return null;
  const days = daysSince(lastAt, new Date());
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={days === null ? '还没有下载过数据备份' : `已经 ${days} 天没有下载数据备份了`}
      description="浏览器中的数据可能因清理浏览器数据、重装系统或磁盘故障而丢失。请下载备份文件，并另存到U盘或其他电脑。"
      action={
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <Button size="small" type="primary" loading={busy} onClick={() => void backupNow()}>
            下载备份文件
          </Button>
          {onLater && (
            <Button size="small" onClick={onLater}>
              稍后提醒
            </Button>
          )}
        </div>
      }
    />
  );
}
