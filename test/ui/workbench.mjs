// Small steps on the workbench page that UI tests share.
//
// The quick input's text box is found as its one input that is not a
// checkbox: VS Code for the Web 1.91 (scripts/test-web.mjs) also renders a
// "toggle all" checkbox as an input there.

const READY_TIMEOUT_MS = 45_000;

/**
 * Opens the command palette, runs the command with this exact label and
 * returns once it was chosen. The palette lists an extension's commands only
 * after the remote extension host has registered the extension, which the
 * page does not announce, and it closes whenever something else takes the
 * focus; so each attempt is short, and a failed one is tried again.
 */
export async function runCommand(page, label) {
  const input = page.locator('.quick-input-widget input:not([type="checkbox"])');
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 2000 });
      await input.fill(`>${label}`, { timeout: 2000 });
      await row.waitFor({ state: 'visible', timeout: 2000 });
      // The keyboard chooses the command when it is the focused row, so the pointer leaves no tooltip behind.
      const focused = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', { hasText: label });
      if ((await focused.count()) > 0) await page.keyboard.press('Enter');
      else await row.click({ timeout: 2000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`The command palette never offered "${label}".`, { cause: error });
    }
  }
}

/** The rows of the open quick pick, as text. */
export async function quickPickRows(page) {
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
}

/** Opens a workspace file in an editor through Quick Open, as a person would. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input:not([type="checkbox"])');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  // Quick Open shows the file name and its folder apart, so the row is found by the name alone.
  const base = name.split('/').pop();
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[data-resource-name="${base}"]`).waitFor({ state: 'visible' });
  // The editor takes the focus a moment after its tab appears; a palette opened before that would close again.
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible' });
}

/**
 * The quick pick's rows once they stop changing. After the query changes the
 * list re-renders in steps, and for a moment shows rows of the previous query
 * below the new ones; a picture or an assertion on the whole list waits for
 * the same rows twice in a row, half a second apart.
 */
export async function settledQuickPickRows(page, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let previous = JSON.stringify(await quickPickRows(page));
  while (Date.now() < deadline) {
    await page.waitForTimeout(500);
    const current = JSON.stringify(await quickPickRows(page));
    if (current === previous) return JSON.parse(current);
    previous = current;
  }
  throw new Error(`The quick pick kept changing for ${timeoutMs} ms.`);
}
