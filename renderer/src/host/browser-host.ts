import type { AppInfo, HostApi, SaveFileRequest, SaveFileResult } from '../../../shared/host-api';
import { isSafeExternalUrl } from '../../../shared/host-api';

/** The host API in a plain browser: files leave as downloads. */
export const browserHost: HostApi = {
  async getAppInfo(): Promise<AppInfo> {
    return { kind: 'browser', version: __APP_VERSION__, platform: navigator.platform };
  },
  async saveFile(req: SaveFileRequest): Promise<SaveFileResult> {
    const blob = new Blob([req.data as BlobPart]);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = req.suggestedName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { saved: true };
  },
  async openExternal(url: string): Promise<boolean> {
    if (!isSafeExternalUrl(url)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },
  async showItemInFolder(): Promise<void> {},
  // A browser keeps no log file of ours.
  async openLogFolder(): Promise<boolean> {
    return false;
  },
};
