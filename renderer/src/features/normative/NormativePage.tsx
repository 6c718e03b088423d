import { Tabs } from 'antd';
import { PageTitle } from '../../ui/PageTitle';
import { navigate } from '../../app/router';
import { BatchPage } from './BatchPage';
import { CleanupTab } from './CleanupTab';
import { DocumentPage } from './DocumentPage';
import { DocumentsTab } from './DocumentsTab';
import { FilingTab } from './FilingTab';
import { LegalityTab } from './LegalityTab';

const TABS = [
  { key: 'registry', label: '文件库', children: <DocumentsTab /> },
  { key: 'legality', label: '合法性审核', children: <LegalityTab /> },
  { key: 'filing', label: '备案审查', children: <FilingTab /> },
  { key: 'cleanup', label: '文件清理', children: <CleanupTab /> },
];

/** #/normative/{registry|legality|filing|cleanup}, #/normative/doc/:id, #/normative/cleanup/:id */
export function NormativePage({ path }: { path: string[] }) {
  const [tab = 'registry', id] = path;
  if (tab === 'doc' && id) return <DocumentPage id={id} />;
  if (tab === 'cleanup' && id) return <BatchPage id={id} />;
  return (
    <div>
      <PageTitle>规范性文件</PageTitle>
      <Tabs
        activeKey={TABS.some((t) => t.key === tab) ? tab : 'registry'}
        onChange={(k) => navigate(`/normative/${k}`)}
        items={TABS}
        destroyOnHidden
      />
    </div>
  );
}
