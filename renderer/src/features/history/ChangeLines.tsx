import { Typography } from 'antd';
import type { FieldChange } from './diff';
import { KeepWhole } from '../../ui/KeepWhole';

/** The readable changes of one entry: "申请人：~~张三~~ → 李雷", "新增步骤：受理（…）". */
export function ChangeLines({ changes }: { changes: FieldChange[] }) {
  return (
    <>
      {changes.map((c, i) => (
        <div key={`${c.field}-${i}`} style={{ paddingLeft: 16, fontSize: 13 }}>
          {c.label}：
          {c.text !== undefined ? (
            <KeepWhole>{c.text}</KeepWhole>
          ) : (
            <>
              <Typography.Text delete type="secondary">
                <KeepWhole>{c.before}</KeepWhole>
              </Typography.Text>{' '}
              → <KeepWhole>{c.after}</KeepWhole>
            </>
          )}
        </div>
      ))}
    </>
  );
}
