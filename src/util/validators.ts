import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { getPropertyName, getStaticPath, unwrapTSExpression } from './ast/expressions.js';

/**
 * Function and method names that check a value against a schema or a type: zod's `parse`/`safeParse`
 * (and `Async` forms), valibot's `parse(Schema, x)`/`safeParse`, yup and joi `validate`/`validateSync`,
 * superstruct `assert`/`create`/`is`/`mask`, io-ts `decode`, TypeBox `Value.Check`/`Value.Parse`/`Value.Decode`,
 * typia `assert`/`is`/`validate`/`assertEquals`, arktype's `assert`, and a team's own `assertType`.
 */
export const DEFAULT_VALIDATORS: readonly string[] = [
  'assert',
  'assertEquals',
  'assertGuard',
  'assertType',
  'Check',
  'create',
  'decode',
  'Decode',
  'is',
  'mask',
  'parse',
  'Parse',
  'parseAsync',
  'safeParse',
  'safeParseAsync',
  'validate',
  'validateEquals',
  'validateSync',
];

/** Calls that read a value without checking it, though their name says `parse`. */
const NOT_VALIDATORS = new Set(['Date.parse', 'JSON.parse']);
/** Methods that compile a schema into a validate function: ajv's `compile`/`getSchema`, TypeBox's `TypeCompiler.Compile`. */
const COMPILERS = new Set(['compile', 'Compile', 'getSchema']);

/** Validator names split into plain names and dotted paths. */
interface CompiledNames {
  readonly single: ReadonlySet<string>;
  readonly dotted: readonly (readonly string[])[];
}

/** By the names array: rules pass the array of their configuration, the same one for every file. */
const compiledNames = new WeakMap<readonly string[], CompiledNames>();

function compileNames(names: readonly string[]): CompiledNames {
  let compiled = compiledNames.get(names);
  if (compiled === undefined) {
    compiled = {
      single: new Set(names.filter((name) => !name.includes('.'))),
      dotted: names.filter((name) => name.includes('.')).map((name) => name.split('.')),
    };
    compiledNames.set(names, compiled);
  }
  return compiled;
}

/** Whether a call checks its argument against a schema; see {@link createValidatorMatcher}. */
export type ValidatorMatcher = (call: TSESTree.CallExpression) => boolean;

/**
 * Recognises validator calls: a callee whose name, or whose dotted path's end, is one of `names`
 * (`UserSchema.parse(x)`, `v.parse(Schema, x)`, `typia.assert<T>(x)`, `Value.Check(T, x)`, a configured
 * `schemas.check`), and a function an ajv-style compiler made in the file
 * (`const validate = ajv.compile(schema)`, then `validate(x)`). `JSON.parse` and `Date.parse` are not validators.
 * `names` is read once per array: pass the same array for every file of a configuration.
 */
export function createValidatorMatcher(sourceCode: Readonly<TSESLint.SourceCode>, names: readonly string[]): ValidatorMatcher {
  const { single, dotted } = compileNames(names);
  return (call) => {
    const callee = unwrapTSExpression(call.callee);
    const path = getStaticPath(callee);
    if (path === undefined) {
      // `z.object({ ... }).parse(x)`: a schema built in place.
      return callee.type === AST_NODE_TYPES.MemberExpression && single.has(getPropertyName(callee) ?? '');
    }
    if (NOT_VALIDATORS.has(path.join('.'))) return false;
    if (single.has(path.at(-1) ?? '')) return true;
    if (dotted.some((parts) => parts.length <= path.length && parts.every((part, index) => path[path.length - parts.length + index] === part))) {
      return true;
    }
    return path.length === 1 && isCompiledValidator(call.callee);
  };

  /** `validate(x)` where `const validate = ajv.compile(schema)`. */
  function isCompiledValidator(callee: TSESTree.Expression): boolean {
    const expression = unwrapTSExpression(callee);
    if (expression.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'Variable' || definition.node.init === null || definition.parent.kind !== 'const') return false;
    const init = unwrapTSExpression(definition.node.init);
    return init.type === AST_NODE_TYPES.CallExpression && COMPILERS.has(getStaticPath(init.callee)?.at(-1) ?? '');
  }
}
