// `npm run new-rule <name>`: writes a rule's three files from templates, registers it in
// src/rules/index.ts (alphabetically) and regenerates the docs. Refuses to overwrite anything.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const name = process.argv[2] ?? '';

if (!/^(?:no|require|prefer|consistent)-[a-z]+(?:-[a-z]+)*$/u.test(name)) {
  console.error('Usage: npm run new-rule <name>, where <name> is kebab-case and starts with no-, require-, prefer- or consistent-.');
  process.exit(2);
}

const camel = name.replaceAll(/-([a-z])/gu, (_match, letter) => letter.toUpperCase());
const files = {
  [`src/rules/${name}.ts`]: `import { createRule } from '../util/index.js';

export type Options = [];
export type MessageIds = 'todo';

export default createRule<Options, MessageIds>({
  name: '${name}',
  meta: {
    type: 'problem',
    docs: { description: 'Require TODO' },
    schema: [],
    messages: {
      todo: 'TODO.',
    },
  },
  create() {
    return {};
  },
});
`,
  [`tests/rules/${name}.test.ts`]: `import rule from '../../src/rules/${name}.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('${name}', rule, {
  valid: [],
  invalid: [],
});

jsRuleTester.run('${name} (.js, espree)', rule, {
  valid: [],
  invalid: [],
});
`,
  [`docs/rules/${name}.md`]: `<!-- end auto-generated rule header -->

TODO: the production failure this rule prevents, and why the pattern causes it.

## Rule Details

TODO: what is reported, and what is deliberately not reported.

## Examples

### ❌ Incorrect

\`\`\`ts
/* eslint reliability/${name}: "error" */
\`\`\`

### ✅ Correct

\`\`\`ts
/* eslint reliability/${name}: "error" */
\`\`\`

## When Not To Use It

TODO

## Related Rules

## Further Reading
`,
};

for (const file of Object.keys(files)) {
  if (existsSync(path.join(root, file))) {
    console.error(`${file} already exists; nothing was written.`);
    process.exit(1);
  }
}
for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, file), text);

const indexPath = path.join(root, 'src/rules/index.ts');
const index = readFileSync(indexPath, 'utf8');
const imports = [...index.matchAll(/^import \w+ from '\.\/[\w-]+\.js';$/gmu)].map((match) => match[0]);
imports.push(`import ${camel} from './${name}.js';`);
imports.sort((a, b) => a.split("'")[1].localeCompare(b.split("'")[1]));
const entries = [...index.matchAll(/^ {2}'[\w-]+': \w+,$/gmu)].map((match) => match[0]);
entries.push(`  '${name}': ${camel},`);
entries.sort();
writeFileSync(
  indexPath,
  `${imports.join('\n')}\n\n/** Every rule of the plugin by name, alphabetical. */\nexport const rules = {\n${entries.join('\n')}\n};\n`,
);

console.log(`Wrote src/rules/${name}.ts, tests/rules/${name}.test.ts and docs/rules/${name}.md; registered the rule.`);
execFileSync('npm', ['run', 'docs'], { cwd: root, stdio: 'inherit' });
