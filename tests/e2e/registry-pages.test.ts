/**
 * What the built agency, place and year pages tell a reader about the
 * registry: who a body is, whose it is, and which items concern a place.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { OpenData } from '../../src/lib/open-data.ts';
import { readPage, textsByLang } from '../helpers/html.ts';

const text = (path: string) =>
  textsByLang(readPage(path))
    .map((t) => t.text)
    .join(' ');

describe('agency pages', () => {
  it('explains 我办 and says it is Beijing’s, in both scripts', () => {
    expect(text('/zh-hans/agencies/beijing-reply-office/')).toContain('原文未印出全称');
    expect(text('/zh-hant/agencies/beijing-reply-office/')).toContain('原文未印出全稱');
    expect(text('/zh-hans/agencies/')).toContain('北京市答复单位（原文自称“我办”）');
  });

  it('marks every Beijing municipal body as Beijing’s in the list and keeps its printed name on its page', () => {
    const list = text('/zh-hans/agencies/');
    for (const name of [
      '北京市发展改革委',
      '北京市委金融办',
      '北京市科委中关村管委会',
      '北京市文化和旅游局',
      '北京市卫生健康委',
      '北京市文物局',
      '北京市中医药局',
      '北京市朝阳区政府',
    ]) {
      expect(list).toContain(name);
    }
    expect(text('/zh-hans/agencies/bj-stc/')).toMatch(/文中写作：市科委中关村管委会、市科委/);
  });

  it('lists the 2018 mechanism on the page of 国务院港澳事务办公室, and says why 市卫生健康委 has no item', () => {
    expect(readPage('/zh-hans/agencies/hkmao/')).toContain('href="/zh-hans/arrangement-2018/mechanism-1/"');
    expect(text('/zh-hans/agencies/bj-health/')).toContain('只见于答复意见的开头');
  });
});

describe('labels and text', () => {
  it('counts the open-ended 2018 Arrangement on the page of every year up to the latest year any document covers', () => {
    for (const year of [2018, 2023, 2026, 2028]) expect(readPage(`/zh-hans/years/${year}/`), String(year)).toContain('href="/zh-hans/arrangement-2018/1/"');
    expect(readPage('/zh-hans/years/2026/')).toContain('href="/zh-hans/work-list-2024-2028/14/"');
  });

  it('gives the work list’s description its years once', () => {
    const html = readPage('/zh-hans/work-list-2024-2028/');
    expect(html).toContain('name="description" content="澳门全面参与和助力“一带一路”建设五年工作清单（2024—2028年）"');
    expect(html).not.toContain('（2024—2028年）（2024—2028年）');
  });

  it('shows one full stop where the 2024–2028 mechanism item ends', () => {
    expect(text('/zh-hans/key-work-2023/23/')).not.toContain('。。');
    for (const path of ['/zh-hans/work-list-2024-2028/mechanism-2/', '/zh-hant/work-list-2024-2028/mechanism-2/']) expect(text(path)).not.toContain('。。');
  });

  it('writes the Traditional navigation, switch and matrix in Macao words, each in one script', () => {
    const item = readPage('/zh-hant/work-list-2024-2028/14/');
    expect(item).toContain('aria-label="主導航"');
    // The switch: the other script's name in that script and lang, the action in the page's own.
    expect(item).toContain(
      '<span lang="zh-Hans"><span aria-hidden="true">简体</span><span class="visually-hidden">简体中文</span></span><span class="visually-hidden">（切換簡繁體）</span>',
    );
    expect(readPage('/zh-hans/work-list-2024-2028/14/')).toContain(
      '<span lang="zh-Hant"><span aria-hidden="true">繁體</span><span class="visually-hidden">繁體中文</span></span><span class="visually-hidden">（切换简繁体）</span>',
    );
    expect(text('/zh-hant/overview/matrix/')).toContain('各負責單位（橫列）在各領域（直欄）');
    expect(text('/zh-hant/overview/lineage/')).not.toContain('各為一列');
    expect(text('/zh-hant/beijing-reply-0771/')).toContain('正在編製');
    expect(text('/zh-hant/work-list-2024-2028/')).not.toMatch(/橋梁|編制/);
  });

  it('labels the chooser and the 404 with a script, says “writing system” not “font”, and describes them in both scripts', () => {
    for (const path of ['/', '/404.html']) {
      const html = readFileSync(`dist${path === '/' ? '/index.html' : path}`, 'utf8');
      expect(html).toMatch(/<html lang="zh-Han[st]"/);
      expect(html).toMatch(/name="description" content="[^"]*澳门[^"]*澳門/);
    }
    expect(text('/')).toContain('请选择简体字或繁体字');
    expect(text('/')).toContain('請選擇簡體字或繁體字');
    expect(text('/')).not.toContain('字体');
  });
});

describe('place pages', () => {
  /** The item URLs a place page links to, in page order, before and after the "through a group" heading. */
  function sections(path: string): { direct: string[]; through: string[] } {
    const html = readPage(path);
    const cut = html.indexOf('id="through-heading"');
    const links = (part: string) => [...part.matchAll(/<a href="(\/zh-hans\/(?:arrangement|key-work|work-list|beijing)[^"]+)"/g)].map((m) => m[1]!);
    return { direct: links(cut < 0 ? html : html.slice(0, cut)), through: links(cut < 0 ? '' : html.slice(cut)) };
  }
  const data = JSON.parse(readFileSync('dist/data/items.json', 'utf8')) as OpenData;
  const url = (id: string) => new URL(data.items.find((i) => i.id === id)!.urls['zh-Hans'], 'https://any.example').pathname;

  it('lists on Brazil’s page the items that name Brazil first, then those through 葡语国家, each marked', () => {
    const { direct, through } = sections('/zh-hans/places/BR/');
    const naming = data.items.filter((i) => i.countries.includes('BR'));
    const viaGroup = data.items.filter((i) => !i.countries.includes('BR') && ['lusophone', 'latin-america', 'brics'].some((g) => i.countries.includes(g)));
    expect(new Set(direct)).toEqual(new Set(naming.map((i) => url(i.id))));
    expect(through).toEqual(viaGroup.map((i) => url(i.id)));
    expect(through.length).toBeGreaterThan(40);
    const html = readPage('/zh-hans/places/BR/');
    expect(html).toMatch(/data-through="lusophone"[^]*?经由：葡语国家/);
  });

  it('does not show Brazil through 共建“一带一路”国家 (Brazil has signed no cooperation document), but shows Portugal', () => {
    const onlyBri = data.items.filter((i) => i.countries.includes('bri-partners') && !['lusophone', 'PT', 'BR'].some((g) => i.countries.includes(g)));
    const bri = onlyBri.map((i) => url(i.id));
    expect(bri.length).toBeGreaterThan(0);
    expect(sections('/zh-hans/places/BR/').through.filter((u) => bri.includes(u))).toEqual([]);
    expect(sections('/zh-hans/places/PT/').through).toEqual(expect.arrayContaining(bri));
  });

  it('says which countries a group comprises and where a city lies', () => {
    const lusophone = text('/zh-hans/places/lusophone/');
    for (const name of ['巴西', '安哥拉', '莫桑比克', '佛得角', '几内亚比绍', '圣多美和普林西比', '赤道几内亚', '葡萄牙', '东帝汶'])
      expect(lusophone).toContain(name);
    expect(text('/zh-hans/places/dili/')).toMatch(/位于 ?东帝汶/);
    expect(data.places.find((p) => p.id === 'zhuhai')).toMatchObject({ kind: 'city', within: ['greater-bay-area'] });
  });

  it('writes a place’s Traditional name as Macao does where the converter would not (汶萊)', () => {
    expect(readPage('/zh-hant/places/BN/')).toContain('<h1>汶萊</h1>');
    expect(data.places.find((p) => p.id === 'BN')!.name).toEqual({ 'zh-Hans': '文莱', 'zh-Hant': '汶萊' });
  });
});

