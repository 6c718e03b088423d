import { addDays, diffDays, type DateStr } from '../dates';
import type { HolidayEntry } from './types';

/**
 * Official public-holiday arrangements (放假调休安排) for 2019–2026, from the State Council General Office
 * (国务院办公厅) notices "关于YYYY年部分节假日安排的通知":
 *
 * | year | notice                  | later changes |
 * |------|-------------------------|---------------|
 * | 2019 | 国办发明电〔2018〕15号 | 劳动节 extended to 5月1日–4日 (国办发明电〔2019〕3号): 4月28日, 5月5日 worked |
 * | 2020 | 国办发明电〔2019〕16号 | 春节 extended to 2月2日 (国办发明电〔2020〕1号): 1月31日 off, 2月1日 (Sat) no longer worked |
 * | 2021 | 国办发明电〔2020〕27号 | |
 * | 2022 | 国办发明电〔2021〕11号 | |
 * | 2023 | 国办发明电〔2022〕16号 | |
 * | 2024 | 国办发明电〔2023〕7号  | |
 * | 2025 | 国办发明电〔2024〕12号 | first year under the revised 全国年节及纪念日放假办法 (除夕 and 5月2日 added) |
 * | 2026 | 2025年11月4日 notice    | |
 *
 * Every day of each holiday period is listed as 'holiday' (weekend days inside a period included, e.g. the
 * "与周末连休" periods), and every make-up working day (调休上班, always a Saturday or Sunday) as 'workday'.
 * A notice's 元旦 period may start in December of the year before (2019: 2018-12-30; 2023: 2022-12-31;
 * 2024: 2023-12-30); those days are listed under that notice.
 */

/** Every day from `from` to `to` inclusive, as one holiday period. */
function period(name: string, from: DateStr, to: DateStr = from): HolidayEntry[] {
  const n = diffDays(from, to);
  return Array.from({ length: n + 1 }, (_, i) => ({ date: addDays(from, i), kind: 'holiday' as const, name }));
}

/** Make-up working days belonging to the holiday `name`. */
function workdays(name: string, ...dates: DateStr[]): HolidayEntry[] {
  return dates.map((date) => ({ date, kind: 'workday' as const, name: `${name}调休上班` }));
}

