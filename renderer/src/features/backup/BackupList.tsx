import { Button, Space, Table, Tag, Typography } from 'antd';
import { formatChinaTime } from '../../../../shared/dates';
import type { BackupListEntry, BackupListing } from '../../../../shared/host-api';
import { formatBytes } from '../../../../shared/backup/storage';
import { ROUTINE_REASONS } from '../../../../shared/backup/format';
import { getHost } from '../../host/host';
import { ledgerRecordCount, describeCounts } from './describe';

/** The backup folder's files (Electron), newest first, each with 恢复. */
export function BackupList({
  listing,
  onRestore,
  busy,
}: {
  listing: BackupListing | null;
  onRestore: (entry: BackupListEntry) => void;
  busy: boolean;
}) {
  if (listing?.error) return <Typography.Text type="danger">{listing.error}</Typography.Text>;
  return (
    <Table<BackupListEntry>
      size="small"
      rowKey="name"
      loading={listing === null}
      dataSource={listing?.entries ?? []}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个文件` }}
      locale={{ emptyText: '备份文件夹中还没有备份' }}
      columns={[
        {
          title: '备份时间',
          key: 'time',
          render: (_, e) => (e.header ? formatChinaTime(e.header.createdAt) : <Typography.Text type="secondary">{e.name}</Typography.Text>),
        },
        {
          title: '原因',
          key: 'reason',
          render: (_, e) =>
            e.header ? (
              <Tag color={ROUTINE_REASONS.includes(e.header.reason) ? undefined : 'blue'}>{e.header.reason}</Tag>
            ) : (
              <Tag color="warning">无法识别</Tag>
            ),
        },
        {
          title: '台账记录',
          key: 'records',
          render: (_, e) => (e.header ? <span title={describeCounts(e.header.counts)}>{ledgerRecordCount(e.header.counts)} 条</span> : '—'),
        },
        { title: '程序版本', key: 'version', render: (_, e) => e.header?.appVersion ?? '—' },
        { title: '大小', key: 'size', render: (_, e) => formatBytes(e.size) },
        {
          title: '操作',
          key: 'actions',
          render: (_, e) => (
            <Space size="small">
              <Button size="small" danger disabled={busy} onClick={() => onRestore(e)}>
                恢复
              </Button>
              {listing?.folder && (
                <Button size="small" type="link" onClick={() => void getHost().showItemInFolder(`${listing.folder}/${e.name}`)}>
                  在文件夹中显示
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
