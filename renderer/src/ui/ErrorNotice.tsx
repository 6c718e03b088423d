import { Alert } from 'antd';

export function ErrorNotice({ message }: { message: string | null }) {
  return message ? <Alert type="error" showIcon title={message} style={{ marginBottom: 12 }} /> : null;
}
