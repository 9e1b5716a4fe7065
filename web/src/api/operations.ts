/**
 * Every GraphQL operation the explorer sends, in one place, each a named document with the
 * variables it takes. A dashboard can copy any of these as they are: POST them to /graphql as
 * `{ "query": …, "operationName": …, "variables": … }` (see client.ts), on the same origin or from
 * an origin listed in CORS_ORIGINS, with `Authorization: Bearer <token>` when READ_TOKEN is set.
 */

/** A time span as the API gives it: EDTF, first and last possible day, precision, the words used. */
const SPAN = 'edtf start end precision approximate uncertain text';

/** Entities by any spelling (Arabic and Latin are folded: اكتورك finds Zeki Aktürk). */
export const SEARCH_ENTITIES = /* GraphQL */ `
query SearchEntities($query: String!, $first: Int = 20) {
  searchEntities(query: $query, first: $first) {
    score
    matched
    entity { id kind name nameAr: name(language: AR) description }
  }
}`;

/**
 * An entity's whole page in one request: its names in every language, its relationships valid on
 * a day (all when `asOf` is null), the first 100 events of its timeline, events per month, and its
 * neighbourhood capped at `limit` nodes (`truncated` says when the cap cut it). The server resolves
 * the parts side by side, with a bounded number of database round trips.
 */
export const ENTITY_PAGE = /* GraphQL */ `
query EntityPage($id: ID!, $asOf: Date, $first: Int = 100, $filter: TimelineFilter, $depth: Int = 1, $limit: Int = 60) {
  entity(id: $id) {
    id
    kind
    name
    description
    names { language value }
    aliases
    relationships(asOf: $asOf) {
      id
      type
      title
      from { id name }
      to { id name }
      valid { ${SPAN} }
      evidence { quote article { id title published publisher { name } } }
    }
    timeline(first: $first) {
      totalCount
      edges { node { id kind title when { ${SPAN} } } }
      pageInfo { hasNextPage endCursor }
    }
  }
  timelineHistogram(filter: $filter, granularity: MONTH) { start end count coarse }
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    truncatedBy
    center { id }
    nodes { id kind subkind label depth }
    edges { id source target kind label }
  }
}`;

/** The next page of an entity's timeline (at most 100 events; `after` is the last `endCursor`). */
export const ENTITY_TIMELINE = /* GraphQL */ `
query EntityTimeline($id: ID!, $first: Int = 100, $after: String) {
  entity(id: $id) {
    id
    timeline(first: $first, after: $after) {
      totalCount
      edges { node { id kind title when { ${SPAN} } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** One event: participants and roles, its date as written and normalised, and every piece of evidence. */
export const EVENT = /* GraphQL */ `
query Event($id: ID!) {
  event(id: $id) {
    id
    kind
    cameo
    title
    titleAr: title(language: AR)
    summary
    when { ${SPAN} }
    place { id name }
    participants { role entity { id name kind } }
    related { type outgoing event { id title when { edtf } } }
    evidence {
      quote
      language
      startOffset
      endOffset
      attributedTo { id name }
      article { id title titleAr: title(language: AR) published url language text publisher { id name } }
    }
  }
}`;

/** How two entities connect: shortest paths through relationships and shared events. */
export const CONNECTIONS = /* GraphQL */ `
query Connections($from: ID!, $to: ID!, $maxHops: Int = 4, $first: Int = 3) {
  from: entity(id: $from) { id name }
  to: entity(id: $to) { id name }
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    truncatedBy
    paths {
      length
      steps {
        from { id name }
        to { id name }
        via {
          __typename
          ... on Relationship { id type role: title valid { ${SPAN} } evidence { quote } }
          ... on Event { id title when { ${SPAN} } evidence { quote } }
        }
      }
    }
  }
}`;
