import type { ExportSpan, ExportSubgraph } from './operations';

type AttrType = 'string' | 'int' | 'boolean';
interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
  type: AttrType;
}

/** The typed attributes of the file (GraphML <key>s): what Gephi, yEd, Cytoscape and networkx read. */
const KEYS: Key[] = [
  { id: 'source', for: 'graph', type: 'string' },
  { id: 'generated', for: 'graph', type: 'string' },
  { id: 'center', for: 'graph', type: 'string' },
  { id: 'depth', for: 'graph', type: 'int' },
  { id: 'truncated', for: 'graph', type: 'boolean' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'subkind', for: 'node', type: 'string' },
  { id: 'hops', for: 'node', type: 'int' },
  { id: 'name_en', for: 'node', type: 'string' },
  { id: 'name_ar', for: 'node', type: 'string' },
  { id: 'name_tr', for: 'node', type: 'string' },
  { id: 'edtf', for: 'node', type: 'string' },
  { id: 'start', for: 'node', type: 'string' },
  { id: 'end', for: 'node', type: 'string' },
  { id: 'precision', for: 'node', type: 'string' },
  { id: 'evidence_count', for: 'node', type: 'int' },
  { id: 'sources', for: 'node', type: 'string' },
  { id: 'label', for: 'edge', type: 'string' },
  { id: 'kind', for: 'edge', type: 'string' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'role', for: 'edge', type: 'string' },
  { id: 'title', for: 'edge', type: 'string' },
  { id: 'edtf', for: 'edge', type: 'string' },
  { id: 'start', for: 'edge', type: 'string' },
  { id: 'end', for: 'edge', type: 'string' },
  { id: 'precision', for: 'edge', type: 'string' },
  { id: 'evidence_count', for: 'edge', type: 'int' },
  { id: 'sources', for: 'edge', type: 'string' },
];

/** XML text: escapes markup and drops characters XML 1.0 cannot hold. */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
    );
}

const keyId = (k: Pick<Key, 'for' | 'id'>) => `${k.for[0]}_${k.id}`;

function data(
  scope: Key['for'],
  values: Record<string, string | number | boolean | null | undefined>,
): string {
  return KEYS.filter((k) => k.for === scope)
    .flatMap((k) => {
      const v = values[k.id];
      return v === null || v === undefined || v === ''
        ? []
        : [`<data key="${keyId(k)}">${xmlText(String(v))}</data>`];
    })
    .join('');
}

const spanValues = (s: ExportSpan | null | undefined) =>
  s ? { edtf: s.edtf, start: s.start, end: s.end, precision: s.precision } : {};

const sourcesOf = (evidence: { article: { id: string } }[]) =>
  [...new Set(evidence.map((x) => x.article.id))].join(';');

/**
 * GraphML (http://graphml.graphdrawing.org/) of a neighbourhood: typed node and edge attributes
 * (kind, names in each language, dates, evidence count and the articles behind them), directed
 * edges as stored, and graph attributes saying where it came from and whether the node cap cut it.
 */
export function toGraphml(
  g: ExportSubgraph,
  meta: { center: string; depth: number; generated: string },
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${keyId(k)}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`),
    '  <graph id="neighbourhood" edgedefault="directed">',
    `    ${data('graph', { source: 'kg-timeline /export/graph.graphml', generated: meta.generated, center: meta.center, depth: meta.depth, truncated: g.truncated })}`,
  ];
  for (const n of g.nodes) {
    const name = (lang: string) => n.entity?.names.find((x) => x.language === lang)?.value;
    const values = {
      label: n.label,
      kind: n.kind,
      subkind: n.subkind,
      hops: n.depth,
      name_en: name('EN'),
      name_ar: name('AR'),
      name_tr: name('TR'),
      ...spanValues(n.event?.when),
      evidence_count: n.event ? n.event.evidence.length : undefined,
      sources: n.event ? sourcesOf(n.event.evidence) : undefined,
    };
    lines.push(`    <node id="${xmlText(n.id)}">${data('node', values)}</node>`);
  }
  for (const e of g.edges) {
    const r = e.relationship;
    const values = {
      label: e.label,
      kind: e.kind,
      type: e.type,
      role: e.role,
      title: r?.title,
      ...spanValues(r?.valid),
      evidence_count: r ? r.evidence.length : undefined,
      sources: r ? sourcesOf(r.evidence) : undefined,
    };
    lines.push(
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('edge', values)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
