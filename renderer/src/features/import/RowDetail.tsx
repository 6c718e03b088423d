import { Checkbox, Radio, Typography } from 'antd';
import type { FieldChange } from '../../../../shared/ledgers/history';
import type { PlannedRow } from '../../../../shared/import/plan';

const line = (c: FieldChange) => (c.text !== undefined ? `${c.label}：${c.text}` : `${c.label}：${c.before} → ${c.after}`);

/**
 * One row of the import preview, beyond its result: its problems, what it changes (in 修改记录's words), what the
 * file would remove (red; kept unless ticked), and how a published document not in the registry is brought in.
 */
export function RowDetail({
  row,
  onApplyRemovals,
  onLinkLater,
}: {
  row: PlannedRow;
  onApplyRemovals: (apply: boolean) => void;
  onLinkLater: (later: boolean) => void;
}) {
  return (
    <div style={{ fontSize: 13 }}>
      {row.issues.map((i, k) => (
        <div key={`i${k}`}>
          <Typography.Text type="danger">
            {i.column ? `「${i.column}」：` : ''}
            {i.message}
          </Typography.Text>
        </div>
      ))}
      {row.action === 'update' &&
        row.changes.map((c, k) => (
          <div key={`c${k}`} data-testid="import-change">
            {line(c)}
          </div>
        ))}
      {row.removals.length > 0 && (
        <div data-testid="import-removal" style={{ marginTop: 2, padding: '2px 6px', borderLeft: '3px solid #cf1322', background: '#fff1f0' }}>
          <Typography.Text type="danger" strong>
            {row.removalsApplied ? '将按文件删除：' : '文件中为空、台账中已有（默认保留）：'}
          </Typography.Text>
          {row.removals.map((c, k) => (
            <div key={`r${k}`}>
              <Typography.Text type="danger" delete={row.removalsApplied}>
                {line(c)}
              </Typography.Text>
            </div>
          ))}
          {row.removalBlocked ? (
            <Typography.Text type="secondary">不能按文件删除：{row.removalBlocked}</Typography.Text>
          ) : (
            <Checkbox checked={row.removalsApplied} onChange={(e) => onApplyRemovals(e.target.checked)}>
              按文件删除
            </Checkbox>
          )}
        </div>
      )}
      {row.documentLink && (
        <div data-testid="import-document-link" style={{ marginTop: 2 }}>
          <Typography.Text type="warning">文件库中没有该文件：</Typography.Text>
          <Radio.Group
            size="small"
            value={row.documentLink.choice}
            onChange={(e) => onLinkLater(e.target.value === 'later')}
            options={[
              { value: 'register', label: '登记入文件库', disabled: !row.documentLink.canRegister },
              { value: 'later', label: '以后关联' },
            ]}
          />
          {!row.documentLink.canRegister && <Typography.Text type="secondary">（没有文号，不能登记）</Typography.Text>}
        </div>
      )}
    </div>
  );
}
