/**
 * The next documents: two of other shapes than today's four (a Hong Kong list
 * numbered 1、 with the Hong Kong government as a side, and a Guangdong list
 * numbered (1) with one unlabelled list of bodies), ingested, built and read
 * in the browser beside the real ones, in a temporary project.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { runIngestCli } from '../../scripts/lib/ingest/cli.ts';
import type { Item } from '../../src/schemas/item.ts';
import type { OpenData } from '../../src/lib/open-data.ts';
import { fixtureProject, fixtureSources } from '../helpers/fixture-corpus.ts';
import { axeViolations, watchConsole } from './browser.ts';
import { buildTempSite, type TempSite } from '../helpers/temp-site.ts';

let root: string;
let site: TempSite;
beforeAll(async () => {
  root = fixtureProject();
  site = await buildTempSite(root);
});
afterAll(() => site?.close());

/** The frontmatter of a generated item in the temporary project. */
function itemData(document: string, slug: string): Item {
  const text = readFileSync(path.join(root, 'content/items', document, `${slug}.mdx`), 'utf8');
  return parseYaml(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Item;
}

/**
 * What a reader finds at the end of each numbered line of a fixture source:
 * the closing parenthesis split at the labels the metadata declares — worked
 * out here from the text, independently of ingestion.
 */
function printedLists(id: string, labels: (string | null)[]): Map<string, { label: string | null; bodies: string[] }[]> {
  const source = fixtureSources().find((s) => s.id === id)!;
  const out = new Map<string, { label: string | null; bodies: string[] }[]>();
  for (const line of source.text.split('\n')) {
    const m = /^(?:(\d+)、|[（(](\d+)[）)]|（([一二])）)(.*)（([^（）]*)）$/u.exec(line);
    if (!m) continue;
    const slug = m[1] ?? m[2] ?? `mechanism-${m[3] === '一' ? 1 : 2}`;
    const inner = m[5]!;
    const lists: { label: string | null; bodies: string[] }[] = [];
    if (labels[0] === null) lists.push({ label: null, bodies: inner.split(/[，、]/) });
    else {
      for (const part of inner.split(/，(?=[^，、]+：)/u)) {
        const [label, names] = part.split('：');
        lists.push({ label: label!, bodies: names!.split(/[，、]/) });
      }
    }
    out.set(slug, lists);
  }
  return out;
}

describe('ingestion of documents of other shapes', () => {
  it('takes every item of the Hong Kong list (1、) and its two sides, labelled as printed', () => {
    const expected = printedLists('hk-work-list-test', ['香港特别行政区政府', '内地相关单位']);
    expect(expected.size).toBe(5);
    for (const [slug, lists] of expected) {
      const data = itemData('hk-work-list-test', slug);
      expect(
        data.agencies.map((l) => ({ label: l.label, bodies: l.bodies.map((b) => b.printed) })),
        slug,
      ).toEqual(lists);
      expect(data.agencies.map((l) => l.side)).toEqual(lists.map((l) => (l.label === '香港特别行政区政府' ? 'hong-kong' : 'mainland')));
    }
  });

  it('records the reason of the mechanism item that prints no bodies', () => {
    const data = itemData('hk-work-list-test', 'mechanism-2');
    expect(data.agencies).toEqual([]);
    expect(data.agenciesNote).toBe('工作机制条目，原文未列负责单位。');
  });

  it('takes the Guangdong form (1) as one unlabelled list of mainland bodies, lead body first', () => {
    const expected = printedLists('gd-work-points-test', [null]);
    expect(expected.size).toBe(3);
    for (const [slug, lists] of expected) {
      const data = itemData('gd-work-points-test', slug);
      expect(data.agencies.map((l) => ({ label: l.label, bodies: l.bodies.map((b) => b.printed) }))).toEqual(lists);
      expect(data.agencies.every((l) => l.side === 'mainland')).toBe(true);
    }
  });

  it('prints a dry run of a new document with its items and bodies', async () => {
    const result = await runIngestCli(['--dry-run', path.join(root, 'content/sources/hk-work-list-test.txt')], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('hk-work-list-test: 香港特别行政区参与和助力“一带一路”建设重点工作清单（测试样本）');
    expect(result.stdout).toContain('bodies 香港特别行政区政府：商务及经济发展局；内地相关单位：商务部、中国贸促会');
    expect(result.stdout).toContain('no bodies: 工作机制条目，原文未列负责单位。');
  });
});

describe('the built site with them', () => {
  it('counts the documents it has on the home page, and every new item has a page in both scripts', async () => {
    const home = await (await fetch(`${site.url}/zh-hans/`)).text();
    expect(home).toContain('全部文件（6份）');
    for (const { id } of fixtureSources()) {
      for (const script of ['zh-hans', 'zh-hant']) {
        const response = await fetch(`${site.url}/${script}/${id}/`);
        expect(response.status, `${script}/${id}`).toBe(200);
      }
    }
  });

  it('exports the Hong Kong side beside the Macao columns, in JSON and CSV alike', async () => {
    const data = (await (await fetch(`${site.url}/data/items.json`)).json()) as OpenData;
    const item = data.items.find((i) => i.id === 'hk-work-list-test/3')!;
    expect(item.agencies).toEqual({ macao: [], mainland: ['商务部', '中国贸促会'], 'hong-kong': ['商务及经济发展局'] });
    const [header, ...rows]: string[][] = parseCsv(await (await fetch(`${site.url}/data/items.csv`)).text(), { bom: true });
    const row = rows.find((r) => r[0] === 'hk-work-list-test/3')!;
    expect(row[header!.indexOf('agencies_hong_kong')]).toBe('商务及经济发展局');
  });

  it.each(['zh-hans', 'zh-hant'] as const)('shows each list under its printed label, the text without the parenthesis, and passes axe (%s)', async (script) => {
    const page = await site.browser.newPage();
    const messages = watchConsole(page);
    await page.goto(`${site.url}/${script}/hk-work-list-test/1/`);
    const facts = ((await page.textContent('dl.facts')) ?? '').replace(/\s+/g, '');
    expect(facts).toContain(script === 'zh-hans' ? '香港特别行政区政府：财经事务及库务局' : '香港特別行政區政府：財經事務及庫務局');
    expect(await page.textContent('h1')).not.toContain('（香港');
    await page.goto(`${site.url}/${script}/hk-work-list-test/mechanism-2/`);
    expect(((await page.textContent('dl.facts')) ?? '').replace(/\s+/g, '')).toContain(
      script === 'zh-hans' ? '工作机制条目，原文未列负责单位。' : '工作機制條目，原文未列負責單位。',
    );
    for (const url of [`/${script}/gd-work-points-test/`, `/${script}/hk-work-list-test/1/`, `/${script}/agencies/`]) {
      await page.goto(`${site.url}${url}`);
      expect(await axeViolations(page), url).toEqual([]);
    }
    expect(messages).toEqual([]);
    await page.close();
  });
});
