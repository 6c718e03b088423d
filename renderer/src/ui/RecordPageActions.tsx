import { App, Button, Popconfirm } from 'antd';
import { errorText } from './errors';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from './icons';

interface Props {
  backLabel: string;
  onBack: () => void;
  editLabel?: string;
  onEdit: () => void;
  /** The question before deleting, e.g. 删除此文件？; the record goes to the 回收站. */
  deleteTitle: string;
  deleteDescription: string;
  onDelete: () => Promise<unknown>;
  /** After the record is deleted (usually back to its list). */
  onDeleted: () => void;
  deletedMessage?: string;
}

/** The buttons of a record's page: back to its list, 修改, and 删除 (asked first, reported after). */
export function RecordPageActions({
  backLabel,
  onBack,
  editLabel = '修改',
  onEdit,
  deleteTitle,
  deleteDescription,
  onDelete,
  onDeleted,
  deletedMessage = '已删除',
}: Props) {
  const { message } = App.useApp();
  return (
    <>
      <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
        {backLabel}
      </Button>
      <Button icon={<EditOutlined />} onClick={onEdit}>
        {editLabel}
      </Button>
      <Popconfirm
        title={deleteTitle}
        description={deleteDescription}
        okText="删除"
        cancelText="取消"
        onConfirm={() =>
          onDelete().then(
            () => {
              message.success(deletedMessage);
              onDeleted();
            },
            (e) => message.error(errorText(e)),
          )
        }
      >
        <Button danger icon={<DeleteOutlined />}>
          删除
        </Button>
      </Popconfirm>
    </>
  );
}
