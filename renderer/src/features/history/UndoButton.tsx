import { App, Button, Popconfirm, Tooltip } from 'antd';
import { UndoOutlined } from '../../ui/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useSettings } from '../../app/settings-context';
import { errorText } from '../../ui/errors';
import { formatChinaTime } from '../../../../shared/dates';
import { findUndoTarget, undoLast, type UndoTarget } from './undo';

/** 撤销上一步, for the header: names what it will undo (tooltip, then a confirmation) before it does anything. */
export function UndoButton() {
  const { message } = App.useApp();
  const settings = useSettings();
  const target = useLiveQuery(() => findUndoTarget(), []);
  const [busy, setBusy] = useState(false);
  // What the confirmation shows, fixed when it opens: undoLast refuses if the newest change is no longer this one.
  const [shown, setShown] = useState<UndoTarget | null>(null);

  const hint =
    target === undefined
      ? ''
      : target === null
        ? '没有可撤销的操作'
        : (target.blocked ?? `撤销：${target.summary}（${target.actor || '未署名'}，${formatChinaTime(target.at)}）`);
  const disabled = !target || !!target.blocked;

  const run = async () => {
    if (!shown) return;
    setBusy(true);
    try {
      const summary = await undoLast(shown.seq, settings.operatorName);
      message.success(`已撤销：${summary}`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title="撤销上一步？"
      description={
        shown ? (
          <div style={{ maxWidth: 380 }}>
            <div>将撤销：{shown.summary}</div>
            <div>
              {shown.ledger}：{shown.title}
            </div>
            <div>
              操作人：{shown.actor || '未署名'}，时间：{formatChinaTime(shown.at)}
            </div>
            <div style={{ color: 'rgba(0,0,0,0.45)' }}>撤销本身也会记入修改记录。</div>
          </div>
        ) : null
      }
      okText="撤销"
      cancelText="取消"
      disabled={disabled}
      onOpenChange={(open) => setShown(open ? (target ?? null) : null)}
      onConfirm={run}
    >
      {/* The confirmation says it all; the tooltip would cover it. */}
      <Tooltip title={hint} open={shown ? false : undefined}>
        <Button icon={<UndoOutlined />} disabled={disabled} loading={busy} aria-label="撤销上一步">
          撤销上一步
        </Button>
      </Tooltip>
    </Popconfirm>
  );
}
