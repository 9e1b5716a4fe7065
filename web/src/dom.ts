/** A tiny element builder: text is always set as text, never parsed as HTML. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** Text in Arabic (or another right-to-left language) gets its direction and language marked. */
export function inLanguage(text: string, language: string | null | undefined): HTMLElement {
  const lang = (language ?? 'en').toLowerCase();
  return h('span', { lang, dir: lang === 'ar' ? 'rtl' : 'auto' }, text);
}

export const link = (href: string, ...children: Child[]) => h('a', { href }, ...children);

export function section(title: string, id: string, ...children: (Child | Child[])[]): HTMLElement {
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** A message for an empty result. */
export const empty = (text: string) => h('p', { class: 'empty' }, text);

/** Appends children, leaving out the absent ones. */
export function append(parent: HTMLElement, ...children: (Child | Child[])[]) {
  for (const c of children.flat())
    if (c !== null && c !== undefined && c !== false) parent.append(c instanceof Node ? c : String(c));
}
