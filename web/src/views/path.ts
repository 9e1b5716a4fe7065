import { request } from '../api/client';
import { CONNECTIONS } from '../api/operations';
import { append, empty, h, link } from '../dom';
import { type Span, spanRange, titleCase } from '../format';
import type { View } from '../router';
import { TRUNCATION_TEXT, type Truncation } from '../widgets/graph';

interface Step {
  from: { id: string; name: string };
  to: { id: string; name: string };
  via:
    | {
        __typename: 'Relationship';
        id: string;
        type: string;
        role: string | null;
        valid: Span | null;
        evidence: { quote: string | null }[];
      }
    | { __typename: 'Event'; id: string; title: string; when: Span; evidence: { quote: string | null }[] };
}

const enc = encodeURIComponent;

function stepItem(s: Step): HTMLElement {
  const v = s.via;
  const how =
    v.__typename === 'Relationship'
      ? [
          `${titleCase(v.type).toLowerCase()}${v.role ? ` (${v.role})` : ''}`,
          v.valid ? ` · ${spanRange(v.valid)}` : '',
        ]
      : ['both in ', link(`/event/${enc(v.id)}`, v.title), ` · ${spanRange(v.when)}`];
  return h(
    'li',
    {},
    link(`/entity/${enc(s.from.id)}`, s.from.name),
    ' → ',
    link(`/entity/${enc(s.to.id)}`, s.to.name),
    h(
      'span',
      { class: 'via' },
      ' — ',
      ...how,
      h('span', { class: 'muted' }, ` · ${v.evidence.length} source${v.evidence.length === 1 ? '' : 's'}`),
    ),
  );
}

export const pathView: View = async (main, url) => {
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  const maxHops = Math.min(6, Math.max(1, Number(url.searchParams.get('maxHops') ?? 4) || 4));
  if (!from || !to) {
    append(
      main,
      h('h1', {}, 'Path'),
      empty('Open an entity and use “How does … connect to…” to find a path.'),
    );
    return;
  }
  const data = await request<{
    from: { id: string; name: string } | null;
    to: { id: string; name: string } | null;
    connections: { truncatedBy: Truncation[]; paths: { length: number; steps: Step[] }[] };
  }>(CONNECTIONS, { from, to, maxHops, first: 3 });
  const a = data.from?.name ?? from;
  const b = data.to?.name ?? to;
  append(main, h('h1', {}, `How does ${a} connect to ${b}?`));
  const hops = h(
    'p',
    { class: 'inline' },
    'At most ',
    [2, 3, 4, 5, 6].flatMap((n, i) => [
      i ? ' · ' : '',
      n === maxHops
        ? h('strong', {}, String(n))
        : link(`/path?from=${enc(from)}&to=${enc(to)}&maxHops=${n}`, String(n)),
    ]),
    ' steps',
  );
  append(main, hops);
  if (!data.from || !data.to) {
    append(main, empty(`No entity has the id “${data.from ? to : from}”.`));
    return;
  }
  const { paths, truncatedBy } = data.connections;
  if (!paths.length) {
    append(main, empty(`No path of at most ${maxHops} steps links ${a} to ${b}.`));
    return;
  }
  append(
    main,
    h(
      'ol',
      { class: 'paths' },
      paths.map((p) =>
        h(
          'li',
          {},
          h('h2', {}, `${p.length} step${p.length === 1 ? '' : 's'}`),
          h('ol', { class: 'steps' }, p.steps.map(stepItem)),
        ),
      ),
    ),
  );
  if (truncatedBy.length)
    append(
      main,
      h(
        'p',
        { class: 'notice' },
        `Not every path: ${truncatedBy.map((r) => TRUNCATION_TEXT[r]).join('; ')}.`,
      ),
    );
};
