import type { AppContext } from '../../../platform/context.ts';
import { ErrorResponse, type App } from '../../../platform/http.ts';
import { LicenseVerification, VerificationCodeParams } from '../schemas.ts';
import { verifyLicense } from '../service/read.ts';

/** What anyone with a printed license checks: by its verification code, rate limited. */
export function licensePublicRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/public/licenses/:code',
    {
      config: {
        access: { kind: 'public' },
        // 60 random bits make guessing hopeless; these keep a scraper from trying anyway.
        rateLimits: [
          { name: 'license-verify-address', per: 'address', max: 60, windowSeconds: 600 },
          {
            name: 'license-verify-code',
            per: (request) => (request.params as { code?: string }).code?.toUpperCase(),
            max: 30,
            windowSeconds: 600,
          },
        ],
      },
      schema: {
        tags: ['licenses'],
        summary:
          '电子证照核验: the license by its verification code, its status and its signature checked now',
        params: VerificationCodeParams,
        response: { 200: LicenseVerification, 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => verifyLicense(ctx, request.params.code),
  );
}
