import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maskIdCardNumber,
  USCC_ALPHABET,
  validateIdCardNumber,
  validateMobileNumber,
  validateUscc,
} from './index.ts';

// Check characters computed here from the standards' formulas, independently of the code under test.

/** GB 11643 / ISO 7064 MOD 11-2: weights 2^(17−i) mod 11, check = (12 − Σ mod 11) mod 11, 10 → X. */
function idCardWithCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return first17 + (check === 10 ? 'X' : String(check));
}

/** GB 11714: weights 3 7 9 10 5 8 4 2, check = 11 − Σ mod 11, 10 → X, 11 → 0; letters A=10… */
function organizationCodeWithCheck(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, ch, i) => acc + parseInt(ch, 36) * weights[i]!, 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/** GB 32100: weights 3^(i) mod 31, check = 31 − Σ mod 31 (31 → 0). */
function usccWithCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

const TODAY = { today: '2025-06-30' };

describe('validateIdCardNumber', () => {
  const valid = idCardWithCheck('33010219900307123');

  it('accepts constructed numbers and the GB 11643-1999 specimen', () => {
    expect(validateIdCardNumber(valid, TODAY)).toEqual({ ok: true });
    expect(validateIdCardNumber('11010519491231002X', TODAY)).toEqual({ ok: true });
    expect(validateIdCardNumber('11010519491231002x', TODAY)).toEqual({ ok: true });
  });

  it('accepts any constructed number with a valid region and a past birth date', () => {
    const province = fc.constantFrom('11', '31', '44', '54', '65', '81', '83');
    const birth = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-06-30T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        province,
        fc.stringMatching(/^\d{4}$/),
        birth,
        fc.stringMatching(/^\d{3}$/),
        (p, county, date, seq) => {
          const number = idCardWithCheck(
            p + county + date.toISOString().slice(0, 10).replaceAll('-', '') + seq,
          );
          expect(validateIdCardNumber(number, TODAY)).toEqual({ ok: true });
          // Every other last character is wrong.
          for (const wrong of '0123456789X'.replace(number[17]!, '')) {
            expect(validateIdCardNumber(number.slice(0, 17) + wrong, TODAY)).toMatchObject({
              ok: false,
              code: 'ID_CARD_CHECK_DIGIT',
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ['3301021990030712', 'ID_CARD_LENGTH', '身份证号应为18位'],
    ['33010219900307123A', 'ID_CARD_FORMAT', '身份证号前17位应为数字，最后一位为数字或X'],
    [idCardWithCheck('99010219900307123'), 'ID_CARD_REGION', '身份证号地区码无效'],
    [idCardWithCheck('33010219900230123'), 'ID_CARD_BIRTH_DATE', '身份证号中的出生日期无效'],
    [idCardWithCheck('33010218991231123'), 'ID_CARD_BIRTH_DATE', '身份证号中的出生日期无效'],
    [idCardWithCheck('33010220250701123'), 'ID_CARD_BIRTH_DATE', '身份证号中的出生日期晚于今天'],
  ])('%s → %s', (value, code, message) => {
    expect(validateIdCardNumber(value, TODAY)).toEqual({ ok: false, code, message });
  });

  it('reports a wrong check digit in Chinese', () => {
    const wrong = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    expect(validateIdCardNumber(wrong, TODAY)).toEqual({
      ok: false,
      code: 'ID_CARD_CHECK_DIGIT',
      message: '身份证号校验位错误',
    });
  });
});

describe('maskIdCardNumber', () => {
  it('keeps the first 4 and last 4 characters', () => {
    expect(maskIdCardNumber('330102199003071234')).toBe('3301**********1234');
    expect(maskIdCardNumber('12345678')).toBe('********');
  });
});

describe('validateUscc', () => {
  const enterprise = usccWithCheck(`91330100${organizationCodeWithCheck('MA2H3K4L')}`);

  it('accepts constructed codes for several authority/type pairs', () => {
    expect(validateUscc(enterprise)).toEqual({ ok: true });
    for (const prefix of ['11', '12', '51', '53', '92', '93', 'N2', 'A1', 'Y1', '31', '81']) {
      expect(validateUscc(usccWithCheck(`${prefix}100000${organizationCodeWithCheck('00001234')}`))).toEqual({
        ok: true,
      });
    }
  });

  it('any body from the alphabet with correct checks is valid; any other final character is not', () => {
    const char = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY');
    fc.assert(
      fc.property(
        fc.array(char, { minLength: 8, maxLength: 8 }),
        fc.constantFrom('11', '52', '91', '92', 'N3'),
        (body, prefix) => {
          const org = organizationCodeWithCheck(body.join(''));
          fc.pre(USCC_ALPHABET.includes(org[8]!));
          const code = usccWithCheck(`${prefix}440300${org}`);
          expect(validateUscc(code)).toEqual({ ok: true });
          const other = USCC_ALPHABET[(USCC_ALPHABET.indexOf(code[17]!) + 1) % 31]!;
          expect(validateUscc(code.slice(0, 17) + other)).toMatchObject({
            ok: false,
            code: 'USCC_CHECK_CHAR',
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['91330100MA2H3K4L', 'USCC_LENGTH'],
    [enterprise.toLowerCase(), 'USCC_CHARSET'],
    [`${enterprise.slice(0, 10)}O${enterprise.slice(11)}`, 'USCC_CHARSET'],
    [usccWithCheck(`94330100${organizationCodeWithCheck('MA2H3K4L')}`), 'USCC_AUTHORITY_TYPE'],
    [usccWithCheck(`B1330100${organizationCodeWithCheck('MA2H3K4L')}`), 'USCC_AUTHORITY_TYPE'],
    [usccWithCheck(`91990100${organizationCodeWithCheck('MA2H3K4L')}`), 'USCC_REGION'],
    [
      usccWithCheck(`91330100MA2H3K4L${organizationCodeWithCheck('MA2H3K4L')[8] === '0' ? '1' : '0'}`),
      'USCC_ORGANIZATION_CODE',
    ],
  ])('%s → %s', (value, code) => {
    const result = validateUscc(value);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? '' : result.message).toMatch(/^统一社会信用代码/);
  });

  it('reports a wrong check character in Chinese', () => {
    const wrong = enterprise.slice(0, 17) + (enterprise[17] === '0' ? '1' : '0');
    expect(validateUscc(wrong)).toEqual({
      ok: false,
      code: 'USCC_CHECK_CHAR',
      message: '统一社会信用代码校验位错误',
    });
  });
});

describe('validateMobileNumber', () => {
  it.each(['13800138000', '14512345678', '19912345678', '16612345678'])('accepts %s', (value) => {
    expect(validateMobileNumber(value)).toEqual({ ok: true });
  });

  it.each([
    ['12345678901', 'MOBILE_PREFIX'],
    ['10012345678', 'MOBILE_PREFIX'],
    ['23800138000', 'MOBILE_PREFIX'],
    ['1380013800', 'MOBILE_FORMAT'],
    ['+8613800138000', 'MOBILE_FORMAT'],
    ['138 0013 8000', 'MOBILE_FORMAT'],
  ])('rejects %s with %s', (value, code) => {
    expect(validateMobileNumber(value)).toMatchObject({ ok: false, code });
  });
});
