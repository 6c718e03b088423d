import { AutoComplete, Col, Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { DateField } from './DateField';

/** One field of a ledger form, in its column of the form's 24-column grid. */
interface ItemProps {
  name: string;
  label: string;
  span: number;
  required?: boolean;
  extra?: ReactNode;
  tooltip?: ReactNode;
}

function Item({ name, label, span, required, extra, tooltip, children }: ItemProps & { children: ReactNode }) {
  return (
    <Col span={span}>
      <Form.Item name={name} label={label} required={required} extra={extra} tooltip={tooltip}>
        {children}
      </Form.Item>
    </Col>
  );
}

/** The options of a Select, in the order of a label table. */
export function labelOptions<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export function TextItem({ placeholder, ...item }: ItemProps & { placeholder?: string }) {
  return (
    <Item {...item}>
      <Input placeholder={placeholder} />
    </Item>
  );
}

export function DateItem(item: ItemProps) {
  return (
    <Item {...item}>
      <DateField style={{ width: '100%' }} />
    </Item>
  );
}

/** Free text over two lines (备注, 主要问题). */
export function NoteItem({ placeholder, ...item }: ItemProps & { placeholder?: string }) {
  return (
    <Item {...item}>
      <Input.TextArea rows={2} placeholder={placeholder} />
    </Item>
  );
}

/** A choice among coded values, shown by their Chinese labels; `allowClear` when the choice may stay open. */
export function ChoiceItem<K extends string>({
  labels,
  placeholder,
  allowClear,
  ...item
}: ItemProps & { labels: Record<K, string>; placeholder?: string; allowClear?: boolean }) {
  return (
    <Item {...item}>
      <Select allowClear={allowClear} placeholder={placeholder} options={labelOptions(labels)} />
    </Item>
  );
}

/** A name typed freely or picked from the names already used (承办人). */
export function NameItem({ names, ...item }: ItemProps & { names: readonly string[] }) {
  return (
    <Item {...item}>
      <AutoComplete options={names.map((value) => ({ value }))} />
    </Item>
  );
}

/** A choice among plain names (管理领域, 受理点), searchable when the list is long. */
export function PickItem({
  values,
  placeholder,
  showSearch,
  ...item
}: ItemProps & { values: readonly string[]; placeholder?: string; showSearch?: boolean }) {
  return (
    <Item {...item}>
      <Select showSearch={showSearch} placeholder={placeholder} options={values.map((value) => ({ value, label: value }))} />
    </Item>
  );
}
