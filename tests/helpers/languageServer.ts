/**
 * A minimal Language Server Protocol client over stdio, enough to drive the ESLint language server
 * that editors use (`vscode-eslint-language-server` from `vscode-langservers-extracted`) the way an
 * editor does: initialize, answer the server's configuration requests, open a document, pull its
 * diagnostics (`textDocument/diagnostic`; the server never pushes them) and ask for code actions.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';

interface Pending {
  readonly method: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

interface Message {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

export interface LanguageServerOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** What the client answers to every `workspace/configuration` item. */
  readonly settings: unknown;
  /** How long a request may take before it fails; default 60 s. */
  readonly requestTimeout?: number;
}

export class LanguageServerClient {
  /** The server's stderr and `window/logMessage` notifications, to explain a failure. */
  readonly log: string[] = [];
  private readonly server: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly requestTimeout: number;
  private readonly settings: unknown;
  private readonly handlers = new Map<string, (params: unknown) => unknown>();
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private exited = false;

  constructor(options: LanguageServerOptions) {
    this.settings = options.settings;
    this.requestTimeout = options.requestTimeout ?? 60_000;
    this.server = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
    this.server.on('exit', (code, signal) => {
      this.exited = true;
      this.log.push(`server exited (code ${String(code)}, signal ${String(signal)})`);
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`The language server exited before answering ${pending.method}.\n${this.log.join('\n')}`));
        this.pending.delete(id);
      }
    });
    this.server.on('error', (error) => this.log.push(`spawn error: ${error.message}`));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`No answer to ${method} within ${this.requestTimeout} ms.\n${this.log.join('\n')}`));
      }, this.requestTimeout);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ id, method, params });
    });
  }

  /** Answers the server's `method` requests (such as `workspace/applyEdit`) with `handler`. */
  onRequest(method: string, handler: (params: unknown) => unknown): void {
    this.handlers.set(method, handler);
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** `shutdown` and `exit`, as an editor does on close; kills the server if it has not exited within 5 s. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.server.once('exit', () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 5_000);
    });
    try {
      await Promise.race([this.request('shutdown', null), deadline]);
      this.notify('exit', null);
      await Promise.race([exited, deadline]);
    } catch {
      // No answer to `shutdown`: the server crashed or hangs, and is killed below all the same.
    } finally {
      clearTimeout(timer);
      if (!this.exited) {
        this.server.kill('SIGKILL');
        await exited;
      }
    }
  }

  private send(message: Omit<Message, 'result' | 'error'> | Message): void {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/iu.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (pending === undefined || typeof message.id !== 'number') return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error === undefined) pending.resolve(message.result);
      else pending.reject(new Error(`${pending.method} failed: ${message.error.message}`));
      return;
    }
    if (message.id === undefined) {
      if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
        this.log.push(String((message.params as { message?: unknown } | undefined)?.message));
      }
      return;
    }
    // A request from the server: configuration gets the settings, a registered handler answers its
    // method, everything else (capability registration, `eslint/noLibrary`, ...) gets a plain `null`,
    // as from an editor that ignores it.
    const handler = this.handlers.get(message.method);
    const result =
      handler !== undefined
        ? handler(message.params)
        : message.method === 'workspace/configuration'
          ? (message.params as { items: unknown[] }).items.map(() => this.settings)
          : null;
    this.send({ id: message.id, result });
  }
}
