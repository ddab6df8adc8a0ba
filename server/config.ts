import net from 'node:net';
import path from 'node:path';
import { loadOidcConfig, type OidcConfig } from './modules/applicant-auth/oidc-config.ts';
import { loadDeliveryConfig, type DeliveryConfig } from './modules/delivery/carriers/config.ts';

/** Runtime configuration, read once from the environment and validated before anything starts. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  timeZone: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  isProduction: boolean;
  /** Seed the demo county on first start when the database is empty. */
  seedDemo: boolean;
  /** Static files of the built web app. */
  webDir: string;
  /** 64 hex characters: encrypts ID numbers at rest. Required with DATABASE_URL; generated in embedded mode. */
  dataKey: string | undefined;
  /** The province's unified identity platform for applicant sign-in; null when not configured. */
  oidc: OidcConfig | null;
  /** Requests per minute per client address; 0 turns the limit off (a load test, or a proxy that limits). */
  rateLimitPerMinute: number;
  /**
   * Which proxies' `X-Forwarded-For` to believe for the client address (audit, rate limit): false (the
   * default: the TCP peer is the client), the proxies' addresses or CIDRs, or a number of hops.
   */
  trustProxy: false | string[] | number;
  /** The development outbox (`/api/dev/outbox`, SMS codes in clear, loopback callers only) and the 演示环境 banner. */
  devOutbox: boolean;
  /**
   * The region applicant sign-ins and 实名 changes are audited under (`ONEWINDOW_APPLICANT_REGION`); null:
   * the one region at the top of the service network, else the national chain.
   */
  applicantRegionCode: string | null;
  /** The post carrier results are sent with, and how often tracking is read (docs/delivery.md). */
  delivery: DeliveryConfig;
  /** Days before an e-license expires that its holder is reminded (`ONEWINDOW_LICENSE_REMINDER_DAYS`, default 30). */
  licenseReminderDays: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Invalid ${variable}=${JSON.stringify(actual)}: expected ${expected}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = readPort(env.PORT);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/.+/.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'a postgres:// or postgresql:// URL', databaseUrl);
  }
  const timeZone = env.ONEWINDOW_TIMEZONE?.trim() || 'Asia/Shanghai';
  if (!isTimeZone(timeZone)) {
    throw new ConfigError('ONEWINDOW_TIMEZONE', 'an IANA time zone such as Asia/Shanghai', timeZone);
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`, logLevel);
  }
  const rateLimit = env.ONEWINDOW_RATE_LIMIT?.trim() || '600';
  if (!/^\d{1,7}$/.test(rateLimit)) {
    throw new ConfigError(
      'ONEWINDOW_RATE_LIMIT',
      'requests per minute per client, 0 for no limit',
      rateLimit,
    );
  }
  const seedDemo = readBoolean('ONEWINDOW_SEED_DEMO', env.ONEWINDOW_SEED_DEMO, true);
  const dataKey = env.ONEWINDOW_DATA_KEY?.trim() || undefined;
  if (dataKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(dataKey)) {
    throw new ConfigError('ONEWINDOW_DATA_KEY', '64 hexadecimal characters (32 bytes)', '(hidden)');
  }
  if (databaseUrl !== undefined && dataKey === undefined) {
    throw new ConfigError('ONEWINDOW_DATA_KEY', '64 hexadecimal characters, required with DATABASE_URL', '');
  }
  const isProduction = env.NODE_ENV === 'production';
  const devOutbox = readBoolean('ONEWINDOW_DEV_OUTBOX', env.ONEWINDOW_DEV_OUTBOX, false);
  if (devOutbox && isProduction) {
    throw new ConfigError(
      'ONEWINDOW_DEV_OUTBOX',
      'false with NODE_ENV=production (it shows SMS codes)',
      'true',
    );
  }
  const applicantRegionCode = env.ONEWINDOW_APPLICANT_REGION?.trim() || null;
  if (applicantRegionCode !== null && !/^\d{12}$/.test(applicantRegionCode)) {
    throw new ConfigError('ONEWINDOW_APPLICANT_REGION', 'a 12-digit region code', applicantRegionCode);
  }
  const licenseReminderDays = env.ONEWINDOW_LICENSE_REMINDER_DAYS?.trim() || '30';
  if (!/^\d{1,3}$/.test(licenseReminderDays) || Number(licenseReminderDays) < 1) {
    throw new ConfigError('ONEWINDOW_LICENSE_REMINDER_DAYS', 'days, from 1 to 999', licenseReminderDays);
  }
  return {
    applicantRegionCode,
    licenseReminderDays: Number(licenseReminderDays),
    rateLimitPerMinute: Number(rateLimit),
    trustProxy: readTrustProxy(env.ONEWINDOW_TRUST_PROXY),
    devOutbox,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.ONEWINDOW_DATA_DIR?.trim() || './data'),
    timeZone,
    logLevel,
    isProduction,
    seedDemo,
    webDir: env.ONEWINDOW_WEB_DIR?.trim()
      ? path.resolve(env.ONEWINDOW_WEB_DIR.trim())
      : path.resolve(import.meta.dirname, '../web/dist'),
    dataKey,
    oidc: loadOidcConfig(env, { isProduction: env.NODE_ENV === 'production' }),
    delivery: loadDeliveryConfig(env),
  };
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', 'an integer between 0 and 65535', raw);
  }
  return port;
}

function readTrustProxy(raw: string | undefined): Config['trustProxy'] {
  const text = raw?.trim() ?? '';
  if (text === '' || text.toLowerCase() === 'false') return false;
  if (/^\d{1,2}$/.test(text) && Number(text) >= 1) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  const isAddressOrCidr = (entry: string) => {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = net.isIP(address);
    if (family === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  };
  if (!entries.every(isAddressOrCidr)) {
    throw new ConfigError(
      'ONEWINDOW_TRUST_PROXY',
      'false, a number of proxy hops (1-99), or a comma-separated list of proxy addresses/CIDRs',
      text,
    );
  }
  return entries;
}

function readBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, 'true or false', raw);
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
