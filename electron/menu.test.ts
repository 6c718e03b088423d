import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutDetail, buildMenuTemplate } from './menu';

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu as MenuItemConstructorOptions[]).filter((item) => item.type !== 'separator');
}

describe('buildMenuTemplate', () => {
  const showAbout = vi.fn();
  const openLogFolder = vi.fn();
  const template = buildMenuTemplate({ showAbout, openLogFolder });

  it('has the four Chinese top-level menus', () => {
    expect(template.map((menu) => menu.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
  });

  it('gives every standard item a role and a Chinese label', () => {
    const byMenu = template.map((menu) => items(menu).map((item) => [item.role ?? null, item.label]));
    expect(byMenu).toEqual([
      [['quit', '退出']],
      [
        ['undo', '撤销'],
        ['redo', '重做'],
        ['cut', '剪切'],
        ['copy', '复制'],
        ['paste', '粘贴'],
        ['selectAll', '全选'],
      ],
      [
        ['reload', '重新加载'],
        ['resetZoom', '实际大小'],
        ['zoomIn', '放大'],
        ['zoomOut', '缩小'],
        ['togglefullscreen', '全屏'],
      ],
      [
        [null, '打开日志文件夹'],
        [null, '关于'],
      ],
    ]);
  });

  it('opens the about dialog from 帮助 → 关于', () => {
    const about = items(template[3])[1];
    (about.click as () => void)();
    expect(showAbout).toHaveBeenCalledOnce();
    expect(openLogFolder).not.toHaveBeenCalled();
  });

  it('opens the log folder from 帮助 → 打开日志文件夹', () => {
    const item = items(template[3])[0];
    (item.click as () => void)();
    expect(openLogFolder).toHaveBeenCalledOnce();
  });

  it('offers no developer tools', () => {
    const roles = template.flatMap((menu) => items(menu).map((item) => item.role));
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('forceReload');
  });
});

describe('aboutDetail', () => {
  it('names the version', () => {
    const text = aboutDetail('0.1.0', { electron: '45.3.4', chrome: '140.0.0.0' });
    expect(text).toContain('版本：0.1.0');
    expect(text).toContain('Electron：45.3.4');
  });
});
