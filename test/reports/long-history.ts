import { LogoReference } from '../../src/reporting-framework/reporting-framework.events';
import { STEPS, Step, assigned, by, committee, coordinator, ids, ngo, proposed } from './fixed-history';

/**
 * The fixed history and enough more that every report's tables run over several pages: long
 * recommendations in English, Russian and Tajik (user text stays as entered in every language),
 * long words, and one recommendation (r2) with a long trail of progress reports.
 */
const TEXTS = [
  'Establish interdepartmental coordination mechanisms for survivors of gender-based violence in Khatlon districts',
  'Разработать межведомственный механизм перенаправления пострадавших от насилия в семье',
  'Таъсиси марказҳои машваратии ҳуқуқӣ барои занони осебдида дар ноҳияҳои вилояти Хатлон',
  'Institutionalise multidisciplinary case-management training for district police inspectors and prosecutors',
  'Обеспечить круглосуточную телефонную линию доверия с психологической поддержкой',
  'Омӯзиши кормандони милитсия оид ба пешгирии хушунат дар оила',
];
const NOTES = [
  'Memorandum of understanding signed by the Committee and the regional administration',
  'Проведены консультации с представителями гражданского общества',
  'Ҷаласаи машваратӣ бо иштироки намояндагони ҷомеаи шаҳрвандӣ баргузор гардид',
];

const recId = (n: number) => `31000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const day = (base: string, plus: number) => new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

function recommendationSteps(n: number): Step[] {
  const id = recId(n);
  const inl = n % 3 !== 0;
  const forumId = inl ? ids.forum1 : ids.forum2;
  const owner = n % 2 === 0 ? ids.committeeA : ids.ngoB;
  const actor = n % 2 === 0 ? committee : ngo;
  const text = `${TEXTS[n % TEXTS.length]} (${n})`;
  const themes = [['services'], ['prevention', 'awareness'], ['laws-and-policies'], ['data'], ['legal-aid']][n % 5];
  const steps: Step[] = [
    proposed(id, forumId, text, themes, [['Khatlon'], ['Dushanbe', 'Sughd'], ['Khatlon', 'Rasht Valley']][n % 3], '2024-09-12'),
    assigned(id, owner, day('2024-11-01', (n * 7) % 120), day('2024-09-20', n % 10)),
  ];
  if (n % 4 !== 3) steps.push(by(actor, id, 'RecommendationAccepted', day('2024-10-02', n % 20)));
  if (n % 4 < 2) steps.push(by(actor, id, 'RecommendationWorkStarted', day('2024-10-25', n % 20)));
  if (n % 4 === 0) {
    steps.push(
      by(actor, id, 'RecommendationProgressReported', day('2024-11-15', n % 10), { note: NOTES[n % NOTES.length], evidence: [], percentComplete: 50 }),
    );
  }
  if (n % 8 === 0) steps.push(by(actor, id, 'RecommendationImplemented', day('2024-12-01', n % 20), { summary: NOTES[(n + 1) % NOTES.length], evidence: [] }));
  return steps;
}

function longTrail(): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < 45; i++) {
    const note = `${NOTES[i % NOTES.length]}; ${['internationalisation', 'межведомственного взаимодействия', 'ҳамкориҳои байниидоравӣ'][i % 3]} ${i + 1}`;
    steps.push(
      by(ngo, ids.r2, 'RecommendationProgressReported', `2024-10-${String(16 + (i % 8)).padStart(2, '0')}`, {
        note,
        evidence: [],
        percentComplete: 40 + (i % 50),
      }),
    );
  }
  return steps;
}

export const LONG_STEPS: Step[] = [...STEPS, ...Array.from({ length: 60 }, (_, i) => recommendationSteps(i + 1)).flat(), ...longTrail()];

/** INL's cover as a coordinator would set it: the implementing organisation named, both logos uploaded (stored beforehand). */
export function coverSteps(donorLogo: LogoReference, implementerLogo: LogoReference): Step[] {
  const stream = `reporting-framework-${ids.inl}`;
  const profile = {
    donorId: ids.inl,
    fiscalYearStartMonth: 10,
    template: 'inl',
    awardNumber: 'INL-TJ-2024-017',
    implementingOrganisation: 'Комитет по делам женщин и семьи — Кумитаи кор бо занон ва оила',
  };
  return [
    { stream, type: 'ReportingProfileSet', data: profile, actor: coordinator, effective: '2024-02-01' },
    { stream, type: 'ReportLogoSet', data: { donorId: ids.inl, whose: 'donor', ...donorLogo }, actor: coordinator, effective: '2024-02-01' },
    { stream, type: 'ReportLogoSet', data: { donorId: ids.inl, whose: 'implementer', ...implementerLogo }, actor: coordinator, effective: '2024-02-01' },
  ];
}

/** Narratives as coordinators write them: INL's in English and Russian, the EU's in Tajik, with paragraphs. */
export const NARRATIVE_STEPS: Step[] = [
  {
    stream: `reporting-framework-${ids.inl}`,
    type: 'ReportNarrativeWritten',
    data: {
      donorId: ids.inl,
      period: '2025-Q1',
      sections: {
        accomplishments:
          'Referral guidelines were adopted by the Committee and verified by INL.\n\nМежведомственная рабочая группа провела три заседания в Бохтаре.',
        goalsNotMet: 'Trainers were unavailable in October; the police training moved to January.',
        nextSteps: 'Открыть кризисную линию в Бохтаре до конца второго квартала.',
      },
    },
    actor: coordinator,
    effective: '2025-01-05',
  },
  {
    stream: `reporting-framework-${ids.eu}`,
    type: 'ReportNarrativeWritten',
    data: {
      donorId: ids.eu,
      period: '2024',
      sections: {
        context: 'Дар соли 2024 барномаи Ташаббуси «Spotlight» дар се вилоят амалӣ гардид.',
        progress: 'Хизматрасониҳо: маркази машваратии ҳуқуқӣ дар Душанбе кушода шуд.',
        lessons: 'Ҳамкориҳои байниидоравӣ бояд аз аввали сол ба нақша гирифта шаванд.',
      },
    },
    actor: coordinator,
    effective: '2025-01-10',
  },
];
