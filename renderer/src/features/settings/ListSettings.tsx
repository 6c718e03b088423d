import { useEffect } from 'react';
import { Button, Form, Select } from 'antd';
import { useSettings } from '../../app/settings-context';
import { useSaveSettings } from './use-save-settings';
import { useUnsavedMark } from '../../ui/unsaved';

interface Lists {
  actCategories: string[];
  fields: string[];
  intakePoints: string[];
}

const LABELS: Record<keyof Lists, string> = {
  actCategories: '行为类别',
  fields: '管理领域',
  intakePoints: '受理点',
};

const clean = (items: string[] | undefined) => [...new Set((items ?? []).map((s) => s.trim()).filter(Boolean))];

export function ListSettings() {
  const settings = useSettings();
  const save = useSaveSettings();
  const mark = useUnsavedMark();
  const [form] = Form.useForm<Lists>();
  useEffect(
    () => form.setFieldsValue({ actCategories: settings.actCategories, fields: settings.fields, intakePoints: settings.intakePoints }),
    [settings.actCategories, settings.fields, settings.intakePoints, form],
  );

  const submit = async (v: Lists) => {
    const next = { actCategories: clean(v.actCategories), fields: clean(v.fields), intakePoints: clean(v.intakePoints) };
    if (await save(next, '修改选项列表（行为类别、管理领域、受理点）')) mark(false);
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => mark(true)}>
      {(Object.keys(LABELS) as (keyof Lists)[]).map((k) => (
        <Form.Item
          key={k}
          name={k}
          label={LABELS[k]}
          rules={[{ required: true, type: 'array', min: 1, message: `${LABELS[k]}至少保留一项` }]}
          extra={k === 'intakePoints' ? '如：市司法局、各镇（区、街道）司法所受理点' : '输入后按回车添加；已登记案件中的旧值不受影响'}
        >
          <Select mode="tags" tokenSeparators={['，', ',']} open={false} />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit">
        保存选项列表
      </Button>
    </Form>
  );
}
