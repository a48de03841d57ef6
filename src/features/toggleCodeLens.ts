import vscode = require('vscode');
import { registerCommand } from '../services/commands';
import { SECTION, type Config } from '../config';

const SETTING = 'codeLens.enabled';

/**
 * `Status Code Lens: Toggle CodeLens` flips `statusCodeLens.codeLens.enabled`
 * where it is decided for the active editor: in the most specific scope
 * that sets it (a language override, the folder, the workspace), so the flip
 * takes effect, and in the user settings when nothing sets it.
 */
export function registerToggleCodeLens(config: Config, log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand('statusCodeLens.toggleCodeLens', 'Toggling CodeLens', log, async () => {
    const document = vscode.window.activeTextEditor?.document;
    const enabled = config.get(document).codeLensEnabled;
    const scope = document ? { uri: document.uri, languageId: document.languageId } : undefined;
    const section = vscode.workspace.getConfiguration(SECTION, scope);
    const { target, overrideInLanguage } = settingTarget(section.inspect<boolean>(SETTING), document !== undefined);
    await section.update(SETTING, !enabled, target, overrideInLanguage);
    const where = `${vscode.ConfigurationTarget[target]}${overrideInLanguage && document ? ` [${document.languageId}]` : ''}`;
    log.info(`CodeLens ${enabled ? 'disabled' : 'enabled'} in the ${where} settings.`);
    vscode.window.setStatusBarMessage(`Status Code Lens: CodeLens ${enabled ? 'off' : 'on'}`, 3000);
  });
}

/** The parts of `WorkspaceConfiguration.inspect` that decide where a value is set. */
interface Inspection {
  readonly globalValue?: boolean;
  readonly workspaceValue?: boolean;
  readonly workspaceFolderValue?: boolean;
  readonly globalLanguageValue?: boolean;
  readonly workspaceLanguageValue?: boolean;
  readonly workspaceFolderLanguageValue?: boolean;
}

/** The most specific scope that sets the value, or the user settings. */
export function settingTarget(
  inspected: Inspection | undefined,
  hasResource: boolean,
): { target: vscode.ConfigurationTarget; overrideInLanguage: boolean } {
  if (hasResource && inspected?.workspaceFolderLanguageValue !== undefined) {
    return { target: vscode.ConfigurationTarget.WorkspaceFolder, overrideInLanguage: true };
  }
  if (hasResource && inspected?.workspaceLanguageValue !== undefined) {
    return { target: vscode.ConfigurationTarget.Workspace, overrideInLanguage: true };
  }
  if (hasResource && inspected?.globalLanguageValue !== undefined) {
    return { target: vscode.ConfigurationTarget.Global, overrideInLanguage: true };
  }
  if (hasResource && inspected?.workspaceFolderValue !== undefined) {
    return { target: vscode.ConfigurationTarget.WorkspaceFolder, overrideInLanguage: false };
  }
  if (inspected?.workspaceValue !== undefined) {
    return { target: vscode.ConfigurationTarget.Workspace, overrideInLanguage: false };
  }
  return { target: vscode.ConfigurationTarget.Global, overrideInLanguage: false };
}
