import { App } from 'antd';
import type { AppSettings } from '../../../../shared/settings';
import { saveSettings } from '../../db/settings-repo';
import { useSettings } from '../../app/settings-context';
import { errorText } from '../../ui/errors';

/** Saves a change to the settings (with its change-log entry) and tells the clerk. */
export function useSaveSettings(): (patch: Partial<AppSettings>, summary: string) => Promise<boolean> {
  const settings = useSettings();
  const { message } = App.useApp();
  return async (patch, summary) => {
    try {
      await saveSettings({ ...settings, ...patch }, summary);
      message.success('设置已保存');
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
  };
}
