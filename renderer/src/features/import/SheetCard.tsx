import { useState } from 'react';
import { Alert, Button, Card, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { cellText, isProblem } from '../../../../shared/import/cells';
import { layoutAt, rowTexts } from '../../../../shared/import/detect';
import { LEDGER_FIELDS } from '../../../../shared/import/headers';
import { layoutProblem, type SheetSelection } from '../../../../shared/import/plan';
import { columnLetter, HEADER_SCAN_ROWS, SHEET_KINDS, SHEET_LABELS, type SheetKind } from '../../../../shared/import/types';

const NOT_IMPORTED = '__none__';

interface ColumnRow {
  index: number;
  header: string;
  field: string | null;
  sample: string;
}

/** One sheet of the file: which ledger it holds, where its header is, and which column is which field (editable). */
export function SheetCard({ selection, onChange }: { selection: SheetSelection; onChange: (next: SheetSelection) => void }) {
  const { sheet, layout, problem } = selection;
  const problemNow = layout ? layoutProblem(layout) : problem;
  // The column table (a Select per column) is heavy: shown when asked for, or when a required column is missing.
  const [expanded, setExpanded] = useState(false);
  const showColumns = !!layout && (expanded || !!problemNow);

  function setLedger(value: string): void {
    if (value === NOT_IMPORTED) onChange({ ...selection, layout: null });
    else onChange({ ...selection, layout: layoutAt(sheet, value as SheetKind, layout?.headerRow ?? guessHeaderRow()) });
  }
  function setHeaderRow(row: number | null): void {
    if (!layout || !row) return;
    onChange({ ...selection, layout: layoutAt(sheet, layout.ledger, row) });
  }
  function setField(index: number, field: string): void {
    if (!layout) return;
    const columns = [...layout.columns];
    while (columns.length <= index) columns.push(null);
    // One column per field: a field chosen here is taken away from the column that had it.
    for (let j = 0; j < columns.length; j++) if (field !== NOT_IMPORTED && columns[j] === field) columns[j] = null;
    columns[index] = field === NOT_IMPORTED ? null : field;
    onChange({ ...selection, layout: { ...layout, columns } });
  }
  /** The first non-empty row, for a sheet whose header was not recognised. */
  function guessHeaderRow(): number {
    const i = sheet.rows.findIndex((r) => r.some((c) => c !== null && c !== undefined && c !== ''));
    return i >= 0 ? i + 1 : 1;
  }

  const headers = layout ? rowTexts(sheet, layout.headerRow) : [];
  const firstData = layout ? (sheet.rows[layout.headerRow] ?? []) : [];
  const columns: ColumnRow[] = headers.map((header, index) => {
    const t = cellText(firstData[index]);
    return { index, header, field: layout?.columns[index] ?? null, sample: isProblem(t) ? '（公式无结果）' : t };
  });
  const fieldOptions = layout
    ? [
        { value: NOT_IMPORTED, label: '不导入' },
        ...LEDGER_FIELDS[layout.ledger].map((f) => ({ value: f.key, label: `${f.header}${f.required ? '（必需）' : ''}` })),
      ]
    : [];

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space>
          <span>工作表“{sheet.name}”</span>
          {layout ? <Tag color="blue">{SHEET_LABELS[layout.ledger]}</Tag> : <Tag>不导入</Tag>}
        </Space>
      }
      data-testid={`import-sheet-${sheet.name}`}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <span>导入为</span>
        <Select
          aria-label={`工作表${sheet.name}导入为`}
          style={{ width: 150 }}
          value={layout?.ledger ?? NOT_IMPORTED}
          onChange={setLedger}
          options={[{ value: NOT_IMPORTED, label: '不导入' }, ...SHEET_KINDS.map((k) => ({ value: k, label: SHEET_LABELS[k] }))]}
        />
        {layout && (
          <>
            <span>表头在第</span>
            <InputNumber
              aria-label={`工作表${sheet.name}表头行`}
              min={1}
              max={Math.max(1, Math.min(sheet.rows.length, HEADER_SCAN_ROWS * 10))}
              value={layout.headerRow}
              onChange={setHeaderRow}
              style={{ width: 80 }}
            />
            <span>行</span>
          </>
        )}
      </Space>
      {problemNow && <Alert type={layout ? 'error' : 'warning'} showIcon title={problemNow} style={{ marginBottom: 8 }} />}
      {layout && (
        <div style={{ marginBottom: showColumns ? 8 : 0 }}>
          <Typography.Text>
            已对应{columns.filter((c) => c.field).length}列
            {columns.some((c) => c.header && !c.field) && (
              <Typography.Text type="secondary">
                ；不导入的列：
                {columns
                  .filter((c) => c.header && !c.field)
                  .map((c) => c.header)
                  .join('、')}
              </Typography.Text>
            )}
          </Typography.Text>
          {!problemNow && (
            <Button type="link" size="small" onClick={() => setExpanded(!expanded)}>
              {expanded ? '收起' : '调整列的对应'}
            </Button>
          )}
        </div>
      )}
      {showColumns && (
        <Table<ColumnRow>
          size="small"
          rowKey="index"
          pagination={false}
          scroll={{ y: 260 }}
          dataSource={columns}
          columns={[
            { title: '列', key: 'col', width: 50, render: (_, r) => columnLetter(r.index + 1) },
            {
              title: '表格中的表头',
              dataIndex: 'header',
              width: 180,
              render: (h: string) => h || <Typography.Text type="secondary">（空）</Typography.Text>,
            },
            {
              title: '导入为',
              key: 'field',
              width: 220,
              render: (_, r) => (
                <Select
                  aria-label={`第${columnLetter(r.index + 1)}列导入为`}
                  size="small"
                  style={{ width: 200 }}
                  value={r.field ?? NOT_IMPORTED}
                  options={fieldOptions}
                  onChange={(v) => setField(r.index, v)}
                />
              ),
            },
            { title: '第一行数据', dataIndex: 'sample', ellipsis: true },
          ]}
        />
      )}
    </Card>
  );
}
