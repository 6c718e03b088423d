import { useCallback, useState } from 'react';
import { App } from 'antd';
import { UserError } from '../../db/write';
import { takeBackup } from './backup-service';

/** 立即备份 / 下载备份文件, with the outcome told to the clerk. */
export function useBackupNow() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const backupNow = useCallback(async () => {
    setBusy(true);
    try {
      const outcome = await takeBackup('手动');
      if (!outcome.saved) void message.info('当前没有任何数据，无需备份');
      else if (outcome.path) void message.success(`已备份到 ${outcome.path}`);
      else void message.success(`备份文件已开始下载：${outcome.name}`);
    } catch (e) {
      void message.error(e instanceof UserError ? e.message : `备份失败：${(e as Error)?.message ?? String(e)}`, 8);
    } finally {
      setBusy(false);
    }
  }, [message]);
  return { backupNow, busy };
}
