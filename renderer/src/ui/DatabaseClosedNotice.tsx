import { useSyncExternalStore } from 'react';
import { Button, Modal, Typography } from 'antd';
import { isDatabaseClosed, onDatabaseClosed } from '../db/version-guard';
import { DATABASE_CLOSED_MESSAGE } from './errors';

/** The blocking message of a tab whose database a newer version upgraded (see db/version-guard.ts): only a reload goes on. */
export function DatabaseClosedNotice() {
  const closed = useSyncExternalStore(onDatabaseClosed, isDatabaseClosed);
  return (
    <Modal
      open={closed}
      title="本窗口已停止保存"
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={() => window.location.reload()}>
          重新加载
        </Button>
      }
    >
      <Typography.Paragraph>{DATABASE_CLOSED_MESSAGE}</Typography.Paragraph>
    </Modal>
  );
}
