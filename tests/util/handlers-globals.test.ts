import tsParser from '@typescript-eslint/parser';
import type { Linter as LinterTypes } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import type { HandlerRecognition } from '../../src/util/handlers.js';
import { getHandlerRecognition } from '../../src/util/handlers.js';

/** The recognition of one TypeScript file, with the globals the config declares. */
function recognize(code: string, globals: Record<string, 'readonly'> = {}): HandlerRecognition {
  let result: HandlerRecognition | undefined;
  const probe = {
    meta: { schema: [] },
    create(context: unknown) {
      result = getHandlerRecognition(context as Parameters<typeof getHandlerRecognition>[0]);
      return {};
    },
  };
  const config: LinterTypes.Config = {
    files: ['**/*.ts'],
    plugins: { probe: { rules: { recognize: probe as never } } },
    rules: { 'probe/recognize': 'error' },
    languageOptions: { parser: tsParser as LinterTypes.Parser, globals },
  };
  expect(new Linter().verify(code, [config], 'server.ts')).toEqual([]);
  if (result === undefined) throw new Error('the probe rule did not run');
  return result;
}

const HONO_APP = "import { Hono } from 'hono'; const app = new Hono(); app.get('/', (c) => c.text('ok'));";

describe('getHandlerRecognition: global servers and type-only imports', () => {
  it('sees Bun.serve through a global the config declares', () => {
    expect(recognize(`${HONO_APP} Bun.serve({ fetch: app.fetch });`, { Bun: 'readonly' }).startsServer).toBe(true);
  });

  it('sees Deno.serve through globalThis', () => {
    expect(recognize(`${HONO_APP} globalThis.Deno.serve(app.fetch);`, { globalThis: 'readonly' }).startsServer).toBe(true);
  });

  it('does not resolve a Bun the config does not declare', () => {
    expect(recognize(`${HONO_APP} Bun.serve({ fetch: app.fetch });`).startsServer).toBe(false);
  });

  it('a declared global that the file does not use starts nothing', () => {
    expect(recognize(HONO_APP, { Bun: 'readonly', globalThis: 'readonly' }).startsServer).toBe(false);
  });

  it('sees Bun.serve in a file that imports a framework only for its types', () => {
    const code = "import type { Context } from 'hono'; Bun.serve({ fetch: (request: Request) => new Response(String(request.url)) }); export type C = Context;";
    expect(recognize(code, { Bun: 'readonly' }).startsServer).toBe(true);
  });

  it('receives a router by type in a file that imports only types', () => {
    const recognition = recognize("import type { Request, Router } from 'express'; export function routes(router: Router) { router.get('/', (req: Request) => req.ip); }");
    expect(recognition.apps.map((app) => [app.kind, app.created])).toEqual([['router', false]]);
    expect(recognition.handlers.map((handler) => handler.label)).toEqual(['GET /']);
  });

  it('finds nothing in a file whose framework types are unused or only describe requests', () => {
    const recognition = recognize("import type { Request, Response, Router } from 'express'; export const ip = (req: Request, res: Response) => res.send(req.ip);");
    expect([recognition.apps, recognition.handlers, recognition.startsServer]).toEqual([[], [], false]);
  });

  it('creates no app from a type-only import', () => {
    const recognition = recognize("import type { Express } from 'express'; import { type Router } from 'express'; export const x = 1;");
    expect(recognition.apps).toEqual([]);
  });

  it('creates the app from a value import next to type-only ones', () => {
    const recognition = recognize("import { type Request, Router } from 'express'; const router = Router(); router.get('/', (req: Request) => req.ip);");
    expect(recognition.apps.map((app) => app.kind)).toEqual(['router']);
    expect(recognition.handlers.map((handler) => handler.label)).toEqual(['GET /']);
  });
});
