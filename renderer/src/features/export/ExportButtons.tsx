import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '../../ui/icons';
import type { SaveFileRequest } from '../../../../shared/host-api';
import type { LedgerRecords } from '../../../../shared/year-records';
import { useSettings } from '../../app/settings-context';
import { getHost } from '../../host/host';
import { buildExportContent, EMPTY_YEAR_TEXT, exportFileName, type ExportContent } from './export-content';
import { computeYearData, loadYearData } from './year-data';

type Kind = 'xlsx' | 'docx';

const SAVED_KEY = 'export-saved';
const FAILED_KEY = 'export-failed';

const FILTERS: Record<Kind, SaveFileRequest['filters']> = {
  xlsx: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  docx: [{ name: 'Word 文档', extensions: ['docx'] }],
};

/** exceljs and docx are large: they are fetched on the first click, never with the first screen. */
async function build(kind: Kind, content: ExportContent): Promise<Uint8Array> {
  if (kind === 'xlsx') return (await import('./xlsx-builder')).buildXlsx(content);
  return (await import('./docx-builder')).buildDocx(content);
}

/**
 * 导出Excel / 导出Word for the year chosen on the 年度统计 page. `records`: the records the year can read, as the page
 * holds them (year-data.ts loadYearRecords; null while it still reads them): reading them again would take longer
 * than the workbook.
 */
export function ExportButtons({ year, records = null }: { year: number; records?: LedgerRecords | null }) {
  const { message, notification } = App.useApp();
  const settings = useSettings();
  const [busy, setBusy] = useState<Kind | null>(null);

  // Bottom right: at the top right the notice would cover these very buttons.
  const placement = 'bottomRight' as const;

  async function exportYear(kind: Kind): Promise<void> {
    setBusy(kind);
    // The notices of an earlier export are about another file.
    notification.destroy(SAVED_KEY);
    notification.destroy(FAILED_KEY);
    const name = exportFileName(year, kind);
    try {
      const content = buildExportContent(records ? computeYearData(records, settings, year) : await loadYearData(year));
      const data = await build(kind, content);
      const host = getHost();
      const result = await host.saveFile({ suggestedName: name, data, filters: FILTERS[kind] });
      const emptyNote = content.empty ? `（${EMPTY_YEAR_TEXT}，文件中已注明）` : '';
      if (result.saved && result.path) {
        const path = result.path;
        notification.success({
          key: SAVED_KEY,
          placement,
          title: `已保存${emptyNote}`,
          description: path,
          duration: 10,
          actions: (
            <Button size="small" onClick={() => void host.showItemInFolder(path)}>
              打开所在文件夹
            </Button>
          ),
        });
      } else if (result.saved) {
        message.success(`已导出“${name}”${emptyNote}`);
      } else if (result.error) {
        notification.error({ key: FAILED_KEY, placement, title: '导出失败，文件没有保存', description: result.error, duration: 0 });
      }
      // Neither saved nor an error: the clerk cancelled the dialog.
    } catch (e) {
      notification.error({ key: FAILED_KEY, placement, title: '导出失败', description: (e as Error)?.message ?? String(e), duration: 0 });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Space>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === 'xlsx'}
        disabled={busy !== null && busy !== 'xlsx'}
        onClick={() => void exportYear('xlsx')}
      >
        导出Excel
      </Button>
      <Button
        icon={<FileWordOutlined />}
        loading={busy === 'docx'}
        disabled={busy !== null && busy !== 'docx'}
        onClick={() => void exportYear('docx')}
      >
        导出Word
      </Button>
    </Space>
  );
}
