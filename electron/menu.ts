import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  showAbout(): void;
  /** For a support call: shows the folder of the log file (electron/log.ts). */
  openLogFolder(): void;
}

/**
 * The application menu. Roles give the standard behaviour and shortcuts; labels are set
 * explicitly because Electron's role labels are English. "(&F)" marks the Alt mnemonic,
 * the convention of Chinese Windows software.
 */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: '文件(&F)',
      submenu: [{ role: 'quit', label: '退出' }],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { type: 'separator' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'reload', label: '重新加载' },
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [
        { label: '打开日志文件夹', click: () => actions.openLogFolder() },
        { type: 'separator' },
        { label: '关于', click: () => actions.showAbout() },
      ],
    },
  ];
}

/** Text of the 关于 dialog. */
export function aboutDetail(version: string, versions: { electron?: string; chrome?: string }): string {
  const lines = [`版本：${version}`];
  if (versions.electron) lines.push(`Electron：${versions.electron}`);
  if (versions.chrome) lines.push(`Chromium：${versions.chrome}`);
  lines.push('', '司法局行政复议、规范性文件、行政协议审查台账与年度统计。');
  return lines.join('\n');
}
