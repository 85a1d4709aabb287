import { Page } from 'playwright-core';
import { propose } from '../recommendations/support/scenario';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, TEST_PASSWORD } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';

/**
 * In headless Chromium against the real app: a form the server refuses shows the refusal in the interface's
 * language, beside the field at fault, translated from the refusal's code, reason and parameters (never the
 * server's English). The texts are written here by hand, not read from the dictionaries.
 */
jest.setTimeout(90_000);

const EXPECTED = {
  ru: {
    assign: 'Назначить',
    decline: 'Отклонить',
    committee: 'Committee on Women and Family Affairs',
    // The forum began on 10 May 2024; the due date given is 1 May 2024.
    beforeForum: /^Эта дата раньше начала форума «Regional conference on preventing gender-based violence in Khatlon» \(10 мая 2024.*\)\.$/,
    reasonLength: 'Длина — от 3 до 1000 символов.',
  },
  tg: {
    assign: 'Вогузор кардан',
    decline: 'Рад кардан',
    committee: 'Committee on Women and Family Affairs',
    beforeForum: /^Ин сана пеш аз оғози форуми «Regional conference on preventing gender-based violence in Khatlon» \(10 майи 2024\) аст\.$/,
    reasonLength: 'Дарозӣ — аз 3 то 1000 аломат.',
  },
};

describe('web: refusals in Russian and Tajik, beside the field', () => {
  let world: BrowserWorld;
  let tracker: Tracker;

  beforeAll(async () => {
    world = await startBrowserWorld();
    tracker = await setUpTracker(world.app);
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  async function inLanguage(page: Page, language: string): Promise<void> {
    await page.locator('#language').selectOption(language);
    await page.waitForFunction((l) => document.documentElement.lang === l, language);
  }

  const errorBeside = (page: Page, name: string) => page.locator('.action-form .field', { has: page.locator(`[name="${name}"]`) }).locator('.field-error');

  it.each(['ru', 'tg'] as const)('%s: a due date before the forum, beside the due date', async (language) => {
    const text = EXPECTED[language];
    const id = await propose(tracker.coordinator, tracker.forumId, {
      text: `Train district police (${language})`,
      themes: ['police'],
      targetRegions: [],
      priority: 'high',
    });
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await inLanguage(page, language);
    await page.evaluate((recommendation) => (location.hash = `#/recommendations/${recommendation}`), id);
    await page.getByRole('button', { name: text.assign, exact: true }).click();
    const form = page.locator('.action-form');
    await form.locator('[name="responsibleOrganisationId"]').selectOption({ label: text.committee });
    await form.locator('[name="dueDate"]').fill('2024-05-01');
    await form.getByRole('button', { name: text.assign, exact: true }).click();
    const error = errorBeside(page, 'dueDate');
    await error.waitFor();
    expect(await error.textContent()).toMatch(text.beforeForum);
    expect(await form.locator('[name="dueDate"]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.textContent()).not.toMatch(/is before|started on/);
    await screenshot(page, `${language}-refused-due-date`);
  });

  it.each(['ru', 'tg'] as const)('%s: a reason longer than the API takes, beside the reason', async (language) => {
    const text = EXPECTED[language];
    const id = await tracker.assigned(`Open a legal aid desk (${language})`);
    const page = await world.open();
    await signIn(page, tracker.stakeholder.email, TEST_PASSWORD);
    await inLanguage(page, language);
    await page.evaluate((recommendation) => (location.hash = `#/recommendations/${recommendation}`), id);
    await page.getByRole('button', { name: text.decline, exact: true }).click();
    const form = page.locator('.action-form');
    await form.locator('[name="reason"]').fill('Outside our mandate. '.repeat(60));
    await form.getByRole('button', { name: text.decline, exact: true }).click();
    const error = errorBeside(page, 'reason');
    await error.waitFor();
    expect(await error.textContent()).toBe(text.reasonLength);
    expect(await form.textContent()).not.toMatch(/must be|characters/);
  });
});
