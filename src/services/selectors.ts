import type * as vscode from 'vscode';

/**
 * Where hovers and lenses are offered: the schemes that hold real documents; never output, git or diff views.
 * `file` also covers a local folder opened in vscode.dev, `vscode-remote` remote and server workspaces,
 * `vscode-vfs` repositories opened in github.dev and vscode.dev, `vscode-test-web` the folder
 * `@vscode/test-web` mounts, and `memfs` the in-memory file systems of extension samples and tests.
 */
export const RECOGNITION_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'untitled' },
  { scheme: 'vscode-remote' },
  { scheme: 'vscode-vfs' },
  { scheme: 'vscode-test-web' },
  { scheme: 'memfs' },
];
