// Inlay hints as a person meets them: the name after each case label, its
// meaning on hover, and Ctrl+click opening the detail view for that code.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFile } from './workbench.mjs';

/** @type {import('./workbench.mjs').UiTest[]} */
export const tests = [
  {
    title: 'names case 20 EXPIRED inline, explains it on hover, and opens its detail view on Ctrl+click',
    async run({ page, repoRoot, artifactsDir }) {
      await openFile(page, 'recognize/handler.ts');
      const editor = page.locator('.editor-group-container.active .monaco-editor');
      // The hint is text the editor puts into the line, in a span of its own; the extension may still be starting, so the wait is long.
      const hint = editor.locator('.view-lines span', { hasText: /^\W*EXPIRED\W*$/ }).last();
      try {
        await hint.waitFor({ state: 'visible', timeout: 30_000 });
      } catch (error) {
        const lines = await editor.locator('.view-lines').innerText();
        throw new Error(`No EXPIRED hint after case 20; the editor shows:\n${lines.replace(/\u00a0/g, ' ')}`, { cause: error });
      }
      const line = await editor.locator('.view-line').filter({ hasText: 'EXPIRED' }).first().innerText();
      if (!/case 20:?\s*EXPIRED/.test(line.replace(/\u00a0/g, ' '))) throw new Error(`The EXPIRED hint is not on the case 20 line: "${line}"`);
      for (const other of ['case 4', 'case 5']) {
        const text = (await editor.locator('.view-line', { hasText: other }).innerText()).replace(/\u00a0/g, ' ');
        if (text.trim() === `${other}:`) throw new Error(`"${other}:" has no hint: "${text}"`);
      }

      // The picture in the README shows every label's hint, so it is taken before the pointer moves onto one;
      // it is refreshed on request, so ordinary runs leave the repository untouched.
      const target = process.env.SCL_UPDATE_SCREENSHOTS ? join(repoRoot, 'images', 'inlay-hints.png') : join(artifactsDir, 'inlay-hints.png');
      mkdirSync(join(target, '..'), { recursive: true });
      await page.screenshot({ path: target, clip: { x: 0, y: 0, width: 1400, height: 640 } });

      // The hover on the hint holds the meaning, as the tooltip the provider gave it.
      await hint.hover();
      const hover = page.locator('.monaco-hover:visible', { hasText: 'EXPIRED' }).first();
      await hover.waitFor({ state: 'visible', timeout: 10_000 });
      const hoverText = await hover.innerText();
      if (!/20/.test(hoverText)) throw new Error(`The hint's hover does not name code 20:\n${hoverText}`);

      // The hover widget is dismissed first: left open, it can lie over the hint and take the click.
      await page.keyboard.press('Escape');
      await hover.waitFor({ state: 'hidden', timeout: 5000 });

      // Ctrl+click runs the hint's command; the detail view opens beside the code with the code and its name as title.
      await hint.click({ modifiers: ['Control'] });
      const tab = page.locator('.tabs-container .tab', { hasText: '20 EXPIRED' });
      try {
        await tab.waitFor({ state: 'visible', timeout: 10_000 });
      } catch (error) {
        const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
        throw new Error(`Ctrl+click on the hint opened no "20 EXPIRED" detail view; the tabs are: ${tabs.join(' | ')}`, { cause: error });
      }
      // The code keeps the focus: the detail view opens without taking it.
      await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible', timeout: 5000 });
      // Close the detail view for the tests that follow.
      await tab.hover();
      await tab.locator('.codicon-close').click();
      await tab.waitFor({ state: 'detached', timeout: 5000 });
    },
  },
];
