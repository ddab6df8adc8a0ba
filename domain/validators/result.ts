/** Validators return, never throw: a form shows `message` beside the field. */
export type ValidationResult<Code extends string = string> =
  { ok: true } | { ok: false; code: Code; message: string };

export const VALID: { ok: true } = { ok: true };

export function invalid<Code extends string>(
  code: Code,
  message: string,
): { ok: false; code: Code; message: string } {
  return { ok: false, code, message };
}
