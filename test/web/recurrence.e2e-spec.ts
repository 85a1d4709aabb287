import { DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { DemoLoader } from '../../src/demo/demo-loader';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { BrowserWorld, signIn, startBrowserWorld } from './support/browser';

/** A coordinator links a likely repeat from the recommendation page and finds the cluster on the Recurrence page. */
describe('web: recurring recommendations', () => {
  let world: BrowserWorld;
  let laterId: string;
  const legalAid = DEMO_RECOMMENDATIONS.find((r) => r.text.startsWith('Adopt an action plan'))!.text;

  beforeAll(async () => {
    world = await startBrowserWorld();
    await world.app.app.get(DemoLoader).load();
    const post = async (path: string, body: object) => {
      const response = await fetch(`${world.app.baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${world.app.coordinatorToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { id: string };
    };
    const forum = await post('/forums', {
      title: 'Round table on legal aid in Sughd',
      kind: 'conference',
      startDate: '2025-03-01',
      endDate: '2025-03-01',
      location: { country: 'TJ', region: 'Sughd' },
      organisers: [{ name: 'Legal Aid Center' }],
      funders: [],
      participants: 20,
      sourceReference: 'Round table, March 2025',
    });
    laterId = (
      await post(`/forums/${forum.id}/recommendations`, {
        text: 'Adopt an action plan strengthening primary and secondary legal aid for survivors of gender-based violence in Sughd.',
        themes: ['legal-aid'],
        priority: 'high',
      })
    ).id;
  }, 60_000);
  afterAll(async () => world?.stop());

  it('links the suggested earlier recommendation, unlinks and links it again, and shows the cluster', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.evaluate((id) => (location.hash = `#/recommendations/${id}`), laterId);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Repeats', exact: true }) });
    const suggestion = panel.locator('li', { hasText: legalAid });
    await suggestion.getByRole('button', { name: 'Link' }).click();
    await suggestion.getByRole('button', { name: 'Unlink' }).click();
    await suggestion.getByRole('button', { name: 'Link' }).click();
    await suggestion.getByRole('button', { name: 'Unlink' }).waitFor();
    await panel.getByRole('link', { name: 'Recommendations made again and again' }).click();
    await page.getByRole('heading', { name: /^Made 2 times since 2022/ }).waitFor();
    await page.getByRole('link', { name: legalAid }).waitFor();
    await page.getByText('Round table on legal aid in Sughd').waitFor();
    expect(world.problems).toEqual([]);
  });
});
