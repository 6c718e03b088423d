import { describe, expect, it } from 'vitest';
import { HOST_API_GLOBAL, IPC_CHANNELS, MAX_EXTERNAL_URL_LENGTH, isSafeExternalUrl } from './host-api';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.moj.gov.cn/',
    'http://www.gov.cn/zhengce/index.htm',
    'https://flk.npc.gov.cn/detail2.html?ZmY4MDgxODE3OTZhNjM2YTAxNzk4MjJhMTk2NDBjOTI%3D',
    'HTTPS://EXAMPLE.COM/path#frag',
    'https://例子.中国/',
    'https://127.0.0.1:8080/',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['file with host', 'file://server/share/x.docx'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript with slashes', 'javascript://example.com/%0aalert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['the app scheme', 'app://fazhi/index.html'],
    ['a custom handler', 'ms-msdt://example'],
    ['mailto', 'mailto:someone@example.com'],
    ['ftp', 'ftp://example.com/'],
    ['username', 'https://user@example.com/'],
    ['username and password', 'https://user:pass@example.com/'],
    ['empty credentials', 'https://@example.com/'],
    ['empty credentials with colon', 'https://:@example.com/'],
    ['no host', 'http://'],
    ['no slashes', 'http:example.com'],
    ['one slash', 'https:/example.com'],
    ['backslash trick', 'https:\\\\example.com'],
    ['leading space', ' https://example.com/'],
    ['embedded newline', 'https://exa\nmple.com/'],
    ['tab', 'https://example.com/\t'],
    ['empty', ''],
    ['relative', '/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses overlong URLs', () => {
    const url = `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings arriving through untyped channels', () => {
    expect(isSafeExternalUrl(42 as unknown as string)).toBe(false);
    expect(isSafeExternalUrl(undefined as unknown as string)).toBe(false);
  });
});

describe('host API constants', () => {
  it('keeps the global name and channel names stable', () => {
    expect(HOST_API_GLOBAL).toBe('fazhiHost');
    expect(IPC_CHANNELS).toEqual({
      getAppInfo: 'host:getAppInfo',
      saveFile: 'host:saveFile',
      openExternal: 'host:openExternal',
      showItemInFolder: 'host:showItemInFolder',
      openLogFolder: 'host:openLogFolder',
      beginBackup: 'host:beginBackup',
      appendBackup: 'host:appendBackup',
      finishBackup: 'host:finishBackup',
      abortBackup: 'host:abortBackup',
      listBackups: 'host:listBackups',
      readBackupChunk: 'host:readBackupChunk',
      getBackupFolder: 'host:getBackupFolder',
      chooseBackupFolder: 'host:chooseBackupFolder',
      quitBackupDone: 'host:quitBackupDone',
      saveSyncCredentials: 'host:saveSyncCredentials',
      loadSyncCredentials: 'host:loadSyncCredentials',
      clearSyncCredentials: 'host:clearSyncCredentials',
      trustCertificate: 'host:trustCertificate',
      certificateOf: 'host:certificateOf',
      allowSyncServer: 'host:allowSyncServer',
    });
  });
});
