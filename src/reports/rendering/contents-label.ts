/** The one word the renderers add themselves; every other label arrives in the document. */
const CONTENTS: Record<string, string> = { en: 'Contents', ru: 'Содержание', tg: 'Мундариҷа' };

export const contentsLabel = (language: string) => CONTENTS[language.slice(0, 2)] ?? CONTENTS.en;
