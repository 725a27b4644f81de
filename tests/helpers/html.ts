/** Reading built HTML in tests: the text a reader sees, by language. */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Attributes whose values readers see or hear (or that scripts show). */
const VISIBLE_ATTRS = new Set(['title', 'alt', 'aria-label', 'placeholder', 'data-strings', 'data-filters', 'data-copied']);
const META_NAMES = new Set(['description', 'og:title', 'og:description', 'og:site_name']);

/** Every piece of visible text of a page with the language it is in (inherited `lang`). */
export function textsByLang(html: string): { lang: string; text: string }[] {
  const out: { lang: string; text: string }[] = [];
  const walk = (node: Node, lang: string) => {
    const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
    const here = attrs['lang'] ?? lang;
    if (node.nodeName === '#text' && node.value?.trim()) out.push({ lang: here, text: node.value });
    for (const [name, value] of Object.entries(attrs)) if (VISIBLE_ATTRS.has(name) && value) out.push({ lang: here, text: value });
    if (node.nodeName === 'meta' && META_NAMES.has(attrs['name'] ?? attrs['property'] ?? '')) out.push({ lang: here, text: attrs['content'] ?? '' });
    if (node.nodeName === 'script' && attrs['type'] !== 'application/ld+json') return;
    for (const child of node.childNodes ?? []) walk(child, here);
    if (node.content) walk(node.content, here);
  };
  walk(parse(html), '');
  return out;
}

/**
 * Reads a built page from dist/ by URL path, without the marks Astro puts on
 * elements for component-scoped styles (`data-astro-cid-…` attributes, and an
 * `astro-…` class on elements with spread attributes), so tests read the
 * markup a component writes.
 */
export function readPage(urlPath: string): string {
  return withoutStyleScopes(readFileSync(`dist${urlPath}${urlPath.endsWith('/') ? 'index.html' : ''}`, 'utf8'));
}

/** HTML without Astro's style-scope attributes and classes. */
export function withoutStyleScopes(html: string): string {
  return html
    .replace(/ data-astro-cid-[a-z0-9]+(?:="[^"]*")?/g, '')
    .replace(/ class="astro-[a-z0-9]+"/g, '')
    .replace(/(class="[^"]*?) ?\bastro-[a-z0-9]+\b/g, '$1');
}
