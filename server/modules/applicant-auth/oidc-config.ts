import { ConfigError } from '../../config.ts';

/** The province's unified identity platform (统一身份认证平台), as an OpenID Connect provider. */
export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Registered with the provider; its path must be this server's callback route. */
  redirectUri: URL;
}

export const OIDC_CALLBACK_PATH = '/api/applicant/oidc/callback';

const VARIABLES = {
  issuer: 'ONEWINDOW_OIDC_ISSUER',
  clientId: 'ONEWINDOW_OIDC_CLIENT_ID',
  clientSecret: 'ONEWINDOW_OIDC_CLIENT_SECRET',
  redirectUri: 'ONEWINDOW_OIDC_REDIRECT_URI',
} as const;

/**
 * Reads the four variables: all of them configure OIDC sign-in, none of them turns it off, and
 * anything in between is a startup error naming the first missing variable.
 */
export function loadOidcConfig(
  env: NodeJS.ProcessEnv,
  options: { isProduction: boolean },
): OidcConfig | null {
  const values = Object.fromEntries(
    Object.entries(VARIABLES).map(([key, name]) => [key, env[name]?.trim() ?? '']),
  ) as Record<keyof typeof VARIABLES, string>;
  const present = (Object.keys(VARIABLES) as (keyof typeof VARIABLES)[]).filter((key) => values[key] !== '');
  if (present.length === 0) return null;
  const missing = (Object.keys(VARIABLES) as (keyof typeof VARIABLES)[]).find((key) => values[key] === '');
  if (missing) {
    throw new ConfigError(
      VARIABLES[missing],
      `a value, because ${present.map((key) => VARIABLES[key]).join(', ')} ${present.length === 1 ? 'is' : 'are'} set (set all four ONEWINDOW_OIDC_* variables or none)`,
      '',
    );
  }
  const issuer = readUrl(VARIABLES.issuer, values.issuer);
  // Tokens and the client secret travel to the issuer: plain HTTP only for a local test provider.
  if (options.isProduction && issuer.protocol !== 'https:') {
    throw new ConfigError(VARIABLES.issuer, 'an https:// URL in production', values.issuer);
  }
  const redirectUri = readUrl(VARIABLES.redirectUri, values.redirectUri);
  if (!redirectUri.pathname.endsWith(OIDC_CALLBACK_PATH) || redirectUri.search || redirectUri.hash) {
    throw new ConfigError(
      VARIABLES.redirectUri,
      `this server's public address followed by ${OIDC_CALLBACK_PATH}, without query or fragment`,
      values.redirectUri,
    );
  }
  return { issuer, clientId: values.clientId, clientSecret: values.clientSecret, redirectUri };
}

function readUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'an absolute http:// or https:// URL', raw);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, 'an absolute http:// or https:// URL', raw);
  }
  return url;
}
