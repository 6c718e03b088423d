import dayjs, { type Dayjs } from 'dayjs';
import { todayInChina, type DateStr } from '../../../shared/dates';

export function toDateStr(d: Dayjs | null | undefined): DateStr | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

export function fromDateStr(s: DateStr | null | undefined): Dayjs | null {
  return s ? dayjs(s, 'YYYY-MM-DD') : null;
}

export function today(): DateStr {
  return todayInChina();
}
