import type * as vscode from 'vscode';

/** Where hovers and lenses are offered: real files, unsaved editors, remote and virtual workspaces; never output or git views. */
export const RECOGNITION_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'untitled' },
  { scheme: 'vscode-remote' },
  { scheme: 'vscode-vfs' },
];
