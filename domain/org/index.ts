export * from './regions.ts';
export * from './rules.ts';
