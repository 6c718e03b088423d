import { Alert, Button, Card, Col, Row, Typography, Upload } from 'antd';
import { CloudDownloadOutlined, FolderOpenOutlined, SaveOutlined } from '../../ui/icons';
import { formatChinaTime } from '../../../../shared/dates';
import { PageTitle } from '../../ui/PageTitle';
import { folderBackupStream } from './backup-service';
import { BackupFolderSetting } from './BackupFolderSetting';
import { BackupList } from './BackupList';
import { ReminderAlert } from './ReminderAlert';
import { StorageHealthView } from './StorageHealthView';
import { useAppKind, useBackupListing, useBackupStatus } from './use-backups';
import { useBackupNow } from './use-backup-now';
import { useRestore } from './use-restore';

/** 数据备份与恢复 (#/backup). */
export function BackupPage() {
  const kind = useAppKind();
  const electron = kind === 'electron';
  const status = useBackupStatus();
  const { listing, refresh } = useBackupListing(electron);
  const { backupNow, busy: backingUp } = useBackupNow();
  const restore = useRestore();

  const fileButton = (
    <Upload
      // The streamed backups (.fzbak, format 2) and the older .json ones: a chooser filtered to .json alone hid every new backup.
      accept=".fzbak,.json,application/gzip,application/json"
      showUploadList={false}
      maxCount={1}
      beforeUpload={(file) => {
        void restore.restoreFile(file);
        return false;
      }}
    >
      <Button size="small" icon={<FolderOpenOutlined />} disabled={restore.busy}>
        从文件恢复…
      </Button>
    </Upload>
  );

  return (
    <div>
      <PageTitle
        extra={
          <Button type="primary" icon={electron ? <SaveOutlined /> : <CloudDownloadOutlined />} loading={backingUp} onClick={() => void backupNow()}>
            {electron ? '立即备份' : '下载备份文件'}
          </Button>
        }
      >
        数据备份与恢复
      </PageTitle>
      {kind === 'browser' && <ReminderAlert button={false} />}
      {electron && status.lastFailure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`最近一次备份（${status.lastFailure.reason}）失败`}
          description={status.lastFailure.message}
        />
      )}
      {restore.error && <Alert type="error" showIcon closable style={{ marginBottom: 12 }} title="没有恢复" description={restore.error} />}
      {restore.done && (
        <Alert
          type="success"
          showIcon
          closable
          style={{ marginBottom: 12 }}
          title={`已从备份“${restore.done.source}”恢复全部数据`}
          description={
            restore.done.safetyBackup
              ? `恢复前的数据已备份为“${restore.done.safetyBackup.name}”${restore.done.safetyBackup.path ? `（${restore.done.safetyBackup.path}）` : '（已下载）'}，需要时可以用它恢复回去。`
              : '恢复前本机没有数据，因此没有另做备份。'
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" title={electron ? '备份文件夹中的备份' : '恢复'} extra={fileButton} style={{ marginBottom: 16 }}>
            {electron ? (
              <BackupList
                listing={listing}
                busy={restore.busy}
                onRestore={(entry) => void restore.run(async () => folderBackupStream(entry.name), entry.name)}
              />
            ) : (
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                浏览器版的备份是下载到本机“下载”文件夹中的文件，文件名以“法治台账备份_”开头。恢复时点击右上角的“从文件恢复”，选择其中一个文件。恢复前会先检查文件，检查不通过不会改动任何数据。
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="自动备份" style={{ marginBottom: 16 }}>
            {electron ? (
              <>
                <Typography.Paragraph>
                  程序启动时、有修改时每15分钟、导入和恢复数据前、退出时，都会自动把全部数据备份到下面的文件夹。保留今天最近6份、此前30天每天1份、更早的每月1份；手动备份和导入前、恢复前、升级前的备份至少保留30天。
                </Typography.Paragraph>
                {status.lastSuccess && (
                  <Typography.Paragraph type="secondary">
                    本次运行最近一次备份：{formatChinaTime(status.lastSuccess.at)}（{status.lastSuccess.reason}）
                  </Typography.Paragraph>
                )}
                <BackupFolderSetting onChanged={refresh} />
              </>
            ) : (
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                浏览器版无法自动把备份写入文件夹。请至少每周点击“下载备份文件”一次，并把文件另存到U盘或其他电脑；超过7天没有备份时，程序会提醒。
              </Typography.Paragraph>
            )}
          </Card>
          <Card size="small" title="存储状态" style={{ marginBottom: 16 }}>
            <StorageHealthView />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
