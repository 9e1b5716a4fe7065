import type { EventKind } from '../../src/facts/taxonomy';
import type { Tri } from './words';

/** What an actor does to a target, per event kind: [English, Arabic, Turkish] verb phrases. */
export const VERBS: Record<EventKind, Tri> = {
  MAKE_PUBLIC_STATEMENT: ['comments on', 'يدلي بتصريح حول', 'hakkında açıklama yapıyor:'],
  APPEAL: ['appeals to', 'يناشد', 'çağrıda bulunuyor:'],
  EXPRESS_INTENT_TO_COOPERATE: ['offers to cooperate with', 'يعرض التعاون مع', 'iş birliği teklif ediyor:'],
  CONSULT: ['meets', 'يلتقي', 'görüşüyor:'],
  DIPLOMATIC_COOPERATION: ['signs an agreement with', 'يوقع اتفاقًا مع', 'anlaşma imzalıyor:'],
  MATERIAL_COOPERATION: ['shares intelligence with', 'يتبادل المعلومات مع', 'istihbarat paylaşıyor:'],
  PROVIDE_AID: ['sends aid to', 'يرسل مساعدات إلى', 'yardım gönderiyor:'],
  YIELD: ['releases prisoners to', 'يفرج عن أسرى لصالح', 'esirleri serbest bırakıyor:'],
  INVESTIGATE: ['investigates', 'يحقق في', 'soruşturuyor:'],
  DEMAND: ['demands action from', 'يطالب', 'talepte bulunuyor:'],
  DISAPPROVE: ['criticises', 'ينتقد', 'eleştiriyor:'],
  REJECT: ['rejects the proposal of', 'يرفض مقترح', 'teklifini reddediyor:'],
  THREATEN: ['threatens', 'يهدد', 'tehdit ediyor:'],
  PROTEST: ['protests against', 'يحتج على', 'protesto ediyor:'],
  EXHIBIT_FORCE_POSTURE: ['deploys troops near', 'ينشر قوات قرب', 'yakınına asker konuşlandırıyor:'],
  REDUCE_RELATIONS: ['cuts ties with', 'يقطع العلاقات مع', 'ilişkilerini kesiyor:'],
  COERCE: ['arrests members of', 'يعتقل عناصر من', 'mensuplarını gözaltına alıyor:'],
  ASSAULT: ['attacks', 'يهاجم', 'saldırıyor:'],
  FIGHT: ['clashes with', 'يشتبك مع', 'çatışıyor:'],
  MASS_VIOLENCE: ['shells', 'يقصف', 'bombalıyor:'],
  REGIME_CHANGE: ['takes power from', 'يستولي على السلطة من', 'iktidarı devralıyor:'],
  OTHER: ['is involved with', 'يرتبط بـ', 'ilişkili:'],
};

/** Attribution and filler, so quotes sit inside running text. */
export const SAID: Tri = ['according to', 'بحسب', 'göre'];
export const IN: Tri = ['in', 'في', "'de"];
export const FILLER: Tri[] = [
  ['The situation remains tense.', 'ولا يزال الوضع متوترًا.', 'Durum gergin olmaya devam ediyor.'],
  ['No further details were given.', 'ولم تُذكر تفاصيل أخرى.', 'Başka ayrıntı verilmedi.'],
  [
    'Observers expect more talks in the coming weeks.',
    'ويتوقع مراقبون مزيدًا من المحادثات خلال الأسابيع المقبلة.',
    'Gözlemciler önümüzdeki haftalarda yeni görüşmeler bekliyor.',
  ],
  ['Local sources confirmed the report.', 'وأكدت مصادر محلية الخبر.', 'Yerel kaynaklar haberi doğruladı.'],
];
