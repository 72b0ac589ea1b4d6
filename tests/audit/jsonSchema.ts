/**
 * A small JSON Schema validator for the subset docs/audit.schema.json uses: `type`, `const`, `enum`,
 * `properties`, `required`, `additionalProperties: false`, `items`, `minimum`, `pattern` and local
 * `$ref`s. A keyword outside the subset is an error, so the schema cannot quietly rely on one this
 * validator ignores. (No validator package: the plugin's tests need nothing beyond its dev dependencies.)
 */
type Schema = Readonly<Record<string, unknown>>;

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description']);
const KEYWORDS = new Set(['type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minimum', 'pattern', '$ref']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Every violation, as `path: problem`; empty when `value` is valid. */
export function validate(value: unknown, root: Schema): string[] {
  const errors: string[] = [];
  check(value, root, '$');
  return errors;

  function resolve(ref: string): Schema {
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown>)[part];
    if (typeof target !== 'object' || target === null) throw new Error(`Unresolved $ref ${ref}`);
    return target as Schema;
  }

  function check(data: unknown, schema: Schema, path: string): void {
    for (const keyword of Object.keys(schema)) {
      if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) throw new Error(`Unsupported keyword ${keyword} at ${path}`);
    }
    if (typeof schema.$ref === 'string') check(data, resolve(schema.$ref), path);
    if ('const' in schema && data !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(data as never)) {
      errors.push(`${path}: ${JSON.stringify(data)} is not one of ${JSON.stringify(schema.enum)}`);
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!types.some((type) => matchesType(data, type))) {
        errors.push(`${path}: expected ${types.join(' or ')}, got ${typeOf(data)}`);
        return;
      }
    }
    if (typeof schema.minimum === 'number' && typeof data === 'number' && data < schema.minimum) {
      errors.push(`${path}: ${data} is below ${schema.minimum}`);
    }
    if (typeof schema.pattern === 'string' && typeof data === 'string' && !new RegExp(schema.pattern, 'u').test(data)) {
      errors.push(`${path}: ${JSON.stringify(data)} does not match ${schema.pattern}`);
    }
    if (typeOf(data) === 'object') {
      const object = data as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required ?? []) as string[]) {
        if (!(key in object)) errors.push(`${path}: missing required property ${key}`);
      }
      for (const [key, item] of Object.entries(object)) {
        const propertySchema = properties[key];
        if (propertySchema !== undefined) check(item, propertySchema, `${path}.${key}`);
        else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
      }
    }
    if (Array.isArray(data) && schema.items !== undefined) {
      data.forEach((item, index) => check(item, schema.items as Schema, `${path}[${index}]`));
    }
  }
}
