import { useState } from 'react';
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, RollbackOutlined } from '../../ui/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSettings } from '../../app/settings-context';
import { errorText } from '../../ui/errors';
import { PageTitle } from '../../ui/PageTitle';
import { formatChinaTime } from '../../../../shared/dates';
import { LEDGERS, type LedgerTable } from '../../../../shared/ledgers/registry';
import { listRecycleBin, purgeRecord, restoreRecord, type RecycleItem } from './recycle-repo';

const LEDGER_OPTIONS = [{ value: '', label: '全部台账' }, ...LEDGERS.map((l) => ({ value: l.table, label: l.name }))];

/** 回收站: deleted records of every ledger; restore, or delete for good (only here). */
export function RecycleBinPage() {
  const { message, modal } = App.useApp();
  const settings = useSettings();
  const items = useLiveQuery(() => listRecycleBin(), []);
  const [table, setTable] = useState<LedgerTable | ''>('');
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  const needle = search.trim().toLowerCase();
  const shown = (items ?? []).filter(
    (i) => (!table || i.table === table) && (!needle || `${i.title}\n${i.deletedBy}\n${i.summary}`.toLowerCase().includes(needle)),
  );

  const run = async (item: RecycleItem, refusedTitle: string, action: () => Promise<unknown>, done: string) => {
    setBusy(item.id);
    try {
      await action();
      message.success(done);
    } catch (e) {
      // A refusal explains what to do first: keep it on screen until the clerk has read it.
      modal.warning({ title: refusedTitle, content: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div>
      <PageTitle>回收站</PageTitle>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select<LedgerTable | ''>
            style={{ width: 160 }}
            value={table}
            options={LEDGER_OPTIONS as { value: LedgerTable | ''; label: string }[]}
            onChange={setTable}
            aria-label="台账"
          />
          <Input.Search allowClear placeholder="搜索名称、案号、文号、删除人" style={{ width: 280 }} onSearch={setSearch} />
          <Typography.Text type="secondary">删除的记录不计入统计；恢复后重新计入。永久删除只能在这里进行。</Typography.Text>
        </Space>
      </Card>
      <Table<RecycleItem>
        size="small"
        rowKey={(i) => `${i.table}:${i.id}`}
        loading={!items}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共${n}条` }}
        locale={{ emptyText: '回收站是空的' }}
        columns={[
          { title: '台账', dataIndex: 'ledger', width: 120 },
          { title: '名称', dataIndex: 'title' },
          { title: '删除时间', key: 'deletedAt', width: 170, render: (_, i) => formatChinaTime(i.deletedAt) },
          { title: '删除人', key: 'deletedBy', width: 90, render: (_, i) => i.deletedBy || '未署名' },
          { title: '说明', dataIndex: 'summary' },
          {
            title: '操作',
            key: 'ops',
            width: 200,
            render: (_, i) => (
              <Space>
                <Popconfirm
                  title={`恢复${i.ledger}“${i.title}”？`}
                  description="恢复后重新计入统计。"
                  okText="恢复"
                  cancelText="取消"
                  onConfirm={() => run(i, '未能恢复', () => restoreRecord(i.table, i.id, settings.operatorName), `已恢复：${i.title}`)}
                >
                  <Button size="small" icon={<RollbackOutlined />} loading={busy === i.id}>
                    恢复
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={`永久删除${i.ledger}“${i.title}”？`}
                  description={<div style={{ maxWidth: 320 }}>永久删除后不能恢复，也不能撤销。该记录以往的修改记录仍然保留。</div>}
                  okText="永久删除"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => run(i, '未能永久删除', () => purgeRecord(i.table, i.id, settings.operatorName), `已永久删除：${i.title}`)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} disabled={busy === i.id}>
                    永久删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
