export * from './result.ts';
export * from './regions.ts';
export * from './id-card.ts';
export * from './uscc.ts';
export * from './mobile.ts';
export * from './password.ts';
