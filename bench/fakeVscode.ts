import { readdirSync, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import * as nodePath from 'node:path';

/**
 * A minimal in-memory `vscode` module, enough to require the production
 * bundle and run `activate()` outside the editor, so activation can be timed
 * in a plain Node process. It records what the extension does with it (file
 * reads, registrations, log lines), which lets the benchmark check that
 * activation reads no catalog. Settings answer with the defaults that
 * package.json contributes, as VS Code's do.
 */

type Listener<T> = (value: T) => unknown;

class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => {
      for (const item of items) item.dispose();
    });
  }
  constructor(private readonly onDispose: () => unknown) {}
  dispose(): void {
    this.onDispose();
  }
}

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static file(path: string): Uri {
    return new Uri('file', '', path.split(nodePath.sep).join('/'));
  }
  static parse(value: string): Uri {
    const match = /^([a-z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(value);
    if (!match) throw new Error(`Not a URI: ${value}`);
    return new Uri(match[1] as string, match[2] ?? '', match[3] ?? '', match[4] ?? '', match[5] ?? '');
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, base.authority, nodePath.posix.join(base.path, ...segments), base.query, base.fragment);
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c as number, d as number) : (b as Position);
  }
}

class Selection extends Range {}

class CodeLens {
  constructor(
    readonly range: Range,
    readonly command?: unknown,
  ) {}
}

class Hover {
  constructor(
    readonly contents: unknown,
    readonly range?: Range,
  ) {}
}

class MarkdownString {
  isTrusted = false;
  supportHtml = false;
  constructor(
    public value = '',
    readonly supportThemeIcons = false,
  ) {}
  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }
}

class SnippetString {
  constructor(public value = '') {}
}

class CompletionItem {
  constructor(
    readonly label: unknown,
    readonly kind?: number,
  ) {}
}

/** `CodeActionKind.QuickFix` and its kin: values with a dotted name, as the real class has. */
class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Refactor = new CodeActionKind('refactor');
  static readonly RefactorRewrite = new CodeActionKind('refactor.rewrite');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
}

class RelativePattern {
  constructor(
    readonly base: unknown,
    readonly pattern: string,
  ) {}
}

class FileSystemError extends Error {
  static FileNotFound(what?: unknown): FileSystemError {
    return new FileSystemError(`FileNotFound: ${String(what)}`);
  }
}

/** What the fake saw the extension do. */
export interface FakeRecord {
  /** Paths read or listed through `workspace.fs`, in order. */
  readonly fsCalls: string[];
  /** Ids of commands registered. */
  readonly commands: string[];
  /** Kinds of language providers registered. */
  readonly providers: string[];
  /** Lines written to output channels. */
  readonly logLines: string[];
}

/** Defaults of the `statusCodeLens.*` settings, read from package.json's `contributes.configuration`. */
function settingDefaults(packageJsonPath: string): Map<string, unknown> {
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
    contributes?: { configuration?: { properties?: Record<string, { default?: unknown }> } };
  };
  const defaults = new Map<string, unknown>();
  for (const [key, schema] of Object.entries(manifest.contributes?.configuration?.properties ?? {})) {
    defaults.set(key, schema.default);
  }
  return defaults;
}

