import { Alert, App, Button, Card, Descriptions, Form, Input, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { navigate } from '../../app/router';
import { PageTitle } from '../../ui/PageTitle';
import { ArrowLeftOutlined } from '../../ui/icons';
import type { ServerCertificate } from '../../../../shared/host-api';
import { getHost } from '../../host/host';
import { checkServerAccess, keepDraft, takeDraft, trustAndAllow, type ServerAccess } from './server-access';
import { localEngine, passwordIsKept, savedConfig, startSync, stopSync, testConnection } from './service';
import { statusText, useSyncErrors, useSyncStatus } from './use-sync';

interface Values {
  url: string;
  user: string;
  password: string;
}

/** 设置 → 多机同步: the server, the account, 测试连接, 开始/停止同步, and what went wrong lately. */
export function SyncSettingsPage() {
  const [form] = Form.useForm<Values>();
  const status = useSyncStatus();
  const errors = useSyncErrors();
  const [pcId, setPcId] = useState('');
  const [busy, setBusy] = useState<'test' | 'start' | 'stop' | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const { modal } = App.useApp();

  useEffect(() => {
    const draft = takeDraft();
    if (draft) {
      form.setFieldsValue(draft);
      setResult({ ok: true, text: '已允许本程序连接该服务器。为安全起见密码没有保留，请再次输入密码，然后点击“测试连接”或“开始同步”。' });
    } else {
      void savedConfig().then((c) => {
        if (c) form.setFieldsValue({ url: c.url, user: c.user });
      });
    }
    void localEngine()
      .then((e) => setPcId(e.pcId))
      .catch(() => setPcId('（无法打开本机同步库）'));
  }, [form]);

  /** The clerk compares the fingerprint with the one the IT staff gave; true when they confirm it. */
  const confirmCertificate = (c: ServerCertificate) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title: '首次连接：请核对服务器证书',
        width: 620,
        content: (
          <Descriptions size="small" column={1} bordered style={{ marginTop: 8 }}>
            <Descriptions.Item label="证书指纹（SHA-256）">
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {c.fingerprint}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="颁发给">{c.subject}</Descriptions.Item>
            <Descriptions.Item label="颁发者">{c.issuer}</Descriptions.Item>
            <Descriptions.Item label="有效期至">{dayjs(c.validTo).format('YYYY-MM-DD')}</Descriptions.Item>
          </Descriptions>
        ),
        okText: '指纹一致，信任此证书',
        cancelText: '不一致，取消',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  /** Desktop: the certificate trusted and the server allowed before the first request; false: stop here. */
  const prepare = async (values: Values): Promise<boolean> => {
    const host = getHost();
    let access: ServerAccess = await checkServerAccess(host, values.url);
    if (access.kind === 'confirm') {
      if (!(await confirmCertificate(access.certificate))) {
        setResult({ ok: false, text: '未信任服务器证书，没有连接。请向 IT 人员核对证书指纹。' });
        return false;
      }
      access = await trustAndAllow(host, values.url, access.certificate);
    }
    if (access.kind === 'refused') {
      setResult({ ok: false, text: access.error });
      return false;
    }
    if (access.kind === 'reload') {
      keepDraft(values);
      window.location.reload();
      return false;
    }
    return true;
  };

  const run = async (kind: 'test' | 'start') => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(kind);
    setResult(null);
    try {
      if (!(await prepare(values))) return;
      const r = kind === 'test' ? await testConnection(values.url, values.user, values.password) : await startSync(values);
      if (r.ok) {
        setResult({ ok: true, text: kind === 'test' ? `连接成功：服务器上有 ${r.docCount} 份文档` : '已开始同步' });
        if (kind === 'start') form.setFieldValue('password', '');
      } else setResult({ ok: false, text: r.error });
    } finally {
      setBusy(null);
    }
  };

  const stop = async () => {
    setBusy('stop');
    try {
      await stopSync();
      setResult({ ok: true, text: '已停止同步；本机照常使用，修改在重新开始同步后上传' });
    } finally {
      setBusy(null);
    }
  };

  const shown = statusText(status);
  const running = status.state !== 'off';
  return (
    <div style={{ maxWidth: 860 }}>
      <PageTitle
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/settings')}>
            返回设置
          </Button>
        }
      >
        多机同步
      </PageTitle>
      <Card size="small" title="本机状态" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="同步状态">{shown ? <Tag color={shown.color}>{shown.text}</Tag> : <Tag>未开始同步</Tag>}</Descriptions.Item>
          <Descriptions.Item label="本机编号">{pcId}</Descriptions.Item>
          <Descriptions.Item label="服务器">{status.url ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="账号">{status.user ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          服务器连不上时，本机照常登记、修改，修改暂存在本机；恢复连接后自动上传，并接收其他电脑的修改。两台电脑改了同一条记录时，不会自动覆盖，而是列在
          <Typography.Link onClick={() => navigate('/sync-conflicts')}>“同步冲突”</Typography.Link>页由您决定。
        </Typography.Paragraph>
      </Card>
      <Card size="small" title="连接服务器" style={{ marginBottom: 16 }}>
        {result && <Alert type={result.ok ? 'success' : 'error'} showIcon title={result.text} style={{ marginBottom: 12 }} />}
        <Form form={form} name="sync" layout="horizontal" labelCol={{ flex: '96px' }} style={{ maxWidth: 620 }} requiredMark={false}>
          <Form.Item
            label="服务器地址"
            name="url"
            rules={[{ required: true, whitespace: true, message: '请填写服务器地址' }]}
            extra="IT 人员提供的地址，例如 http://192.168.1.10:5984 或 https://tongbu.sfj.local:6984/fazhi"
          >
            <Input placeholder="http://192.168.1.10:5984" autoComplete="off" />
          </Form.Item>
          <Form.Item label="账号" name="user" rules={[{ required: true, whitespace: true, message: '请填写账号' }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            rules={[{ required: true, message: '请填写密码' }]}
            extra={passwordIsKept() ? '密码由本机安全保存（加密），不写入台账数据。' : '浏览器版不保存密码：关闭或刷新页面后需重新输入。'}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item label=" " colon={false}>
            <Space wrap>
              <Button onClick={() => void run('test')} loading={busy === 'test'}>
                测试连接
              </Button>
              <Button type="primary" onClick={() => void run('start')} loading={busy === 'start'}>
                {running ? '重新连接并同步' : '开始同步'}
              </Button>
              <Button danger disabled={!running} onClick={() => void stop()} loading={busy === 'stop'}>
                停止同步
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          服务器和账号由单位 IT 人员设置，见说明书“多机同步服务器的设置”一节。
        </Typography.Paragraph>
      </Card>
      <Card size="small" title="最近的错误">
        {errors.length === 0 ? (
          <Typography.Text type="secondary">没有错误</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={[...errors]}
            renderItem={(e) => <List.Item>{`${dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}　${e.message}`}</List.Item>}
          />
        )}
      </Card>
    </div>
  );
}
