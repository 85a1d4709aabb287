import type { ReportingProfile } from '../reporting-framework/reporting-framework.events';
/**
 * The demo tracker: the three forums of ../shared/seeds as their accounts describe them, with
 * recommendations drawn from what was discussed there and a plausible history of follow-up.
 * The facts of the forums (dates, places, organisers, funders, participants) are from the accounts;
 * the recommendations' wording, assignments and progress are illustrative.
 */

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: 'ministry' | 'committee' | 'local_authority' | 'ngo' | 'shelter' | 'legal_aid' | 'donor' | 'international_organisation';
  country: string;
  region?: string;
}

export interface DemoForum {
  key: string;
  title: string;
  kind: 'conference' | 'roundtable' | 'national_forum' | 'study_tour' | 'meeting' | 'training';
  startDate: string;
  endDate: string;
  location: { country: string; region?: string; district?: string };
  organisers: string[];
  funderKeys: string[];
  programme: string;
  participants: number | null;
  sourceReference: string;
}

export type DemoStep =
  | { at: string; step: 'assign'; organisationKey: string; supportingKeys?: string[]; dueDate: string }
  | { at: string; step: 'accept' }
  | { at: string; step: 'decline'; reason: string }
  | { at: string; step: 'start' }
  | {
      at: string;
      step: 'progress';
      note: string;
      percent?: number;
      evidence?: { kind: 'link' | 'document'; title: string; url?: string; reference?: string }[];
    }
  | { at: string; step: 'change-due-date'; dueDate: string; reason: string }
  | { at: string; step: 'reassign'; organisationKey: string; reason: string; dueDate?: string }
  | { at: string; step: 'implement'; summary: string; evidence: { kind: 'link' | 'document'; title: string; url?: string; reference?: string }[] }
  | { at: string; step: 'verify'; note?: string }
  | { at: string; step: 'dispute'; reason: string }
  | { at: string; step: 'withdraw'; reason: string };

export interface DemoRecommendation {
  forumKey: string;
  proposedAt: string;
  text: string;
  themes: string[];
  targetRegions: string[];
  /** Codes of the SDG targets, CEDAW areas and mechanisms vocabularies. */
  sdgTargets?: string[];
  cedawAreas?: string[];
  mechanisms?: string[];
  priority: 'low' | 'medium' | 'high';
  history: DemoStep[];
}

/** How each demo donor reports: the US government's fiscal year starts in October, the EU's and the OSCE's in January. */
export const DEMO_REPORTING_PROFILES: Record<string, ReportingProfile> = {
  inl: { fiscalYearStartMonth: 10, template: 'inl', awardNumber: 'INL-TJ-2024-017' },
  usg: { fiscalYearStartMonth: 10, template: 'standard', awardNumber: null },
  eu: { fiscalYearStartMonth: 1, template: 'eu', awardNumber: 'FED/2019/412-557' },
  osce: { fiscalYearStartMonth: 1, template: 'standard', awardNumber: null },
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'inl', name: 'U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs (INL)', kind: 'donor', country: 'US' },
  { key: 'usg', name: 'U.S. Embassy in Tajikistan', kind: 'donor', country: 'TJ', region: 'Dushanbe' },
  { key: 'eu', name: 'European Union — Spotlight Initiative', kind: 'donor', country: 'BE' },
  { key: 'osce', name: 'OSCE Programme Office in Dushanbe', kind: 'donor', country: 'TJ', region: 'Dushanbe' },
  {
    key: 'american-councils',
    name: 'American Councils for International Education, Tajikistan',
    kind: 'international_organisation',
    country: 'TJ',
    region: 'Dushanbe',
  },
  {
    key: 'cwfa',
    name: 'Committee on Women and Family Affairs under the Government of the Republic of Tajikistan',
    kind: 'committee',
    country: 'TJ',
    region: 'Dushanbe',
  },
  { key: 'khatlon-women', name: 'Department of Women and Family Affairs of Khatlon region', kind: 'local_authority', country: 'TJ', region: 'Khatlon' },
  { key: 'khatlon-youth', name: 'Department of Youth Affairs and Sports of Khatlon region', kind: 'local_authority', country: 'TJ', region: 'Khatlon' },
  { key: 'innovations-lab', name: 'Innovations LAB', kind: 'ngo', country: 'TJ', region: 'Khatlon' },
  { key: 'life-without-violence', name: '"Life Without Violence" network', kind: 'ngo', country: 'TJ', region: 'Dushanbe' },
  { key: 'kukhsor', name: '"Kukhsor" Women\'s Resource Center', kind: 'ngo', country: 'TJ' },
  { key: 'korvoni-umed', name: 'Korvoni Umed public organization (crisis center and temporary shelter)', kind: 'shelter', country: 'TJ', region: 'Dushanbe' },
  { key: 'legal-aid-center', name: 'Legal Aid Center of the Republic of Tajikistan', kind: 'legal_aid', country: 'TJ', region: 'Dushanbe' },
  {
    key: 'yovon-hospital',
    name: 'Rehabilitation center for women victims of violence, Yovon district hospital',
    kind: 'shelter',
    country: 'TJ',
    region: 'Khatlon',
  },
  { key: 'ministry-education', name: 'Ministry of Education and Science of the Republic of Tajikistan', kind: 'ministry', country: 'TJ', region: 'Dushanbe' },
];

