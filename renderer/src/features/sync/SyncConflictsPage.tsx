import { Alert, App, Button, Card, Empty, Radio, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings-context';
import { AWAITING_FIELD } from '../../db/awaiting';
import { getDb, type SyncConflictRow } from '../../db/db';
import { YEAR_SPAN_FIELD } from '../../db/year-span';
import { PageTitle } from '../../ui/PageTitle';
import { errorText } from '../../ui/errors';
import { ledgerOf } from '../history';
import { findDuplicates } from './duplicates';
import type { ConflictVersion } from './engine';
import { localEngine } from './service';

/** Fields never offered for a choice: bookkeeping the app sets itself. */
/** Derived or technical fields: never shown as a difference between two versions. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'caseNoKey', 'docNoKey', AWAITING_FIELD, YEAR_SPAN_FIELD]);

const when = (iso: string) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '时间不详');

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.length ? `${v.length} 项` : '（空）';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function versionTitle(v: ConflictVersion, i: number): string {
  return `版本${'一二三四五'[i] ?? i + 1}：${v.actor || '未知'}，${v.pc || '未知电脑'}，${when(v.at)}${v.deleted ? '（已彻底删除）' : ''}`;
}

/** One conflict: both versions field by field, keep one or combine fields. */
function ConflictCard({ row }: { row: SyncConflictRow }) {
  const { message } = App.useApp();
  const settings = useSettings();
  const [versions, setVersions] = useState<ConflictVersion[] | null>(null);
  const [choice, setChoice] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const def = ledgerOf(row.table);
  useEffect(() => {
    void localEngine()
      .then((e) => e.versions(row.docId))
      .then(setVersions)
      .catch(() => setVersions([]));
  }, [row.docId]);
  const fields = useMemo(() => {
    if (!versions) return [];
    const live = versions.filter((v) => v.value);
    const keys = [...new Set(live.flatMap((v) => Object.keys(v.value!)))].filter((k) => !BOOKKEEPING.has(k));
    return keys.filter((k) => live.some((v) => JSON.stringify(v.value![k]) !== JSON.stringify(live[0].value![k])));
  }, [versions]);
  if (!versions) return <Card size="small" loading style={{ marginBottom: 16 }} />;
  const live = versions.map((v, i) => ({ v, i })).filter(({ v }) => v.value);
  const title = def && live[0] ? def.title(live[0].v.value!) : row.recordId;
  const keep = async (value: Record<string, unknown> | null, what: string) => {
    setBusy(true);
    try {
      await (await localEngine()).resolve(row.docId, value, settings.operatorName);
      message.success(`已${what}；另一版本保留在“修改记录”中`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const combined = () => {
    const base = { ...live[0].v.value! };
    for (const f of fields) {
      const from = versions[choice[f] ?? live[0].i];
      if (from?.value) base[f] = from.value[f];
    }
    return base;
  };
  const columns = [
    { title: '字段', dataIndex: 'label', width: 140 },
    ...versions.map((v, i) => ({
      title: versionTitle(v, i),
      key: String(i),
      render: (_: unknown, r: { field: string }) =>
        v.value ? (
          <Radio checked={(choice[r.field] ?? live[0].i) === i} onChange={() => setChoice({ ...choice, [r.field]: i })}>
            {def?.valueText(r.field, v.value[r.field]) ?? show(v.value[r.field])}
          </Radio>
        ) : (
          <Typography.Text type="secondary">（已删除）</Typography.Text>
        ),
    })),
  ];
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Space>
          <Tag color="warning">{def?.label ?? row.table}</Tag>
          <span>{title}</span>
        </Space>
      }
      extra={<Typography.Text type="secondary">发现于 {when(row.at)}</Typography.Text>}
    >
      {fields.length > 0 ? (
        <Table
          size="small"
          rowKey="field"
          pagination={false}
          columns={columns}
          dataSource={fields.map((f) => ({ field: f, label: def?.labels[f] ?? f }))}
        />
      ) : (
        <Typography.Paragraph>
          {versions.some((v) => v.deleted) ? '一台电脑彻底删除了这条记录，另一台电脑修改了它。' : '两个版本的内容相同，只是分别保存。'}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginTop: 12 }}>
        {versions.map((v, i) => (
          <Button key={v.rev} disabled={busy} onClick={() => void keep(v.value, v.deleted ? '删除这条记录' : `保留版本${'一二三四五'[i] ?? i + 1}`)}>
            {v.deleted ? '保留删除' : `保留版本${'一二三四五'[i] ?? i + 1}`}
          </Button>
        ))}
        {fields.length > 0 && live.length > 1 && (
          <Button type="primary" disabled={busy} onClick={() => void keep(combined(), '按所选字段合并保存')}>
            按所选字段合并保存
          </Button>
        )}
      </Space>
    </Card>
  );
}

/** 同步冲突: records two PCs changed apart, the same 案号/文号 registered twice, documents that failed the check. */
export function SyncConflictsPage() {
  const conflicts = useLiveQuery(() => getDb().syncConflicts.orderBy('at').toArray(), []);
  const inbox = useLiveQuery(() => getDb().syncInbox.orderBy('at').toArray(), []);
  const changes = useLiveQuery(() => getDb().changeLog.count(), []);
  const [pcId, setPcId] = useState('');
  useEffect(() => {
    void localEngine()
      .then((e) => setPcId(e.pcId))
      .catch(() => undefined);
  }, []);
  const duplicates = useLiveQuery(() => (pcId ? findDuplicates(pcId) : Promise.resolve([])), [pcId, changes]);
  return (
    <div>
      <PageTitle>同步冲突</PageTitle>
      <Typography.Paragraph type="secondary">
        两台电脑在未连通时改了同一条记录，程序不会让一方自动覆盖另一方：请对照两个版本，保留其中一个，或逐个字段选择后合并保存。未保留的版本仍可在“修改记录”中查到。
      </Typography.Paragraph>
      <Typography.Title level={5}>记录冲突</Typography.Title>
      {conflicts?.length ? (
        conflicts.map((row) => <ConflictCard key={row.docId} row={row} />)
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有冲突" style={{ marginBottom: 24 }} />
      )}
      <Typography.Title level={5}>重复的案号、文号</Typography.Title>
      {duplicates?.length ? (
        duplicates.map((g) => {
          const def = ledgerOf(g.table);
          return (
            <Card
              key={`${g.table}-${g.title}`}
              size="small"
              style={{ marginBottom: 16 }}
              title={`${g.ledgerName}：${def?.labels[g.field] ?? g.field}重复（${g.title}）`}
            >
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 8 }}
                title="两台电脑分别登记了同一编号。请打开其中一条，改正编号（或把重复登记的一条删除）。"
              />
              <Table
                size="small"
                rowKey={(r) => r.record.id}
                pagination={false}
                dataSource={g.records}
                columns={[
                  { title: '记录', render: (_: unknown, r) => def?.title(r.record) ?? r.record.id },
                  {
                    title: '当事人',
                    render: (_: unknown, r) => String(r.record.applicant ?? r.record.plaintiff ?? r.record.title ?? r.record.name ?? ''),
                  },
                  { title: '登记人', dataIndex: 'actor' },
                  { title: '电脑', dataIndex: 'pc' },
                  { title: '时间', render: (_: unknown, r) => when(r.at) },
                  {
                    title: '',
                    render: (_: unknown, r) =>
                      def?.route ? (
                        <Button size="small" onClick={() => navigate(def.route!(r.record.id))}>
                          打开
                        </Button>
                      ) : null,
                  },
                ]}
              />
            </Card>
          );
        })
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有重复" style={{ marginBottom: 24 }} />
      )}
      <Typography.Title level={5}>未通过检查的同步数据</Typography.Title>
      {inbox?.length ? (
        <Table
          size="small"
          rowKey="docId"
          pagination={false}
          dataSource={inbox}
          columns={[
            { title: '文档', dataIndex: 'docId', width: 320 },
            { title: '问题', dataIndex: 'problem' },
            { title: '收到时间', render: (_: unknown, r) => when(r.at), width: 150 },
          ]}
          footer={() => '这些数据来自服务器，但不符合台账的格式，没有写入本机台账。请 IT 人员在服务器上改正；改正后会自动同步过来。'}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有" />
      )}
    </div>
  );
}
