import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { getRequiredModule } from '../ast/importBinding.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

/**
 * Makes `name`, exported by `moduleName`, available in the file, in the file's own module style:
 *
 * - a value import of the module with named specifiers gains `, name`; a default-only one gains `, { name }`;
 * - else a new `import { name } from 'module';` goes after the last import;
 * - a file without imports that `require`s at its top level gets `const { name } = require('module');`
 *   after its last such declaration, as does a script;
 * - any other module gets the import as its first statement (after directives).
 *
 * Quotes and semicolons follow the neighbouring import or statement. The caller checks that `name` is free.
 */
export function buildAddImportFix(sourceCode: SourceCode, moduleName: string, name: string): (fixer: Fixer) => Fix {
  const program = sourceCode.ast;
  const imports = program.body.filter(
    (statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration,
  );
  const extended = imports.map((declaration) => buildExtendImport(declaration, moduleName, name)).find((fix) => fix !== undefined);
  if (extended !== undefined) return extended;

  const lastImport = imports.at(-1);
  if (lastImport !== undefined) {
    const quote = lastImport.source.raw.startsWith('"') ? '"' : "'";
    const text = `import { ${name} } from ${quote}${moduleName}${quote}${semicolonAfter(sourceCode, lastImport)}`;
    return (fixer) => fixer.insertTextAfter(lastImport, `\n${text}`);
  }

  const lastRequire = program.body.filter((statement) => isRequireDeclaration(sourceCode, statement)).at(-1);
  const useRequire = lastRequire !== undefined || program.sourceType !== 'module';
  const quote = lastRequire !== undefined && sourceCode.getText(lastRequire).includes('require("') ? '"' : "'";
  const statementText = (anchor: TSESTree.Node | undefined): string =>
    useRequire
      ? `const { ${name} } = require(${quote}${moduleName}${quote})${semicolonAfter(sourceCode, anchor)}`
      : `import { ${name} } from '${moduleName}'${semicolonAfter(sourceCode, anchor)}`;
  if (lastRequire !== undefined) {
    return (fixer) => fixer.insertTextAfter(lastRequire, `\n${statementText(lastRequire)}`);
  }

  const lastDirective = program.body.filter((statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined).at(-1);
  if (lastDirective !== undefined) {
    return (fixer) => fixer.insertTextAfter(lastDirective, `\n${statementText(lastDirective)}`);
  }
  const [first] = program.body;
  if (first === undefined) return (fixer) => fixer.insertTextAfterRange([0, 0], `${statementText(undefined)}\n`);
  return (fixer) => fixer.insertTextBefore(first, `${statementText(first)}\n`);
}

/** Adds `name` to an existing value import of `moduleName`, when the declaration can take it. */
function buildExtendImport(
  declaration: TSESTree.ImportDeclaration,
  moduleName: string,
  name: string,
): ((fixer: Fixer) => Fix) | undefined {
  if (declaration.source.value !== moduleName || declaration.importKind === 'type') return undefined;
  const { specifiers } = declaration;
  if (specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier)) return undefined;
  const lastNamed = specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier).at(-1);
  if (lastNamed !== undefined) return (fixer) => fixer.insertTextAfter(lastNamed, `, ${name}`);
  const [defaultSpecifier] = specifiers;
  return defaultSpecifier === undefined ? undefined : (fixer) => fixer.insertTextAfter(defaultSpecifier, `, { ${name} }`);
}

/** `const x = require('m');` or `const { a } = require('m').b;` at the top level. */
function isRequireDeclaration(sourceCode: SourceCode, statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  return statement.declarations.some((declarator) => {
    let init = declarator.init;
    while (init?.type === AST_NODE_TYPES.MemberExpression) init = init.object;
    return init !== null && init !== undefined && getRequiredModule(sourceCode, init) !== undefined;
  });
}

/**
 * `;` when the file ends its statements with one, judged by the anchor (or, when the anchor is a
 * declaration that never ends with one, by the first top-level statement that does); `;` by default.
 */
function semicolonAfter(sourceCode: SourceCode, anchor: TSESTree.Node | undefined): string {
  const sample = anchor !== undefined && endsWithSemicolonOrNewline(anchor) ? anchor : sourceCode.ast.body.find(endsWithSemicolonOrNewline);
  if (sample === undefined) return ';';
  return sourceCode.getLastToken(sample)?.value === ';' ? ';' : '';
}

/** Statements that end with `;` in a file that writes them, and with a line break in one that does not. */
function endsWithSemicolonOrNewline(statement: TSESTree.Node): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.VariableDeclaration:
      return true;
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.declaration === null || statement.declaration.type === AST_NODE_TYPES.VariableDeclaration;
    default:
      return false;
  }
}
