export * from './dates.ts';
export * from './types.ts';
export * from './calendar.ts';
export * from './validate-year.ts';
export * from './national.ts';
