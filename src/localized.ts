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

/** The `<prefix>_en`, `<prefix>_ar`, `<prefix>_tr` properties of a node as a list of texts. */
export function localizedProps(props: Record<string, unknown>, prefix: string): Localized[] {
  return LANGUAGES.flatMap((language) => {
    const value = props[`${prefix}_${language.toLowerCase()}`];
    return typeof value === 'string' ? [{ language, value }] : [];
  });
}
