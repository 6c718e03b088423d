import { useState } from 'react';
import { Alert, Button, Descriptions, Space, Typography } from 'antd';
import { formatBytes, isLowDiskSpace } from '../../../../shared/backup/storage';
import { getHost } from '../../host/host';
import { useBackupFolder } from './use-backups';

/** Electron: where automatic backups go, and a way to choose another folder. */
export function BackupFolderSetting({ onChanged }: { onChanged?: () => void }) {
  const { folder, setFolder } = useBackupFolder(true);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const choose = async () => {
    setError(null);
    setNote(null);
    const result = await getHost().chooseBackupFolder();
    if (result.error) setError(result.error);
    if (result.changed && result.folder) {
      setFolder(result.folder);
      setNote('备份文件夹已更改。以后的备份写入新文件夹；原文件夹中的备份不会移动，仍可从那里手动恢复。');
      onChanged?.();
    }
  };

  const low = folder?.freeBytes != null && folder.totalBytes != null && isLowDiskSpace(folder.freeBytes, folder.totalBytes);
  return (
    <div>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'path',
            label: '备份文件夹',
            children: folder ? <Typography.Text copyable>{folder.path}</Typography.Text> : '读取中…',
          },
          {
            key: 'free',
            label: '所在磁盘剩余',
            children:
              folder?.freeBytes != null ? (
                <Typography.Text type={low ? 'danger' : undefined}>{formatBytes(folder.freeBytes)}</Typography.Text>
              ) : (
                '无法获取'
              ),
          },
        ]}
      />
      {low && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title="备份文件夹所在磁盘空间即将用完，备份可能失败。请清理磁盘，或换一个备份文件夹。"
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={error} />}
      {note && <Alert type="success" showIcon style={{ marginBottom: 8 }} title={note} />}
      <Space>
        <Button onClick={() => void choose()}>更改备份文件夹…</Button>
        {folder?.path && (
          <Button type="link" onClick={() => void getHost().showItemInFolder(folder.path!)}>
            打开所在位置
          </Button>
        )}
      </Space>
      {folder?.isDefault && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          默认位置是“文档”下的“法治台账备份”文件夹。建议另选一个U盘、移动硬盘或网络共享文件夹，电脑硬盘损坏时备份也不会一起丢失。
        </Typography.Paragraph>
      )}
    </div>
  );
}
