import { Component, type ReactNode } from 'react';
import { Button, Result, Space, Typography } from 'antd';

interface Props {
  /** 'page': one page failed, the menu still works; 'app': the whole shell failed. */
  scope: 'page' | 'app';
  children: ReactNode;
}

/**
 * Instead of a blank screen when a page throws while rendering (e.g. a record of an unexpected shape): a Chinese
 * message saying the data is untouched, and ways out — reload, or 数据备份与恢复 to restore a good backup.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.error('[ErrorBoundary]', error);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const toBackup = () => {
      window.location.hash = '#/backup';
      if (this.props.scope === 'app') window.location.reload();
      else this.setState({ error: null });
    };
    return (
      <Result
        status="error"
        title={this.props.scope === 'app' ? '法治台账出现错误，无法显示' : '本页面出现错误，无法显示'}
        subTitle={
          <Space direction="vertical">
            <span>已保存的数据没有因此改动。可以重新加载；如仍出现，可能是某条数据的格式有误，可在“数据备份与恢复”中恢复一份正常的备份。</span>
            <Typography.Text type="secondary">错误信息：{error.message || String(error)}</Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <Button type="primary" onClick={() => window.location.reload()}>
              重新加载
            </Button>
            <Button onClick={toBackup}>数据备份与恢复</Button>
          </Space>
        }
      />
    );
  }
}
