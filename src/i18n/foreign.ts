/**
 * The entry pages for readers of Portuguese and English (`/pt/`, `/en/`).
 * The item texts stay in Chinese: these pages translate names, not
 * commitments, and link to the Chinese item pages. UI strings are written by
 * hand in each language.
 */
export const FOREIGN_LANGS = [
  { id: 'pt', lang: 'pt', name: 'Português', ogLocale: 'pt_PT' },
  { id: 'en', lang: 'en', name: 'English', ogLocale: 'en_GB' },
] as const;

/** `pt` or `en`: the URL prefix and the `lang` of the page. */
export type ForeignId = (typeof FOREIGN_LANGS)[number]['id'];

const pt = {
  'site.title': 'Compromissos de Macau na iniciativa «Uma Faixa, Uma Rota»',
  'site.description':
    'Os documentos sobre a participação de Macau na iniciativa «Uma Faixa, Uma Rota», item a item, com os nomes em português; os textos estão em chinês.',
  'site.short': 'Macau na Faixa e Rota',
  'site.skip': 'Saltar para o conteúdo',
  'search.elsewhere': 'Pesquisa sem resultados? Procure os locais e as entidades pelos nomes em português',
  'nav.label': 'Idiomas e escritas',
  'home.about':
    'Este sítio publica, item a item, os documentos que definem a participação de Macau na iniciativa «Uma Faixa, Uma Rota» (a «Faixa e Rota»), listados abaixo.',
  'home.language':
    'Os textos estão em chinês, em escrita simplificada e na escrita tradicional usada em Macau. Traduzimos os nomes — lugares, entidades, pilares e títulos —, não os compromissos. Cada ligação abaixo leva às páginas em chinês.',
  'home.names':
    'Os nomes em português foram verificados, sempre que possível, nas páginas do Governo de Macau; os restantes são traduções nossas, assinaladas como tal nas páginas em chinês e nos dados abertos.',
  'home.contents': 'Nesta página',
  'home.documents': 'Documentos',
  'home.places': 'Lugares',
  'home.agencies': 'Entidades responsáveis',
  'home.pillars': 'Pilares',
  'home.years': 'Anos',
  'home.data': 'Dados abertos (JSON e CSV, com os nomes em português e inglês)',
  'kind.country': 'Países',
  'kind.group': 'Grupos de países',
  'kind.region': 'Regiões',
  'kind.city': 'Cidades',
  'side.macao': 'Macau',
  'side.mainland': 'Interior da China',
  'side.hongKong': 'Governo da Região Administrativa Especial de Hong Kong',
  'doc.years': 'Anos: {years}',
  'doc.yearsOpen': 'Anos: desde {from}',
  'doc.items': '{count} itens',
  'doc.readZhHans': 'Ler em chinês simplificado',
  'doc.readZhHant': 'Ler em chinês tradicional',
  count: '{count} itens',
  countThrough: '{count} itens, mais {through} através de grupos ou regiões',
  'facet.zhPage': 'Página em chinês',
  'facet.direct': 'Itens que referem {name}',
  'facet.through': 'Itens que dizem respeito a {name} através de um grupo ou região',
  'facet.through.intro': 'Estes itens não referem {name} diretamente, mas um grupo ou região a que pertence; cada um indica qual.',
  'facet.via': 'através de: {groups}',
  'facet.none': 'Nenhum item.',
  'pager.label': 'Páginas',
  'pager.status': 'Página {page} de {count} (itens {from}–{to} de {total})',
  'pager.previous': 'Anterior',
  'pager.next': 'Seguinte',
  'pager.title': '{name} (página {page})',
  'pager.page': 'Página {page}',
  'item.number': 'n.º {number}',
  'item.inChinese': '(texto em chinês)',
  'item.pillar': 'Pilar: {name}',
  'facet.back': 'Todos os lugares, entidades, pilares e anos',
  'year.name': 'Ano {year}',
  'lang.zh': 'Chinês',
} as const;

