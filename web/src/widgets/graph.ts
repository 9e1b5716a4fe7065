import { h } from '../dom';
import { onMounted } from '../router';

/** Which bound cut a graph answer (the API's Truncation). */
export type Truncation = 'LIMIT' | 'DEGREE_CAP' | 'SEARCH_CAP';

/** A sentence per bound, for the notice under a capped graph or path list. */
export const TRUNCATION_TEXT: Record<Truncation, string> = {
  LIMIT: 'more lie beyond the limit (the farthest were left out)',
  DEGREE_CAP: 'a hub has more links than are followed from one node',
  SEARCH_CAP: 'the search reached its bound',
};

export interface GraphData {
  truncated: boolean;
  truncatedBy: Truncation[];
  center: { id: string } | null;
  nodes: { id: string; kind: 'ENTITY' | 'EVENT'; subkind: string; label: string; depth: number }[];
  edges: { id: string; source: string; target: string; kind: string; label: string }[];
}

/**
 * Draws a neighbourhood with cytoscape.js, loaded only when a graph is drawn (its own chunk).
 * Tapping a node, or choosing it in the list beside the graph, opens its page.
 */
/** cytoscape.js is its own chunk, loaded once a graph is to be drawn (the entity page starts it early). */
let cytoscapeModule: ReturnType<typeof loadCytoscape> | undefined;
const loadCytoscape = () => import('cytoscape');
export const preloadGraph = () => {
  cytoscapeModule ??= loadCytoscape();
  return cytoscapeModule;
};

export function neighbourhoodGraph(
  g: GraphData,
  open: (kind: 'ENTITY' | 'EVENT', id: string) => void,
): HTMLElement {
  const box = h('div', {
    class: 'graph-box',
    role: 'img',
    'aria-label': `Graph of ${g.nodes.length} nodes and ${g.edges.length} links; the list below names them.`,
  });
  onMounted(async () => {
    const { default: cytoscape } = await preloadGraph();
    const cy = cytoscape({
      container: box,
      elements: [
        ...g.nodes.map((n) => ({
          data: {
            id: n.id,
            label: n.label.length > 40 ? `${n.label.slice(0, 38)}…` : n.label,
            kind: n.kind,
            depth: n.depth,
          },
          classes: [n.kind.toLowerCase(), n.depth === 0 ? 'center' : ''].join(' '),
        })),
        ...g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 9,
            'text-wrap': 'wrap',
            'text-max-width': '110px',
            'background-color': '#2b6cb0',
            width: 14,
            height: 14,
            color: '#1a202c',
          },
        },
        { selector: 'node.event', style: { shape: 'round-rectangle', 'background-color': '#c05621' } },
        {
          selector: 'node.center',
          style: { width: 22, height: 22, 'border-width': 3, 'border-color': '#1a202c' },
        },
        {
          selector: 'edge',
          style: {
            width: 1,
            'line-color': '#a0aec0',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'target-arrow-color': '#a0aec0',
            'arrow-scale': 0.6,
          },
        },
      ],
      // Rings by distance from the centre: instant, and a hop count reads at a glance.
      layout: {
        name: 'concentric',
        concentric: (n: { data: (k: string) => number }) => 10 - n.data('depth'),
        levelWidth: () => 1,
        minNodeSpacing: 70,
        animate: false,
      } as never,
    });
    cy.on('tap', 'node', (ev) => {
      const id = ev.target.id() as string;
      const node = g.nodes.find((n) => n.id === id);
      if (node && node.depth > 0) open(node.kind, id);
    });
  });
  return box;
}
