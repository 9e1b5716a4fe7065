import { request } from '../api/client';
import { EVENT } from '../api/operations';
import { append, empty, h, inLanguage, link, section } from '../dom';
import { day, precisionLabel, type Span, spanRange, titleCase } from '../format';
import type { View } from '../router';

interface Evidence {
  quote: string | null;
  language: string | null;
  startOffset: number | null;
  endOffset: number | null;
  attributedTo: { id: string; name: string } | null;
  article: {
    id: string;
    title: string;
    titleAr: string;
    published: string;
    url: string | null;
    language: string;
    text: string | null;
    publisher: { id: string; name: string };
  };
}

interface EventData {
  id: string;
  kind: string;
  cameo: string | null;
  title: string;
  titleAr: string;
  summary: string | null;
  when: Span;
  place: { id: string; name: string } | null;
  participants: { role: string; entity: { id: string; name: string; kind: string } }[];
  related: {
    type: string;
    outgoing: boolean;
    event: { id: string; title: string; when: { edtf: string } };
  }[];
  evidence: Evidence[];
}

const enc = encodeURIComponent;
/** How much article text is shown around a quote, on each side. */
const CONTEXT = 240;

/**
 * The quote inside the article text, highlighted in place. The text keeps its own direction and
 * language (Arabic right to left); the mark adds no padding or border, so letters still join across it.
 */
function quoteInText(ev: Evidence): HTMLElement {
  const text = ev.article.text;
  const lang = (ev.language ?? ev.article.language).toLowerCase();
  const s = ev.startOffset;
  const e = ev.endOffset;
  if (!text || s === null || e === null || text.slice(s, e) !== ev.quote) {
    return h('blockquote', { lang, dir: lang === 'ar' ? 'rtl' : 'auto' }, h('mark', {}, ev.quote ?? ''));
  }
  const attrs = { lang, dir: lang === 'ar' ? 'rtl' : 'auto' };
  const marked = (from: number, to: number, cls: string) =>
    h(
      'blockquote',
      // The whole text scrolls: it takes focus so the keyboard can scroll it.
      {
        class: cls,
        ...attrs,
        tabindex: cls === 'article-full' ? 0 : null,
        'aria-label': cls === 'article-full' ? 'Whole article text' : null,
      },
      from > 0 ? '… ' : '',
      text.slice(from, s),
      h('mark', {}, text.slice(s, e)),
      text.slice(e, to),
      to < text.length ? ' …' : '',
    );
  return h(
    'div',
    {},
    marked(Math.max(0, s - CONTEXT), Math.min(text.length, e + CONTEXT), 'article-text'),
    h('details', {}, h('summary', {}, 'The whole article'), marked(0, text.length, 'article-full')),
  );
}

export const eventView =
  (m: RegExpExecArray): View =>
  async (main) => {
    const id = decodeURIComponent(m[1] ?? '');
    const { event: ev } = await request<{ event: EventData | null }>(EVENT, { id });
    if (!ev) {
      append(main, h('h1', {}, 'No such event'), empty(`There is no event with the id “${id}”.`));
      return;
    }
    append(
      main,
      h('h1', {}, ev.title),
      h('p', { class: 'subtitle' }, inLanguage(ev.titleAr, 'ar')),
      h('p', { class: 'kind' }, titleCase(ev.kind), ev.cameo ? ` · CAMEO ${ev.cameo}` : ''),
      ev.summary ? h('p', {}, ev.summary) : null,
      section(
        'When',
        'when',
        h(
          'dl',
          { class: 'when' },
          h('dt', {}, 'As written'),
          h(
            'dd',
            {},
            ev.when.text ? inLanguage(ev.when.text, /[\u0600-\u06ff]/.test(ev.when.text) ? 'ar' : 'en') : '—',
          ),
          h('dt', {}, 'Normalised'),
          h(
            'dd',
            {},
            `${spanRange(ev.when)} · ${precisionLabel(ev.when)} · EDTF `,
            h('code', {}, ev.when.edtf),
          ),
        ),
      ),
      ev.place
        ? section('Where', 'where', h('p', {}, link(`/entity/${enc(ev.place.id)}`, ev.place.name)))
        : null,
      section(
        'Participants',
        'participants',
        ev.participants.length
          ? h(
              'table',
              {},
              h(
                'thead',
                {},
                h('tr', {}, h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Who')),
              ),
              h(
                'tbody',
                {},
                ev.participants.map((p) =>
                  h(
                    'tr',
                    {},
                    h('td', {}, titleCase(p.role)),
                    h('td', {}, link(`/entity/${enc(p.entity.id)}`, p.entity.name)),
                  ),
                ),
              ),
            )
          : empty('No participant is recorded.'),
      ),
      ev.related.length
        ? section(
            'Related events',
            'related',
            h(
              'ul',
              {},
              ev.related.map((r) =>
                h(
                  'li',
                  {},
                  `${r.outgoing ? '' : 'is '}${titleCase(r.type).toLowerCase()}${r.outgoing ? '' : ' by'} `,
                  link(`/event/${enc(r.event.id)}`, r.event.title),
                ),
              ),
            ),
          )
        : null,
      section(
        'Evidence',
        'evidence',
        ev.evidence.length
          ? ev.evidence.map((x) =>
              h(
                'article',
                { class: 'evidence' },
                quoteInText(x),
                h(
                  'p',
                  { class: 'source' },
                  x.attributedTo
                    ? ['Said by ', link(`/entity/${enc(x.attributedTo.id)}`, x.attributedTo.name), ' · ']
                    : null,
                  link(`/entity/${enc(x.article.publisher.id)}`, x.article.publisher.name),
                  `, ${day(x.article.published)} · `,
                  inLanguage(x.article.titleAr, 'ar'),
                  x.article.url ? h('span', { class: 'muted' }, ` · ${x.article.url}`) : null,
                ),
              ),
            )
          : empty('No evidence is recorded.'),
      ),
    );
  };
