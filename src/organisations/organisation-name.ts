/** Quotes straight and typographic, in the ways names of organisations are typed in Tajikistan: " ' « » “ ” „ ‘ ’. */
const IGNORED = /[\s"'«»“”„‘’]/gu;

/** What two names of one organisation have in common: ignoring case, spaces and quotes. */
export function normalisedOrganisationName(name: string): string {
  return name.normalize('NFC').replace(IGNORED, '').toLowerCase();
}

export function sameOrganisationName(a: string, b: string): boolean {
  return normalisedOrganisationName(a) === normalisedOrganisationName(b);
}
