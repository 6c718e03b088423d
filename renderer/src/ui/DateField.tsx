import { useRef } from 'react';
import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { parseTypedDate, TypedDate, type DateValue } from './dates';

type Props = Omit<DatePickerProps, 'value' | 'onChange'> & {
  value?: DateValue;
  onChange?: (value: Dayjs | TypedDate | null) => void;
};

/**
 * A DatePicker that never hides what was typed. The picker by itself drops text it cannot parse and keeps its previous
 * value, so 2026-02-30 would silently become the date shown before (today). Here the text typed is read when the
 * field is left: a date in any usual spelling (2026-2-3, 2026/2/3, 2026年2月3日) becomes that date, text that is no
 * date becomes a TypedDate (shown in red, refused by the validators on this field), and emptied text empties the field.
 */
export function DateField({ value, onChange, status, placeholder, ...rest }: Props) {
  const typed = useRef<string | null>(null);
  const invalid = value instanceof TypedDate ? value : null;
  const leave = () => {
    const text = typed.current;
    typed.current = null;
    if (text === null) return;
    const trimmed = text.trim();
    if (trimmed === '') {
      onChange?.(null);
      return;
    }
    const date = parseTypedDate(trimmed);
    onChange?.(date ? dayjs(date, 'YYYY-MM-DD') : new TypedDate(trimmed));
  };
  return (
    // A wrapper that only listens to the picker's own input (focus, typing, Enter stay on that input).
    // biome-ignore lint/a11y/noStaticElementInteractions: the events come from the input inside; the span itself is not interactive.
    <span
      style={{ display: 'block' }}
      onInput={(e) => {
        if (e.target instanceof HTMLInputElement) typed.current = e.target.value;
      }}
      onBlur={leave}
      onKeyDown={(e) => {
        if (e.key === 'Enter') leave();
      }}
    >
      <DatePicker
        {...rest}
        value={invalid ? null : ((value as Dayjs | null | undefined) ?? null)}
        status={invalid ? 'error' : status}
        placeholder={invalid ? invalid.text : placeholder}
        onChange={(d) => {
          typed.current = null;
          onChange?.((d as Dayjs | null) ?? null);
        }}
      />
    </span>
  );
}
