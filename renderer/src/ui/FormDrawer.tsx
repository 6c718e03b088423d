import { useEffect, useState, type ReactNode } from 'react';
import { Button, Drawer, Form, Space, type FormInstance } from 'antd';
import { ErrorNotice } from './ErrorNotice';
import { errorText, showOnForm } from './errors';

interface Props<V> {
  open: boolean;
  title: string;
  width?: number;
  /** The form's values when it opens (dates already as dayjs). */
  initial: () => Record<string, unknown>;
  fieldNames: readonly string[];
  /** Saves the values; throws a UserError (with a field) to refuse them. */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance) => ReactNode;
}

/**
 * A form in a drawer that saves all or nothing: the rule's Chinese message is shown at the top and on the field it
 * names, and the drawer stays open until the save succeeds.
 */
export function FormDrawer<V>({ open, title, width = 720, initial, fieldNames, onSubmit, onClose, children }: Props<V>) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the drawer opens (see below).
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(initial());
    // Reset only when the drawer opens: the initial values must not overwrite what the clerk is typing.
  }, [open]);

  const submit = async () => {
    setSaving(true);
    setError(null);
    form.setFields(fieldNames.map((name) => ({ name, errors: [] })));
    try {
      await onSubmit(form.getFieldsValue(true) as V);
      onClose();
    } catch (e) {
      setError(errorText(e));
      showOnForm(form, e, fieldNames);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
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
      <Form form={form} layout="vertical" onFinish={submit}>
        {children(form)}
      </Form>
    </Drawer>
  );
}
