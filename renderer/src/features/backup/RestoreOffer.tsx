import { useEffect, useState } from 'react';
import { Alert, Modal, Typography } from 'antd';
import { formatChinaTime } from '../../../../shared/dates';
import type { BackupListEntry } from '../../../../shared/host-api';
import { getHost } from '../../host/host';
import { databaseWasEmptyAtStart, folderBackupStream } from './backup-service';
import { describeCounts, ledgerRecordCount } from './describe';
import { useRestore } from './use-restore';

/**
 * Electron: the app started with an empty database while the backup folder holds backups
 * (a new computer, a reinstalled system, a lost profile): offer the newest one that has records.
 */
export function RestoreOffer() {
  const [offer, setOffer] = useState<{ entry: BackupListEntry; folder: string } | null>(null);
  const [open, setOpen] = useState(false);
  const restore = useRestore({ confirm: false });

  useEffect(() => {
    if (!databaseWasEmptyAtStart()) return;
    let live = true;
    void (async () => {
      const host = getHost();
      if ((await host.getAppInfo()).kind !== 'electron') return;
      const listing = await host.listBackups();
      const entry = listing.entries.find((e) => e.header && ledgerRecordCount(e.header.counts) > 0);
      if (live && entry && listing.folder) {
        setOffer({ entry, folder: listing.folder });
        setOpen(true);
      }
    })().catch((e: unknown) => console.warn('[backup] could not look for backups to offer', e));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (restore.done) setOpen(false);
  }, [restore.done]);

  if (!offer?.entry.header) return null;
  const header = offer.entry.header;
  return (
    <Modal
      open={open}
      title="从备份恢复数据？"
      okText="恢复"
      cancelText="不恢复，从空白开始"
      confirmLoading={restore.busy}
      maskClosable={false}
      onCancel={() => setOpen(false)}
      onOk={() => void restore.run(async () => folderBackupStream(offer.entry.name), offer.entry.name)}
    >
      <Typography.Paragraph>本机数据库中没有任何数据，但备份文件夹中有备份。最新的一份：</Typography.Paragraph>
      <Typography.Paragraph>
        备份时间：{formatChinaTime(header.createdAt)}
        <br />
        台账记录：{ledgerRecordCount(header.counts)} 条（{describeCounts(header.counts)}）
        <br />
        文件：{offer.entry.name}（位于 {offer.folder}）
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">也可以以后在“数据备份与恢复”中选择其他备份恢复。</Typography.Paragraph>
      {restore.error && <Alert type="error" showIcon title={restore.error} />}
    </Modal>
  );
}