const NOTICES: HolidayEntry[][] = [
  // 2019
  period('元旦', '2018-12-30', '2019-01-01'),
  workdays('元旦', '2018-12-29'),
  period('春节', '2019-02-04', '2019-02-10'),
  workdays('春节', '2019-02-02', '2019-02-03'),
  period('清明节', '2019-04-05', '2019-04-07'),
  period('劳动节', '2019-05-01', '2019-05-04'),
  workdays('劳动节', '2019-04-28', '2019-05-05'),
  period('端午节', '2019-06-07', '2019-06-09'),
  period('中秋节', '2019-09-13', '2019-09-15'),
  period('国庆节', '2019-10-01', '2019-10-07'),
  workdays('国庆节', '2019-09-29', '2019-10-12'),
  // 2020
  period('元旦', '2020-01-01'),
  period('春节', '2020-01-24', '2020-02-02'),
  workdays('春节', '2020-01-19'),
  period('清明节', '2020-04-04', '2020-04-06'),
  period('劳动节', '2020-05-01', '2020-05-05'),
  workdays('劳动节', '2020-04-26', '2020-05-09'),
  period('端午节', '2020-06-25', '2020-06-27'),
  workdays('端午节', '2020-06-28'),
  period('国庆节、中秋节', '2020-10-01', '2020-10-08'),
  workdays('国庆节、中秋节', '2020-09-27', '2020-10-10'),
  // 2021
  period('元旦', '2021-01-01', '2021-01-03'),
  period('春节', '2021-02-11', '2021-02-17'),
  workdays('春节', '2021-02-07', '2021-02-20'),
  period('清明节', '2021-04-03', '2021-04-05'),
  period('劳动节', '2021-05-01', '2021-05-05'),
  workdays('劳动节', '2021-04-25', '2021-05-08'),
  period('端午节', '2021-06-12', '2021-06-14'),
  period('中秋节', '2021-09-19', '2021-09-21'),
  workdays('中秋节', '2021-09-18'),
  period('国庆节', '2021-10-01', '2021-10-07'),
  workdays('国庆节', '2021-09-26', '2021-10-09'),
  // 2022
  period('元旦', '2022-01-01', '2022-01-03'),
  period('春节', '2022-01-31', '2022-02-06'),
  workdays('春节', '2022-01-29', '2022-01-30'),
  period('清明节', '2022-04-03', '2022-04-05'),
  workdays('清明节', '2022-04-02'),
  period('劳动节', '2022-04-30', '2022-05-04'),
  workdays('劳动节', '2022-04-24', '2022-05-07'),
  period('端午节', '2022-06-03', '2022-06-05'),
  period('中秋节', '2022-09-10', '2022-09-12'),
  period('国庆节', '2022-10-01', '2022-10-07'),
  workdays('国庆节', '2022-10-08', '2022-10-09'),
  // 2023
  period('元旦', '2022-12-31', '2023-01-02'),
  period('春节', '2023-01-21', '2023-01-27'),
  workdays('春节', '2023-01-28', '2023-01-29'),
  period('清明节', '2023-04-05'),
  period('劳动节', '2023-04-29', '2023-05-03'),
  workdays('劳动节', '2023-04-23', '2023-05-06'),
  period('端午节', '2023-06-22', '2023-06-24'),
  workdays('端午节', '2023-06-25'),
  period('中秋节、国庆节', '2023-09-29', '2023-10-06'),
  workdays('中秋节、国庆节', '2023-10-07', '2023-10-08'),
  // 2024
  period('元旦', '2023-12-30', '2024-01-01'),
  period('春节', '2024-02-10', '2024-02-17'),
  workdays('春节', '2024-02-04', '2024-02-18'),
  period('清明节', '2024-04-04', '2024-04-06'),
  workdays('清明节', '2024-04-07'),
  period('劳动节', '2024-05-01', '2024-05-05'),
  workdays('劳动节', '2024-04-28', '2024-05-11'),
  period('端午节', '2024-06-08', '2024-06-10'),
  period('中秋节', '2024-09-15', '2024-09-17'),
  workdays('中秋节', '2024-09-14'),
  period('国庆节', '2024-10-01', '2024-10-07'),
  workdays('国庆节', '2024-09-29', '2024-10-12'),
  // 2025
  period('元旦', '2025-01-01'),
  period('春节', '2025-01-28', '2025-02-04'),
  workdays('春节', '2025-01-26', '2025-02-08'),
  period('清明节', '2025-04-04', '2025-04-06'),
  period('劳动节', '2025-05-01', '2025-05-05'),
  workdays('劳动节', '2025-04-27'),
  period('端午节', '2025-05-31', '2025-06-02'),
  period('国庆节、中秋节', '2025-10-01', '2025-10-08'),
  workdays('国庆节、中秋节', '2025-09-28', '2025-10-11'),
  // 2026
  period('元旦', '2026-01-01', '2026-01-03'),
  workdays('元旦', '2026-01-04'),
  period('春节', '2026-02-15', '2026-02-23'),
  workdays('春节', '2026-02-14', '2026-02-28'),
  period('清明节', '2026-04-04', '2026-04-06'),
  period('劳动节', '2026-05-01', '2026-05-05'),
  workdays('劳动节', '2026-05-09'),
  period('端午节', '2026-06-19', '2026-06-21'),
  period('中秋节', '2026-09-25', '2026-09-27'),
  period('国庆节', '2026-10-01', '2026-10-07'),
  workdays('国庆节', '2026-09-20', '2026-10-10'),
];

/** The seed holiday calendar, sorted by date. The clerk edits a copy of it in the settings. */
export const SEED_HOLIDAYS: HolidayEntry[] = NOTICES.flat().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The years whose State Council notice is included in SEED_HOLIDAYS. */
export const HOLIDAY_YEARS_COVERED: number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
