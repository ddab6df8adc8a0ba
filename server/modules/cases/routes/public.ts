import type { AppContext } from '../../../platform/context.ts';
import type { App } from '../../../platform/http.ts';
import * as schemas from '../schemas.ts';
import { queryProgress } from '../service/progress.ts';
import { ErrorResponse } from '../../../platform/http.ts';

/** 进度查询 without signing in. */
export function casePublicRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/public/cases/progress',
    {
      config: {
        access: { kind: 'public' },
        rateLimits: [
          { name: 'progress-address', per: 'address', max: 60, windowSeconds: 600 },
          {
            name: 'progress-case',
            per: (request) => (request.query as { caseNumber?: string }).caseNumber,
            max: 20,
            windowSeconds: 600,
          },
        ],
      },
      schema: {
        tags: ['cases (public)'],
        summary: 'Progress query by case number and query code; 5 wrong codes lock the case for 15 minutes',
        querystring: schemas.ProgressQuery,
        response: { 200: schemas.ProgressReply, 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => queryProgress(ctx, request.query),
  );
}
