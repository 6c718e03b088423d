/**
 * The fonts of the 公文-style report (GB/T 9704) and how a machine without them falls back.
 *
 * The runs name the 公文 fonts themselves (w:rFonts ascii/hAnsi/eastAsia/cs all set, so that digits and Latin
 * letters use the same face). Most office PCs have them, but Windows has not shipped 仿宋_GB2312 / 楷体_GB2312
 * since Vista (it ships 仿宋 and 楷体) and 方正小标宋简体 is a separate purchase. For those machines the font table
 * (word/fontTable.xml, which docx would otherwise write without substitution data) describes each font:
 *
 * - w:altName: ECMA-376 §17.8.3.1 says an application that cannot find the font tries the alternate name before
 *   any metric-based substitution. Microsoft's implementer notes for Word ([MS-OE376], on §17.8.3.1) say
 *   Word takes the whole value as ONE name (it does not split on commas) of at most 31 characters, and rewrites
 *   altName to the font it resolved to — so it is read and used. Hence exactly one name each:
 *   仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体 (the plain 宋体 title of many offices).
 * - w:panose1 / w:charset 86 (GB2312) / w:family / w:pitch / w:sig: the metrics that an application without the
 *   font and without the alternate uses to choose the closest installed font; with charset 86 and the CJK code
 *   page bit it chooses a Chinese font, never a Latin one that would show boxes.
 *
 * WPS reads the same font table; its handling of altName could not be checked here (no WPS on this machine),
 * and WPS for Windows usually installs the GB2312 fonts anyway. Not embedding the fonts is deliberate: the
 * 方正 fonts' licences do not allow it and it would add megabytes to every file.
 */

export const FONT = {
  /** 标题: 2号方正小标宋简体 */
  title: '方正小标宋简体',
  /** 正文: 3号仿宋_GB2312 */
  body: '仿宋_GB2312',
  /** 一级标题 "一、": 黑体 */
  heading1: '黑体',
  /** 二级标题 "（一）": 楷体_GB2312 */
  heading2: '楷体_GB2312',
  /** 页码: 4号半角宋体 */
  pageNumber: '宋体',
} as const;

interface FontEntry {
  name: string;
  altName: string;
  panose1: string;
  family: 'auto' | 'modern' | 'roman' | 'swiss';
  pitch: 'fixed' | 'variable' | 'default';
  sig: { usb0: string; usb1: string; usb2: string; usb3: string; csb0: string; csb1: string };
}

/** Substitution data as Word writes it for these fonts on a Chinese Windows. */
const CJK_SIG = { usb0: '00000001', usb1: '080E0000', usb2: '00000000', usb3: '00000000', csb0: '00040000', csb1: '00000000' };
const SIMSUN_SIG = { usb0: '00000003', usb1: '288F0000', usb2: '00000016', usb3: '00000000', csb0: '00040001', csb1: '00000000' };
const SIMHEI_SIG = { usb0: '800002BF', usb1: '38CF7CFA', usb2: '00000016', usb3: '00000000', csb0: '00040001', csb1: '00000000' };

export const FONT_TABLE: readonly FontEntry[] = [
  { name: FONT.body, altName: '仿宋', panose1: '02010609030101010101', family: 'modern', pitch: 'fixed', sig: CJK_SIG },
  { name: FONT.heading2, altName: '楷体', panose1: '02010609030101010101', family: 'modern', pitch: 'fixed', sig: CJK_SIG },
  { name: FONT.title, altName: '宋体', panose1: '02010600030101010101', family: 'auto', pitch: 'variable', sig: CJK_SIG },
  { name: FONT.heading1, altName: 'SimHei', panose1: '02010609060101010101', family: 'modern', pitch: 'fixed', sig: SIMHEI_SIG },
  { name: FONT.pageNumber, altName: 'SimSun', panose1: '02010600030101010101', family: 'auto', pitch: 'variable', sig: SIMSUN_SIG },
];

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function fontXml(f: FontEntry): string {
  const s = f.sig;
  return (
    `<w:font w:name="${f.name}">` +
    `<w:altName w:val="${f.altName}"/>` +
    `<w:panose1 w:val="${f.panose1}"/>` +
    `<w:charset w:val="86"/>` +
    `<w:family w:val="${f.family}"/>` +
    `<w:pitch w:val="${f.pitch}"/>` +
    `<w:sig w:usb0="${s.usb0}" w:usb1="${s.usb1}" w:usb2="${s.usb2}" w:usb3="${s.usb3}" w:csb0="${s.csb0}" w:csb1="${s.csb1}"/>` +
    `</w:font>`
  );
}

/** word/fontTable.xml, replacing the one docx writes (which has no substitution data). */
export function fontTableXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="${W_NS}" xmlns:r="${R_NS}">` +
    FONT_TABLE.map(fontXml).join('') +
    '</w:fonts>'
  );
}
