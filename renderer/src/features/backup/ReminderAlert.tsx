import { useMemo } from 'react';
import { Alert, Button } from 'antd';
import { daysSince, lastBrowserBackupAt, needsReminder } from './reminder';
import { useBackupStatus, useLedgerHasData } from './use-backups';
import { useBackupNow } from './use-backup-now';

/**
 * Browser: no backup downloaded for a week (or never) while there are records to lose. `button` false: the page
 * has its own 下载备份文件 button (数据备份与恢复), the alert only points to it.
 */
export function ReminderAlert({ onLater, button = true }: { onLater?: () => void; button?: boolean }) {
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
      description={`浏览器中的数据可能因清理浏览器数据、重装系统或磁盘故障而丢失。${button ? '请下载备份文件，并另存到U盘或其他电脑。' : '请点击右上方的“下载备份文件”，并把文件另存到U盘或其他电脑。'}`}
      action={
        button && (
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
        )
      }
    />
  );
}
