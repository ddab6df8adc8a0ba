import type { ModuleDescriptor } from '../platform/module.ts';
import { applicantAuthModule } from './applicant-auth/module.ts';
import { applicantsModule } from './applicants/module.ts';
import { auditModule } from './audit/module.ts';
import { authModule } from './auth/module.ts';
import { calendarModule } from './calendar/module.ts';
import { casesModule } from './cases/module.ts';
import { catalogModule } from './catalog/module.ts';
import { deliveryModule } from './delivery/module.ts';
import { devicesModule } from './devices/module.ts';
import { eventsModule } from './events/module.ts';
import { licensesModule } from './licenses/module.ts';
import { orgModule } from './org/module.ts';
import { systemModule } from './system/module.ts';
import { usersModule } from './users/module.ts';

/** Every module of the application, in the order their routes are registered. */
export const MODULES: readonly ModuleDescriptor[] = [
  systemModule,
  authModule,
  applicantAuthModule,
  usersModule,
  devicesModule,
  auditModule,
  eventsModule,
  applicantsModule,
  orgModule,
  calendarModule,
  catalogModule,
  casesModule,
  deliveryModule,
  licensesModule,
];
