import { HttpClient } from './http-client';
import { propose, recordForum, registerOrganisation, validBody } from './scenario';
import { Tracker } from './tracker';

/** Organisations, a forum funded by a donor, and a signed-in client for each kind of user. */
export interface World {
  coordinator: HttpClient;
  forumId: string;
  donorId: string;
  committeeId: string;
  legalAidId: string;
  /** Stakeholder of the committee, the organisation recommendations are assigned to. */
  committee: HttpClient;
  /** Stakeholder of another organisation. */
  legalAid: HttpClient;
  /** Donor funding the forum. */
  donor: HttpClient;
  /** Donor not funding the forum. */
  otherDonor: HttpClient;
  viewer: HttpClient;
}

export async function setUpWorld(tracker: Tracker): Promise<World> {
  const { coordinator } = tracker;
  const donorId = await registerOrganisation(coordinator, 'donor', 'INL');
  const otherDonorId = await registerOrganisation(coordinator, 'donor', 'European Union');
  const committeeId = await registerOrganisation(coordinator, 'committee', 'Committee on Women and Family Affairs');
  const legalAidId = await registerOrganisation(coordinator, 'legal_aid', 'State Legal Aid Centre');
  return {
    coordinator,
    forumId: await recordForum(coordinator, [donorId]),
    donorId,
    committeeId,
    legalAidId,
    committee: await tracker.as('stakeholder', committeeId),
    legalAid: await tracker.as('stakeholder', legalAidId),
    donor: await tracker.as('donor', donorId),
    otherDonor: await tracker.as('donor', otherDonorId),
    viewer: await tracker.as('viewer'),
  };
}

/** A recommendation of the world's forum, assigned to the committee (and accepted, when asked). */
export async function assignedRecommendation(world: World, options: { accepted?: boolean } = {}): Promise<string> {
  const id = await propose(world.coordinator, world.forumId);
  await expectOk(world.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(world.committeeId)));
  if (options.accepted) await expectOk(world.committee.post(`/recommendations/${id}/accept`));
  return id;
}

export async function expectOk(reply: Promise<{ status: number; body: unknown }>): Promise<void> {
  const { status, body } = await reply;
  if (status !== 200) throw new Error(`expected 200, got ${status}: ${JSON.stringify(body)}`);
}
