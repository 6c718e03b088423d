import { App, Popconfirm, Space, Typography } from 'antd';
import { errorText } from './errors';

/** The 修改 / 删除 links of a ledger row; deleting asks first and reports the outcome. */
export function RowActions({ onEdit, confirmTitle, onDelete }: { onEdit: () => void; confirmTitle: string; onDelete: () => Promise<unknown> }) {
  const { message } = App.useApp();
  return (
    <Space>
      <Typography.Link onClick={onEdit}>修改</Typography.Link>
      <Popconfirm
        title={confirmTitle}
        okText="删除"
        cancelText="取消"
        onConfirm={() =>
          onDelete().then(
            () => message.success('已删除'),
            (e) => message.error(errorText(e)),
          )
        }
      >
        <Typography.Link type="danger">删除</Typography.Link>
      </Popconfirm>
    </Space>
  );
}
