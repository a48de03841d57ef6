import * as assert from 'node:assert/strict';
import { isInertUiText, uiText } from '../../../src/core/render/uiText';

/** The pattern VS Code's notifications turn into links: `[label](target)` with a web, command or file target. */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;

describe('text for notifications, quick picks and the status bar', () => {
  it('breaks a command link in a file name, keeping every visible character', () => {
    const name = '[Fix this catalog](command:workbench.action.terminal.new).json';
    const text = uiText(name);
    assert.doesNotMatch(text, NOTIFICATION_LINK);
    assert.equal(text.replace(/\u200b/g, ''), name);
    assert.ok(isInertUiText(text));
    assert.ok(!isInertUiText(name));
  });

  it('breaks a link whose parenthesis comes from the words after it', () => {
    const message = `the catalog ${uiText('[x]')}(command:workbench.action.terminal.new) is broken`;
    assert.doesNotMatch(message, NOTIFICATION_LINK);
  });

  it('shows icon syntax as text', () => {
    assert.doesNotMatch(uiText('$(terminal) run'), /\$\(/);
    assert.doesNotMatch(uiText('cost $') + '(x)', /\$\(/);
    assert.equal(uiText('$5 fee'), '$5 fee');
  });

  it('drops bidirectional overrides, isolates and marks', () => {
    assert.equal(uiText('evil\u202Egnp.json\u202C'), 'evilgnp.json');
    assert.equal(uiText('a\u2066b\u2069c\u200fd\u061c'), 'abcd');
  });

  it('folds newlines and control characters to single spaces', () => {
    assert.equal(uiText('line one\r\nline two\u2028three\u0007\tfour'), 'line one line two three four');
  });

  it('cuts long text with an ellipsis', () => {
    const text = uiText('x'.repeat(500), 50);
    assert.equal(text.length, 50);
    assert.ok(text.endsWith('…'));
  });

  it('leaves ordinary names alone', () => {
    assert.equal(uiText('acme-errors.json'), 'acme-errors.json');
    assert.equal(uiText('.vscode/status-codes/acme (copy).json'), '.vscode/status-codes/acme (copy).json');
  });
});