/** The UI string keys of the foreign-language pages. */
export type ForeignKey = keyof typeof pt;

const en: Record<ForeignKey, string> = {
  'search.elsewhere': 'Nothing found? Find places and bodies by their English names',
  'site.title': 'Macao’s Belt and Road commitments',
  'site.description': 'The documents on Macao’s part in the Belt and Road Initiative, item by item, with names in English; the texts are in Chinese.',
  'site.short': 'Macao in the Belt and Road',
  'site.skip': 'Skip to content',
  'nav.label': 'Languages and scripts',
  'home.about': 'This site publishes, item by item, the documents that set out Macao’s part in the Belt and Road Initiative, listed below.',
  'home.language':
    'The texts are in Chinese, in Simplified characters and in the Traditional characters Macao uses. We translate names — places, bodies, pillars and titles — not the commitments. Every link below leads to the Chinese pages.',
  'home.names':
    'The English names were checked against official or press sources where possible; the others are our own renderings, marked as such on the Chinese pages and in the open data.',
  'home.contents': 'On this page',
  'home.documents': 'Documents',
  'home.places': 'Places',
  'home.agencies': 'Responsible bodies',
  'home.pillars': 'Pillars',
  'home.years': 'Years',
  'home.data': 'Open data (JSON and CSV, with names in Portuguese and English)',
  'kind.country': 'Countries',
  'kind.group': 'Groups of countries',
  'kind.region': 'Regions',
  'kind.city': 'Cities',
  'side.macao': 'Macao',
  'side.mainland': 'Mainland China',
  'side.hongKong': 'Government of the Hong Kong SAR',
  'doc.years': 'Years: {years}',
  'doc.yearsOpen': 'Years: from {from}',
  'doc.items': '{count} items',
  'doc.readZhHans': 'Read in Simplified Chinese',
  'doc.readZhHant': 'Read in Traditional Chinese',
  count: '{count} items',
  countThrough: '{count} items, and {through} through groups or regions',
  'facet.zhPage': 'Page in Chinese',
  'facet.direct': 'Items naming {name}',
  'facet.through': 'Items concerning {name} through a group or region',
  'facet.through.intro': 'These items do not name {name} itself but a group or region it belongs to; each says which.',
  'facet.via': 'through: {groups}',
  'facet.none': 'No items.',
  'pager.label': 'Pages',
  'pager.status': 'Page {page} of {count} (items {from}–{to} of {total})',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'pager.title': '{name} (page {page})',
  'pager.page': 'Page {page}',
  'item.number': 'No. {number}',
  'item.inChinese': '(text in Chinese)',
  'item.pillar': 'Pillar: {name}',
  'facet.back': 'All places, bodies, pillars and years',
  'year.name': 'Year {year}',
  'lang.zh': 'Chinese',
};

const TABLES: Record<ForeignId, Record<ForeignKey, string>> = { pt, en };

/** A UI string of a foreign-language page, with {placeholders} filled. */
export function ft(lang: ForeignId, key: ForeignKey, values: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Narrows a route parameter or a stored value to a foreign language id. */
export function isForeignId(value: unknown): value is ForeignId {
  return value === 'pt' || value === 'en';
}

/** The most characters a page title should have (html-validate's long-title rule; search results cut longer ones). */
export const TITLE_MAX = 70;

/** Length as written in HTML, where ' " & < > may become entities of up to six characters. */
function htmlLength(text: string): number {
  return [...text.replace(/['"&<>]/g, '&quot;')].length;
}

/**
 * A page title within {@link TITLE_MAX} characters: "name | short site name"
 * when it fits, else the name alone, else the name cut at a word with "…".
 */
export function pageTitle(lang: ForeignId, name: string): string {
  for (const candidate of [`${name} | ${ft(lang, 'site.short')}`, name]) if (htmlLength(candidate) <= TITLE_MAX) return candidate;
  const words = name.split(' ');
  let out = '';
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    if (htmlLength(next) > TITLE_MAX - 1) break;
    out = next;
  }
  return `${out}…`;
}
