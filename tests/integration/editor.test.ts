/**
 * Editor squiggles, for real: the ESLint language server that VS Code, Neovim, Helix, Zed and others
 * run (`vscode-eslint-language-server` from `vscode-langservers-extracted`) loads a consumer project
 * that installed the packed plugin, and this test is its editor. Diagnostics come from LSP pull
 * diagnostics (`textDocument/diagnostic`; the server never pushes them); our suggestions come back
 * as quick-fix code actions, and applying one makes the squiggle go away.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { getDocsUrl } from '../../src/util/createRule.js';
import type { PackedPlugin } from '../helpers/consumer.js';
import { consumerEnv, createConsumer, ESLINT_VERSIONS, packPlugin, removePacked, ROOT_MODULES } from '../helpers/consumer.js';
import { LanguageServerClient } from '../helpers/languageServer.js';

// Every step runs real tools in child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'consumer');
const SERVER = path.join(ROOT_MODULES, 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');
const DOCS_URL = getDocsUrl('no-swallowed-errors');

interface Position {
  readonly line: number;
  readonly character: number;
}
interface Range {
  readonly start: Position;
  readonly end: Position;
}
interface Diagnostic {
  readonly range: Range;
  readonly severity?: number;
  readonly source?: string;
  readonly message: string;
  readonly code?: string | number | { value: string; target: string };
  readonly codeDescription?: { href: string };
}
interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}
interface CodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly diagnostics?: readonly Diagnostic[];
  readonly command?: { title: string; command: string; arguments?: unknown[] };
  readonly edit?: { changes?: Record<string, readonly TextEdit[]>; documentChanges?: readonly { edits: readonly TextEdit[] }[] };
}

/** What the VS Code extension answers to `workspace/configuration`; the server reads these keys. */
function editorSettings(consumer: string): unknown {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    experimental: {},
    nodePath: null,
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    workingDirectory: { mode: 'location' },
    workspaceFolder: { name: path.basename(consumer), uri: pathToFileURL(consumer).href },
  };
}

function ruleOf(diagnostic: Diagnostic): string {
  const { code } = diagnostic;
  return typeof code === 'object' ? code.value : String(code);
}

function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${ruleOf(diagnostic)}`);
}

/** Applies LSP text edits (zero-based line/character positions) to a text, last edit first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const offset = (position: Position): number => (lineStarts[position.line] ?? text.length) + position.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

let packed: PackedPlugin | undefined;

beforeAll(() => {
  packed = packPlugin('reliability-editor-');
});

afterAll(() => {
  removePacked(packed);
});

describe.each(ESLINT_VERSIONS)('$label', ({ packageDir }) => {
  let consumer: string;
  let client: LanguageServerClient | undefined;
  const documents = new Map<string, { uri: string; version: number; text: string }>();
  const appliedEdits: unknown[] = [];

  /** Opens a consumer file in the "editor" (once) and returns its URI. */
  function open(file: string, languageId: string): string {
    const existing = documents.get(file);
    if (existing !== undefined) return existing.uri;
    const document = { uri: pathToFileURL(path.join(consumer, file)).href, version: 1, text: readFileSync(path.join(consumer, file), 'utf8') };
    documents.set(file, document);
    getClient().notify('textDocument/didOpen', { textDocument: { ...document, languageId } });
    return document.uri;
  }

  /** Replaces an open document's text, as typing does. */
  function change(file: string, text: string): void {
    const document = documents.get(file);
    if (document === undefined) throw new Error(`${file} is not open`);
    document.version++;
    document.text = text;
    getClient().notify('textDocument/didChange', {
      textDocument: { uri: document.uri, version: document.version },
      contentChanges: [{ text }],
    });
  }

  async function pull(uri: string): Promise<Diagnostic[]> {
    const report = await getClient().request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    return report.items;
  }

  function getClient(): LanguageServerClient {
    if (client === undefined) throw new Error('The language server did not start.');
    return client;
  }

  beforeAll(async () => {
    if (packed === undefined) throw new Error('The plugin was not packed.');
    consumer = createConsumer(packed, { fixtures: [FIXTURE], eslint: packageDir });
    const rootUri = pathToFileURL(consumer).href;
    client = new LanguageServerClient({
      command: process.execPath,
      args: [SERVER, '--stdio'],
      cwd: consumer,
      env: consumerEnv(consumer),
      settings: editorSettings(consumer),
    });
    // Suggestions arrive as commands: executing one makes the server send the edit back to apply.
    client.onRequest('workspace/applyEdit', (params) => {
      appliedEdits.push(params);
      return { applied: true };
    });
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(consumer) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, executeCommand: {} },
        textDocument: {
          synchronization: { didSave: true },
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
        },
      },
    });
    client.notify('initialized', {});
  });

  afterAll(async () => {
    await client?.stop();
  });

  it('shows our findings in a TypeScript file, linked to the rule docs', async () => {
    const diagnostics = await pull(open('src/orders.ts', 'typescript'));
    expect(summarize(diagnostics)).toEqual(['12:5 reliability/no-swallowed-errors', '18:16 reliability/no-swallowed-errors']);
    for (const diagnostic of diagnostics) {
      expect(diagnostic).toMatchObject({ source: 'eslint', severity: 1, codeDescription: { href: DOCS_URL } });
    }
    expect(diagnostics[0]?.message).toBe(
      'This catch drops the error without a trace. Rethrow it, log it, or say in a comment why it is safe to ignore.',
    );
    expect(diagnostics[0]?.range.end).toEqual({ line: 11, character: 9 });
  });

  it('shows them in a plain JavaScript file, next to core rules', async () => {
    const diagnostics = await pull(open('src/worker.js', 'javascript'));
    expect(summarize(diagnostics)).toEqual(['2:21 reliability/no-swallowed-errors', '4:23 no-throw-literal']);
  });

  it('shows nothing on clean code', async () => {
    expect(await pull(open('src/clean.ts', 'typescript'))).toEqual([]);
  });

  it('offers our suggestion as a quick fix; applying it clears the squiggle', async () => {
    const file = 'src/orders.ts';
    const uri = open(file, 'typescript');
    const [swallowed] = await pull(uri);
    if (swallowed === undefined) throw new Error('no diagnostic to fix');
    const actions = await getClient().request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: swallowed.range,
      context: { diagnostics: [swallowed], only: ['quickfix'] },
    });
    expect(actions.map((action) => action.title)).toEqual([
      'Log the error with `logger.error`. (reliability/no-swallowed-errors)',
      'Disable reliability/no-swallowed-errors for this line',
      'Disable reliability/no-swallowed-errors for the entire file',
      'Show documentation for reliability/no-swallowed-errors',
    ]);
    const suggestion = actions[0];
    if (suggestion?.command === undefined) throw new Error('the suggestion has no command');
    await getClient().request('workspace/executeCommand', suggestion.command);
    const [applied] = appliedEdits.splice(0) as [{ edit: CodeAction['edit'] }];
    const edits = applied.edit?.changes?.[uri] ?? applied.edit?.documentChanges?.[0]?.edits ?? [];
    const document = documents.get(file);
    if (document === undefined) throw new Error(`${file} is not open`);
    const fixed = applyEdits(document.text, edits);
    expect(fixed).toContain('  } catch (error) {\n    logger.error(error);\n    return undefined;\n  }');
    change(file, fixed);
    expect(summarize(await pull(uri))).toEqual(['19:16 reliability/no-swallowed-errors']);
  });
});
