import { h } from '../dom';
import { type Span, spanRange } from '../format';
import { onMounted } from '../router';

export interface TimelineEvent {
  id: string;
  kind: string;
  title: string;
  when: Span;
}

/** vis-timeline is its own chunk: pages without a timeline never load it; the entity page starts it early. */
let visTimeline: Promise<typeof import('vis-timeline/standalone')> | undefined;
export const preloadTimeline = () => {
  visTimeline ??= import('vis-timeline/standalone');
  return visTimeline;
};

const DAY = 86_400_000;
/** How far an open span is drawn towards its open side (it fades out there). */
const OPEN_REACH = 120 * DAY;
const at = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();

/**
 * How an event sits on the timeline, by precision: a single day is a point; a wider span ("early
 * June" = 1–10 June) is a bar over all its days, with soft ends when the source is approximate; a
 * span open at one side ("on or before 23 July") fades out towards that side.
 */
export function placement(when: Span) {
  if (when.start && when.end && when.start === when.end) {
    return { type: 'point' as const, start: at(when.start), className: 'day' };
  }
  const classes = [`precision-${when.precision.toLowerCase()}`];
  if (when.approximate || when.uncertain) classes.push('soft');
  let start = when.start ? at(when.start) : undefined;
  let end = when.end ? at(when.end) + DAY : undefined;
  if (start === undefined && end !== undefined) {
    start = end - OPEN_REACH;
    classes.push('open-start');
  }
  if (end === undefined && start !== undefined) {
    end = start + OPEN_REACH;
    classes.push('open-end');
  }
  return { type: 'range' as const, start: start ?? 0, end: end ?? DAY, className: classes.join(' ') };
}

/** A vis-timeline of events; choosing one (click, or Enter on the list below it) opens its page. */
export function eventTimeline(
  events: TimelineEvent[],
  open: (id: string) => void,
  onRange?: (start: number, end: number) => void,
): HTMLElement {
  const box = h('div', {
    class: 'vis-box',
    role: 'img',
    'aria-label': `Timeline of ${events.length} events; the list below has the same events.`,
  });
  const items = events.map((e) => ({
    id: e.id,
    content: h('span', {}, e.title),
    title: `${e.title} — ${spanRange(e.when)}${e.when.text ? ` (“${e.when.text}”)` : ''}`,
    ...placement(e.when),
  }));
  onMounted(async () => {
    const { Timeline } = await preloadTimeline();
    const timeline = new Timeline(box, items as never, {
      stack: true,
      zoomable: true,
      horizontalScroll: false,
      zoomKey: 'ctrlKey',
      margin: { item: 6 },
      orientation: 'top',
      maxHeight: 420,
      tooltip: { followMouse: false, overflowMethod: 'cap' },
    });
    timeline.on('rangechange', (p: { start: Date; end: Date }) =>
      onRange?.(p.start.getTime(), p.end.getTime()),
    );
    const w = timeline.getWindow();
    onRange?.(w.start.getTime(), w.end.getTime());
    timeline.on('select', (p: { items: string[] }) => {
      const id = p.items[0];
      if (id) open(id);
    });
  });
  return box;
}
