export * from './tracking-number.ts';
export * from './status.ts';
export * from './recipient.ts';
