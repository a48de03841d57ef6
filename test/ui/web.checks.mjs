// Checks on the packaged extension in VS Code for the Web (scripts/test-web.mjs),
// each as a person does it: through the editor, the palette and the pointer.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './workbench.mjs';
import { tests as lookupTests } from './lookup.ui.mjs';

const WAIT_MS = 30_000;

/** A user catalog and a file that uses its code, written into the workspace before the editor opens it. */
export const USER_CATALOG = {
  id: 'scl-web-test-codes',
  code: 987654,
  name: 'SCL_WEB_TEST_CODE',
  file: 'src/webTest.ts',
};

export function addUserCatalog(workspace) {
  const folder = join(workspace, '.vscode', 'status-codes');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, `${USER_CATALOG.id}.json`),
    `${JSON.stringify(
      {
        id: USER_CATALOG.id,
        title: 'Web test codes',
        provider: 'Status Code Lens tests',
        kind: 'error',
        source: { url: 'https://example.com/web-test-codes' },
        context: ['sclWebCode'],
        entries: [{ code: USER_CATALOG.code, name: USER_CATALOG.name, description: 'A code only the workspace catalog defines.' }],
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(workspace, USER_CATALOG.file), `// A code from the workspace's own catalog.\nexport const sclWebCode = ${USER_CATALOG.code};\n`);
}

/**
 * Opens a workspace file from the Explorer, folder by folder. Quick Open in
 * VS Code for the Web finds files of the mounted folder only once its file
 * search has started, but always lists files opened before; so the checks
 * open files here, and later steps may use Quick Open.
 */
export async function openFromExplorer(page, path) {
  const names = path.split('/');
  const rows = page.locator('.explorer-folders-view .monaco-list-row');
  for (const [i, name] of names.entries()) {
    const row = rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
    await row.waitFor({ state: 'visible', timeout: WAIT_MS });
    const last = i === names.length - 1;
    if (last || (await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  const base = names[names.length - 1];
  await page.locator(`.tabs-container .tab.active[data-resource-name="${base}"]`).waitFor({ state: 'visible', timeout: WAIT_MS });
  await page.locator('.editor-group-container.active .monaco-editor').first().click();
}

/**
 * Puts the cursor at `line:column` of `file` and asks for the hover until one
 * holding `text` shows; the extension activates on the first file of its
 * languages, and until then the hover is empty.
 */
async function hoverText(page, file, lineColumn, text) {
  await openFromExplorer(page, file);
  await runCommand(page, 'Go to Line/Column');
  await page.keyboard.type(lineColumn);
  await page.keyboard.press('Enter');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: text }).first();
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    await runCommand(page, 'Show or Focus Hover');
    try {
      await hover.waitFor({ state: 'visible', timeout: 3000 });
      const shown = (await hover.innerText()).trim();
      await page.keyboard.press('Escape');
      return shown;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`No hover with ${text} at ${file}:${lineColumn}.`, { cause: error });
    }
  }
}

export const tests = [
  {
    title: 'explains 23 in a hover over `status === 23`',
    // Line 9 of the fixture handler is `  if (status === 23) {`; column 19 is inside the 23.
    run: async ({ page }) => (await hoverText(page, 'src/handler.ts', '9:19', 'DELIVERY_FAILURE')).split('\n')[0],
  },
  {
    title: 'shows the meaning of 23 in a lens above the line that compares it',
    async run({ page }) {
      await openFromExplorer(page, 'src/handler.ts');
      const lens = page.locator('.editor-group-container.active .codelens-decoration', { hasText: 'DELIVERY_FAILURE' }).first();
      try {
        await lens.waitFor({ state: 'visible', timeout: WAIT_MS });
      } catch (error) {
        const shown = await page.locator('.editor-group-container.active .codelens-decoration').allInnerTexts();
        throw new Error(`No lens with DELIVERY_FAILURE in src/handler.ts; lenses shown: ${JSON.stringify(shown)}`, { cause: error });
      }
      return (await lens.innerText()).trim();
    },
  },
  ...lookupTests,
  {
    title: `explains ${USER_CATALOG.code} from the workspace's own catalog in a hover`,
    // Line 2 is `export const sclWebCode = 987654;`; column 28 is inside the number.
    run: async ({ page }) => (await hoverText(page, USER_CATALOG.file, '2:28', USER_CATALOG.name)).split('\n')[0],
  },
];
