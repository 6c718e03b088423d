import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Typography } from 'antd';
import { FolderOpenOutlined } from '../../ui/icons';
import type { AppInfo } from '../../../../shared/host-api';
import { getHost } from '../../host/host';

/**
 * 技术支持: the version and the way to the log file, for a support call. Only the desktop app
 * keeps a log, so in a browser this renders nothing.
 */
export function SupportSettings() {
  const { message } = App.useApp();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let live = true;
    getHost()
      .getAppInfo()
      .then(
        (value) => live && setInfo(value),
        () => live && setInfo(null),
      );
    return () => {
      live = false;
    };
  }, []);

  if (info?.kind !== 'electron') return null;

  const openLogs = async () => {
    const opened = await getHost()
      .openLogFolder()
      .catch(() => false);
    if (!opened) message.error('无法打开日志文件夹。请联系技术人员协助查找。');
  };

  return (
    <Card size="small" title="技术支持" style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={1} items={[{ key: 'version', label: '软件版本', children: info.version }]} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        程序运行中遇到的问题会记录在日志文件中。联系技术支持时，请打开日志文件夹，把其中的 main.log 文件发给技术人员。
      </Typography.Paragraph>
      <Button icon={<FolderOpenOutlined />} onClick={openLogs}>
        打开日志文件夹
      </Button>
    </Card>
  );
}
