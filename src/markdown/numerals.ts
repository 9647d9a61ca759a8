// Chinese numerals for lecture numbers (第二十三讲), both ways.

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const SMALL_UNITS = ["", "十", "百", "千"] as const;
const GROUP_UNITS = ["", "万", "亿", "万亿"] as const;

/** 23 → 二十三, 101 → 一百零一, 10000 → 一万. Whole numbers from 0 up to 10^16 - 1. */
export function toChineseNumeral(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 1e16) {
    throw new RangeError(`toChineseNumeral: expected a whole number from 0 to 10^16 - 1, got ${value}`);
  }
  if (value === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);

  let out = "";
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g] ?? 0;
    if (group === 0) {
      pendingZero = out !== "";
      continue;
    }
    // A gap before this group (一万零五百) or inside it (一千零五) is read as one 零.
    if (out !== "" && (pendingZero || group < 1000)) out += DIGITS[0];
    out += groupNumeral(group) + GROUP_UNITS[g];
    pendingZero = false;
  }
  // 十五, not 一十五: the leading 一 is dropped when the number starts with 十.
  return out.startsWith("一十") ? out.slice(1) : out;
}

function groupNumeral(group: number): string {
  let out = "";
  let zero = false;
  for (let position = 3; position >= 0; position--) {
    const digit = Math.floor(group / 10 ** position) % 10;
    if (digit === 0) {
      zero = out !== "";
      continue;
    }
    if (zero) out += DIGITS[0];
    out += `${DIGITS[digit] ?? ""}${SMALL_UNITS[position] ?? ""}`;
    zero = false;
  }
  return out;
}

const DIGIT_VALUES: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNIT_VALUES: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS = new Set(["万", "亿"]);

/** 二十三 → 23, 十 → 10, 一百零一 → 101; also plain or full-width digits. Undefined if not a numeral. */
export function parseChineseNumeral(text: string): number | undefined {
  const trimmed = text.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (
    trimmed === "" ||
    ![...trimmed].every((c) => c in DIGIT_VALUES || c in UNIT_VALUES || BIG_UNITS.has(c))
  ) {
    return undefined;
  }
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of trimmed) {
    const d = DIGIT_VALUES[char];
    const unit = UNIT_VALUES[char];
    if (d === 0) continue; // 零 only marks a gap
    if (d !== undefined) {
      if (digit !== undefined) return undefined; // two digits in a row: not a numeral
      digit = d;
    } else if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = undefined;
    } else if (char === "万") {
      wan = (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = undefined;
    } else {
      // Added, not multiplied: in 一万亿零一十亿 the second 亿 scales only 一十, not the 一万亿 before it.
      yi += (wan + section + (digit ?? 0)) * 1e8;
      wan = 0;
      section = 0;
      digit = undefined;
    }
  }
  return yi + wan + section + (digit ?? 0);
}
