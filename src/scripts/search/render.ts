/**
 * Result rendering with DOM nodes and textContent only: nothing a reader
 * types, and nothing from the index, is ever parsed as HTML.
 */

/** The meta Pagefind returns for an item record (see src/lib/search-records.ts). */
export interface ResultMeta {
  title: string;
  document: string;
  agencies: string;
  text: string;
  keys: string;
}

/** An element with text, built safely. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The excerpt around the first match, with every match in it marked. */
export function excerptNode(text: string, phrases: string[], length = 90): HTMLElement {
  const lower = text.toLowerCase();
  const first = Math.min(...phrases.map((p) => lower.indexOf(p)).filter((i) => i >= 0), Infinity);
  const start = Number.isFinite(first) ? Math.max(0, first - 20) : 0;
  const slice = text.slice(start, start + length);
  const p = el('p', undefined, 'excerpt');
  if (start > 0) p.append('……');
  const lowerSlice = slice.toLowerCase();
  let i = 0;
  while (i < slice.length) {
    const hit = phrases
      .map((ph) => ({ ph, at: lowerSlice.indexOf(ph, i) }))
      .filter((h) => h.at >= 0 && h.ph.length > 0)
      .sort((a, b) => a.at - b.at || b.ph.length - a.ph.length)[0];
    if (!hit) {
      p.append(slice.slice(i));
      break;
    }
    p.append(slice.slice(i, hit.at), el('mark', slice.slice(hit.at, hit.at + hit.ph.length)));
    i = hit.at + hit.ph.length;
  }
  if (start + length < text.length) p.append('……');
  return p;
}

/** One result: link, document and agencies, excerpt. */
export function resultNode(url: string, meta: ResultMeta, phrases: string[]): HTMLLIElement {
  const li = el('li');
  const link = el('a', meta.title);
  link.href = url;
  li.append(link, el('p', [meta.document, meta.agencies].filter(Boolean).join(' · '), 'meta'), excerptNode(meta.text, phrases));
  return li;
}