export const DEMO_FORUMS: DemoForum[] = [
  {
    key: 'spotlight-study-tour',
    title: 'Study tour of state lawyers and advocates from Sughd: experience exchange and networking',
    kind: 'study_tour',
    // The account is dated 29 May 2022 and gives neither the tour's first day nor the size of the delegation.
    startDate: '2022-05-29',
    endDate: '2022-05-29',
    location: { country: 'TJ', region: 'Khatlon', district: 'Dushanbe and Yovon district' },
    organisers: ['Legal Aid Center of the Republic of Tajikistan', 'Spotlight Initiative'],
    funderKeys: ['eu'],
    programme: 'Spotlight Initiative (EU–UN partnership to end violence against women and girls)',
    participants: null,
    sourceReference: 'Study tour: experience exchange and networking, 29 May 2022 (shared/seeds/spotlight-sughd-study-tour-2022.txt)',
  },
  {
    key: 'usant-khatlon',
    title: 'USANT Regional Conference in Khatlon: family breakdown, domestic violence and gender-based violence',
    kind: 'conference',
    startDate: '2024-05-15',
    endDate: '2024-05-15',
    location: { country: 'TJ', region: 'Khatlon' },
    organisers: ['American Councils for International Education, Tajikistan', 'U.S. Alumni Network of Tajikistan (USANT)'],
    funderKeys: ['usg'],
    programme: 'U.S.-Alumni Network of Tajikistan (USANT)',
    participants: 52,
    sourceReference: 'American Councils Tajikistan Organizes USANT Regional Conference in Khatlon (shared/seeds/usant-khatlon-conference-2024.txt)',
  },
  {
    key: 'osce-national-forum',
    title: 'National Forum of Civil Society Organizations and Gender Movement Activists "Together Against Violence"',
    kind: 'national_forum',
    startDate: '2024-11-27',
    endDate: '2024-11-27',
    location: { country: 'TJ', region: 'Dushanbe', district: 'Hyatt Hotel, Dushanbe' },
    organisers: ['OSCE Programme Office in Dushanbe', '"Life Without Violence" network'],
    funderKeys: ['osce'],
    programme: 'OSCE gender and development programme',
    participants: 80,
    sourceReference: 'National Forum "Together Against Violence", 27 November 2024 (shared/seeds/osce-together-against-violence-forum-2024.txt)',
  },
];

const link = (title: string, url: string) => ({ kind: 'link' as const, title, url });
const document = (title: string, reference: string) => ({ kind: 'document' as const, title, reference });

