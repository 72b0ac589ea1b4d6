export * from './ast/expressions.js';
export * from './ast/scope.js';
export * from './createRule.js';
export * from './fix/statements.js';
export * from './pattern.js';
export * from './settings.js';
