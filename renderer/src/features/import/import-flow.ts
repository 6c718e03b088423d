/**
 * The steps of an import as the page runs them: read the file and offer its sheets (with remembered or detected
 * layouts), plan against the stored records, then commit (commit.ts). Each step is measured (timing.ts).
 */
import { existingNeeds, initialSelections, planImport, type ImportPlan, type PlanOptions, type SheetSelection } from '../../../../shared/import/plan';
import type { RawWorkbook } from '../../../../shared/import/types';
import type { AppSettings } from '../../../../shared/settings';
import { loadMappingMemory } from './commit';
import { importContext, loadExistingData } from './prepare';
import { readWorkbook } from './read-file';
import { timed } from './timing';

export interface OpenedFile {
  workbook: RawWorkbook;
  selections: SheetSelection[];
}

export async function openFile(data: Uint8Array, fileName: string): Promise<OpenedFile> {
  const workbook = await timed('read', () => readWorkbook(data, fileName));
  const memory = await loadMappingMemory();
  const selections = await timed('detect', () => initialSelections(workbook, memory));
  return { workbook, selections };
}

/**
 * Plans the chosen sheets against the records stored now (only those the plan can look at), with the clerk's choices
 * (`opts`: the rows whose removals are applied). `today` only for tests.
 */
export async function planSelections(
  fileName: string,
  selections: readonly SheetSelection[],
  settings: AppSettings,
  today?: string,
  opts: PlanOptions = {},
): Promise<ImportPlan> {
  const existing = await timed('load', () => loadExistingData(existingNeeds(selections)));
  return timed('plan', () => planImport(fileName, selections, existing, importContext(settings, today), opts));
}
