import type { JSONSchema } from '@typescript-eslint/utils';

/**
 * The schema of an option that lists names: identifiers, dotted paths, modules or globs, each a
 * non-empty string listed once. `description` says what the names are and what they replace.
 */
export function stringListSchema(description: string): JSONSchema.JSONSchema4ArraySchema {
  return { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description };
}
