import { List, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ChangeLogEntry } from '../../../../shared/record';
import { ChangeLines } from './ChangeLines';
import { describeChanges } from './diff';
import { formatChinaTime } from '../../../../shared/dates';
import { recordHistory } from './history-repo';
import type { ValueText } from './ledgers';
import { KeepWhole } from '../../ui/KeepWhole';

interface Props {
  recordId: string;
  /** Field labels and value wording; by default those of the entry's ledger (ledgers.ts). */
  labels?: Record<string, string>;
  valueText?: ValueText;
}

/** Who changed what and when, for one record, newest first (the steps of a review case's timeline and imports included). */
export function RecordHistory({ recordId, labels, valueText }: Props) {
  const entries = useLiveQuery(() => recordHistory(recordId), [recordId]);
  return (
    <List<ChangeLogEntry>
      size="small"
      loading={!entries}
      dataSource={entries ?? []}
      locale={{ emptyText: '暂无修改记录' }}
      renderItem={(e) => (
        <List.Item>
          <div style={{ width: '100%' }}>
            <div>
              <Typography.Text type="secondary">{formatChinaTime(e.at)}</Typography.Text>{' '}
              <Typography.Text strong>{e.actor || '未署名'}</Typography.Text> <KeepWhole>{e.summary}</KeepWhole>
            </div>
            <ChangeLines changes={describeChanges(e, labels, valueText)} />
          </div>
        </List.Item>
      )}
    />
  );
}
