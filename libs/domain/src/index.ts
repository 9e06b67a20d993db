export * from './assistance.js';
export * from './request-workflow.js';
export * from './money.js';
export * from './access.js';
export * from './programme.js';