describe('places index', () => {
  it('gives each country its direct count and, apart, how many items concern it through its groups', () => {
    const data = JSON.parse(readFileSync('dist/data/items.json', 'utf8')) as OpenData;
    const br = data.places.find((p) => p.id === 'BR')!;
    const direct = data.items.filter((i) => i.countries.includes('BR')).length;
    const through = data.items.filter((i) => !i.countries.includes('BR') && br.memberOf.some((g) => i.countries.includes(g))).length;
    expect(text('/zh-hans/places/')).toContain(`巴西 ${direct} 条（另经由所属群体或地区 ${through} 条）`);
  });
});

describe('Portuguese and English names on agency, place and pillar pages', () => {
  // Expected names read from the registry files themselves.
  const yaml = (file: string) => parseYaml(readFileSync(file, 'utf8')) as unknown;
  type Named = { pt: string; en: string; acronyms?: string[]; sources: { pt: string; en: string } };
  const pages: { path: string; entry: Named }[] = [
    ...(yaml('content/registry/agencies.yml') as (Named & { slug: string })[]).map((a) => ({ path: `agencies/${a.slug}`, entry: a })),
    ...(yaml('content/registry/places.yml') as { places: (Named & { id: string })[] }).places.map((p) => ({ path: `places/${p.id}`, entry: p })),
    ...(yaml('content/registry/pillars.yml') as (Named & { slug: string })[]).map((p) => ({ path: `pillars/${p.slug}`, entry: p })),
  ];

  it('shows both names beside the Chinese on every page, in both scripts, each marked with its language', () => {
    expect(pages.length).toBeGreaterThan(150);
    for (const script of ['zh-hans', 'zh-hant']) {
      for (const { path, entry } of pages) {
        const texts = textsByLang(readPage(`/${script}/${path}/`));
        const inLang = (lang: string) => texts.filter((t) => t.lang === lang).map((t) => t.text);
        expect(inLang('pt'), `${script}/${path}`).toContain(entry.pt);
        const en = entry.acronyms?.length ? `${entry.en} (${entry.acronyms.join(', ')})` : entry.en;
        expect(inLang('en'), `${script}/${path}`).toContain(en);
        // The heading stays Chinese.
        expect(texts.find((t) => t.text.trim().length > 0 && /^zh-Han[st]$/.test(t.lang))).toBeDefined();
      }
    }
  });

  it('says a name is the site’s own only where no public source was checked', () => {
    const mofcom = text('/zh-hans/agencies/mofcom/');
    // Portuguese checked on gov.mo, English not: one marker.
    expect(mofcom.split('本站译名').length - 1).toBe(1);
    const dsedt = readPage('/zh-hant/agencies/dsedt/');
    expect(dsedt).toContain('<a href="/pt/agencies/dsedt/" hreflang="pt" lang="pt">Direcção dos Serviços de Economia e Desenvolvimento Tecnológico</a>');
    const brazil = text('/zh-hans/places/BR/');
    expect(brazil.split('本站译名').length - 1).toBe(2);
  });
});

