import { PROVINCE_CODES } from './regions.ts';
import { VALID, invalid, type ValidationResult } from './result.ts';

export type UsccErrorCode =
  | 'USCC_LENGTH'
  | 'USCC_CHARSET'
  | 'USCC_AUTHORITY_TYPE'
  | 'USCC_REGION'
  | 'USCC_ORGANIZATION_CODE'
  | 'USCC_CHECK_CHAR';

/** GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V. A character's value is its index. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Weight of position i (1-based) is 3^(i-1) mod 31.
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registration authority (登记管理部门, position 1) → organisation types (机构类别, position 2): the
 * table of GB 32100-2015 with the authorities assigned since (2 外交 … 8 工会, A 中央军委改革和编制办公室, N 农业).
 */
export const USCC_AUTHORITY_TYPES: Readonly<
  Record<string, { authority: string; types: Readonly<Record<string, string>> }>
> = {
  '1': {
    authority: '机构编制',
    types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  },
  '2': { authority: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    authority: '司法行政',
    types: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { authority: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { authority: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    authority: '旅游',
    types: {
      '1': '外国旅游部门常驻代表机构',
      '2': '港澳台地区旅游部门常驻内地（大陆）代表机构',
      '9': '其他',
    },
  },
  '7': { authority: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { authority: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { authority: '工商', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { authority: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: {
    authority: '农业',
    types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { authority: '其他', types: { '1': '其他' } },
};

/** Check character of the 17 leading characters (MOD 31). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

// GB 11714-1997 organisation code: 8 body characters (digits, capitals as 10..35) + check character.
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

function organizationCharValue(char: string): number {
  const code = char.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 55;
}

export function organizationCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += organizationCharValue(body8[i]!) * ORGANIZATION_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): authority + type pair, 6-digit
 * region of the registering authority (100000 for national-level ones), 9-character organisation
 * code with its own GB 11714 check, MOD 31 check character.
 */
export function validateUscc(value: string): ValidationResult<UsccErrorCode> {
  if (typeof value !== 'string' || value.length !== 18)
    return invalid('USCC_LENGTH', '统一社会信用代码应为18位');
  for (const char of value) {
    if (!USCC_ALPHABET.includes(char)) {
      return invalid('USCC_CHARSET', '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）');
    }
  }
  const authority = USCC_AUTHORITY_TYPES[value[0]!];
  if (!authority || !(value[1]! in authority.types)) {
    return invalid('USCC_AUTHORITY_TYPE', '统一社会信用代码的登记管理部门或机构类别代码无效');
  }
  const region = value.slice(2, 8);
  if (!/^\d{6}$/.test(region) || (!PROVINCE_CODES.has(region.slice(0, 2)) && region !== '100000')) {
    return invalid('USCC_REGION', '统一社会信用代码的行政区划码无效');
  }
  if (organizationCodeCheckChar(value.slice(8, 16)) !== value[16]) {
    return invalid('USCC_ORGANIZATION_CODE', '统一社会信用代码中的组织机构代码校验位错误');
  }
  if (usccCheckChar(value) !== value[17]) return invalid('USCC_CHECK_CHAR', '统一社会信用代码校验位错误');
  return VALID;
}
