import { DEMO_RECOMMENDATIONS } from '../demo/demo-data';

/**
 * A labelled set for the similarity of repeats (docs/recurrence.md). The demo's fourteen recommendations,
 * each at its forum, and recommendations written by hand the way a later forum words the same thing again:
 * `repeats` names the demo one (by the start of its text) or the group of written ones it repeats. Every
 * pair of texts from different forums is labelled: a repeat when they share a `repeats` or one repeats the
 * other, not a repeat otherwise. Read by hand, none of the demo's own cross-forum pairs is a repeat.
 */
export interface LabelledText {
  forum: string;
  text: string;
  repeats?: string;
}

const demo = (start: string) => DEMO_RECOMMENDATIONS.find((r) => r.text.startsWith(start))!.text;

const WRITTEN: LabelledText[] = [
  {
    forum: 'later-1',
    repeats: demo('Adopt an action plan'),
    text: 'Strengthen free primary and secondary legal aid for survivors of gender-based violence in Sughd through a regional action plan.',
  },
  { forum: 'later-1', repeats: demo('Set up referral'), text: 'Establish referral between state lawyers, crisis centres and shelters in Sughd region.' },
  {
    forum: 'later-2',
    repeats: demo('Open a rehabilitation room'),
    text: 'Open rehabilitation rooms for women survivors of violence in district hospitals, following the Yovon model.',
  },
  { forum: 'later-2', repeats: demo('Make the 1313 hotline'), text: 'Promote the 1313 hotline and the right to free legal aid on television and radio.' },
  {
    forum: 'later-3',
    repeats: demo('Introduce school'),
    text: 'Include healthy family relationships and the prevention of domestic violence in school and university programmes.',
  },
  {
    forum: 'later-3',
    repeats: demo("Strengthen Women's Resource"),
    text: "Adopt a common service standard for Women's Resource Centres supporting survivors.",
  },
  { forum: 'later-1', repeats: 'law', text: 'Criminalise domestic violence in the Criminal Code.' },
  { forum: 'later-2', repeats: 'law', text: 'Amend the Criminal Code to make domestic violence a criminal offence.' },
  { forum: 'later-1', repeats: 'shelters', text: 'Approve minimum standards for shelters for survivors of violence.' },
  { forum: 'later-3', repeats: 'shelters', text: 'Adopt national minimum standards of service for shelters for women survivors.' },
  { forum: 'later-2', repeats: 'training', text: 'Train police officers, judges and prosecutors on responding to domestic violence.' },
  { forum: 'later-3', repeats: 'training', text: 'Provide regular training for police, prosecutors and judges on domestic violence cases.' },
  { forum: 'later-1', repeats: 'закон', text: 'Криминализировать домашнее насилие в Уголовном кодексе.' },
  { forum: 'later-3', repeats: 'закон', text: 'Внести в Уголовный кодекс статью о криминализации домашнего насилия.' },
  { forum: 'later-2', repeats: 'приюты', text: 'Утвердить минимальные стандарты услуг приютов для пострадавших от насилия.' },
  { forum: 'later-3', repeats: 'приюты', text: 'Принять стандарты услуг в приютах для женщин, пострадавших от насилия.' },
];

export const LABELLED_TEXTS: LabelledText[] = [...DEMO_RECOMMENDATIONS.map((r) => ({ forum: r.forumKey, text: r.text })), ...WRITTEN];

export interface LabelledPair {
  a: string;
  b: string;
  repeat: boolean;
}

/** Every pair of texts from different forums, with its label. */
export function labelledPairs(): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  LABELLED_TEXTS.forEach((left, i) =>
    LABELLED_TEXTS.slice(i + 1).forEach((right) => {
      if (left.forum === right.forum) return;
      const repeat = (left.repeats !== undefined && left.repeats === right.repeats) || left.repeats === right.text || right.repeats === left.text;
      pairs.push({ a: left.text, b: right.text, repeat });
    }),
  );
  return pairs;
}
