import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { loadOidcConfig } from './oidc-config.ts';

const complete = {
  ONEWINDOW_OIDC_ISSUER: 'https://id.example.gov.cn/oidc',
  ONEWINDOW_OIDC_CLIENT_ID: 'onewindow',
  ONEWINDOW_OIDC_CLIENT_SECRET: 's3cret',
  ONEWINDOW_OIDC_REDIRECT_URI: 'https://zwfw.example.gov.cn/api/applicant/oidc/callback',
};

describe('OIDC configuration', () => {
  it('is off with none of the variables and on with all of them', () => {
    expect(loadOidcConfig({}, { isProduction: true })).toBeNull();
    const config = loadOidcConfig(complete, { isProduction: true })!;
    expect(config.issuer.href).toBe('https://id.example.gov.cn/oidc');
    expect(config.redirectUri.pathname).toBe('/api/applicant/oidc/callback');
  });

  it('names the missing variable of a partial set', () => {
    const { ONEWINDOW_OIDC_CLIENT_SECRET: _omitted, ...partial } = complete;
    expect(() => loadOidcConfig(partial, { isProduction: false })).toThrow(ConfigError);
    expect(() => loadOidcConfig(partial, { isProduction: false })).toThrow(/ONEWINDOW_OIDC_CLIENT_SECRET/);
    expect(() =>
      loadOidcConfig({ ONEWINDOW_OIDC_ISSUER: complete.ONEWINDOW_OIDC_ISSUER }, { isProduction: false }),
    ).toThrow(/ONEWINDOW_OIDC_CLIENT_ID/);
  });

  it('refuses a plain-HTTP issuer in production, a malformed URL, and a redirect URI off the callback route', () => {
    const httpIssuer = { ...complete, ONEWINDOW_OIDC_ISSUER: 'http://127.0.0.1:9000' };
    expect(() => loadOidcConfig(httpIssuer, { isProduction: true })).toThrow(/ONEWINDOW_OIDC_ISSUER/);
    expect(loadOidcConfig(httpIssuer, { isProduction: false })).not.toBeNull();
    expect(() =>
      loadOidcConfig({ ...complete, ONEWINDOW_OIDC_ISSUER: 'id.example' }, { isProduction: false }),
    ).toThrow(/ONEWINDOW_OIDC_ISSUER/);
    expect(() =>
      loadOidcConfig(
        { ...complete, ONEWINDOW_OIDC_REDIRECT_URI: 'https://zwfw.example.gov.cn/callback' },
        {
          isProduction: false,
        },
      ),
    ).toThrow(/ONEWINDOW_OIDC_REDIRECT_URI/);
  });

  it('stops the application from starting with a partial set', () => {
    expect(() =>
      loadConfig({
        ONEWINDOW_DATA_DIR: '/nonexistent',
        ONEWINDOW_OIDC_ISSUER: complete.ONEWINDOW_OIDC_ISSUER,
      }),
    ).toThrow(/ONEWINDOW_OIDC_CLIENT_ID/);
  });
});