export const DEMO_RECOMMENDATIONS: DemoRecommendation[] = [
  {
    forumKey: 'spotlight-study-tour',
    proposedAt: '2022-05-29',
    text: 'Adopt an action plan to strengthen primary and secondary legal aid to survivors of sexual and gender-based violence in Isfara, Khujand and B. Gafurov district.',
    themes: ['legal-aid', 'services'],
    targetRegions: ['TJ-SU'],
    sdgTargets: ['5.2', '16.3'],
    cedawAreas: ['art-15', 'gr35-protection'],
    priority: 'high',
    history: [
      { at: '2022-06-10', step: 'assign', organisationKey: 'legal-aid-center', dueDate: '2022-12-31' },
      { at: '2022-06-15', step: 'accept' },
      { at: '2022-07-01', step: 'start' },
      {
        at: '2022-09-30',
        step: 'progress',
        percent: 50,
        note: 'Action plan drafted with the state lawyers of Isfara, Khujand and B. Gafurov; consultation with the Committee on Women and Family Affairs held.',
        evidence: [document('Draft action plan on legal aid in Sughd', 'LAC/2022/114')],
      },
      {
        at: '2022-12-20',
        step: 'implement',
        summary: 'Action plan adopted by order of the head of the Legal Aid Center; focal points appointed in the three districts.',
        evidence: [document('Order on the adoption of the action plan', 'LAC/2022/171')],
      },
      { at: '2023-03-15', step: 'verify', note: 'Order and focal-point list reviewed during the Spotlight annual review.' },
    ],
  },
  {
    forumKey: 'spotlight-study-tour',
    proposedAt: '2022-05-29',
    text: 'Set up referral between state lawyers in Sughd and crisis centres with shelters, following the model of Korvoni Umed in Dushanbe.',
    themes: ['services', 'legal-aid', 'shelters'],
    targetRegions: ['TJ-SU', 'TJ-DU'],
    priority: 'high',
    history: [
      { at: '2022-06-10', step: 'assign', organisationKey: 'korvoni-umed', supportingKeys: ['legal-aid-center'], dueDate: '2023-06-30' },
      { at: '2022-06-20', step: 'accept' },
      { at: '2022-10-01', step: 'start' },
      {
        at: '2023-02-15',
        step: 'progress',
        percent: 40,
        note: 'Referral forms agreed; two joint case conferences held in Khujand.',
        evidence: [link('Case conference report', 'https://example.org/korvoni-umed/case-conference-2023-02')],
      },
      { at: '2023-06-01', step: 'change-due-date', dueDate: '2023-12-31', reason: 'Isfara focal point appointed late; training moved to the autumn.' },
      {
        at: '2023-12-15',
        step: 'implement',
        summary: 'Referral pathway in use in all three districts; 34 survivors referred in 2023.',
        evidence: [document('Referral statistics 2023', 'KU/2023/REF')],
      },
      {
        at: '2024-02-20',
        step: 'dispute',
        reason: 'The statistics do not distinguish Isfara; the Spotlight review could not confirm the pathway works there.',
      },
      {
        at: '2024-05-10',
        step: 'progress',
        percent: 90,
        note: 'Isfara figures separated: 9 referrals in 2023, 5 in the first quarter of 2024.',
        evidence: [document('Referral statistics by district', 'KU/2024/REF-1')],
      },
    ],
  },
  {
    forumKey: 'spotlight-study-tour',
    proposedAt: '2022-05-29',
    text: 'Open a rehabilitation room for women survivors of violence at a district hospital in Sughd, replicating the Yovon district hospital centre.',
    themes: ['services', 'health'],
    targetRegions: ['TJ-SU'],
    priority: 'medium',
    history: [
      { at: '2022-07-01', step: 'assign', organisationKey: 'yovon-hospital', dueDate: '2023-06-30' },
      { at: '2022-07-20', step: 'decline', reason: 'The Yovon centre can advise but has no mandate in Sughd; the regional health department should lead.' },
      { at: '2022-08-05', step: 'assign', organisationKey: 'cwfa', dueDate: '2023-12-31' },
      { at: '2022-08-30', step: 'accept' },
    ],
  },
  {
    forumKey: 'spotlight-study-tour',
    proposedAt: '2022-05-29',
    text: 'Make the 1313 hotline and the right to free primary legal aid known through regular television and radio programmes.',
    themes: ['awareness', 'prevention'],
    targetRegions: ['TJ-SU', 'TJ-KT', 'TJ-DU'],
    priority: 'medium',
    history: [
      { at: '2022-06-10', step: 'assign', organisationKey: 'cwfa', dueDate: '2022-12-31' },
      { at: '2022-06-12', step: 'accept' },
      { at: '2022-06-12', step: 'start' },
      {
        at: '2022-11-25',
        step: 'implement',
        summary: 'Talk show on Jahonnamo TV and six radio spots broadcast during the 16 days of activism.',
        evidence: [link('Jahonnamo talk show recording', 'https://example.org/jahonnamo/legal-aid-sgbv')],
      },
      { at: '2023-01-20', step: 'verify' },
    ],
  },
  {
    forumKey: 'usant-khatlon',
    proposedAt: '2024-05-15',
    text: 'Introduce school and university programmes on healthy family relationships and the prevention of domestic violence in Khatlon.',
    themes: ['education', 'prevention'],
    targetRegions: ['TJ-KT'],
    sdgTargets: ['5.2'],
    cedawAreas: ['gr35-prevention'],
    priority: 'high',
    history: [
      { at: '2024-06-05', step: 'assign', organisationKey: 'ministry-education', supportingKeys: ['khatlon-youth'], dueDate: '2025-06-30' },
      { at: '2024-06-28', step: 'accept' },
      { at: '2024-09-02', step: 'start' },
      {
        at: '2025-01-20',
        step: 'progress',
        percent: 30,
        note: 'Curriculum module drafted; piloted in four schools of Bokhtar.',
        evidence: [document('Pilot module "Family without violence"', 'MoES/2025/17')],
      },
      {
        at: '2025-06-15',
        step: 'change-due-date',
        dueDate: '2026-06-30',
        reason: 'Approval by the methodological council postponed to the next academic year.',
      },
      { at: '2026-02-10', step: 'progress', percent: 60, note: 'Module approved by the methodological council; teacher training planned.' },
    ],
  },
  {
    forumKey: 'usant-khatlon',
    proposedAt: '2024-05-15',
    text: 'Run an awareness campaign on the impact of gender-based violence on children, led by alumni of U.S. exchange programmes.',
    themes: ['awareness', 'prevention', 'youth'],
    targetRegions: ['TJ-KT'],
    priority: 'medium',
    history: [
      { at: '2024-06-05', step: 'assign', organisationKey: 'american-councils', supportingKeys: ['innovations-lab'], dueDate: '2024-12-10' },
      { at: '2024-06-10', step: 'accept' },
      { at: '2024-09-01', step: 'start' },
      {
        at: '2024-11-25',
        step: 'progress',
        percent: 70,
        note: 'Campaign launched for the 16 days of activism; 11 community sessions held.',
        evidence: [link('Campaign page', 'https://example.org/usant/16-days-2024')],
      },
      {
        at: '2024-12-12',
        step: 'implement',
        summary: '24 sessions in 8 districts reaching 1,150 parents and teachers; social-media series with 40,000 views.',
        evidence: [document('Campaign final report', 'AC-TJ/USANT/2024-12')],
      },
    ],
  },
  {
    forumKey: 'usant-khatlon',
    proposedAt: '2024-05-15',
    text: 'Establish psychological and economic support services for women affected by domestic violence in Khatlon, including vocational training.',
    themes: ['services', 'economic-empowerment'],
    targetRegions: ['TJ-KT'],
    priority: 'high',
    history: [
      { at: '2024-06-05', step: 'assign', organisationKey: 'khatlon-women', dueDate: '2025-05-15' },
      { at: '2024-06-20', step: 'accept' },
      { at: '2024-10-01', step: 'start' },
      {
        at: '2025-03-01',
        step: 'progress',
        percent: 25,
        note: 'Two psychologists recruited for the regional resource centre; vocational partner not yet found.',
      },
    ],
  },
  {
    forumKey: 'usant-khatlon',
    proposedAt: '2024-05-15',
    text: 'Create a network of community leaders and media representatives to promote positive family practices.',
    themes: ['prevention', 'civil-society'],
    targetRegions: ['TJ-KT'],
    priority: 'low',
    history: [{ at: '2024-06-05', step: 'assign', organisationKey: 'khatlon-youth', dueDate: '2025-03-31' }],
  },
  {
    forumKey: 'usant-khatlon',
    proposedAt: '2024-05-15',
    text: 'Publish an annual USANT conference bulletin in Tajik and Russian.',
    themes: ['awareness'],
    targetRegions: ['TJ-KT'],
    priority: 'low',
    history: [{ at: '2024-07-01', step: 'withdraw', reason: 'Merged into the awareness campaign recommendation of the same conference.' }],
  },
  {
    forumKey: 'osce-national-forum',
    proposedAt: '2024-11-27',
    text: "Plan the civil-society organisations' work for 2025 on the basis of the behaviour-change strategy on violence prevention.",
    themes: ['prevention', 'civil-society'],
    targetRegions: ['TJ-DU', 'TJ-KT', 'TJ-SU', 'TJ-GB', 'TJ-RA'],
    priority: 'high',
    history: [
      { at: '2024-12-05', step: 'assign', organisationKey: 'life-without-violence', dueDate: '2025-03-31' },
      { at: '2024-12-10', step: 'accept' },
      { at: '2025-01-15', step: 'start' },
      {
        at: '2025-03-20',
        step: 'implement',
        summary: 'Joint 2025 work plan adopted by 27 member organisations of the network.',
        evidence: [document('Network work plan 2025', 'LWV/2025/WP')],
      },
      { at: '2025-05-12', step: 'verify', note: 'Checked against the minutes of the network assembly.' },
    ],
  },
  {
    forumKey: 'osce-national-forum',
    proposedAt: '2024-11-27',
    text: "Support gender activists' initiatives to implement the CEDAW Committee's concluding observations, with a shadow report for the next review.",
    themes: ['laws-and-policies', 'civil-society'],
    targetRegions: ['TJ-DU'],
    sdgTargets: ['5.1'],
    cedawAreas: ['art-2', 'gr35-legislation'],
    mechanisms: ['cedaw-co-2018'],
    priority: 'medium',
    history: [
      { at: '2024-12-05', step: 'assign', organisationKey: 'life-without-violence', supportingKeys: ['kukhsor'], dueDate: '2025-09-30' },
      { at: '2024-12-10', step: 'accept' },
      { at: '2025-02-01', step: 'start' },
      { at: '2025-06-30', step: 'progress', percent: 45, note: 'Three thematic working groups formed; data collection on implementation under way.' },
      {
        at: '2025-10-15',
        step: 'reassign',
        organisationKey: 'kukhsor',
        reason: 'Kukhsor takes the lead on the shadow report; the network keeps coordination.',
        dueDate: '2026-03-31',
      },
    ],
  },
  {
    forumKey: 'osce-national-forum',
    proposedAt: '2024-11-27',
    text: "Strengthen Women's Resource Centres as the first point of support for survivors, with a common service standard.",
    themes: ['services'],
    targetRegions: ['TJ-KT', 'TJ-SU'],
    priority: 'high',
    history: [
      { at: '2024-12-05', step: 'assign', organisationKey: 'kukhsor', supportingKeys: ['cwfa'], dueDate: '2025-12-31' },
      { at: '2024-12-18', step: 'accept' },
      { at: '2025-03-01', step: 'start' },
      {
        at: '2025-09-10',
        step: 'progress',
        percent: 55,
        note: 'Draft service standard discussed with eight centres.',
        evidence: [document('Draft service standard for WRCs', 'WRC/2025/STD-draft')],
      },
    ],
  },
  {
    forumKey: 'osce-national-forum',
    proposedAt: '2024-11-27',
    text: 'Engage youth activists in the prevention of violence against women and girls through peer-education clubs.',
    themes: ['youth', 'prevention'],
    targetRegions: ['TJ-DU', 'TJ-KT'],
    priority: 'medium',
    history: [],
  },
  {
    forumKey: 'osce-national-forum',
    proposedAt: '2024-11-27',
    text: 'Study Uzbekistan\'s experience ("Nihol" centre) in preventing violence against women and girls and propose what can be applied in Tajikistan.',
    themes: ['prevention', 'data'],
    targetRegions: ['TJ-DU'],
    priority: 'low',
    history: [
      { at: '2025-01-10', step: 'assign', organisationKey: 'cwfa', dueDate: '2025-06-30' },
      { at: '2025-01-25', step: 'accept' },
    ],
  },
];
