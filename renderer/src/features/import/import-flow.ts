/**
 * The steps of an import as the page runs them: read the file and offer its sheets (with remembered or detected
 * layouts), plan against the stored records, then commit (commit.ts).
 */
import { initialSelections, planImport, type ImportPlan, type SheetSelection } from '../../../../shared/import/plan';
import type { RawWorkbook } from '../../../../shared/import/types';
import type { AppSettings } from '../../../../shared/settings';
import { loadMappingMemory } from './commit';
import { importContext, loadExistingData } from './prepare';
import { readWorkbook } from './read-file';

export interface OpenedFile {
  workbook: RawWorkbook;
  selections: SheetSelection[];
}

export async function openFile(data: Uint8Array, fileName: string): Promise<OpenedFile> {
  const workbook = await readWorkbook(data, fileName);
  const selections = initialSelections(workbook, await loadMappingMemory());
  return { workbook, selections };
}

/** Plans the chosen sheets against the records stored now. `today` only for tests. */
export async function planSelections(fileName: string, selections: readonly SheetSelection[], settings: AppSettings, today?: string): Promise<ImportPlan> {
  return planImport(fileName, selections, await loadExistingData(), importContext(settings, today));
}
