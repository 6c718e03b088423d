import { useEffect } from 'react';
import { Button, Form, Input } from 'antd';
import type { OrganNames } from '../../../../shared/settings';
import { useSettings } from '../../app/settings-context';
import { useSaveSettings } from './use-save-settings';
import { useUnsavedMark } from '../../ui/unsaved';

const LABELS: Record<keyof OrganNames, string> = {
  government: '复议机关（人民政府）全称',
  governmentShort: '人民政府简称',
  bureau: '司法局名称（报告用语）',
  townLevel: '镇级单位表述',
  departments: '政府部门表述',
  caseNoPrefix: '案号前缀',
};

const HINTS: Partial<Record<keyof OrganNames, string>> = {
  government: '用于年度报告表述，如“丹阳市人民政府共收到行政复议申请…”',
  governmentShort: '如“以市政府名义对外签订的行政协议”中的“市政府”',
  bureau: '如“市司法局共审核…”',
  townLevel: '如“镇（区、街道）”',
  departments: '如“市政府组成部门”',
  caseNoPrefix: '案号形如：丹政复〔2019〕12号',
};

export function OrganSettings() {
  const settings = useSettings();
  const save = useSaveSettings();
  const mark = useUnsavedMark();
  const [form] = Form.useForm<OrganNames>();
  useEffect(() => form.setFieldsValue(settings.organNames), [settings.organNames, form]);

  const submit = async (v: OrganNames) => {
    const organNames = Object.fromEntries((Object.keys(LABELS) as (keyof OrganNames)[]).map((k) => [k, v[k].trim()])) as unknown as OrganNames;
    if (await save({ organNames }, `修改机关名称：${organNames.government}、${organNames.bureau}，案号前缀 ${organNames.caseNoPrefix}`)) mark(false);
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => mark(true)}>
      {(Object.keys(LABELS) as (keyof OrganNames)[]).map((k) => (
        <Form.Item
          key={k}
          name={k}
          label={LABELS[k]}
          rules={[
            { required: true, whitespace: true, message: `${LABELS[k]}不能为空` },
            { max: 40, message: `${LABELS[k]}不能超过40个字` },
          ]}
          extra={HINTS[k]}
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
