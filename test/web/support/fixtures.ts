import { HttpClient } from '../../recommendations/support/http-client';
import { forumBody, propose, registerOrganisation, validBody } from '../../recommendations/support/scenario';
import { expectOk } from '../../recommendations/support/world';
import { SignedIn, TestApp } from '../../support/test-app';

/** Organisations, a forum funded by a donor, and people of each kind who can sign in through the page. */
export interface Tracker {
  coordinator: HttpClient;
  donorId: string;
  committeeId: string;
  legalAidId: string;
  forumId: string;
  stakeholder: SignedIn;
  otherStakeholder: SignedIn;
  donor: SignedIn;
  /** Proposes a recommendation of the forum and assigns it to the committee. */
  assigned(text: string): Promise<string>;
}

export async function setUpTracker(app: TestApp): Promise<Tracker> {
  const coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
  const donorId = await registerOrganisation(coordinator, 'donor', 'Bureau of International Narcotics and Law Enforcement Affairs (INL)');
  const committeeId = await registerOrganisation(coordinator, 'committee', 'Committee on Women and Family Affairs');
  const legalAidId = await registerOrganisation(coordinator, 'legal_aid', 'State Legal Aid Centre');
  const forum = await coordinator.post('/forums', forumBody([donorId]));
  const forumId = forum.body.id as string;
  return {
    coordinator,
    donorId,
    committeeId,
    legalAidId,
    forumId,
    stakeholder: await app.signIn('stakeholder', committeeId),
    otherStakeholder: await app.signIn('stakeholder', legalAidId),
    donor: await app.signIn('donor', donorId),
    async assigned(text) {
      const id = await propose(coordinator, forumId, { text, themes: ['education', 'prevention'], targetRegions: ['TJ-KT'], priority: 'high' });
      const assigned = coordinator.post(`/recommendations/${id}/assign`, validBody.assign(committeeId));
      await expectOk(assigned);
      // The pages list from the read model: wait until it has the assignment.
      await coordinator.get(`/recommendations?minPosition=${(await assigned).headers.get('x-event-position')}`);
      return id;
    },
  };
}
