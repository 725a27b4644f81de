/** Chinese numerals as the documents use them for headings: 一 … 二十. */
const DIGITS = '一二三四五六七八九';

/** The value of a Chinese numeral from 一 (1) to 九十九, or null. */
export function numeralValue(numeral: string): number | null {
  const m = /^(?:([二三四五六七八九]?)(十))?([一二三四五六七八九]?)$/.exec(numeral);
  if (!m || numeral === '') return null;
  const tens = m[2] ? (m[1] ? DIGITS.indexOf(m[1]) + 1 : 1) : 0;
  const units = m[3] ? DIGITS.indexOf(m[3]) + 1 : 0;
  return tens * 10 + units;
}

/** The Chinese numeral for 1–99. */
export function numeralOf(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens - 1]}十`;
  return tensText + (units ? DIGITS[units - 1] : '');
}
