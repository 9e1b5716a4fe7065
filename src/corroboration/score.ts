import { type DatePrecision, PRECISION_RANK } from '../dates/span';

/**
 * Whether two events from different sources are likely the same event: a score from 0 to 1 with
 * the reasons behind it, and what the two sources disagree on (dates, roles). Pure: the candidates
 * come from blocking.ts, which compares events that share rare entities within a date window.
 */
export interface Side {
  id: string;
  kind: string;
  cameo: string | null;
  edtf: string;
  precision: string;
  lo: string;
  hi: string;
  place: string | null;
  participants: { entity: string; role: string }[];
  /** Where it is stated: article ids (a few) and evidence methods. */
  articles: string[];
  sources: string[];
}

export interface Assessment {
  score: number;
  reasons: string[];
  contradictions: string[];
}

/** A candidate link is kept from this score up: a date and one shared entity alone are not enough. */
export const MIN_SCORE = 0.6;

/** CAMEO's four quad classes: verbal and material cooperation, verbal and material conflict. */
const quad = (root: number) => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
const rank = (s: Side) => PRECISION_RANK[s.precision as DatePrecision] ?? PRECISION_RANK.OPEN;
const root = (s: Side) => (s.cameo ? Number(s.cameo.slice(0, 2)) : null);
const said = (s: Side) =>
  `${s.edtf} by ${s.articles.slice(0, 2).join(', ') || s.id}${s.articles.length > 2 ? ' …' : ''}`;

/**
 * `common`: entities linked to so many events (hubs, see blocking.ts) that sharing one says little,
 * as a common surname says little in record linkage: they weigh a third of a rare one.
 */
export function assess(a: Side, b: Side, common: ReadonlySet<string> = new Set()): Assessment {
  const reasons: string[] = [];
  const contradictions: string[] = [];
  let score = 0;
  if (a.lo <= b.hi && b.lo <= a.hi) {
    // Overlap says less the wider the spans: an open or year-long span overlaps almost anything.
    const coarsest = Math.max(rank(a), rank(b));
    if (a.precision === 'DAY' && a.edtf === b.edtf) {
      score += 0.35;
      reasons.push(`same day ${a.edtf}`);
    } else if (coarsest <= PRECISION_RANK.MONTH) {
      score += 0.25;
      reasons.push(`overlapping dates ${a.edtf} and ${b.edtf}`);
    } else {
      score += coarsest <= PRECISION_RANK.YEAR ? 0.15 : 0.05;
      reasons.push(`loosely overlapping dates ${a.edtf} and ${b.edtf}`);
    }
  }
  if (a.edtf !== b.edtf) contradictions.push(`reported as ${said(a)}, as ${said(b)}`);
  const bRoles = new Map<string, Set<string>>();
  for (const p of b.participants) bRoles.set(p.entity, (bRoles.get(p.entity) ?? new Set()).add(p.role));
  const shared = [...new Set(a.participants.map((p) => p.entity))].filter((e) => bRoles.has(e)).sort();
  if (shared.length) {
    score += Math.min(
      0.3,
      shared.reduce((n, e) => n + (common.has(e) ? 0.05 : 0.15), 0),
    );
    reasons.push(
      `shared participants: ${shared.map((e) => (common.has(e) ? `${e} (common)` : e)).join(', ')}`,
    );
  }
  for (const entity of shared) {
    const aRoles = new Set(a.participants.filter((p) => p.entity === entity).map((p) => p.role));
    const theirs = bRoles.get(entity) as Set<string>;
    if (![...aRoles].some((r) => theirs.has(r)))
      contradictions.push(
        `${entity} is ${[...aRoles].join('/')} in ${a.id}, ${[...theirs].join('/')} in ${b.id}`,
      );
  }
  const [ra, rb] = [root(a), root(b)];
  if (ra !== null && rb !== null) {
    if (ra === rb) {
      score += 0.2;
      reasons.push(`same CAMEO root ${String(ra).padStart(2, '0')}`);
    } else if (quad(ra) === quad(rb)) {
      score += 0.1;
      reasons.push(`compatible CAMEO roots ${a.cameo} and ${b.cameo}`);
    }
  } else if (a.kind === b.kind) {
    score += 0.2;
    reasons.push(`same kind ${a.kind}`);
  }
  if (a.place && a.place === b.place) {
    score += common.has(a.place) ? 0.1 : 0.2;
    reasons.push(`same place ${a.place}${common.has(a.place) ? ' (common)' : ''}`);
  }
  return { score: Math.round(Math.min(1, score) * 100) / 100, reasons, contradictions };
}
