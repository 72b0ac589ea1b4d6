import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { getPropertyName } from './expressions.js';
import { isGlobalReference } from './scope.js';

/** Where a local name comes from: the module, and which of its exports (`default`, `*` or a name). */
export interface ImportBinding {
  readonly source: string;
  /** `default` for a default import, `*` for a namespace import or a whole `require()`, else the export's name. */
  readonly imported: string;
}

/** The export an import specifier names: `y` in `import { y as x }` and in `import { 'y' as x }`. */
export function getImportedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

/**
 * The module and export an identifier is bound to, through scope: `import x from 'm'` (`default`),
 * `import * as x from 'm'` (`*`), `import { y as x } from 'm'` (`y`), and the CommonJS forms
 * `const x = require('m')` (`*`), `const { y: x } = require('m')` and `const x = require('m').y` (`y`).
 * `undefined` for a local, a parameter, a global or a binding whose origin the file does not show.
 */
export function getImportBinding(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Identifier): ImportBinding | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  if (variable === null || variable.defs.length !== 1) return undefined;
  const [definition] = variable.defs;
  if (definition === undefined) return undefined;
  if (definition.type === 'ImportBinding') return getEsmBinding(definition.node);
  if (definition.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (declarator.parent.kind !== 'const' || declarator.init === null) return undefined;
  return getCjsBinding(sourceCode, declarator.id, definition.name, declarator.init);
}

function getEsmBinding(
  specifier: TSESTree.ImportClause | TSESTree.TSImportEqualsDeclaration,
): ImportBinding | undefined {
  if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const reference = specifier.moduleReference;
    return reference.type === AST_NODE_TYPES.TSExternalModuleReference &&
      reference.expression.type === AST_NODE_TYPES.Literal &&
      typeof reference.expression.value === 'string'
      ? { source: reference.expression.value, imported: '*' }
      : undefined;
  }
  const declaration = specifier.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const source = declaration.source.value;
  switch (specifier.type) {
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return { source, imported: 'default' };
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return { source, imported: '*' };
    default:
      return { source, imported: getImportedName(specifier) };
  }
}

/** `x = require('m')`, `x = require('m').y`, `{ y: x } = require('m')`. */
function getCjsBinding(
  sourceCode: Readonly<TSESLint.SourceCode>,
  pattern: TSESTree.BindingName,
  name: TSESTree.Identifier,
  init: TSESTree.Expression,
): ImportBinding | undefined {
  let expression = init;
  let member: string | undefined;
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    member = getPropertyName(expression);
    if (member === undefined) return undefined;
    expression = expression.object;
  }
  const source = getRequiredModule(sourceCode, expression);
  if (source === undefined) return undefined;
  if (pattern.type === AST_NODE_TYPES.Identifier) return { source, imported: member ?? '*' };
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern || member !== undefined) return undefined;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value !== name) continue;
    const key = property.computed ? undefined : property.key;
    if (key?.type === AST_NODE_TYPES.Identifier) return { source, imported: key.name };
    return key?.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? { source, imported: key.value } : undefined;
  }
  return undefined;
}

/** `require('m')` of the global `require` with a constant string: `'m'`; anything else: `undefined`. */
export function getRequiredModule(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string | undefined {
  if (
    node.type !== AST_NODE_TYPES.CallExpression ||
    node.callee.type !== AST_NODE_TYPES.Identifier ||
    node.callee.name !== 'require' ||
    node.arguments.length !== 1 ||
    !isGlobalReference(sourceCode, node.callee)
  ) {
    return undefined;
  }
  const [argument] = node.arguments;
  if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') return argument.value;
  if (argument?.type === AST_NODE_TYPES.TemplateLiteral && argument.expressions.length === 0) {
    return argument.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}
