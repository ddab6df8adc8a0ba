import { AGRICULTURE_ITEMS } from './agriculture.ts';
import type { DemoItem } from './builders.ts';
import { CIVIL_AFFAIRS_ITEMS } from './civil-affairs.ts';
import { CONSTRUCTION_ITEMS } from './construction.ts';
import { HEALTH_ITEMS } from './health.ts';
import { MARKET_ITEMS } from './market.ts';
import { MEDICAL_SECURITY_ITEMS } from './medical-security.ts';
import { OTHER_ITEMS } from './others.ts';
import { POLICE_ITEMS } from './police.ts';
import { PUBLIC_SERVICE_ITEMS } from './public-services.ts';
import { REAL_ESTATE_ITEMS } from './real-estate.ts';
import { HUMAN_RESOURCES_ITEMS } from './social-security.ts';
import { TAX_AND_FUND_ITEMS } from './tax-and-fund.ts';
import { TRANSPORT_ITEMS } from './transport.ts';

/*
 * The demo catalog of the fictional 栖云县: plain data for server/db/seed, grouped by area.
 * Implementation codes are `390522-<department code>-<serial>`; see builders.ts.
 */

export type { DemoItem } from './builders.ts';
export { DEMO_THEMES, type DemoTheme } from './themes.ts';

export const DEMO_ITEMS: DemoItem[] = [
  ...MARKET_ITEMS,
  ...REAL_ESTATE_ITEMS,
  ...TAX_AND_FUND_ITEMS,
  ...POLICE_ITEMS,
  ...HUMAN_RESOURCES_ITEMS,
  ...MEDICAL_SECURITY_ITEMS,
  ...CIVIL_AFFAIRS_ITEMS,
  ...CONSTRUCTION_ITEMS,
  ...HEALTH_ITEMS,
  ...TRANSPORT_ITEMS,
  ...AGRICULTURE_ITEMS,
  ...OTHER_ITEMS,
  ...PUBLIC_SERVICE_ITEMS,
];
