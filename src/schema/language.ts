import { LANGUAGES } from '../localized';
import { builder } from './builder';

export const LanguageEnum = builder.enumType('Language', {
  description: 'Languages that names, titles and summaries are kept in.',
  values: Object.fromEntries(LANGUAGES.map((l) => [l, { value: l }])) as Record<
    (typeof LANGUAGES)[number],
    { value: (typeof LANGUAGES)[number] }
  >,
});

export const LocalizedName = builder
  .objectRef<{ language: (typeof LANGUAGES)[number]; value: string }>('LocalizedName')
  .implement({
    description: 'A name in one language.',
    fields: (t) => ({
      language: t.field({
        type: LanguageEnum,
        resolve: (n) => n.language,
        description: 'The language of the name.',
      }),
      value: t.exposeString('value', { description: 'The name as written in that language.' }),
    }),
  });
