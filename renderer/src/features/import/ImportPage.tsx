import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Radio, Result, Space, Spin, Switch, Table, Tag, Typography, Upload } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { DownloadOutlined, InboxOutlined } from '../../ui/icons';
import { StatRow } from '../../ui/StatRow';
import {
  countsText,
  layoutsToRemember,
  plannedRowId,
  ROW_ACTION_LABELS,
  type ImportCounts,
  type ImportPlan,
  type PlannedRow,
  type SheetSelection,
} from '../../../../shared/import/plan';
import { SHEET_LABELS, MAX_CELL_CHARS, MAX_ROWS_PER_FILE } from '../../../../shared/import/types';
import { followUps, type FollowUp } from '../../../../shared/import/follow-ups';
import { navigate } from '../../app/router';
import { newId } from '../../db/write';
import { importUndoBlocked, undoImport } from '../history';
import { PageTitle } from '../../ui/PageTitle';
import { useSettings } from '../../app/settings-context';
import { getHost } from '../../host/host';
import { errorText } from '../../ui/errors';
import { commitImport, type ImportMode } from './commit';
import { openFile, planSelections } from './import-flow';
import { RowDetail } from './RowDetail';
import { SheetCard } from './SheetCard';

const ACTION_COLORS: Record<PlannedRow['action'], string> = { create: 'green', update: 'blue', unchanged: 'default', invalid: 'red' };

interface Opened {
  fileName: string;
  selections: SheetSelection[];
}

/** The clerk's choices in the preview, re-planned on every change. */
interface Choices {
  applyRemovals: ReadonlySet<string>;
  linkLater: ReadonlySet<string>;
  keepCleanupDrafts: boolean;
}
const NO_CHOICES: Choices = { applyRemovals: new Set(), linkLater: new Set(), keepCleanupDrafts: false };

interface Done {
  fileName: string;
  counts: ImportCounts;
  importId: string;
  todo: FollowUp[];
  undone: boolean;
}

