import vscode = require('vscode');
import { SECTION } from '../config';
import { registerCommand } from '../services/commands';
import { WRITTEN_CODE } from '../core/settings';

/** What the quick fix passes to `statusCodeLens.ignoreCode`. */
export interface IgnoreCodeArguments {
  /** A number, or a code as written (`0x0000000B`, `UNDELIV`, `5.1.1`). */
  readonly code: number | string;
  readonly uri?: vscode.Uri;
}

/**
 * `statusCodeLens.ignoreCode`: adds a code to `statusCodeLens.ignoreCodes`
 * in the workspace settings (the user's when no folder is open), after which
 * hover, lenses and inlay hints leave it alone. From the palette it asks for
 * the code. Resolves to whether the setting changed.
 */
export function registerIgnoreCode(log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand(
    'statusCodeLens.ignoreCode',
    'Adding the code to statusCodeLens.ignoreCodes',
    log,
    async (args?: Partial<IgnoreCodeArguments>): Promise<boolean> => {
      const given = args?.code;
      const code = (typeof given === 'number' && Number.isSafeInteger(given)) || (typeof given === 'string' && WRITTEN_CODE.test(given)) ? given : await askForCode();
      if (code === undefined) {
        return false;
      }
      const section = vscode.workspace.getConfiguration(SECTION, args?.uri);
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      const inspected = section.inspect<unknown[]>('ignoreCodes');
      const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
      const list = Array.isArray(current) ? current : [];
      if (list.includes(code)) {
        return false;
      }
      await section.update('ignoreCodes', [...list, code], target);
      log.info(`Code ${code} is no longer annotated (statusCodeLens.ignoreCodes).`);
      return true;
    },
    false,
  );
}

async function askForCode(): Promise<number | string | undefined> {
  const answer = await vscode.window.showInputBox({
    title: 'Never annotate a code in this workspace',
    prompt: 'The code, e.g. 404, 0x0000000B, UNDELIV or 5.1.1',
    validateInput: (value) => (/^\s*-?\d+\s*$/.test(value) || WRITTEN_CODE.test(value.trim()) ? undefined : 'Type a whole number or a code as written, e.g. 0x0000000B, UNDELIV, 5.1.1.'),
  });
  if (answer === undefined) {
    return undefined;
  }
  const text = answer.trim();
  return /^-?\d+$/.test(text) ? Number(text) : text;
}
