/**
 * The app modules of the export, import and backup issues, when they exist. import.meta.glob matches nothing for
 * a missing file (instead of failing the build), so the benchmark reports those rows as "not available".
 */
import type * as BackupService from '../../renderer/src/features/backup/backup-service';
import type * as Commit from '../../renderer/src/features/import/commit';
import type * as ExportContent from '../../renderer/src/features/export/export-content';
import type * as ImportFlow from '../../renderer/src/features/import/import-flow';
import type * as ReadFile from '../../renderer/src/features/import/read-file';
import type * as XlsxBuilder from '../../renderer/src/features/export/xlsx-builder';
import type * as YearData from '../../renderer/src/features/export/year-data';
import type * as ImportPlan from '../../shared/import/plan';

type Loader = () => Promise<unknown>;
const modules: Record<string, Loader> = import.meta.glob([
  '../../renderer/src/features/export/year-data.ts',
  '../../renderer/src/features/export/export-content.ts',
  '../../renderer/src/features/export/xlsx-builder.ts',
  '../../renderer/src/features/import/import-flow.ts',
  '../../renderer/src/features/import/commit.ts',
  '../../renderer/src/features/import/read-file.ts',
  '../../shared/import/plan.ts',
  '../../renderer/src/features/backup/backup-service.ts',
]);

async function load<T>(path: string, names: (keyof T)[]): Promise<T | null> {
  const loader = modules[path];
  if (!loader) return null;
  const mod = (await loader()) as T;
  return names.every((n) => typeof mod[n] === 'function') ? mod : null;
}

export interface ExportFns {
  loadLedgerRecords: typeof YearData.loadLedgerRecords;
  /** Since issue 15: one year's records through the yearSpan index. */
  loadYearRecords?: typeof YearData.loadYearRecords;
  loadYearData: typeof YearData.loadYearData;
  computeYearData: typeof YearData.computeYearData;
  buildExportContent: typeof ExportContent.buildExportContent;
  buildXlsx: typeof XlsxBuilder.buildXlsx;
}

export async function exportFns(): Promise<ExportFns | null> {
  const [y, c, x] = await Promise.all([
    load<typeof YearData>('../../renderer/src/features/export/year-data.ts', ['loadLedgerRecords', 'loadYearData', 'computeYearData']),
    load<typeof ExportContent>('../../renderer/src/features/export/export-content.ts', ['buildExportContent']),
    load<typeof XlsxBuilder>('../../renderer/src/features/export/xlsx-builder.ts', ['buildXlsx']),
  ]);
  return y && c && x
    ? {
        loadLedgerRecords: y.loadLedgerRecords,
        ...(typeof y.loadYearRecords === 'function' ? { loadYearRecords: y.loadYearRecords } : {}),
        loadYearData: y.loadYearData,
        computeYearData: y.computeYearData,
        buildExportContent: c.buildExportContent,
        buildXlsx: x.buildXlsx,
      }
    : null;
}

export interface ImportFns {
  openFile: typeof ImportFlow.openFile;
  planSelections: typeof ImportFlow.planSelections;
  commitImport: typeof Commit.commitImport;
  loadExcelJS: typeof ReadFile.loadExcelJS;
  layoutsToRemember: typeof ImportPlan.layoutsToRemember;
}

export async function importFns(): Promise<ImportFns | null> {
  const [f, c, r, p] = await Promise.all([
    load<typeof ImportFlow>('../../renderer/src/features/import/import-flow.ts', ['openFile', 'planSelections']),
    load<typeof Commit>('../../renderer/src/features/import/commit.ts', ['commitImport']),
    load<typeof ReadFile>('../../renderer/src/features/import/read-file.ts', ['loadExcelJS']),
    load<typeof ImportPlan>('../../shared/import/plan.ts', ['layoutsToRemember']),
  ]);
  return f && c && r && p
    ? {
        openFile: f.openFile,
        planSelections: f.planSelections,
        commitImport: c.commitImport,
        loadExcelJS: r.loadExcelJS,
        layoutsToRemember: p.layoutsToRemember,
      }
    : null;
}

export async function backupFns(): Promise<Pick<typeof BackupService, 'takeBackup' | 'prepareRestore' | 'applyRestore'> | null> {
  const b = await load<typeof BackupService>('../../renderer/src/features/backup/backup-service.ts', [
    'takeBackup',
    'prepareRestore',
    'applyRestore',
  ]);
  return b ? { takeBackup: b.takeBackup, prepareRestore: b.prepareRestore, applyRestore: b.applyRestore } : null;
}
