import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { answerOperatorGate, electronSkipReason, launchApp, removeDir, saveDialogsShown, stubSaveDialog, tempDir } from './launch';

const skipReason = electronSkipReason();
test.skip(skipReason !== null, skipReason ?? '');

test('年度统计 → 导出Excel saves an .xlsx through the save dialog', async () => {
  const outDir = tempDir('fazhi-export-');
  const target = path.join(outDir, '年度统计.xlsx');
  const { app, window, userData, close } = await launchApp();
  try {
    await answerOperatorGate(window);
    await stubSaveDialog(app, target);
    await window.getByRole('menuitem', { name: '年度统计' }).click();
    await window
      .getByRole('button', { name: /导出\s*Excel/ })
      .first()
      .click();

    await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true);
    const bytes = readFileSync(target);
    // An .xlsx is a zip ("PK\x03\x04") holding a workbook.
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('xl/workbook.xml')).not.toBeNull();

    // The dialog proposed an .xlsx name and offered the Excel filter.
    const [shown] = await saveDialogsShown(app);
    expect(shown.defaultPath).toMatch(/\.xlsx$/);
    expect(shown.filters?.some((filter) => filter.extensions.includes('xlsx'))).toBe(true);
    // No temp file is left beside the export (the write is atomic: temp file, then rename).
    expect(readdirSync(outDir)).toEqual(['年度统计.xlsx']);
  } finally {
    await close();
    removeDir(userData);
    removeDir(outDir);
  }
});
