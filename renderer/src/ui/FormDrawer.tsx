import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Drawer, Form, Space, type FormInstance } from 'antd';
import type { BaseRecord } from '../../../shared/record';
import { getDb } from '../db/db';
import { ErrorNotice } from './ErrorNotice';
import { errorText, showOnForm } from './errors';
import { submitOnEnter, useFormChanged, useFormGuard } from './form-guard';

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
  /** Changed by the clerk since it was filled (onValuesChange: not the values the form set itself, e.g. a proposed 案号). */
  const changed = useFormChanged();
  const guard = useFormGuard();

  const fill = (record: R | null) => {
    opened.current = record;
    changed.set(false);
    setError(null);
    form.resetFields();
    form.setFieldsValue(initial(record));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the drawer opens (see below).
  useEffect(() => {
    if (!open) {
      changed.set(false);
      return;
    }
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
    // Not unsaved while it saves: onSubmit may open the saved record's page (that must not ask); back if refused.
    const wasChanged = changed.current;
    changed.set(false);
    try {
      await onSubmit(form.getFieldsValue(true) as V, opened.current?.updatedAt);
      onClose();
    } catch (e) {
      changed.set(wasChanged);
      setError(errorText(e));
      showOnForm(form, e, fieldNames);
      guard.offerReload(e, reload);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawerFrame
      open={open}
      title={title}
      width={width}
      saving={saving}
      error={error}
      onClose={() => guard.askDiscard(changed, onClose)}
      onCancel={onClose}
      onSave={submit}
    >
      <Form form={form} layout="vertical" onFinish={submit} onKeyDown={submitOnEnter(submit)} onValuesChange={() => changed.set(true)}>
        {children(form)}
      </Form>
    </FormDrawerFrame>
  );
}

/**
 * The drawer around a form: 取消 and 保存 at its top, the refusal's message above the fields. `onClose` is Esc, the
 * mask and the close button (the form asks there before discarding); `onCancel` is the 取消 button.
 */
export function FormDrawerFrame(props: {
  open: boolean;
  title: string;
  width: number;
  saving: boolean;
  error: string | null;
  onClose: () => void;
  onCancel: () => void;
  onSave: () => void;
  children: ReactNode;
}) {
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      size={props.width}
      destroyOnHidden
      title={props.title}
      extra={
        <Space>
          <Button onClick={props.onCancel}>取消</Button>
          <Button type="primary" loading={props.saving} onClick={props.onSave}>
            保存
          </Button>
        </Space>
      }
    >
      <ErrorNotice message={props.error} />
      {props.children}
    </Drawer>
  );
}
