import { App, Button, Card, Typography } from 'antd';
import { CopyOutlined } from '../../ui/icons';
import { copyText } from '../../ui/copy';

/** The report paragraph of one ledger, with a copy button. */
export function SentenceCard({ sentences, testId, note }: { sentences: string[]; testId: string; note?: string }) {
  const { message } = App.useApp();
  const text = sentences.join('');
  return (
    <Card
      size="small"
      type="inner"
      title="报告表述"
      style={{ marginTop: 16 }}
      extra={
        <Button
          icon={<CopyOutlined />}
          disabled={!text}
          onClick={() =>
            copyText(text).then(
              () => message.success('已复制到剪贴板'),
              (e) => message.error((e as Error).message),
            )
          }
        >
          复制
        </Button>
      }
    >
      <Typography.Paragraph data-testid={testId} style={{ fontSize: 15, marginBottom: note ? 8 : 0 }}>
        {text || '本年没有可写入报告的数据。'}
      </Typography.Paragraph>
      {note && <Typography.Text type="secondary">说明：{note}</Typography.Text>}
    </Card>
  );
}
