/**
 * The agreement sentence of the annual report (domain.md §3/§4), in the reference report's own wording
 * (丹政发〔2020〕14号):
 *
 * 2019年，市司法局共审核以市政府名义对外签订的行政协议6件，以镇（区、街道）或者市政府组成部门名义对外签订的行政协议10件。
 */
import type { OrganNames } from '../settings';
import type { AgreementYearFigures } from './counts';

/**
 * Rules:
 * - The groups are the report's: 以{governmentShort}名义, and 以{townLevel}或者{departments}名义 (the merged
 *   figure, printed with the merged wording even when only one of the two has agreements).
 * - A group with 0 agreements is left out; null when both are 0 (no sentence for the year).
 * - Organ names come from the settings; an empty bureau name drops the organ ("2019年，共审核…"); an empty
 *   town or department wording leaves only the other one in the merged group.
 */
export function agreementReportSentence(f: AgreementYearFigures, organs: OrganNames): string | null {
  const government = f.bySigning.government;
  const townOrDepartment = f.townOrDepartment;
  if (government + townOrDepartment === 0) return null;

  const groups: string[] = [];
  if (government > 0) groups.push(`以${organs.governmentShort.trim()}名义对外签订的行政协议${government}件`);
  if (townOrDepartment > 0) {
    const names = [organs.townLevel.trim(), organs.departments.trim()].filter((n) => n !== '').join('或者');
    groups.push(`以${names}名义对外签订的行政协议${townOrDepartment}件`);
  }
  return `${f.year}年，${organs.bureau.trim()}共审核${groups.join('，')}。`;
}
