import type { ValidationResult } from './result.ts';

export type PasswordErrorCode = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_SIMPLE' | 'PASSWORD_TOO_LONG';

export const PASSWORD_MIN_LENGTH = 8;
const PASSWORD_MAX_LENGTH = 128;

const CLASSES: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Staff password policy: at least 8 characters from at least 3 of upper, lower, digit and symbol. */
export function validateStaffPassword(password: string): ValidationResult<PasswordErrorCode> {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, code: 'PASSWORD_TOO_SHORT', message: `密码至少 ${PASSWORD_MIN_LENGTH} 位` };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, code: 'PASSWORD_TOO_LONG', message: `密码不能超过 ${PASSWORD_MAX_LENGTH} 位` };
  }
  const classes = CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < 3) {
    return {
      ok: false,
      code: 'PASSWORD_TOO_SIMPLE',
      message: '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类',
    };
  }
  return { ok: true };
}
