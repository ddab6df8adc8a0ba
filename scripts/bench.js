// `npm run bench`: runs bench/main.ts with TypeScript support in this process.
import { register } from 'tsx/esm/api';

register();
await import('../bench/main.ts');
