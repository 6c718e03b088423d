import { useState, type ReactNode } from 'react';
import { Table, Typography } from 'antd';
import { EChart, type ChartOption } from './EChart';

export interface DataColumn {
  key: string;
  title: string;
}

export interface ChartBoxProps {
  title: string;
  option: ChartOption;
  height: number;
  /** Nothing to draw: a small 暂无数据 instead of empty axes. */
  empty: boolean;
  /** The chart's figures as one sentence: its accessible name. */
  description: string;
  /** The same figures as a table, behind 查看数据 (some breakdowns have no table elsewhere on the page). */
  columns: DataColumn[];
  rows: (Record<string, string | number> & { key: string })[];
  note?: ReactNode;
}

/** One titled chart, with a switch to the table of its numbers. */
export function ChartBox({ title, option, height, empty, description, columns, rows, note }: ChartBoxProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <section aria-label={title} style={{ border: '1px solid #f0f0f0', borderRadius: 4, padding: '8px 12px', height: '100%', background: '#fff' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginBottom: 4 }}>
        <Typography.Text strong>{title}</Typography.Text>
        {!empty && (
          <Typography.Link onClick={() => setAsTable((v) => !v)} style={{ fontSize: 13 }}>
            {asTable ? '查看图表' : '查看数据'}
          </Typography.Link>
        )}
      </div>
      {empty ? (
        <Typography.Text type="secondary" style={{ display: 'block', padding: '12px 0', textAlign: 'center' }}>
          暂无数据
        </Typography.Text>
      ) : asTable ? (
        <Table
          size="small"
          pagination={false}
          scroll={rows.length > 8 ? { y: Math.max(height - 40, 160) } : undefined}
          columns={columns.map((c, i) => ({ title: c.title, dataIndex: c.key, key: c.key, align: i === 0 ? 'left' : 'right' }))}
          dataSource={rows}
        />
      ) : (
        <EChart option={option} height={height} label={`${title}：${description}`} />
      )}
      {note && !empty && !asTable && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
          {note}
        </Typography.Text>
      )}
    </section>
  );
}