const toggled = (set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/** 台账导入: choose a file, check the detected columns, preview every row, confirm. */
export function ImportPage() {
  const settings = useSettings();
  const { message, modal } = App.useApp();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [planning, setPlanning] = useState(false);
  const [planError, setPlanError] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('validOnly');
  const [onlyBad, setOnlyBad] = useState(false);
  const [committing, setCommitting] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);

  // Re-plan whenever the file or a mapping changes (pure and fast: no write). The settings the plan reads are
  // taken from a ref: a new settings object with the same values must not re-plan.
  const settingsRef = useRef(settings);
  useEffect(() => {
    settingsRef.current = settings;
  }, [settings]);
  const { government } = settings.organNames;
  const intakePoint = settings.intakePoints[0];
  const operator = settings.operatorName;
  useEffect(() => {
    if (!opened) return;
    let live = true;
    setPlanning(true);
    planSelections(opened.fileName, opened.selections, settingsRef.current, undefined, choices)
      .then((p) => {
        if (!live) return;
        setPlan(p);
        setPlanError(null);
      })
      .catch((e) => {
        if (!live) return;
        setPlan(null);
        setPlanError(errorText(e));
      })
      .finally(() => live && setPlanning(false));
    return () => {
      live = false;
    };
  }, [opened, choices, government, intakePoint, operator]);

  async function chooseFile(file: File): Promise<void> {
    setReading(true);
    setFileError(null);
    setOpened(null);
    setPlan(null);
    setDone(null);
    setChoices(NO_CHOICES);
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      const { selections } = await openFile(data, file.name);
      setOpened({ fileName: file.name, selections });
    } catch (e) {
      setFileError((e as Error)?.name === 'ImportFileError' ? (e as Error).message : `无法读取该文件：${(e as Error)?.message ?? String(e)}`);
    } finally {
      setReading(false);
    }
  }

  async function downloadTemplate(): Promise<void> {
    try {
      const { buildTemplate, TEMPLATE_FILE_NAME } = await import('./template');
      const data = await buildTemplate(settings.organNames);
      const result = await getHost().saveFile({ suggestedName: TEMPLATE_FILE_NAME, data, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
      if (result.saved) message.success(`已保存“${TEMPLATE_FILE_NAME}”`);
      else if (result.error) message.error(`模板没有保存：${result.error}`);
    } catch (e) {
      message.error(`生成模板失败：${(e as Error)?.message ?? String(e)}`);
    }
  }

  function updateSelection(index: number, next: SheetSelection): void {
    if (!opened) return;
    const selections = opened.selections.map((s, i) => (i === index ? next : s));
    setOpened({ ...opened, selections });
  }

  /**
   * The browser cannot tell whether it saved the safety backup's download (a blocked or refused download looks the
   * same to the page): the clerk says so, and only then does the import start.
   */
  const confirmDownload = (name: string) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title: '导入前的备份文件保存了吗？',
        content: (
          <div>
            <p>导入前的备份文件《{name}》已交给浏览器下载。请在浏览器的下载列表中确认它已保存（如浏览器询问或拦截，请允许保存）。</p>
            <p>只有确认备份已保存，才开始导入；否则本次不导入任何数据。</p>
          </div>
        ),
        okText: '备份已保存，开始导入',
        cancelText: '没有保存，取消导入',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  function confirmImport(): void {
    if (!plan || !opened) return;
    const c = plan.counts;
    const removing = plan.rows.filter((r) => r.removalsApplied).length;
    const kept = plan.rows.filter((r) => r.removals.length > 0 && !r.removalsApplied).length;
    modal.confirm({
      title: '确认导入',
      content: (
        <div>
          <p>将{countsText(c)}。</p>
          {c.skipped > 0 && (
            <p>
              有误的{c.skipped}行{mode === 'validOnly' ? '不会导入' : '：按您的选择，整个文件都不导入'}。
            </p>
          )}
          {removing > 0 && <p style={{ color: '#cf1322' }}>按您的勾选，{removing}条记录中文件为空的内容将从台账中删除。</p>}
          {kept > 0 && <p>{kept}条记录中文件为空、台账中已有的内容将保留。</p>}
          <p>导入前会自动备份；整个文件在一次操作中写入，要么全部成功，要么都不写入。导入后可在结果页“撤销本次导入”。</p>
        </div>
      ),
      okText: '导入',
      cancelText: '取消',
      onOk: async () => {
        setCommitting(true);
        try {
          const importId = newId();
          const counts = await commitImport(plan, {
            mode,
            actor: settings.operatorName,
            layouts: layoutsToRemember(opened.selections),
            importId,
            confirmDownload,
          });
          setDone({ fileName: opened.fileName, counts, importId, todo: plan.writes.length ? followUps(plan) : [], undone: false });
          setOpened(null);
          setPlan(null);
        } catch (e) {
          modal.error({ title: '没有导入', content: errorText(e) });
          // The ledger may have changed meanwhile: preview it again against what is stored now.
          setOpened({ ...opened });
        } finally {
          setCommitting(false);
        }
      },
    });
  }

  const rows = useMemo(() => (plan ? (onlyBad ? plan.rows.filter((r) => r.action === 'invalid') : plan.rows) : []), [plan, onlyBad]);
  const blocked =
    !plan ||
    plan.rows.length === 0 ||
    (mode === 'allOrNothing' && plan.counts.skipped > 0) ||
    (mode === 'validOnly' && plan.counts.skipped === plan.rows.length);

  return (
    <div>
      <PageTitle
        extra={
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
            下载导入模板
          </Button>
        }
      >
        台账导入
      </PageTitle>
      {done && <ImportResult done={done} onUndone={() => setDone({ ...done, undone: true })} onNext={() => setDone(null)} />}
      {!done && (
        <Upload.Dragger
          accept=".xlsx,.csv,.txt,.xls"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void chooseFile(file);
            return false;
          }}
          disabled={reading || committing}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入要导入的台账文件（.xlsx 或 .csv）</p>
          <p className="ant-upload-hint">
            可导入本系统的导入模板、年度导出的Excel，或自制的台账表格（表头可以不在第一行）。每个文件最多{MAX_ROWS_PER_FILE}行，单元格最多
            {MAX_CELL_CHARS}字。
          </p>
        </Upload.Dragger>
      )}
      {reading && <Spin style={{ display: 'block', margin: 24 }} description="正在读取文件…" />}
      {fileError && <Alert type="error" showIcon title={fileError} style={{ marginTop: 12 }} data-testid="import-file-error" />}
      {opened && (
        <div style={{ marginTop: 16 }}>
          <Typography.Title level={5}>1. 核对各工作表的台账类别和列</Typography.Title>
          {opened.selections.map((s, i) => (
            <SheetCard key={`${s.sheet.name}-${i}`} selection={s} onChange={(next) => updateSelection(i, next)} />
          ))}
          <Typography.Title level={5}>2. 预览</Typography.Title>
          {planError && <Alert type="error" showIcon title={planError} />}
          <Spin spinning={planning}>
            {plan && (
              <Card size="small">
                <StatRow
                  span={6}
                  style={{ marginBottom: 12 }}
                  items={[
                    { title: '新增', value: plan.counts.created, suffix: '条' },
                    { title: '更新', value: plan.counts.updated, suffix: '条' },
                    { title: '未变', value: plan.counts.unchanged, suffix: '条' },
                    { title: '有误', value: plan.counts.skipped, suffix: '条', alert: plan.counts.skipped > 0 },
                  ]}
                />
                <PlanNotices plan={plan} choices={choices} onKeepDrafts={(keep) => setChoices((c) => ({ ...c, keepCleanupDrafts: keep }))} />
                <Space style={{ marginBottom: 8 }}>
                  <Switch checked={onlyBad} onChange={setOnlyBad} aria-label="只看有误的行" />
                  <span>只看有误的行</span>
                </Space>
                <Table<PlannedRow>
                  size="small"
                  rowKey={(r) => `${r.sheet}-${r.row}`}
                  dataSource={rows}
                  pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 行` }}
                  locale={{ emptyText: '没有数据行' }}
                  columns={[
                    { title: '工作表', dataIndex: 'sheet', width: 120, ellipsis: true },
                    { title: '行号', dataIndex: 'row', width: 70 },
                    { title: '台账', key: 'ledger', width: 100, render: (_, r) => SHEET_LABELS[r.ledger] },
                    { title: '记录', dataIndex: 'label', width: 220, ellipsis: true },
                    {
                      title: '结果',
                      key: 'action',
                      width: 80,
                      render: (_, r) => <Tag color={ACTION_COLORS[r.action]}>{ROW_ACTION_LABELS[r.action]}</Tag>,
                    },
                    {
                      title: '问题与变化（红色：文件中为空、台账中已有的内容）',
                      key: 'issues',
                      render: (_, r) => (
                        <RowDetail
                          row={r}
                          onApplyRemovals={(on) => setChoices((c) => ({ ...c, applyRemovals: toggled(c.applyRemovals, plannedRowId(r), on) }))}
                          onLinkLater={(later) => setChoices((c) => ({ ...c, linkLater: toggled(c.linkLater, plannedRowId(r), later) }))}
                        />
                      ),
                    },
                  ]}
                />
              </Card>
            )}
          </Spin>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            3. 导入
          </Typography.Title>
          <Space orientation="vertical">
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
              <Radio value="validOnly">只导入无误的行（有误的行跳过）</Radio>
              <Radio value="allOrNothing">有误时整个文件都不导入</Radio>
            </Radio.Group>
            {plan && mode === 'allOrNothing' && plan.counts.skipped > 0 && (
              <Alert type="warning" showIcon title={`有${plan.counts.skipped}行有误，请改正后重新选择文件，或改为“只导入无误的行”`} />
            )}
            <Button type="primary" disabled={blocked || planning} loading={committing} onClick={confirmImport}>
              确认导入
            </Button>
          </Space>
        </div>
      )}
    </div>
  );
}

/** Above the preview table: what the file would remove (kept by default), and the 清理 batches applied with the import. */
function PlanNotices({ plan, choices, onKeepDrafts }: { plan: ImportPlan; choices: Choices; onKeepDrafts: (keep: boolean) => void }) {
  const withRemovals = plan.rows.filter((r) => r.removals.length > 0);
  const applied = withRemovals.filter((r) => r.removalsApplied).length;
  const batches = plan.cleanup;
  return (
    <>
      {withRemovals.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="import-removals-notice"
          title={`${withRemovals.length}条记录：文件中为空，而台账中已有办理步骤、日期或结果（红色标出）`}
          description={
            applied > 0
              ? `已勾选${applied}条按文件删除；其余保留台账中的内容，只补充文件新增的内容。`
              : '默认保留台账中的内容，只补充文件新增的内容；确需按文件删除的，请逐条勾选“按文件删除”。'
          }
        />
      )}
      {batches.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={
            <Space wrap>
              <span>
                清理批次：
                {batches.map((o) => `“${o.batch.name}”（${o.batch.items.length}件，${o.applied ? '导入时应用到文件库' : '暂不应用'}）`).join('、')}
              </span>
              <Switch
                size="small"
                checked={!choices.keepCleanupDrafts}
                onChange={(on) => onKeepDrafts(!on)}
                aria-label="已完成的清理批次导入时直接应用到文件库"
              />
              <span>已完成的批次（有完成日期、每件文件都有清理结果）导入时直接应用到文件库</span>
            </Space>
          }
        />
      )}
    </>
  );
}

/** The result of an import: its counts, what is left to do (with links), and 撤销本次导入. */
function ImportResult({ done, onUndone, onNext }: { done: Done; onUndone: () => void; onNext: () => void }) {
  const settings = useSettings();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const blocked = useLiveQuery(() => (done.undone ? Promise.resolve('本次导入已经撤销') : importUndoBlocked(done.importId)), [done]);
  const nothingWritten = done.counts.created + done.counts.updated === 0;
  async function undo(): Promise<void> {
    setBusy(true);
    try {
      await undoImport(done.importId, settings.operatorName);
      message.success(`已撤销本次导入《${done.fileName}》`);
      onUndone();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  const showBlocked = !done.undone && !!blocked && !nothingWritten;
  const showTodo = !done.undone && done.todo.length > 0;
  return (
    <Result
      status={done.undone ? 'info' : 'success'}
      title={done.undone ? '已撤销本次导入' : '导入完成'}
      subTitle={<span data-testid="import-result">{`《${done.fileName}》：${countsText(done.counts)}`}</span>}
      extra={
        <Space wrap>
          <Button onClick={onNext}>继续导入其他文件</Button>
          {!nothingWritten && !done.undone && (
            <Popconfirm
              title="撤销本次导入？"
              description={<div style={{ maxWidth: 360 }}>本次新增的记录移入回收站，更新的记录恢复为导入前的内容；撤销本身也会记入修改记录。</div>}
              okText="撤销"
              cancelText="取消"
              disabled={!!blocked}
              onConfirm={undo}
            >
              <Button danger loading={busy} disabled={blocked === undefined || !!blocked}>
                撤销本次导入
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      {/* antd draws the grey content box for any children, even false ones: only when there is something to say. */}
      {(showBlocked || showTodo) && (
        <>
          {showBlocked && (
            <Alert type="warning" showIcon title={`不能撤销本次导入：${blocked}`} style={{ marginBottom: 12 }} data-testid="import-undo-blocked" />
          )}
          {showTodo && (
            <div data-testid="import-todo">
              <Typography.Title level={5}>还需要办理</Typography.Title>
              <ul style={{ paddingLeft: 20, margin: 0 }}>
                {done.todo.map((t, i) => (
                  <li key={i} style={{ marginBottom: 4 }}>
                    {t.text}
                    {t.route && (
                      <>
                        {' '}
                        <Typography.Link onClick={() => navigate(t.route!)}>{t.linkText}</Typography.Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </Result>
  );
}
