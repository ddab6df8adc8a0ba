export * from './item-content.ts';
export * from './labels.ts';
export * from './check.ts';
export * from './diff.ts';
export * from './lifecycle.ts';
export * from './forms.ts';
