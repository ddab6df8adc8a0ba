import type ExcelJS from 'exceljs';
import type { WorkbookProblem } from './workbook.ts';

/*
 * Cells of the catalog workbook: what exceljs hands back, normalised to trimmed text, and the parsers
 * that turn that text into content values or a Chinese message. No knowledge of sheets or items here.
 */

/** A parsed cell: its value, or why it could not be read (Chinese, shown to the admin). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const valid = <T>(value: T): Parsed<T> => ({ ok: true, value });
const invalid = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Multi-value cells: 、 is what we write; commas, semicolons and line breaks are accepted too. */
const LIST_SEPARATORS = /[、,，;；\r\n]+/;
export const LIST_SEPARATOR = '、';

/** A number as a person typed it: integers as digits, float noise from formulas rounded away. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  return String(Number(value.toPrecision(15)));
}

function isoDateOf(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/**
 * The text of a cell, whatever exceljs made of it: number, string, rich text, hyperlink, formula result,
 * shared formula result, error or Date (exceljs reads dates as UTC midnight). Always trimmed.
 */
export function cellText(value: ExcelJS.CellValue, options: { preferHyperlink?: boolean } = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return isoDateOf(value);
  if ('richText' in value)
    return value.richText
      .map((run) => run.text ?? '')
      .join('')
      .trim();
  if ('hyperlink' in value) {
    if (options.preferHyperlink && typeof value.hyperlink === 'string' && value.hyperlink.trim() !== '') {
      return value.hyperlink.trim();
    }
    // A hyperlink's display text may itself be rich text.
    return cellText(value.text as ExcelJS.CellValue);
  }
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null, options);
  if ('error' in value) return String(value.error);
  return '';
}

/** The formula result or plain value underneath a cell, for parsers that care about numbers and dates. */
export function cellScalar(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) return value.result ?? null;
  }
  return value;
}

export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** One value per line (受理条件, 责任事项). */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A parser takes the cell's trimmed text and the value underneath it. */
export type CellParser<T> = (text: string, raw: ExcelJS.CellValue) => Parsed<T>;

export function integerIn(label: string, min: number, max?: number): CellParser<number> {
  return (text) => {
    if (!/^[+-]?\d+$/.test(text)) return invalid(`${label}应为整数，“${text}”无法识别`);
    const value = Number(text);
    if (value < min || (max !== undefined && value > max)) {
      return invalid(
        max === undefined
          ? `${label}不能小于 ${min}（填写的是 ${text}）`
          : `${label}应在 ${min} 到 ${max} 之间（填写的是 ${text}）`,
      );
    }
    return valid(value);
  };
}

/** Yuan with at most two decimals → integer fen, by string arithmetic so 0.29 元 is 29 分 exactly. */
export function yuanToFen(label: string): CellParser<number> {
  return (text) => {
    const plain = text.replace(/[,，\s]/g, '').replace(/元$/, '');
    const match = /^(\d+)(?:\.(\d*))?$/.exec(plain);
    if (!match) return invalid(`${label}“${text}”不是有效金额，请填写以元为单位的数字，如 80 或 0.50`);
    const [, whole = '0', decimals = ''] = match;
    if (decimals.replace(/0+$/, '').length > 2) {
      return invalid(`${label}“${text}”最多保留两位小数（精确到分）`);
    }
    const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0').slice(0, 2));
    if (!Number.isSafeInteger(fen)) return invalid(`${label}“${text}”超出范围`);
    return valid(fen);
  };
}

/** Integer fen → yuan as a number; the cell's number format shows the two decimals. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** 0.2 → '20%', exact both ways: the decimal point moves in the number's own shortest text. */
export function fractionToPercentText(fraction: number): string | number {
  const text = String(fraction);
  if (/e/i.test(text)) return fraction;
  return `${numberText(Number(`${text}e2`))}%`;
}

/** '20%', 20％ or a fraction 0.2 (what Excel stores when a person types 20% into a number cell). */
export function percentToFraction(label: string): CellParser<number> {
  return (text, raw) => {
    const scalar = cellScalar(raw);
    const bad = invalid<number>(`${label}“${text}”无法识别，请填写 0% 到 100% 之间的百分比，如 20%`);
    let fraction: number;
    if (typeof scalar === 'number') {
      fraction = Number(numberText(scalar));
    } else {
      const percent = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec(text);
      if (percent) fraction = Number(`${percent[1]}e-2`);
      else if (/^\d+(?:\.\d+)?$/.test(text)) fraction = Number(text);
      else return bad;
    }
    return Number.isFinite(fraction) && fraction >= 0 && fraction <= 1 ? valid(fraction) : bad;
  };
}

/** Excel's day zero for serial dates (1900 system, after its leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * YYYY-MM-DD, also YYYY/M/D, YYYY.M.D, YYYY年M月D日, date cells, and a bare serial day number (a date
 * pasted into a text-formatted column shows up as one).
 */
