import type { AppContext } from './context.ts';
import type { OutboxEvent } from './events.ts';
import type { App } from './http.ts';
import type { Job } from './jobs.ts';
import type { Role } from './policy.ts';

/**
 * Everything a module brings to the application, in one object exported from its `index.ts`:
 * `server/modules/index.ts` lists the modules and `app.ts` registers them from that list, so adding a
 * module is one folder plus one line. See docs/adding-a-module.md.
 */
export interface ModuleDescriptor {
  /** The bounded context, as in the folder name (`catalog`, `org`). */
  name: string;
  /** OpenAPI tags the module's routes use, with what each covers. */
  tags: readonly { name: string; description: string }[];
  /** Request hooks that find who is calling; registered before access is checked on every route. */
  identify?(app: App, ctx: AppContext): void;
  routes(app: App, ctx: AppContext): void;
  /** Handlers of committed events: this instance's and, on PostgreSQL, every other instance's. */
  subscriptions?: readonly Subscription[];
  jobs?: readonly Job[];
  /** The module's error codes with their HTTP statuses (see `registerErrorCodes`). */
  errors?: Readonly<Record<string, number>>;
  /** The module's permissions with the roles that hold them. */
  permissions?: Readonly<Record<string, readonly Role[]>>;
}

export interface Subscription {
  /** The topics handled, from the publishing modules' typed topic lists. */
  topics: readonly string[];
  handle(ctx: AppContext, event: OutboxEvent): void;
}
