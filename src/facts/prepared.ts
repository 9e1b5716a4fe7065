import type { SpanProps } from '../dates/span';
import type { SheetIds } from './references';
import type { EventLinkType, ParticipantRole } from './taxonomy';

/** What the ingest writes for one article: plain rows, ready for UNWIND; and its ids, checked again when written. */
export interface PreparedArticle extends SheetIds {
  article: { id: string; props: Record<string, unknown>; publisher: string; hash: string };
  entities: { id: string; props: Record<string, unknown>; hash: string }[];
  events: {
    id: string;
    props: Record<string, unknown>;
    span: SpanProps;
    place: string | null;
    participants: { entity: string; role: ParticipantRole }[];
    related: { event: string; type: EventLinkType }[];
    hash: string;
  }[];
  relations: {
    id: string;
    from: string;
    to: string;
    props: Record<string, unknown>;
    span: SpanProps | null;
    hash: string;
  }[];
  evidence: PreparedEvidence[];
}

export interface PreparedEvidence {
  id: string;
  claim: string;
  claimKind: 'EVENT' | 'RELATION';
  quote: string;
  startOffset: number | null;
  endOffset: number | null;
  language: string;
  attributedTo: string | null;
}
