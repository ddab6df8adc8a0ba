import { ConfigError } from '../../../config.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Carrier } from './carrier.ts';
import { LocalCarrier } from './local.ts';

/** How results are posted: which carrier, and how often an open shipment's tracking is read. */
export interface DeliveryConfig {
  /** `ONEWINDOW_DELIVERY_CARRIER`; `local` (the default) simulates a carrier in memory. */
  carrier: CarrierName;
  /** `ONEWINDOW_DELIVERY_POLL_MINUTES`: minutes between two polls of one open shipment (default 30). */
  pollIntervalMinutes: number;
}

/**
 * The carriers this build can talk to, by configuration name. A real adapter (EMS) is one entry here
 * and one variable set for its credentials: see docs/delivery.md.
 */
const CARRIERS = {
  local: (ctx: AppContext): Carrier => new LocalCarrier(ctx.clock),
} as const satisfies Record<string, (ctx: AppContext) => Carrier>;

export type CarrierName = keyof typeof CARRIERS;

export function loadDeliveryConfig(env: NodeJS.ProcessEnv): DeliveryConfig {
  const carrier = env.ONEWINDOW_DELIVERY_CARRIER?.trim() || 'local';
  if (!Object.hasOwn(CARRIERS, carrier)) {
    throw new ConfigError(
      'ONEWINDOW_DELIVERY_CARRIER',
      `one of ${Object.keys(CARRIERS).join(', ')}`,
      carrier,
    );
  }
  const poll = env.ONEWINDOW_DELIVERY_POLL_MINUTES?.trim() || '30';
  if (!/^\d{1,4}$/.test(poll) || Number(poll) < 1) {
    throw new ConfigError('ONEWINDOW_DELIVERY_POLL_MINUTES', 'whole minutes between 1 and 9999', poll);
  }
  return { carrier: carrier as CarrierName, pollIntervalMinutes: Number(poll) };
}

const carriers = new WeakMap<AppContext, Carrier>();

/** The application's carrier, made from its configuration on first use (one per application). */
export function carrierOf(ctx: AppContext): Carrier {
  let carrier = carriers.get(ctx);
  if (!carrier) {
    carrier = CARRIERS[ctx.config.delivery.carrier](ctx);
    carriers.set(ctx, carrier);
  }
  return carrier;
}

/** The simulated carrier, for tests and development tools; throws when another carrier is configured. */
export function localCarrierOf(ctx: AppContext): LocalCarrier {
  const carrier = carrierOf(ctx);
  if (!(carrier instanceof LocalCarrier)) throw new Error('the configured carrier is not the local one');
  return carrier;
}
