import { HttpClient, Reply } from './http-client';

/** Builds what a test needs through the API itself, as a coordinator would. */

export async function created(reply: Promise<Reply>): Promise<string> {
  const { status, body } = await reply;
  if (status !== 201) throw new Error(`expected 201, got ${status}: ${JSON.stringify(body)}`);
  return body.id as string;
}

export function registerOrganisation(coordinator: HttpClient, kind: string, name: string): Promise<string> {
  return created(coordinator.post('/organisations', { name, kind, country: 'TJ' }));
}

export const forumBody = (funders: string[]) => ({
  title: 'Regional conference on preventing gender-based violence in Khatlon',
  kind: 'conference',
  startDate: '2024-05-10',
  endDate: '2024-05-11',
  location: { country: 'TJ', region: 'Khatlon', district: 'Bokhtar' },
  organisers: [{ name: 'USANT' }],
  funders,
  programme: 'Preventing GBV in Khatlon',
  participants: 52,
  sourceReference: 'USANT conference report, May 2024',
});

export function recordForum(coordinator: HttpClient, funders: string[]): Promise<string> {
  return created(coordinator.post('/forums', forumBody(funders)));
}

export const proposal = {
  text: 'Introduce a course on recognising and referring cases of violence for school psychologists',
  themes: ['education', 'prevention'],
  targetRegions: ['TJ-KT'],
  priority: 'high',
};

export function propose(coordinator: HttpClient, forumId: string, body: object = proposal): Promise<string> {
  return created(coordinator.post(`/forums/${forumId}/recommendations`, body));
}

export const evidence = [
  { kind: 'link', title: 'Ministry of Education news item', url: 'https://maorif.tj/news/psychologists' },
  { kind: 'document', title: 'Order on in-service training', reference: 'Order No. 12 of 1 June 2024' },
];

/** A valid body for each recommendation command, by the path segment of its endpoint. */
export const validBody = {
  assign: (responsibleOrganisationId: string) => ({ responsibleOrganisationId, dueDate: '2025-06-30' }),
  accept: () => ({}),
  decline: () => ({ reason: 'Shelters are outside our mandate' }),
  start: () => ({}),
  progress: (note = 'Curriculum drafted with the Academy of Education') => ({ note, evidence, percentComplete: 30 }),
  'due-date': (dueDate = '2025-12-31') => ({ dueDate, reason: 'The training budget arrives later' }),
  reassign: (responsibleOrganisationId: string) => ({ responsibleOrganisationId, reason: 'The mandate moved' }),
  implemented: () => ({ summary: '120 school psychologists trained', evidence }),
  verify: () => ({ note: 'Checked the attendance lists' }),
  dispute: () => ({ reason: 'The attendance lists do not match' }),
  withdraw: () => ({ reason: 'Duplicates another recommendation' }),
};

export interface HistoryEntry {
  revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown> & { actor: Record<string, unknown>; effectiveAt: string; recordedAt: string };
}

export async function historyOf(client: HttpClient, path: string): Promise<HistoryEntry[]> {
  const { status, body } = await client.get(path);
  if (status !== 200) throw new Error(`GET ${path}: ${status} ${JSON.stringify(body)}`);
  return body.history as HistoryEntry[];
}

export const typesOf = (history: HistoryEntry[]) => history.map((entry) => entry.type);
