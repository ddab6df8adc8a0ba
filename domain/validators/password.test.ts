import { describe, expect, it } from 'vitest';
import { validateStaffPassword } from './password.ts';

describe('staff password policy', () => {
  it.each([
    ['Abcdef1!', true],
    ['abcdef12!', true], // lower, digit, symbol
    ['ABCDEF12a', true],
    ['Abc1!', false], // too short
    ['abcdefgh1', false], // two classes
    ['ABCDEFGH!', false],
    ['12345678', false],
  ])('%s → %s', (password, ok) => {
    expect(validateStaffPassword(password).ok).toBe(ok);
  });

  it('explains the rule in Chinese', () => {
    const result = validateStaffPassword('abcdefgh');
    expect(result.ok ? '' : result.message).toContain('至少三类');
  });
});
