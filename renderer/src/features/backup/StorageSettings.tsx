import { Button, Divider } from 'antd';
import { navigate } from '../../app/router';
import { BackupFolderSetting } from './BackupFolderSetting';
import { StorageHealthView } from './StorageHealthView';
import { useAppKind } from './use-backups';

/** The 设置 card: storage health, and (Electron) the backup folder. */
export function StorageSettings() {
  const kind = useAppKind();
  return (
    <div>
      <StorageHealthView />
      {kind === 'electron' && (
        <>
          <Divider size="small" />
          <BackupFolderSetting />
        </>
      )}
      <Divider size="small" />
      <Button type="link" style={{ paddingInline: 0 }} onClick={() => navigate('/backup')}>
        前往“数据备份与恢复”
      </Button>
    </div>
  );
}
