/** What other features may use of 数据备份与恢复 (backup): every import from outside goes through this file. */
export { takeBackup, type ConfirmDownload } from './backup-service';
export { StorageSettings } from './StorageSettings';
