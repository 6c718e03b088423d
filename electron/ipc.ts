import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { isAppUrl } from './window-options';

let trustedDevServerOrigin: string | undefined;

/**
 * Development only: lets the Vite dev server's page use the host API. main.ts calls this
 * only for an unpackaged app, so a packaged build trusts app://fazhi alone.
 */
export function trustDevServerOrigin(devServerUrl: string): void {
  trustedDevServerOrigin = new URL(devServerUrl).origin;
}

/**
 * Whether an IPC message comes from the app's own page: the top frame of a document served
 * from app://fazhi. Subframes and any other origin (a page reached by a navigation bug,
 * an injected iframe) are refused even though they share the preload's process.
 */
export function isTrustedSender(
  frameUrl: string | undefined,
  isTopFrame: boolean,
  devServerOrigin: string | undefined = trustedDevServerOrigin,
): boolean {
  return isTopFrame === true && isAppUrl(frameUrl, devServerOrigin);
}

/**
 * ipcMain.handle with the two checks every handler needs: the sender is the app's top
 * frame, and the single payload argument matches `schema`. `fn` sees only parsed data.
 */
export function handle<S extends z.ZodType, R>(
  channel: string,
  schema: S,
  fn: (payload: z.output<S>, event: IpcMainInvokeEvent) => R | Promise<R>,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    const frame = event.senderFrame;
    if (frame === null || !isTrustedSender(frame.url, frame.parent === null)) {
      console.warn(`[ipc] refused ${channel} from ${frame?.url ?? 'a destroyed frame'}`);
      throw new Error(`拒绝来自非本应用页面的请求（${channel}）`);
    }
    const parsed = args.length <= 1 ? schema.safeParse(args[0]) : undefined;
    if (parsed === undefined || !parsed.success) {
      throw new Error(`请求参数无效（${channel}）`);
    }
    return fn(parsed.data, event);
  });
}
