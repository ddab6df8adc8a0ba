import type { ModuleDescriptor } from '../platform/module.ts';
import { applicantAuthModule } from './applicant-auth/index.ts';
import { applicantsModule } from './applicants/index.ts';
import { auditModule } from './audit/index.ts';
import { authModule } from './auth/index.ts';
import { calendarModule } from './calendar/index.ts';
import { catalogModule } from './catalog/index.ts';
import { devicesModule } from './devices/index.ts';
import { eventsModule } from './events/index.ts';
import { orgModule } from './org/index.ts';
import { systemModule } from './system/index.ts';
import { usersModule } from './users/index.ts';

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
];