export function isoDate(label: string): CellParser<string> {
  return (text, raw) => {
    const scalar = cellScalar(raw);
    if (typeof scalar === 'number' && Number.isInteger(scalar) && scalar >= 1 && scalar <= 2_958_465) {
      return valid(isoDateOf(new Date(EXCEL_EPOCH_MS + scalar * DAY_MS)));
    }
    const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
    const bad = invalid<string>(`${label}“${text}”不是有效日期，请按 YYYY-MM-DD 填写，如 2026-01-01`);
    if (!match) return bad;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
      return bad;
    return valid(isoDateOf(date));
  };
}

export function yesNo(label: string): CellParser<boolean> {
  return (text) => {
    const normalised = text.toLowerCase();
    if (normalised === '是' || normalised === 'true') return valid(true);
    if (normalised === '否' || normalised === 'false') return valid(false);
    return invalid(`${label}应填“是”或“否”，“${text}”无法识别`);
  };
}

export const yesNoText = (value: boolean): string => (value ? '是' : '否');

export function matching(label: string, pattern: RegExp, hint: string): CellParser<string> {
  return (text) => (pattern.test(text) ? valid(text) : invalid(`${label}“${text}”格式不正确：${hint}`));
}

/**
 * An enumeration as the workbook shows it: Chinese labels written, labels or aliases (national codes,
 * the code names) read back, case-insensitively.
 */
export class Choices<T extends string | number> {
  readonly labels: string[];
  private readonly byText = new Map<string, T>();
  private readonly labelByValue = new Map<T, string>();

  constructor(
    readonly label: string,
    pairs: readonly (readonly [T, string])[],
    aliases: readonly (readonly [string, T])[] = [],
  ) {
    this.labels = pairs.map(([, text]) => text);
    for (const [value, text] of pairs) {
      this.labelByValue.set(value, text);
      this.byText.set(text.toLowerCase(), value);
      this.byText.set(String(value).toLowerCase(), value);
    }
    for (const [text, value] of aliases) this.byText.set(text.toLowerCase(), value);
  }

  find(text: string): T | undefined {
    return this.byText.get(text.trim().toLowerCase());
  }

  labelOf(value: T): string {
    return this.labelByValue.get(value) ?? String(value);
  }

  private unknown(text: string): string {
    return `“${text}”不是有效的${this.label}，可填：${this.labels.join('、')}`;
  }

  /** Exactly one value. */
  readonly one: CellParser<T> = (text) => {
    const value = this.find(text);
    return value === undefined ? invalid(this.unknown(text)) : valid(value);
  };

  /** Several values separated by 、 (or a comma, a semicolon, a line break); every unknown one named. */
  readonly many: CellParser<T[]> = (text) => {
    const values: T[] = [];
    const unknown: string[] = [];
    for (const part of splitList(text)) {
      const value = this.find(part);
      if (value === undefined) unknown.push(part);
      else if (values.includes(value)) return invalid(`${this.label}“${this.labelOf(value)}”重复`);
      else values.push(value);
    }
    if (unknown.length > 0) {
      return invalid(
        `${unknown.map((part) => `“${part}”`).join('、')}不是有效的${this.label}，可填：${this.labels.join('、')}`,
      );
    }
    return valid(values);
  };
}

/** Pairs of a `Record<T, label>` table in its declared order. */
export function pairsOf<T extends string>(labels: Record<T, string>): [T, string][] {
  return Object.entries(labels) as [T, string][];
}

/** Pairs of a numbered table (行使层级, 网上办理深度). */
export function numberedPairsOf(labels: Record<number, string>): [number, string][] {
  return Object.entries(labels).map(([key, text]) => [Number(key), text]);
}

/** One data row of a sheet: its cells by header, and the problems found in it. */
export class RowReader {
  constructor(
    readonly sheet: string,
    readonly row: number,
    private readonly cells: ReadonlyMap<string, ExcelJS.CellValue>,
    private readonly problems: WorkbookProblem[],
  ) {}

  report(column: string, message: string): void {
    this.problems.push({ sheet: this.sheet, row: this.row, column, message });
  }

  raw(header: string): ExcelJS.CellValue {
    return this.cells.get(header) ?? null;
  }

  text(header: string, options: { preferHyperlink?: boolean } = {}): string {
    return cellText(this.raw(header), options);
  }

  /** The parsed value; undefined when the cell is empty or wrong (a wrong one is reported). */
  read<T>(header: string, parse: CellParser<T>): T | undefined {
    const text = this.text(header);
    if (text === '') return undefined;
    const parsed = parse(text, this.raw(header));
    if (parsed.ok) return parsed.value;
    this.report(header, parsed.message);
    return undefined;
  }

  /** A required cell: an empty one is reported; `placeholder` only fills the gap of a reported problem. */
  need<T>(header: string, parse: CellParser<T>, placeholder: T): T {
    if (this.text(header) === '') {
      this.report(header, `${labelOf(header)}不能为空`);
      return placeholder;
    }
    return this.read(header, parse) ?? placeholder;
  }

  needText(header: string): string {
    const text = this.text(header);
    if (text === '') this.report(header, `${labelOf(header)}不能为空`);
    return text;
  }
}

/** A header without its unit: 法定办结时限(工作日) → 法定办结时限. */
export const labelOf = (header: string) => header.replace(/\(.*\)$/, '');
