/** What other features may use of 回收站 (recycle): every import from outside goes through this file. */
export { liveConflict } from './conflicts';
