import { useCallback, useState } from 'react';
import { App } from 'antd';
import { UserError } from '../../db/write';
import { applyRestore, type BackupSource, type PreparedRestore, prepareRestore, type RestoreOutcome } from './backup-service';
import { RestoreSummary } from './RestoreSummary';

/** Larger than any backup the app writes; refuses to read a stray huge file into memory. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export interface RestoreDone extends RestoreOutcome {
  source: string;
}

function restoreErrorText(e: unknown): string {
  if (e instanceof UserError) return e.message;
  return `恢复失败，当前数据保持不变：${(e as Error)?.message ?? String(e)}`;
}

/**
 * The restore dialog flow: read and check the backup (a failed check changes nothing and
 * says why), show what it holds, and only on 恢复 replace the data.
 */
export function useRestore(options: { confirm: boolean } = { confirm: true }) {
  const { modal, message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<RestoreDone | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (read: () => Promise<BackupSource>, source: string) => {
      setError(null);
      setDone(null);
      setBusy(true);
      let prepared: PreparedRestore;
      try {
        prepared = await prepareRestore(await read());
      } catch (e) {
        setError(restoreErrorText(e));
        setBusy(false);
        return;
      }
      const apply = async () => {
        try {
          const outcome = await applyRestore(prepared, source);
          setDone({ ...outcome, source });
          void message.success('数据已从备份恢复');
        } catch (e) {
          setError(restoreErrorText(e));
        } finally {
          setBusy(false);
        }
      };
      if (!options.confirm) {
        await apply();
        return;
      }
      modal.confirm({
        title: '用这份备份替换当前全部数据？',
        width: 560,
        content: <RestoreSummary header={prepared.backup} source={source} />,
        okText: '恢复',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: apply,
        onCancel: () => setBusy(false),
      });
    },
    [modal, message, options.confirm],
  );

  const restoreFile = useCallback(
    (file: File) =>
      run(async () => {
        if (file.size > MAX_FILE_BYTES) throw new UserError('所选文件过大，不是法治台账的备份文件，未做任何改动。');
        // Read as a stream by the backup's worker: never one string or buffer of the whole file in the page.
        return file.stream();
      }, file.name),
    [run],
  );

  const clear = () => {
    setError(null);
    setDone(null);
  };
  return { run, restoreFile, error, done, busy, clear };
}
