import { h } from '../dom';

export interface Bucket {
  start: string;
  end: string;
  count: number;
  coarse: number;
}

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const at = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();

/**
 * A strip of bars under the timeline, one per bucket, placed on the same time axis (it follows the
 * timeline when that is zoomed or moved). The lighter part of a bar is events dated less precisely
 * than the bucket.
 */
export function histogramStrip(buckets: Bucket[], label: string) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 1000 40');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  const draw = (from: number, to: number) => {
    const span = Math.max(DAY, to - from);
    const x = (t: number) => ((t - from) / span) * 1000;
    svg.replaceChildren();
    for (const b of buckets) {
      if (!b.count) continue;
      const left = x(at(b.start));
      const width = Math.max(2, x(at(b.end) + DAY) - left - 1);
      for (const [count, cls] of [
        [b.count, 'bar coarse'],
        [b.count - b.coarse, 'bar'],
      ] as const) {
        const rect = document.createElementNS(SVG, 'rect');
        const height = (count / max) * 38;
        rect.setAttribute('x', String(left));
        rect.setAttribute('width', String(width));
        rect.setAttribute('y', String(40 - height));
        rect.setAttribute('height', String(height));
        rect.setAttribute('class', cls);
        svg.append(rect);
      }
    }
  };
  const summary = buckets
    .filter((b) => b.count)
    .map((b) => `${b.start.slice(0, 7)}: ${b.count}${b.coarse ? ` (${b.coarse} coarse)` : ''}`)
    .join('; ');
  const el = h(
    'figure',
    { class: 'histogram' },
    svg,
    h('figcaption', {}, `${label}: ${summary || 'no events'}`),
  );
  return { el, draw };
}
