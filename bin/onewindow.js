#!/usr/bin/env node
// Runs the TypeScript CLI directly: one process, no separate server build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
