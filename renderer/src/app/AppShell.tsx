import { App, Layout, Menu, Result, Spin } from 'antd';
import {
  BarChartOutlined,
  BellOutlined,
  CloudServerOutlined,
  DeleteOutlined,
  HistoryOutlined,
  ImportOutlined,
  SettingOutlined,
  SyncOutlined,
} from '../ui/icons';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { navigate, parseHash, usePath } from './router';
import { GlobalSearch } from './GlobalSearch';
import { LEAVE_TEXT, LEAVE_TITLE, setLeaveAsker } from '../ui/unsaved';
import { SettingsProvider } from './settings-context';
import { OperatorGate } from './OperatorGate';
import { LEDGER_PAGES, preloadStatsPanels } from './ledger-pages';
import { BackupNotices } from '../features/backup/BackupNotices';
import { UndoButton } from '../features/history/UndoButton';
import { SyncStatusTag } from '../features/sync/SyncStatusTag';
import { TodoPage } from '../features/todo/TodoPage';
import { preloadStatsCharts } from '../features/stats';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { DatabaseClosedNotice } from '../ui/DatabaseClosedNotice';
import { yearOf } from '../../../shared/dates';
import { today } from '../ui/dates';

// The first page (待办) comes with the app; every other page is a chunk of its own, fetched when first opened
// (the ledgers' pages: ledger-pages.tsx).
const BackupPage = lazy(() => import('../features/backup/BackupPage').then((m) => ({ default: m.BackupPage })));
const ImportPage = lazy(() => import('../features/import/ImportPage').then((m) => ({ default: m.ImportPage })));
const HistoryPage = lazy(() => import('../features/history/HistoryPage').then((m) => ({ default: m.HistoryPage })));
const RecycleBinPage = lazy(() => import('../features/recycle/RecycleBinPage').then((m) => ({ default: m.RecycleBinPage })));
// On its first visit 年度统计 starts reading the year (#/stats?year=Y, this year without one, as StatsPage reads
// it) and fetches its panels' code and the charts together with its own code, not each after the other.
const StatsPage = lazy(() => {
  const y = parseHash(window.location.hash).query.get('year');
  const year = y !== null && /^-?\d+$/.test(y) ? Number(y) : yearOf(today());
  void Promise.all([
    import('../features/export/year-read').then((m) => m.prefetchYearRecords(year)),
    preloadStatsPanels(),
    preloadStatsCharts(),
  ]).catch(() => undefined);
  return import('../features/stats/StatsPage').then((m) => ({ default: m.StatsPage }));
});
const SyncSettingsPage = lazy(() => import('../features/sync/SyncSettingsPage').then((m) => ({ default: m.SyncSettingsPage })));
const SyncConflictsPage = lazy(() => import('../features/sync/SyncConflictsPage').then((m) => ({ default: m.SyncConflictsPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

const { Sider, Content, Header } = Layout;

const MENU = [
  { key: 'todo', icon: <BellOutlined />, label: '待办' },
  ...LEDGER_PAGES.map(({ key, icon, label }) => ({ key, icon, label })),
  { key: 'stats', icon: <BarChartOutlined />, label: '年度统计' },
  { key: 'import', icon: <ImportOutlined />, label: '台账导入' },
  { key: 'backup', icon: <CloudServerOutlined />, label: '数据备份与恢复' },
  { key: 'history', icon: <HistoryOutlined />, label: '修改记录' },
  { key: 'recycle', icon: <DeleteOutlined />, label: '回收站' },
  { key: 'sync-conflicts', icon: <SyncOutlined />, label: '同步冲突' },
  { key: 'settings', icon: <SettingOutlined />, label: '设置' },
];

function Page({ path }: { path: string[] }): ReactNode {
  const [section] = path;
  const ledger = LEDGER_PAGES.find((p) => p.key === section);
  if (ledger) return ledger.page(path.slice(1));
  switch (section) {
    case 'stats':
      return <StatsPage />;
    case 'import':
      return <ImportPage />;
    case 'backup':
      return <BackupPage />;
    case 'history':
      return <HistoryPage />;
    case 'recycle':
      return <RecycleBinPage />;
    case 'settings':
      return path[1] === 'sync' ? <SyncSettingsPage /> : <SettingsPage />;
    case 'sync-conflicts':
      return <SyncConflictsPage />;
    default:
      return <TodoPage />;
  }
}

/** Asks, in the app's own dialog, before a page with unsaved changes is left (ui/unsaved.ts, app/router.ts). */
function LeaveQuestion() {
  const { modal } = App.useApp();
  useEffect(
    () =>
      setLeaveAsker((leave) =>
        modal.confirm({
          title: LEAVE_TITLE,
          content: LEAVE_TEXT,
          okText: '放弃修改并离开',
          okButtonProps: { danger: true },
          cancelText: '留在本页',
          onOk: leave,
        }),
      ),
    [modal],
  );
  return null;
}

export function AppShell({ startupProblem }: { startupProblem: string | null }) {
  // The path only: a page's view in the query (#/review?q=…) re-renders that page, not the shell.
  const path = usePath();
  // The explicit "started" signal the e2e suites wait for (instead of sleeping).
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
    // The pages used all day are fetched a little after the first screen is up (not competing with it), so
    // that opening them waits for no code.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 0));
    const timer = window.setTimeout(() => idle(() => void Promise.all(LEDGER_PAGES.map((p) => p.preload?.())).catch(() => undefined)), 2000);
    return () => clearTimeout(timer);
  }, []);
  if (startupProblem) {
    return <Result status="error" title="法治台账无法打开数据库" subTitle={startupProblem} />;
  }
  const section = path[0] ?? 'todo';
  return (
    <ErrorBoundary scope="app">
      <SettingsProvider>
        <DatabaseClosedNotice />
        <LeaveQuestion />
        {/* The window does not scroll: the menu and the header stay, the page scrolls inside Content. */}
        <Layout style={{ height: '100vh' }}>
          <Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0', overflowY: 'auto' }}>
            <div style={{ padding: '16px 20px', fontSize: 20, fontWeight: 600, color: '#a8071a' }}>法治台账</div>
            <Menu mode="inline" selectedKeys={[section]} items={MENU} onClick={(e) => navigate(`/${e.key}`)} style={{ borderInlineEnd: 'none' }} />
          </Sider>
          <Layout>
            <Header style={{ background: '#fff', padding: '0 24px', height: 48, lineHeight: '48px', borderBottom: '1px solid #f0f0f0' }}>
              <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12 }}>
                <SyncStatusTag />
                <GlobalSearch />
                <UndoButton />
                <OperatorGate />
              </div>
            </Header>
            <Content style={{ padding: 20, overflow: 'auto' }}>
              <BackupNotices />
              <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
                <ErrorBoundary scope="page" key={path.join('/')}>
                  <Page path={path} />
                </ErrorBoundary>
              </Suspense>
            </Content>
          </Layout>
        </Layout>
      </SettingsProvider>
    </ErrorBoundary>
  );
}
