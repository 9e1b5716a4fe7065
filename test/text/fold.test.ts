import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold';

describe('foldText', () => {
  it.each([
    ['Aktürk', 'akturk'],
    ['Yaşar', 'yasar'],
    ['Güler', 'guler'],
    ['ZEKI', 'zeki'],
  ])('strips Latin accents and lower-cases: %s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('strips harakat, tanween, shadda, sukun and the superscript alef', () => {
    expect(foldText('غدًا')).toBe('غدا');
    expect(foldText('الموجّه')).toBe('الموجه');
    expect(foldText('مُحَمْمَد')).toBe('محممد');
    expect(foldText('هٰذا')).toBe('هذا');
  });

  it('strips tatweel', () => {
    expect(foldText('تـــركيا')).toBe('تركيا');
  });

  it('unifies hamza and alef forms', () => {
    expect(foldText('أكتورك')).toBe('اكتورك');
    expect(foldText('إدلب')).toBe('ادلب');
    expect(foldText('آذار')).toBe('اذار');
    expect(foldText('ٱلله')).toBe('الله');
    expect(foldText('مؤتمر')).toBe('موتمر');
    expect(foldText('رئيس')).toBe('رييس');
  });

  it('folds taa marbuta to haa and alef maqsura to yaa', () => {
    expect(foldText('الحكومة')).toBe('الحكومه');
    expect(foldText('مستشفى')).toBe('مستشفي');
  });

  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(foldText('٢٠٢٥')).toBe('2025');
    expect(foldText('۲۰۲۵')).toBe('2025');
  });

  it('strips bidi marks, collapses whitespace and trims', () => {
    expect(foldText('\u200F عنب \u200E\u061C  بلدي\n')).toBe('عنب بلدي');
    expect(foldText('  Zeki   Aktürk ')).toBe('zeki akturk');
  });

  it('folds two spellings of the same name to one string', () => {
    expect(foldText('وزارة الدفاع التركية')).toBe(foldText('وزاره الدفاع التركيه'));
  });
});
