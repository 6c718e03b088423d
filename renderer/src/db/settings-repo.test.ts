import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../shared/settings';
import type { FazhiDb } from './db';
import { loadSettings, mergeSettings, saveSettings } from './settings-repo';
import { snapshot, withFreshDb } from './test-db';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

function settings(overrides: Partial<AppSettings> = {}): AppSettings {
  return { ...DEFAULT_SETTINGS, operatorName: '王五', ...overrides };
}

describe('saveSettings', () => {
  it('writes the settings and one change-log entry with before null the first time', async () => {
    const next = settings({ intakePoints: ['市司法局', '云阳镇'] });
    await saveSettings(next, '修改受理点');
    expect(await db.settings.toArray()).toEqual([{ key: 'app', value: next }]);
    const log = await db.changeLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ table: 'settings', recordId: 'app', action: 'settings', actor: '王五', summary: '修改受理点', before: null });
    expect(log[0].after).toEqual(next);
    expect(Number.isNaN(Date.parse(log[0].at))).toBe(false);
  });

  it('records the previous settings as before on the next save', async () => {
    const first = settings();
    const second = settings({ operatorName: '赵六', organNames: { ...DEFAULT_SETTINGS.organNames, caseNoPrefix: '镇政复' } });
    await saveSettings(first, '首次设置');
    await saveSettings(second, '修改案号前缀');
    expect(await db.settings.toArray()).toEqual([{ key: 'app', value: second }]);
    const log = await db.changeLog.orderBy('seq').toArray();
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ actor: '赵六', summary: '修改案号前缀' });
    expect(log[1].before).toEqual(first);
    expect(log[1].after).toEqual(second);
    expect(await loadSettings()).toEqual(second);
  });

  it('writes nothing when the change-log write fails', async () => {
    await saveSettings(settings(), '首次设置');
    const before = await snapshot(db);
    vi.spyOn(db.changeLog, 'add').mockImplementation(() => {
      throw new Error('磁盘已满');
    });
    await expect(saveSettings(settings({ operatorName: '赵六' }), '修改')).rejects.toThrow('磁盘已满');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('mergeSettings and loadSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(mergeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('fills every missing key, including missing keys inside organNames and correctionRate', () => {
    const stored = {
      operatorName: '王五',
      organNames: { government: '句容市人民政府' },
      correctionRate: { denominator: 'merits' },
    } as unknown as Partial<AppSettings>;
    const merged = mergeSettings(stored);
    expect(merged).toEqual({
      ...DEFAULT_SETTINGS,
      operatorName: '王五',
      organNames: { ...DEFAULT_SETTINGS.organNames, government: '句容市人民政府' },
      correctionRate: { ...DEFAULT_SETTINGS.correctionRate, denominator: 'merits' },
    });
  });

  it('loads stored settings saved by an older release (a key missing) with the default for that key', async () => {
    const { holidays: _h, ...old } = settings({ fields: ['公安'] });
    await db.settings.put({ key: 'app', value: old });
    const loaded = await loadSettings();
    expect(loaded.holidays).toEqual(DEFAULT_SETTINGS.holidays);
    expect(loaded.fields).toEqual(['公安']);
    expect(loaded.operatorName).toBe('王五');
  });
});

describe('mergeSettings of a bad stored value', () => {
  it('drops a member of the wrong type for its default, keeping the others', () => {
    const merged = mergeSettings({ operatorName: { name: '王五' }, intakePoints: ['市司法局', '云阳司法所'] } as never);
    expect(merged.operatorName).toBe('');
    expect(merged.intakePoints).toEqual(['市司法局', '云阳司法所']);
    expect(mergeSettings({ organNames: 'x', holidays: 5 } as never).organNames).toEqual(DEFAULT_SETTINGS.organNames);
  });
});
