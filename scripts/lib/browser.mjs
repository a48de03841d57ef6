// Opens the code-server workbench in Debian's Chromium through playwright-core.
//
// playwright-core never downloads a browser of its own; the system Chromium is
// used, with the background services that would try to reach the internet off.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.SCL_CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Starts a headless Chromium and returns it with one page.
 * Console messages of the workbench go to `onConsole`, for failure reports.
 *
 * @param {{ onConsole?: (line: string) => void, viewport?: { width: number, height: number } }} [options]
 */
export async function openBrowser({ onConsole, viewport = { width: 1400, height: 900 } } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (onConsole) {
    page.on('console', (message) => onConsole(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => onConsole(`[pageerror] ${error.message}`));
  }
  return { browser, page };
}
