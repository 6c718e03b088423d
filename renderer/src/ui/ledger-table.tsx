import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { PlusOutlined } from './icons';
import { RowActions } from './RowActions';

/** Which record a ledger's form drawer edits: none (closed), a new one, or an existing one. */
export function useRecordDrawer<T>() {
  const [editing, setEditing] = useState<T | null>(null);
  const [open, setOpen] = useState(false);
  return {
    open,
    editing,
    add: () => {
      setEditing(null);
      setOpen(true);
    },
    edit: (record: T) => {
      setEditing(record);
      setOpen(true);
    },
    close: () => setOpen(false),
  };
}

/** The 操作 column of a ledger table: 修改 opens the form, 删除 asks first. */
export function actionsColumn<T>(onEdit: (r: T) => void, confirmTitle: string, onDelete: (r: T) => Promise<unknown>): ColumnsType<T>[number] {
  return {
    title: '操作',
    key: 'actions',
    width: 110,
    render: (_: unknown, r: T) => <RowActions onEdit={() => onEdit(r)} confirmTitle={confirmTitle} onDelete={() => onDelete(r)} />,
  };
}

/** The bar above a ledger table: the button that registers a record, and a hint (the period that applies). */
export function LedgerToolbar({ addLabel, onAdd, hint }: { addLabel: string; onAdd: () => void; hint?: ReactNode }) {
  return (
    <Space style={{ marginBottom: 12 }}>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        {addLabel}
      </Button>
      {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
    </Space>
  );
}

/** The page shown and its size, when the page keeps them (in the URL); onChange reports the clerk's choice. */
export interface TablePaging {
  page: number;
  size: number;
  onChange: (page: number, size: number) => void;
}

/** A ledger's records, 50 to a page with the total counted in `unit` (件, 份); `paging` keeps the page where the caller says. */
export function LedgerTable<T extends { id: string }>({
  rows,
  columns,
  emptyText,
  unit = '件',
  paging,
}: {
  rows: readonly T[] | undefined;
  columns: ColumnsType<T>;
  emptyText: string;
  unit?: string;
  paging?: TablePaging;
}) {
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      loading={!rows}
      columns={columns}
      dataSource={rows as T[] | undefined}
      locale={{ emptyText }}
      pagination={{
        defaultPageSize: 50,
        showTotal: (t) => `共 ${t} ${unit}`,
        ...(paging ? { current: paging.page, pageSize: paging.size, showSizeChanger: true, onChange: paging.onChange } : {}),
      }}
    />
  );
}
