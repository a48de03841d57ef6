// The command palette lists the extension's commands under their category and runs them.
import { runCommand } from './workbench.mjs';

export const tests = [
  {
    title: 'runs "Status Code Lens: Show Log" from the command palette and shows its output channel',
    async run({ page }) {
      await runCommand(page, 'Status Code Lens: Show Log');
      // The Output view's channel picker is a <select>; the chosen channel is its selected option.
      await page.waitForFunction(
        () => [...document.querySelectorAll('.part.panel select')].some((select) => select.selectedOptions[0]?.textContent === 'Status Code Lens'),
        null,
        { timeout: 10_000 },
      );
    },
  },
];
