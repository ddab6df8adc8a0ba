export * from './errors.ts';
export * from './calendar/index.ts';
export * from './clock/index.ts';
export * from './validators/index.ts';
export * from './catalog/index.ts';
export * from './org/index.ts';
