import { Descriptions, Typography } from 'antd';
import { formatChinaTime } from '../../../../shared/dates';
import type { BackupSummary } from '../../../../shared/backup/format';
import { describeCounts, ledgerRecordCount } from './describe';

/** What a backup holds, shown before the clerk confirms a restore. */
export function RestoreSummary({ header, source }: { header: BackupSummary; source: string }) {
  return (
    <div>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'source', label: '备份文件', children: source },
          { key: 'time', label: '备份时间', children: formatChinaTime(header.createdAt) },
          { key: 'reason', label: '备份原因', children: header.reason },
          { key: 'records', label: '台账记录', children: `${ledgerRecordCount(header.counts)} 条（${describeCounts(header.counts)}）` },
          { key: 'log', label: '修改记录', children: `${header.counts.changeLog ?? 0} 条` },
          { key: 'version', label: '程序版本', children: header.appVersion },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
        恢复后，本机<Typography.Text strong>当前的全部数据</Typography.Text>
        将被替换为这份备份中的数据。恢复前会先自动备份当前数据，需要时可以再恢复回来。
      </Typography.Paragraph>
    </div>
  );
}
