import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { checkHolidayEntries } from '../../../../shared/calendar/working-days';
import type { HolidayEntry } from '../../../../shared/calendar/types';
import { yearOf } from '../../../../shared/dates';
import { useSettings } from '../../app/settings-context';
import { toDateStr, today } from '../../ui/dates';
import { useSaveSettings } from './use-save-settings';
import { useUnsaved } from '../../ui/unsaved';

const KIND_LABELS: Record<HolidayEntry['kind'], string> = { holiday: '放假', workday: '调休上班' };

export function HolidaySettings() {
  const { holidays } = useSettings();
  const save = useSaveSettings();
  const years = useMemo(
    () => [...new Set([...holidays.map((h) => yearOf(h.date)), yearOf(today()), yearOf(today()) + 1])].sort((a, b) => b - a),
    [holidays],
  );
  const [year, setYear] = useState(yearOf(today()));
  const [date, setDate] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<HolidayEntry['kind']>('holiday');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A day being typed in (a date or a name not yet added) is unsaved.
  useUnsaved(date !== null || name.trim() !== '');

  const rows = holidays.filter((h) => yearOf(h.date) === year);

  const add = async () => {
    const entry: HolidayEntry = { date: toDateStr(date) ?? '', kind, name: name.trim() };
    const problem = entry.name ? checkHolidayEntries([...holidays, entry])[0] : '名称不能为空（如：春节、国庆节调休上班）';
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    const next = [...holidays, entry].sort((a, b) => a.date.localeCompare(b.date));
    if (await save({ holidays: next }, `节假日安排：新增 ${entry.date} ${KIND_LABELS[entry.kind]}（${entry.name}）`)) {
      setDate(null);
      setName('');
    }
  };

  const remove = (entry: HolidayEntry) =>
    save({ holidays: holidays.filter((h) => h.date !== entry.date) }, `节假日安排：删除 ${entry.date} ${KIND_LABELS[entry.kind]}（${entry.name}）`);

  return (
    <div>
      <Typography.Paragraph type="secondary">
        2023年修订的行政复议法中“五日”“十日”等期间按工作日计算。每年12月国务院办公厅公布次年节假日安排后，请在此补录放假日和调休上班日。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select value={year} onChange={setYear} style={{ width: 100 }} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        <DatePicker value={date} onChange={setDate} placeholder="日期" />
        <Select
          value={kind}
          onChange={setKind}
          style={{ width: 110 }}
          options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Input value={name} onChange={(e) => setName(e.target.value)} placeholder="名称，如：春节" style={{ width: 160 }} maxLength={20} />
        <Button onClick={add}>添加</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      {rows.length === 0 && <Alert type="warning" showIcon title={`${year}年尚未录入节假日安排`} style={{ marginBottom: 8 }} />}
      <Table<HolidayEntry>
        size="small"
        rowKey="date"
        dataSource={rows}
        pagination={false}
        scroll={{ y: 520 }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 120 },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 100,
            render: (k: HolidayEntry['kind']) => <Tag color={k === 'holiday' ? 'red' : 'blue'}>{KIND_LABELS[k]}</Tag>,
          },
          { title: '名称', dataIndex: 'name' },
          {
            title: '',
            key: 'del',
            width: 70,
            render: (_, h) => (
              <Popconfirm title="删除这一天？" okText="删除" cancelText="取消" onConfirm={() => remove(h)}>
                <Typography.Link type="danger">删除</Typography.Link>
              </Popconfirm>
            ),
          },
        ]}
      />
    </div>
  );
}
