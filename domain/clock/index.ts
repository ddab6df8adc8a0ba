export * from './instant.ts';
export * from './types.ts';
export * from './case-clock.ts';
export * from './presentation.ts';
export * from './due-date-basis.ts';
