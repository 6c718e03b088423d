import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Drawer, Form, Space, type FormInstance } from 'antd';
import type { BaseRecord } from '../../../shared/record';
import { getDb } from '../db/db';
import { ErrorNotice } from './ErrorNotice';
import { errorText, showOnForm } from './errors';
import { submitOnEnter, useFormGuard } from './form-guard';

interface Props<V, R extends BaseRecord> {
  open: boolean;
  title: string;
  width?: number;
  /** The record being edited (null for a new one), and its table: a save is refused if it changed after the form opened. */
  existing?: R | null;
  table?: string;
  /** The form's values when it opens (dates already as dayjs), from the record edited or, for a new one, null. */
  initial: (existing: R | null) => Record<string, unknown>;
  fieldNames: readonly string[];
  /** Saves the values; `openedAt` is the edited record's updatedAt when the form was opened. Throws a UserError to refuse them. */
  onSubmit: (values: V, openedAt: string | undefined) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance) => ReactNode;
}

/**
 * A form in a drawer that saves all or nothing: the rules' Chinese messages are shown at the top and each on its
 * field, and the drawer stays open until the save succeeds. Enter in a text field saves; Esc, a click on the mask or
 * the close button of a changed form asks before discarding. The save compares with the version the form was opened
 * with: when another window changed the record meanwhile, nothing is written and the clerk may reload it.
 */
export function FormDrawer<V, R extends BaseRecord = BaseRecord>({
  open,
  title,
  width = 720,
  existing = null,
  table,
  initial,
  fieldNames,
  onSubmit,
  onClose,
  children,
}: Props<V, R>) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const opened = useRef<R | null>(null);
  const guard = useFormGuard();

  const fill = (record: R | null) => {
    opened.current = record;
    setError(null);
    form.resetFields();
    form.setFieldsValue(initial(record));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the drawer opens (see below).
  useEffect(() => {
    if (!open) return;
    fill(existing);
    // Reset only when the drawer opens: the initial values must not overwrite what the clerk is typing.
  }, [open]);

  const reload = async () => {
    const id = opened.current?.id;
    if (!id || !table) return;
    const fresh = (await getDb().table(table).get(id)) as R | undefined;
    if (!fresh || fresh.deleted) {
      setError('该记录已被删除，无法重新载入');
      return;
    }
    fill(fresh);
  };

  const submit = async () => {
    setSaving(true);
    setError(null);
    form.setFields(fieldNames.map((name) => ({ name, errors: [] })));
    try {
      await onSubmit(form.getFieldsValue(true) as V, opened.current?.updatedAt);
      onClose();
    } catch (e) {
      setError(errorText(e));
      showOnForm(form, e, fieldNames);
      guard.offerReload(e, reload);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={() => guard.askDiscard(form.isFieldsTouched(), onClose)}
      size={width}
      destroyOnHidden
      title={title}
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={submit}>
            保存
          </Button>
        </Space>
      }
    >
      <ErrorNotice message={error} />
      <Form form={form} layout="vertical" onFinish={submit} onKeyDown={submitOnEnter(submit)}>
        {children(form)}
      </Form>
    </Drawer>
  );
}
