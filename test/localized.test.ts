import { describe, expect, it } from 'vitest';
import { localizedProps, pick } from '../src/localized';

describe('localized texts', () => {
  it('reads the <prefix>_en/_ar/_tr properties in language order, skipping what is not text', () => {
    const props = { title_tr: 'Başlık', title_en: 'Title', title_ar: null, name_ar: 'اسم', summary_en: 3 };
    expect(localizedProps(props, 'title')).toEqual([
      { language: 'EN', value: 'Title' },
      { language: 'TR', value: 'Başlık' },
    ]);
    expect(localizedProps(props, 'name')).toEqual([{ language: 'AR', value: 'اسم' }]);
    expect(localizedProps(props, 'summary')).toEqual([]);
    // The same prefix again (its property names are made once) reads the props it is given.
    expect(localizedProps({ title_ar: 'عنوان' }, 'title')).toEqual([{ language: 'AR', value: 'عنوان' }]);
  });

  it('picks the asked language, else English, else Arabic, else any', () => {
    const texts = localizedProps({ name_ar: 'أنقرة', name_tr: 'Ankara' }, 'name');
    expect(pick(texts, 'TR')).toBe('Ankara');
    expect(pick(texts, 'EN')).toBe('أنقرة');
    expect(pick([], 'EN')).toBeUndefined();
  });
});
