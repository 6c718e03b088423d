import { useEffect } from 'react';
import { Button, Form, Input } from 'antd';
import type { OrganNames } from '../../../../shared/settings';
import { useSettings } from '../../app/settings-context';
import { useSaveSettings } from './use-save-settings';

const LABELS: Record<keyof OrganNames, string> = {
  government: '复议机关（人民政府）名称',
  bureau: '司法局名称',
  caseNoPrefix: '案号前缀',
};

export function OrganSettings() {
  const settings = useSettings();
  const save = useSaveSettings();
  const [form] = Form.useForm<OrganNames>();
  useEffect(() => form.setFieldsValue(settings.organNames), [settings.organNames, form]);

  const submit = async (v: OrganNames) => {
    const organNames = { government: v.government.trim(), bureau: v.bureau.trim(), caseNoPrefix: v.caseNoPrefix.trim() };
    await save({ organNames }, `修改机关名称：${organNames.government}、${organNames.bureau}，案号前缀 ${organNames.caseNoPrefix}`);
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      {(Object.keys(LABELS) as (keyof OrganNames)[]).map((k) => (
        <Form.Item
          key={k}
          name={k}
          label={LABELS[k]}
          rules={[{ required: true, whitespace: true, message: `${LABELS[k]}不能为空` }, { max: 40, message: `${LABELS[k]}不能超过40个字` }]}
          extra={k === 'government' ? '用于年度报告表述，如“丹阳市人民政府共收到行政复议申请…”' : k === 'caseNoPrefix' ? '案号形如：丹政复〔2019〕12号' : undefined}
        >
          <Input />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit">
        保存机关名称
      </Button>
    </Form>
  );
}
