// The light bulb as a person uses it: cursor on a switch over codes, Ctrl+. , "Add the N missing cases".
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, runCommand } from './workbench.mjs';

/**
 * The editor's visible text, with the non-breaking spaces Monaco renders turned back into spaces.
 * @param {import('playwright-core').Page} page
 */
async function visibleText(page) {
  const text = await page.locator('.editor-group-container.active .monaco-editor .view-lines').innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** @type {import('./workbench.mjs').UiTest[]} */
export const tests = [
  {
    title: 'adds the missing cases to a switch through Ctrl+. and the light bulb menu',
    async run({ page, repoRoot, artifactsDir }) {
      await openFile(page, 'generate/partialSwitch.ts');
      // Go to line 3, the `switch (statusCode) {` line, as a person would with Ctrl+G.
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(':3:5');
      await page.keyboard.press('Enter');
      await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible' });
      const before = await visibleText(page);
      if (/case 4:/.test(before)) throw new Error(`The fixture already handles 4:\n${before}`);

      const item = page.locator('.action-widget .monaco-list-row', { hasText: /Add the \d+ missing cases/ }).first();
      // The extension may still be starting when the file opens; the menu is asked for again until our action is in it.
      const deadline = Date.now() + 30_000;
      for (;;) {
        await page.keyboard.press('Control+.');
        try {
          await item.waitFor({ state: 'visible', timeout: 3000 });
          break;
        } catch (error) {
          await page.keyboard.press('Escape');
          if (Date.now() > deadline) throw new Error('Ctrl+. never offered "Add the N missing cases" on the switch.', { cause: error });
        }
      }
      const target = process.env.SCL_UPDATE_SCREENSHOTS ? join(repoRoot, 'images', 'quick-fix.png') : join(artifactsDir, 'quick-fix.png');
      mkdirSync(join(target, '..'), { recursive: true });
      await page.screenshot({ path: target, clip: { x: 0, y: 0, width: 1400, height: 420 } });
      // The menu is driven by the keyboard, as the pointer is held off while it opens: arrow down to the fix, then Enter.
      const focused = page.locator('.action-widget .monaco-list-row.focused', { hasText: /Add the \d+ missing cases/ });
      for (let step = 0; (await focused.count()) === 0; step++) {
        if (step > 10) throw new Error('The fix never got the focus in the light bulb menu.');
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      // The editor shows only the lines around the cursor, where the new labels appear.
      const viewHas = (/** @type {string} */ source) =>
        page.waitForFunction(
          (pattern) => new RegExp(pattern).test(document.querySelector('.editor-group-container.active .monaco-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ') ?? ''),
          source,
          { timeout: 10_000 },
        );
      try {
        await viewHas('case\\s+(?!2:|23:)\\d+:');
      } catch (error) {
        await page.screenshot({ path: join(artifactsDir, 'quick-fix-after.png'), clip: { x: 0, y: 0, width: 1400, height: 600 } });
        throw new Error(`No new case label appeared after the fix was chosen; the editor shows:\n${await visibleText(page)}`, { cause: error });
      }
      // That the old labels stay and the new ones stand before the fallback is read from the document by the in-editor test of the same fix.
      // Leave the fixture as it was for the tests that follow.
      await page.keyboard.press('Escape');
      await runCommand(page, 'File: Revert File');
    },
  },
];
