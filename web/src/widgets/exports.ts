import { authHeaders, token } from '../api/client';
import { h } from '../dom';

/**
 * Download buttons for the exports. Without a token they are plain links; with one, the file is
 * fetched with the Authorization header and saved from memory.
 */
export function exportLinks(files: { label: string; href: string; name: string }[]): HTMLElement {
  return h(
    'div',
    { class: 'exports', role: 'group', 'aria-label': 'Download' },
    h('span', { class: 'muted' }, 'Download: '),
    files.map((f) =>
      h(
        'a',
        {
          class: 'button',
          href: f.href,
          download: f.name,
          onclick: async (ev: Event) => {
            if (!token.get()) return;
            ev.preventDefault();
            const res = await fetch(f.href, { headers: authHeaders() });
            const a = h('a', { href: URL.createObjectURL(await res.blob()), download: f.name });
            a.click();
            URL.revokeObjectURL(a.href);
          },
        },
        f.label,
      ),
    ),
  );
}
