/**
 * Headless Chromium (Debian's) for the tests that open pages as a visitor would:
 * one launch with the flags every test needs, and a watcher for what a page did.
 */
import { existsSync } from 'node:fs';
import { type Browser, type Page, chromium } from 'playwright-core';

/** Debian's Chromium; playwright-core drives it and downloads no browser of its own. */
export const chromiumPath = '/usr/bin/chromium';

/** Starts headless Chromium with nothing that reaches the network by itself; the caller closes it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`${chromiumPath} is not installed: scripts/checkers.sh installs it (see README, "Checkers")`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page did while it was watched; the arrays fill as it happens. */
export interface PageEvents {
  /** Every request but the one for `own`, the page itself. */
  requests: string[];
  /** The messages of `alert`, `confirm` and `prompt` dialogs, each dismissed. */
  dialogs: string[];
  /** Console messages of type error, and uncaught exceptions. */
  errors: string[];
}

/** Starts recording what `page` requests, shows and logs as an error; `own` is the page's own URL. */
export function watchPage(page: Page, own?: string): PageEvents {
  const events: PageEvents = { requests: [], dialogs: [], errors: [] };
  page.on('request', (request) => {
    if (request.url() !== own) events.requests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    events.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') events.errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    events.errors.push(error.message);
  });
  return events;
}
