import { EVENT_KINDS } from '../facts/taxonomy';
import { foldText } from '../text/fold';
import { adjacent, arabicWords, foldedSet, type Word } from './words';

type CameoKind = Exclude<keyof typeof EVENT_KINDS, 'REGIME_CHANGE' | 'OTHER'>;

/** A verb that may report an event, with the CAMEO root it usually stands for, to confirm. */
export interface EventCandidate {
  /** The verb as written: text === input.slice(offset, offset + length). */
  text: string;
  offset: number;
  length: number;
  kind: CameoKind;
  /** The CAMEO root code of the kind (01–20). */
  cameo: string;
  /** The verb's dictionary form that matched (past tense, third person masculine). */
  trigger: string;
}

/**
 * Trigger verbs (past tense, third person masculine) by CAMEO root. Hand-written: no library maps
 * Arabic news verbs to CAMEO; the list is short, covers the verbs of wire copy, and is easy to extend.
 * Some verbs are ambiguous (وقع: "signed" or "happened"): they are candidates, not facts.
 */
const TRIGGERS: Record<CameoKind, string[]> = {
  MAKE_PUBLIC_STATEMENT: ['أعلن', 'صرح', 'قال', 'أكد', 'نفى', 'أوضح', 'كشف'],
  APPEAL: ['طلب', 'دعا', 'ناشد'],
  EXPRESS_INTENT_TO_COOPERATE: ['تعهد', 'وعد'],
  CONSULT: ['التقى', 'اجتمع', 'زار', 'استقبل', 'بحث'],
  DIPLOMATIC_COOPERATION: ['رحب', 'أشاد', 'وقع', 'اتفق', 'وافق'],
  MATERIAL_COOPERATION: ['سمح', 'تعاون'],
  PROVIDE_AID: ['قدم', 'ساعد', 'دعم'],
  YIELD: ['انسحب', 'أفرج', 'استقال'],
  INVESTIGATE: ['حقق'],
  DEMAND: ['طالب'],
  DISAPPROVE: ['ندد', 'انتقد', 'اتهم', 'أدان', 'شجب'],
  REJECT: ['رفض'],
  THREATEN: ['هدد', 'توعد', 'حذر'],
  PROTEST: ['تظاهر', 'احتج', 'اعتصم'],
  EXHIBIT_FORCE_POSTURE: ['حشد', 'نشر'],
  REDUCE_RELATIONS: ['استدعى', 'قطع', 'علق'],
  COERCE: ['اعتقل', 'احتجز', 'أوقف'],
  ASSAULT: ['هاجم', 'خطف', 'اغتال', 'فجر', 'استهدف'],
  FIGHT: ['قصف', 'شن', 'اشتبك', 'قاتل'],
  MASS_VIOLENCE: ['أباد'],
};

/** Leading conjunctions, and the endings of the past tense (with an object pronoun or not). */
const PREFIXES = ['', 'و', 'ف'];
const SUFFIXES = ['', 'ت', 'وا', 'ا', 'تا', 'ن', 'نا', 'ه', 'ها', 'هم', 'ته', 'تها', 'تهم', 'وه', 'وها'];

/** Nouns that read like a trigger's form: وزارة (ministry) is not و + زار + ه (and he visited him). */
const NOT_VERBS = new Set(['وزاره', 'وزارته', 'وزارتها', 'وزارتهم', 'ونشر', 'قدم', 'وقدم'].map(foldText));

/**
 * Verbs with a common second sense, told apart by the words after them: حقق is "investigated" only
 * with في/مع within the next three words (حققت الشرطة في الحادث), else "achieved" (حققنا تقدما); وقع
 * right before في/فيه is "took place", not "signed" (المركز الذي وقع فيه الهجوم).
 */
const SENSES: Record<string, { within: number; only?: Set<string>; not?: Set<string> }> = {
  [foldText('حقق')]: { within: 3, only: foldedSet(['في', 'مع']) },
  [foldText('وقع')]: { within: 1, not: foldedSet(['في', 'فيه', 'فيها', 'فيما']) },
};

/** Whether the sense of the trigger at words[i] is the event's (see SENSES). */
function senseHolds(trigger: string, text: string, words: Word[], i: number): boolean {
  const sense = SENSES[foldText(trigger)];
  if (!sense) return true;
  const after: string[] = [];
  for (let k = i + 1; k <= i + sense.within && k < words.length; k++) {
    const [prev, next] = [words[k - 1] as Word, words[k] as Word];
    if (!adjacent(text, prev, next)) break;
    after.push(next.folded);
  }
  return (!sense.only || after.some((w) => sense.only?.has(w))) && !after.some((w) => sense.not?.has(w));
}

/** Every folded written form, to its verb and kind: one lookup per word of the text. */
const FORMS = new Map<string, { kind: CameoKind; trigger: string }>();
for (const [kind, verbs] of Object.entries(TRIGGERS) as [CameoKind, string[]][]) {
  for (const trigger of verbs) {
    const stem = foldText(trigger);
    // A verb ending in ى/ا (دعا، التقى، استدعى) drops it before the feminine ت and plural وا.
    const stems = /[اي]$/.test(stem) ? [stem, stem.slice(0, -1)] : [stem];
    for (const p of PREFIXES)
      for (const s of stems)
        for (const e of SUFFIXES) {
          const form = p + s + e;
          if (!FORMS.has(form) && !NOT_VERBS.has(form)) FORMS.set(form, { kind, trigger });
        }
  }
}

/** Event candidates in text order: each word that is a trigger verb's form (one pass over the words). */
export function findEventCandidates(text: string): EventCandidate[] {
  const found: EventCandidate[] = [];
  const words = arabicWords(text);
  for (const [i, w] of words.entries()) {
    const hit = FORMS.get(w.folded);
    if (!hit || !senseHolds(hit.trigger, text, words, i)) continue;
    found.push({
      text: w.text,
      offset: w.offset,
      length: w.length,
      kind: hit.kind,
      cameo: EVENT_KINDS[hit.kind],
      trigger: hit.trigger,
    });
  }
  return found;
}
