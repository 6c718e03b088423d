import { Col, Row, Statistic, Typography } from 'antd';
import type { CSSProperties, Key, ReactNode } from 'react';

export interface StatItem {
  /** Unique within the row (the title, when it is unique). */
  key?: Key;
  title: ReactNode;
  value: number | string;
  /** 件, 条, 份 … (none for a rate). */
  suffix?: string;
  /** Columns of 24 when this one differs from the row's. */
  span?: number;
  /** A figure that needs the clerk's eye (e.g. rows with errors) is shown in red. */
  alert?: boolean;
  /** What the figure counts, in small grey text under it, where the title alone could mislead. */
  note?: string;
}

/** A row of figures of equal width, e.g. the headline counts of a 年度统计 section or of an import preview. */
export function StatRow({ items, span, style }: { items: readonly StatItem[]; span: number; style?: CSSProperties }) {
  return (
    <Row gutter={[16, 16]} style={style}>
      {items.map((item, i) => (
        <Col span={item.span ?? span} key={item.key ?? (typeof item.title === 'string' ? item.title : i)}>
          <Statistic title={item.title} value={item.value} suffix={item.suffix} styles={item.alert ? { content: { color: '#cf1322' } } : undefined} />
          {item.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.note}
            </Typography.Text>
          )}
        </Col>
      ))}
    </Row>
  );
}
