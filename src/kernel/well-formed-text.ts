const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** False for a string holding half of a UTF-16 surrogate pair ("a\ud83d"), which no real text contains. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
