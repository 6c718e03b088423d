import { useState } from 'react';
import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { UserOutlined } from '../ui/icons';
import { saveSettings } from '../db/settings-repo';
import { useSettings } from './settings-context';
import { errorText } from '../ui/errors';

/** Every step and change records who made it, so the app asks for the clerk's name once. */
export function OperatorGate() {
  const settings = useSettings();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = editing || !settings.operatorName;

  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError('使用人姓名不能为空');
      return;
    }
    if (trimmed.length > 20) {
      setError('使用人姓名不能超过20个字');
      return;
    }
    try {
      await saveSettings({ ...settings, operatorName: trimmed }, `设置本机使用人为“${trimmed}”`);
    } catch (e) {
      // A full disk or a closed database: say so, and keep the dialog open with the name typed.
      setError(`更换使用人未成功：${errorText(e)}`);
      return;
    }
    setEditing(false);
    setError(null);
  };

  return (
    <>
      <Space>
        <UserOutlined />
        <Typography.Text>当前使用人：{settings.operatorName || '未设置'}</Typography.Text>
        <Button
          size="small"
          onClick={() => {
            setName(settings.operatorName);
            setEditing(true);
          }}
        >
          更换
        </Button>
      </Space>
      <Modal
        open={open}
        title="请填写使用人姓名"
        okText="确定"
        onOk={submit}
        closable={!!settings.operatorName}
        maskClosable={false}
        cancelButtonProps={{ style: { display: settings.operatorName ? undefined : 'none' } }}
        cancelText="取消"
        onCancel={() => setEditing(false)}
      >
        <Typography.Paragraph type="secondary">登记和修改的每一步都会记录使用人姓名，便于全过程留痕。</Typography.Paragraph>
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label="使用人姓名" htmlFor="operatorName" validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
            <Input id="operatorName" autoFocus value={name} onChange={(e) => setName(e.target.value)} onPressEnter={submit} maxLength={40} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
