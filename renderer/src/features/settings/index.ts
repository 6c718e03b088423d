/** What other features may use of 设置 (settings): every import from outside goes through this file. */
export { useSaveSettings } from './use-save-settings';