describe('index pages of every kind', () => {
  const data = JSON.parse(readFileSync('dist/data/items.json', 'utf8')) as OpenData;
  const documents = data.documents.map((d) => d.id);
  const latest = Math.max(...data.items.flatMap((i) => i.years.filter((y): y is number => y !== null)));
  /** Which items each value holds, from the open data alone. */
  const holds: Record<string, (item: OpenData['items'][number], key: string) => boolean> = {
    agencies: (i, key) => Object.values(i.agencyNames).some((list) => list.some((a) => a.slug === key)),
    places: (i, key) => i.countries.includes(key),
    pillars: (i, key) => i.pillar === key,
    years: (i, key) => i.years[0] <= Number(key) && Number(key) <= (i.years[1] ?? latest),
  };
  /** The item ids a page links to (before a place's "through a group" part). */
  const itemLinks = (html: string) => {
    const cut = html.indexOf('id="through-heading"');
    const part = cut < 0 ? html : html.slice(0, cut);
    return [...part.matchAll(/href="\/zh-hans\/([a-z0-9-]+)\/([a-z0-9-]+)\/"/g)].filter((m) => documents.includes(m[1]!)).map((m) => `${m[1]}/${m[2]}`);
  };

  it.each(Object.keys(holds))('lists every %s value with its count, and its page links exactly the items the open data gives it', (kind) => {
    const list = readPage(`/zh-hans/${kind}/`);
    const entries = [...list.matchAll(new RegExp(`<a href="/zh-hans/${kind}/([^/"]+)/"[^>]*>[^<]*</a>\\s*<span class="count"[^>]*>(\\d+)`, 'g'))];
    expect(entries.length).toBeGreaterThan(0);
    for (const [, key, count] of entries) {
      const expected = data.items.filter((i) => holds[kind]!(i, key!)).map((i) => i.id);
      expect(Number(count), `${kind}/${key}`).toBe(expected.length);
      expect(itemLinks(readPage(`/zh-hans/${kind}/${key}/`)).sort(), `${kind}/${key}`).toEqual(expected.sort());
    }
  });
});
