import { List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ChangeLogEntry } from '../../../../shared/record';
import { getDb } from '../../db/db';
import { diffRecords } from './diff';

interface Props {
  recordId: string;
  labels: Record<string, string>;
  valueText?: (field: string, value: unknown) => string | undefined;
}

/** Who changed what and when, for one record, newest first. */
export function RecordHistory({ recordId, labels, valueText }: Props) {
  const entries = useLiveQuery(
    () => getDb().changeLog.where('recordId').equals(recordId).reverse().sortBy('seq'),
    [recordId],
  );
  return (
    <List<ChangeLogEntry>
      size="small"
      loading={!entries}
      dataSource={entries ?? []}
      locale={{ emptyText: '暂无修改记录' }}
      renderItem={(e) => {
        const changes = e.action === 'update' ? diffRecords(e.before as Record<string, unknown>, e.after as Record<string, unknown>, labels, valueText) : [];
        return (
          <List.Item>
            <div style={{ width: '100%' }}>
              <div>
                <Typography.Text type="secondary">{dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}</Typography.Text>{' '}
                <Typography.Text strong>{e.actor || '未署名'}</Typography.Text> {e.summary}
              </div>
              {changes.map((c) => (
                <div key={c.field} style={{ paddingLeft: 16, fontSize: 13 }}>
                  {c.label}：<Typography.Text delete type="secondary">{c.before}</Typography.Text> → {c.after}
                </div>
              ))}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
