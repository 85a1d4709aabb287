/**
 * How alike two recommendations' texts are, tolerating paraphrase: words lowercased, punctuation and
 * common function words dropped, English and Russian endings cut by a small stemmer, and the Jaccard
 * index of the character trigrams of what is left (trigrams survive the word-order changes and inflections
 * a paraphrase makes, where whole-word overlap does not). See docs/recurrence.md for the measured precision.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or of to in on for with by at from as is are be that this their its it into through ' +
    'и в во на с со по для от до из к у о об а но что как это их его её'
  ).split(' '),
);

const ENDINGS = [
  'ation',
  'ition',
  'ings',
  'ment',
  'ness',
  'ing',
  'ies',
  'ied',
  'ers',
  'ed',
  'es',
  'er',
  's',
  'al',
  'ly',
  'y',
  'e',
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ах',
  'ях',
  'ам',
  'ям',
  'ов',
  'ев',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'ое',
  'ые',
  'ие',
  'ию',
  'ия',
  'а',
  'я',
  'ы',
  'и',
  'у',
  'ю',
  'о',
  'е',
];

export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
}

export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of words(text)) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

export function similarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** Below this, two texts are taken as different recommendations (chosen on the labelled set, docs/recurrence.md). */
export const REPEAT_THRESHOLD = 0.3;
