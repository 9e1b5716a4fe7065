import { h } from '../dom';

export interface Bucket {
  start: string;
  end: string;
  count: number;
  coarse: number;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A strip of bars, one per bucket; the lighter part of a bar is events dated less precisely. */
export function histogramStrip(buckets: Bucket[], label: string): HTMLElement {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const width = Math.max(1, buckets.length) * 14;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} 40`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', '40');
  svg.setAttribute('aria-hidden', 'true');
  buckets.forEach((b, i) => {
    const full = (b.count / max) * 38;
    const fine = ((b.count - b.coarse) / max) * 38;
    for (const [height, cls] of [
      [full, 'bar coarse'],
      [fine, 'bar'],
    ] as const) {
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(i * 14 + 1));
      rect.setAttribute('width', '12');
      rect.setAttribute('y', String(40 - height));
      rect.setAttribute('height', String(height));
      rect.setAttribute('class', cls);
      svg.append(rect);
    }
  });
  const summary = buckets
    .filter((b) => b.count)
    .map((b) => `${b.start.slice(0, 7)}: ${b.count}${b.coarse ? ` (${b.coarse} coarse)` : ''}`)
    .join('; ');
  return h('figure', { class: 'histogram' }, svg, h('figcaption', {}, `${label}: ${summary || 'no events'}`));
}
