/**
 * Type definitions for @neo4j/graphql that mirror our model (same labels, relationship types and
 * properties), so it reads exactly the graph our API reads. Names are the stored property names.
 */
export const typeDefs = /* GraphQL */ `
  type Participation @relationshipProperties {
    role: String!
  }

  type Entity @node(labels: ["Entity"]) {
    id: ID!
    kind: String!
    name_en: String
    name_ar: String
    name_tr: String
    aliases: [String!]
    searchText: String
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    language: String!
    published: Date!
  }

  type Evidence @node(labels: ["Evidence"]) {
    id: ID!
    claim: String!
    quote: String
    startOffset: Int
    endOffset: Int
    language: String
    attributedTo: String
    article: [Article!]! @relationship(type: "FROM", direction: OUT)
  }

  type Event @node(labels: ["Event"]) {
    id: ID!
    kind: String!
    cameo: String
    title_en: String
    title_ar: String
    title_tr: String
    summary_en: String
    edtf: String
    start: Date
    end: Date
    precision: String
    approximate: Boolean
    uncertain: Boolean
    dateText: String
    lo: Date
    hi: Date
    orderKey: String
    participants: [Entity!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    place: [Entity!]! @relationship(type: "AT", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "SUPPORTS", direction: IN)
  }
`;
