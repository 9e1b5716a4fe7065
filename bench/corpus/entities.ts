import type { EntityKind } from '../../src/facts/taxonomy';
import { Rng } from './prng';
import { COUNTRIES, GIVEN, MINISTRIES, SYLLABLES, type Tri } from './words';

export interface GenEntity {
  id: string;
  kind: EntityKind;
  names: { en: string; ar: string; tr?: string };
  aliases: string[];
}

const cap = (s: string) => s.charAt(0).toLocaleUpperCase('tr') + s.slice(1);
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A name composed of 2 or 3 syllables in the three scripts (e.g. Karadoğan / كارادوغان). */
function compound(rng: Rng): Tri {
  const parts = Array.from({ length: rng.chance(0.6) ? 2 : 3 }, () => rng.pick(SYLLABLES));
  return [
    cap(parts.map((p) => p[0]).join('')),
    parts.map((p) => p[1]).join(''),
    cap(parts.map((p) => p[2]).join('')),
  ];
}

type Maker = (rng: Rng) => { names: Tri; aliases: (n: Tri) => string[] };
const MAKERS: Record<Exclude<EntityKind, 'COUNTRY'>, Maker> = {
  PERSON: (r) => {
    const [g, f] = [r.pick(GIVEN), compound(r)];
    return { names: [`${g[0]} ${f[0]}`, `${g[1]} ${f[1]}`, `${g[2]} ${f[2]}`], aliases: () => [f[0]] };
  },
  PLACE: (r) => ({ names: compound(r), aliases: (n) => [`${n[0]} city`] }),
  GOVERNMENT: (r) => {
    const p = compound(r);
    return {
      names: [`${p[0]} Governorate Council`, `مجلس محافظة ${p[1]}`, `${p[2]} Valilik Meclisi`],
      aliases: () => [],
    };
  },
  MINISTRY: (r) => {
    const [m, c] = [r.pick(MINISTRIES), r.pick(COUNTRIES)];
    const suffix = compound(r);
    return {
      names: [
        `${c[0]} Ministry of ${m[0]} (${suffix[0]} office)`,
        `وزارة ${m[1]} في ${c[1]} - مكتب ${suffix[1]}`,
        `${c[2]} ${m[2]} Bakanlığı ${suffix[2]} Ofisi`,
      ],
      aliases: () => [],
    };
  },
  MILITARY_FORCE: (r) => {
    const p = compound(r);
    return { names: [`${p[0]} Brigade`, `لواء ${p[1]}`, `${p[2]} Tugayı`], aliases: () => [] };
  },
  ARMED_GROUP: (r) => {
    const p = compound(r);
    return {
      names: [`${p[0]} Front`, `جبهة ${p[1]}`, `${p[2]} Cephesi`],
      aliases: (n) => [`Sons of ${n[0]}`],
    };
  },
  ORGANISATION: (r) => {
    const p = compound(r);
    return {
      names: [`${p[0]} Relief Association`, `جمعية ${p[1]} للإغاثة`, `${p[2]} Yardım Derneği`],
      aliases: () => [],
    };
  },
  MEDIA_OUTLET: (r) => {
    const p = compound(r);
    return { names: [`${p[0]} Voice`, `صوت ${p[1]}`, `${p[2]} Sesi`], aliases: () => [] };
  },
  POPULATION_GROUP: (r) => {
    const p = compound(r);
    return {
      names: [`Displaced people of ${p[0]}`, `نازحو ${p[1]}`, `${p[2]} göçmenleri`],
      aliases: () => [],
    };
  },
};

const KIND_WEIGHTS = {
  PERSON: 40,
  PLACE: 18,
  ORGANISATION: 8,
  ARMED_GROUP: 7,
  MILITARY_FORCE: 6,
  MINISTRY: 6,
  GOVERNMENT: 5,
  MEDIA_OUTLET: 6,
  POPULATION_GROUP: 4,
} satisfies Record<Exclude<EntityKind, 'COUNTRY'>, number>;

/**
 * The corpus's entities, rank order = Zipf rank (the countries first: they are mentioned most).
 * English names are unique; on a clash the maker is asked again, then a distinguishing numeral added.
 */
export function entityPool(seed: number, size: number): GenEntity[] {
  const rng = new Rng(seed ^ 0x5eed);
  const seen = new Set<string>();
  const out: GenEntity[] = COUNTRIES.slice(0, Math.min(size, COUNTRIES.length)).map((c) => {
    seen.add(c[0]);
    return { id: `c-${slug(c[0])}`, kind: 'COUNTRY', names: { en: c[0], ar: c[1], tr: c[2] }, aliases: [] };
  });
  // Two media outlets early, so every corpus (however small) has publishers among the frequent ranks.
  const kinds = ['MEDIA_OUTLET', 'MEDIA_OUTLET'] as Exclude<EntityKind, 'COUNTRY'>[];
  while (out.length < size) {
    const kind = kinds.shift() ?? rng.weighted(KIND_WEIGHTS);
    let made = MAKERS[kind](rng);
    for (let tries = 0; seen.has(made.names[0]) && tries < 5; tries++) made = MAKERS[kind](rng);
    let [en, ar, tr] = made.names;
    if (seen.has(en)) [en, ar, tr] = [`${en} ${out.length}`, `${ar} ${out.length}`, `${tr} ${out.length}`];
    seen.add(en);
    const withTr = kind === 'PERSON' || rng.chance(0.5);
    out.push({
      id: `${kind.slice(0, 3).toLowerCase()}-${slug(en)}-${out.length.toString(36)}`,
      kind,
      names: withTr ? { en, ar, tr } : { en, ar },
      aliases: made.aliases([en, ar, tr]),
    });
  }
  return out;
}

/** How many entities a corpus of this many events has: a few hundred up to tens of thousands. */
export const entitiesFor = (events: number) => Math.max(300, Math.min(25_000, Math.round(events / 8)));
