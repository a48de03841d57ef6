// The command palette lists the extension's commands under their category and runs them.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { runCommand } from './workbench.mjs';

/** @type {import('./workbench.mjs').UiTest[]} */
export const tests = [
  {
    title: 'runs "Status Code Lens: Show Log" from the command palette and shows its output channel',
    async run({ page }) {
      await runCommand(page, 'Status Code Lens: Show Log');
      // The Output view's channel picker is a <select>; the chosen channel is its selected option.
      await page.waitForFunction(
        () => [.../** @type {NodeListOf<HTMLSelectElement>} */ (document.querySelectorAll('.part.panel select'))].some((select) => select.selectedOptions[0]?.textContent === 'Status Code Lens'),
        null,
        { timeout: 10_000 },
      );
    },
  },
];