/** A fresh fake `vscode` module and the record of what happens to it. */
export function createFakeVscode(packageJsonPath: string): { readonly module: Record<string, unknown>; readonly record: FakeRecord } {
  const record: FakeRecord = { fsCalls: [], commands: [], providers: [], logLines: [] };
  const defaults = settingDefaults(packageJsonPath);
  const noEvent = new EventEmitter<unknown>().event;
  const disposable = () => new Disposable(() => undefined);

  const logChannel = (name: string) => {
    const write = (level: string) => (message: string) => {
      record.logLines.push(`[${level}] ${name}: ${message}`);
    };
    return {
      name,
      logLevel: 2,
      onDidChangeLogLevel: noEvent,
      trace: write('trace'),
      debug: write('debug'),
      info: write('info'),
      warn: write('warn'),
      error: (message: unknown) => write('error')(String(message)),
      append: write('append'),
      appendLine: write('line'),
      replace: write('replace'),
      clear: () => undefined,
      show: () => undefined,
      hide: () => undefined,
      dispose: () => undefined,
    };
  };

  const configuration = (section?: string) => ({
    get: (name: string, fallback?: unknown) => {
      const value = defaults.get(section ? `${section}.${name}` : name);
      return value === undefined ? fallback : value;
    },
    has: (name: string) => defaults.has(section ? `${section}.${name}` : name),
    inspect: (name: string) => ({ key: name, defaultValue: defaults.get(section ? `${section}.${name}` : name) }),
    update: async () => undefined,
  });

  const fs = {
    readFile: async (uri: Uri) => {
      record.fsCalls.push(`readFile ${uri.path}`);
      return new Uint8Array(readFileSync(uri.path));
    },
    readDirectory: async (uri: Uri) => {
      record.fsCalls.push(`readDirectory ${uri.path}`);
      return readdirSync(uri.path, { withFileTypes: true }).map((entry) => [entry.name, entry.isDirectory() ? 2 : 1] as [string, number]);
    },
    stat: async (uri: Uri) => {
      record.fsCalls.push(`stat ${uri.path}`);
      const stats = statSync(uri.path);
      return { type: stats.isDirectory() ? 2 : 1, ctime: stats.ctimeMs, mtime: stats.mtimeMs, size: stats.size };
    },
    writeFile: async () => undefined,
  };

  const vscode: Record<string, unknown> = {
    version: '1.90.0',
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Selection,
    CodeLens,
    Hover,
    MarkdownString,
    SnippetString,
    CompletionItem,
    RelativePattern,
    FileSystemError,
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    CompletionItemKind: { Snippet: 14, EnumMember: 19 },
    CompletionTriggerKind: { Invoke: 0, TriggerCharacter: 1, TriggerForIncompleteCompletions: 2 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    CodeActionKind,
    InlayHintKind: { Type: 1, Parameter: 2 },
    UIKind: { Desktop: 1, Web: 2 },
    window: {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      createOutputChannel: (name: string) => logChannel(name),
      onDidChangeActiveTextEditor: noEvent,
      onDidChangeTextEditorSelection: noEvent,
      onDidChangeTextEditorVisibleRanges: noEvent,
      onDidChangeVisibleTextEditors: noEvent,
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showErrorMessage: async () => undefined,
      setStatusBarMessage: disposable,
      registerWebviewPanelSerializer: disposable,
    },
    workspace: {
      isTrusted: true,
      workspaceFolders: undefined,
      fs,
      getConfiguration: configuration,
      getWorkspaceFolder: () => undefined,
      asRelativePath: (path: Uri | string) => (typeof path === 'string' ? path : path.path),
      onDidChangeConfiguration: noEvent,
      onDidCloseTextDocument: noEvent,
      onDidOpenTextDocument: noEvent,
      onDidChangeTextDocument: noEvent,
      onDidGrantWorkspaceTrust: noEvent,
      onDidChangeWorkspaceFolders: noEvent,
      createFileSystemWatcher: () => ({ onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, dispose: () => undefined }),
      findFiles: async () => [],
      textDocuments: [],
    },
    commands: {
      registerCommand: (id: string) => {
        record.commands.push(id);
        return disposable();
      },
      executeCommand: async () => undefined,
      getCommands: async () => [...record.commands],
    },
    languages: {
      registerHoverProvider: () => {
        record.providers.push('hover');
        return disposable();
      },
      registerCodeLensProvider: () => {
        record.providers.push('codeLens');
        return disposable();
      },
      registerCompletionItemProvider: () => {
        record.providers.push('completion');
        return disposable();
      },
      registerInlayHintsProvider: () => {
        record.providers.push('inlayHints');
        return disposable();
      },
      registerCodeActionsProvider: () => {
        record.providers.push('codeActions');
        return disposable();
      },
    },
    env: {
      clipboard: { readText: async () => '', writeText: async () => undefined },
      openExternal: async () => true,
      language: 'en',
      uiKind: 1,
    },
  };
  return { module: vscode, record };
}

// Function-valued properties, not methods: they are saved, replaced and called with `.call(this, ...)`.
interface ModuleInternals {
  _resolveFilename: (this: unknown, request: string, parent: unknown, ...rest: unknown[]) => string;
  _load: (this: unknown, request: string, parent: unknown, isMain: boolean) => unknown;
}

/** The id the fake is resolved to; not a file, so nothing on disk can be picked up by mistake. */
const FAKE_ID = '\u0000fake-vscode';

/**
 * Makes `require('vscode')` return `fake` in this process, through the same
 * hooks (`Module._resolveFilename` and `Module._load`) that test runners use.
 * Returns a function that removes the hooks.
 */
export function installFakeVscode(fake: Record<string, unknown>): () => void {
  const internals = Module as unknown as ModuleInternals;
  const resolve = internals._resolveFilename;
  const load = internals._load;
  internals._resolveFilename = function (request, parent, ...rest) {
    return request === 'vscode' ? FAKE_ID : resolve.call(this, request, parent, ...rest);
  };
  internals._load = function (request, parent, isMain) {
    return request === 'vscode' || request === FAKE_ID ? fake : load.call(this, request, parent, isMain);
  };
  return () => {
    internals._resolveFilename = resolve;
    internals._load = load;
  };
}
