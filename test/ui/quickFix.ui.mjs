// The light bulb as a person uses it: cursor on a switch over codes, Ctrl+. , "Add the N missing cases".
/// <reference lib="dom" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, runCommand } from './workbench.mjs';

const FIXTURE = 'generate/partialSwitch.ts';
/** The codes the fixture's switch already handles. */
const HANDLED = [2, 23];

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
    async run({ page, repoRoot, workspace, artifactsDir }) {
      if (!workspace) throw new Error('This test reads the fixed file from the workspace folder, which was not given.');
      const file = join(workspace, FIXTURE);
      const original = readFileSync(file, 'utf8');
      await openFile(page, FIXTURE);
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
      const title = await focused.innerText();
      const promised = Number(/Add the (\d+) missing cases/.exec(title)?.[1]);
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
      // The whole document is read from disk once saved: leave the snippet's tab stops, save, and wait for the tab to be clean.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+S');
      await page.locator('.tabs-container .tab.active:not(.dirty)[data-resource-name="partialSwitch.ts"]').waitFor({ state: 'visible', timeout: 10_000 });
      const fixed = readFileSync(file, 'utf8');
      try {
        checkFixed(original, fixed, expectedCodes(repoRoot), promised);
      } finally {
        // Leave the fixture as it was for the tests that follow: the file on disk first, then the editor from it.
        writeFileSync(file, original);
        await runCommand(page, 'File: Revert File');
      }
    },
  },
];

/**
 * The codes the fix must add: every code of the catalog the switch is over, but those it handles.
 * @param {string} repoRoot
 */
function expectedCodes(repoRoot) {
  const catalog = /** @type {{ entries: { code: number, to?: number }[] }} */ (JSON.parse(readFileSync(join(repoRoot, 'catalogs', 'clickatell-one-api-message-status.json'), 'utf8')));
  const codes = new Set(catalog.entries.flatMap(({ code, to }) => Array.from({ length: (to ?? code) - code + 1 }, (_, i) => code + i)));
  for (const code of HANDLED) codes.delete(code);
  return [...codes].sort((a, b) => a - b);
}

/**
 * The saved file must be the original with one run of lines added before
 * `default:`, and those lines must label exactly the missing codes, once
 * each, as many as the fix's title promised.
 * @param {string} original
 * @param {string} fixed
 * @param {number[]} expected
 * @param {number} promised
 */
function checkFixed(original, fixed, expected, promised) {
  let head = 0;
  while (head < original.length && original[head] === fixed[head]) head++;
  // The added text ends with a newline and goes in at a line start, so the common head stops at the start of a line.
  head = original.lastIndexOf('\n', head - 1) + 1;
  const tail = original.slice(head);
  if (!fixed.endsWith(tail)) throw new Error(`The fix changed the original code after line ${original.slice(0, head).split('\n').length}:\n${fixed}`);
  if (!tail.startsWith('    default:')) throw new Error(`The cases were not added right before the default:\n${fixed}`);
  const added = fixed.slice(head, fixed.length - tail.length);
  const labels = [...added.matchAll(/^ {4}case (-?\d+):$/gm)].map((match) => Number(match[1]));
  const sorted = [...labels].sort((a, b) => a - b);
  if (JSON.stringify(sorted) !== JSON.stringify(expected)) {
    throw new Error(`The fix added the labels ${sorted.join(', ')}; expected ${expected.join(', ')}.`);
  }
  if (labels.length !== promised) throw new Error(`The fix's title promised ${promised} cases, it added ${labels.length}.`);
  // Every branch of the fixture's switch returns, so each new one throws that its code is not handled yet rather than break out of a function that must return.
  const body = /^ {6}throw new Error\(`Status code \$\{statusCode\} is not handled yet`\);$/;
  const strays = added.split('\n').filter((line) => line.trim() !== '' && !/^ {4}(\/\/ .*|case \d+:)$/.test(line) && !body.test(line));
  if (strays.length > 0) throw new Error(`The added lines hold more than labels, comments and a throw that says the code is not handled yet:\n${strays.join('\n')}`);
  if (!added.split('\n').some((line) => body.test(line))) throw new Error(`No added branch throws that its code is not handled yet:\n${added}`);
}
