import { Alert, Descriptions, Spin } from 'antd';
import { formatBytes } from '../../../../shared/backup/storage';
import { useStorageHealth } from './use-backups';

/** Whether the browser keeps the data for good, and how much room is left (navigator.storage). */
export function StorageHealthView() {
  const health = useStorageHealth();
  if (!health) return <Spin size="small" />;
  const unknown = '无法获取';
  return (
    <div>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'persisted',
            label: '持久存储',
            children: health.persisted === null ? unknown : health.persisted ? '是（浏览器不会自动清除本程序的数据）' : '否',
          },
          { key: 'used', label: '已用空间', children: health.usedBytes === null ? unknown : formatBytes(health.usedBytes) },
          { key: 'available', label: '可用空间', children: health.availableBytes === null ? unknown : formatBytes(health.availableBytes) },
        ]}
      />
      {health.persisted === false && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title="浏览器没有承诺长期保留本程序的数据：磁盘空间紧张或清理浏览器数据时，数据可能被清除。请定期备份。"
        />
      )}
      {health.low && (
        <Alert
          type="error"
          showIcon
          title={`磁盘空间即将用完（剩余 ${formatBytes(health.availableBytes ?? 0)}）。空间用完后将无法保存新的记录，请尽快清理磁盘。`}
        />
      )}
    </div>
  );
}
