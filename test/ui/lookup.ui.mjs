// "Look Up Code…" as a person uses it: from the command palette, typing a code into the picker.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, quickPickRows, runCommand, settledQuickPickRows } from './workbench.mjs';

export const tests = [
  {
    title: 'finds WhatsApp "Message Undeliverable" when 7871 is typed into "Look Up Code…"',
    async run({ page, repoRoot, artifactsDir }) {
      // A handler open behind the picker, as when a person looks a code up while reading one.
      await openFile(page, 'src/handler.ts');
      await runCommand(page, 'Status Code Lens: Look Up Code…');
      const input = page.locator('.quick-input-widget input:not([type="checkbox"])');
      await input.waitFor({ state: 'visible' });
      // The picker replaces the palette; wait until its input no longer holds the command text.
      await page.waitForFunction(() => !document.querySelector('.quick-input-widget input:not([type="checkbox"])')?.value.startsWith('>'), null, { timeout: 10_000 });
      await input.fill('7871');
      const row = page
        .locator('.quick-input-widget .quick-input-list .monaco-list-row')
        .filter({ hasText: 'Message Undeliverable' })
        .filter({ hasText: 'WhatsApp' })
        .first();
      try {
        await row.waitFor({ state: 'visible', timeout: 10_000 });
      } catch (error) {
        throw new Error(`No WhatsApp "Message Undeliverable" row for 7871; the picker showed:\n${(await quickPickRows(page)).join('\n')}`, { cause: error });
      }
      const rows = await settledQuickPickRows(page);
      if (!rows.some((text) => text.includes('Message Undeliverable') && text.includes('WhatsApp'))) {
        throw new Error(`The WhatsApp row for 7871 vanished once the picker settled:\n${rows.join('\n')}`);
      }
      // The picture in the README is refreshed on request, so ordinary runs leave the repository untouched.
      const target = process.env.SCL_UPDATE_SCREENSHOTS ? join(repoRoot, 'images', 'lookup.png') : join(artifactsDir, 'lookup.png');
      mkdirSync(join(target, '..'), { recursive: true });
      await page.screenshot({ path: target, clip: { x: 0, y: 0, width: 1400, height: 420 } });
      await page.keyboard.press('Escape');
    },
  },
];
