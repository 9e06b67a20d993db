export * from './assistance.js';
export * from './request-workflow.js';
export * from './money.js';
export * from './dates.js';
export * from './limits.js';
export * from './access.js';
export * from './permissions.js';
export * from './programme.js';
