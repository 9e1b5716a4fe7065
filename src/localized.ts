export const LANGUAGES = ['EN', 'AR', 'TR'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Localized {
  language: Language;
  value: string;
}

/** The text in the asked language, else English, else Arabic, else any. */
export function pick(texts: Localized[], language: Language): string | undefined {
  for (const l of [language, 'EN', 'AR'] as const) {
    const hit = texts.find((t) => t.language === l);
    if (hit) return hit.value;
  }
  return texts[0]?.value;
}

/**
 * The property names of each prefix, made once: names built on every call (as this once did) are
 * new strings, hashed again at every lookup, and a page of 100 events with their participants makes
 * some 800 calls (11 % of the server's busy time in a profile of such pages).
 */
const propertyNames = new Map<string, readonly (readonly [Language, string])[]>();
function namesOf(prefix: string) {
  let names = propertyNames.get(prefix);
  if (!names) {
    names = LANGUAGES.map((language) => [language, `${prefix}_${language.toLowerCase()}`] as const);
    propertyNames.set(prefix, names);
  }
  return names;
}

/** The `<prefix>_en`, `<prefix>_ar`, `<prefix>_tr` properties of a node as a list of texts. */
export function localizedProps(props: Record<string, unknown>, prefix: string): Localized[] {
  const texts: Localized[] = [];
  for (const [language, name] of namesOf(prefix)) {
    const value = props[name];
    if (typeof value === 'string') texts.push({ language, value });
  }
  return texts;
}
