import type { SpanFields } from './span-words';

/** The GraphQL operations the exports send (they use the public API only, like any client). */

const SPAN = 'edtf start end precision approximate uncertain text';

export const EXPORT_TIMELINE_PAGE = /* GraphQL */ `
query ExportTimelinePage($filter: TimelineFilter, $first: Int!, $after: String) {
  timeline(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        kind
        cameo
        title
        titleAr: title(language: AR)
        summary
        when { ${SPAN} }
        place { id name }
        participants { role entity { id name } }
        evidence {
          quote
          attributedTo { name }
          article { id title published url publisher { name } }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const EXPORT_NEIGHBORHOOD = /* GraphQL */ `
query ExportNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    center { id }
    nodes {
      id
      kind
      subkind
      label
      depth
      entity { names { language value } }
      event { when { ${SPAN} } evidence { article { id } } }
    }
    edges {
      id
      source
      target
      kind
      type
      label
      role
      relationship { title valid { ${SPAN} } evidence { article { id } } }
    }
  }
}`;

export type ExportSpan = SpanFields;

export interface ExportEvent {
  id: string;
  kind: string;
  cameo: string | null;
  title: string;
  titleAr: string;
  summary: string | null;
  when: ExportSpan;
  place: { id: string; name: string } | null;
  participants: { role: string; entity: { id: string; name: string } }[];
  evidence: {
    quote: string | null;
    attributedTo: { name: string } | null;
    article: {
      id: string;
      title: string;
      published: string;
      url: string | null;
      publisher: { name: string };
    };
  }[];
}

export interface ExportSubgraph {
  truncated: boolean;
  center: { id: string } | null;
  nodes: {
    id: string;
    kind: 'ENTITY' | 'EVENT';
    subkind: string;
    label: string;
    depth: number;
    entity: { names: { language: string; value: string }[] } | null;
    event: { when: ExportSpan; evidence: { article: { id: string } }[] } | null;
  }[];
  edges: {
    id: string;
    source: string;
    target: string;
    kind: string;
    type: string;
    label: string;
    role: string | null;
    relationship: {
      title: string | null;
      valid: ExportSpan | null;
      evidence: { article: { id: string } }[];
    } | null;
  }[];
}
