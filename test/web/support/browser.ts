import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { TestApp, startTestApp } from '../../support/test-app';

export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-output', 'screenshots');

/** The real app on the embedded store and Debian's Chromium, headless, driven by playwright-core. */
export interface BrowserWorld {
  app: TestApp;
  browser: Browser;
  /** A fresh browser context (its own sessionStorage) with a page on the app; fails the test on any page error. */
  open(options?: { width?: number; height?: number }): Promise<Page>;
  /** Problems the pages reported: uncaught errors, console errors, CSP violations. */
  problems: string[];
  stop(): Promise<void>;
}

/** @param env settings of the app, e.g. an empty BOOTSTRAP_COORDINATOR_EMAIL for a store without a coordinator */
export async function startBrowserWorld(env: Record<string, string> = {}): Promise<BrowserWorld> {
  const app = await startTestApp(env);
  const browser = await chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    .catch(async (error: unknown) => {
      // Without a browser the test fails; the app must not keep jest waiting.
      await app.stop();
      throw error;
    });
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    browser,
    problems,
    async open({ width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, locale: 'en-GB' });
      contexts.push(context);
      const page = await context.newPage();
      // Waits are for elements, never fixed delays; a step that does not happen fails within this (generous: CI
      // machines run two test workers, each with its own Chromium, on two cores).
      page.setDefaultTimeout(20_000);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // A refused request logs "Failed to load resource" on purpose in some tests (403, 412): those are expected answers.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
      });
      await page.goto(app.baseUrl);
      return page;
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await app.stop();
    },
  };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The sign-out button, in whichever language the account chose.
  await page.locator('header .who button').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
