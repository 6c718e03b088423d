/** What other features may use of 行政应诉 (litigation): every import from outside goes through this file. */
export { useLiveLitigation } from './use-litigation';
