/** Lineage on the built site: timelines with reasons, the comparison with the previous version, and the overview drawings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/html.ts';

describe('lineage on item pages', () => {
  it('shows the 中葡合作发展基金 commitment from 2018 through 2023, with the reason', () => {
    const html = readPage('/zh-hans/work-list-2024-2028/14/');
    const timeline = html.slice(html.indexOf('id="lineage-heading"'), html.indexOf('id="changes-heading"'));
    expect(timeline).toContain('href="/zh-hans/arrangement-2018/3/"');
    expect(timeline).toContain('href="/zh-hans/key-work-2023/1/"');
    expect(timeline).toContain('中葡合作发展基金');
  });

  it('marks what 2024–2028 added to and removed from the 2023 text, in both scripts', () => {
    const hans = readPage('/zh-hans/work-list-2024-2028/14/');
    const ins = [...hans.matchAll(/<ins>(.*?)<\/ins>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('|');
    const del = [...hans.matchAll(/<del>(.*?)<\/del>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('|');
    expect(ins).toContain('争取更多');
    expect(ins).toContain('中小型企业');
    expect(del).toContain('莲花基金');
    // Readable without colour: the hidden words say what each mark means.
    expect(ins).toContain('[新增：');
    const hant = readPage('/zh-hant/work-list-2024-2028/14/');
    expect(hant).toMatch(/<ins>[^]*?爭取更多/);
    expect(hant).toContain('[刪去：');
  });

  it('gives the 2018 item a timeline but no comparison (it has no predecessor)', () => {
    const html = readPage('/zh-hans/arrangement-2018/3/');
    expect(html).toContain('id="lineage-heading"');
    expect(html).not.toContain('id="changes-heading"');
  });
});

describe('continuations and related links', () => {
  it('shows the Beijing reply’s links as related, without a comparison', () => {
    const html = readPage('/zh-hans/beijing-reply-0771/section-2/');
    expect(html).toContain('href="/zh-hans/work-list-2024-2028/18/"');
    expect(html).toMatch(/data-link-kind="related">相关（不同文件系列，不作比较）/);
    expect(html).not.toContain('id="changes-heading"');
  });

  it('compares a 2024–2028 item only with the version it continues, never with the Beijing reply', () => {
    const html = readPage('/zh-hans/work-list-2024-2028/18/');
    const changes = html.slice(html.indexOf('id="changes-heading"'));
    expect(html).toContain('id="changes-heading"');
    expect(changes).toMatch(/与所延续的条目相比：\s*<a href="\/zh-hans\/key-work-2023\/\d+\/"/);
    expect(html).toMatch(/data-link-kind="continuation">延续/);
  });
});

describe('overview drawings', () => {
  it.each(['zh-hans', 'zh-hant'])('the lineage map (%s) draws every item as a link, every link as a curve, and has a table', (script) => {
    const html = readPage(`/${script}/overview/lineage/`);
    const items = (JSON.parse(readFileSync('dist/data/items.json', 'utf8')) as { items: unknown[] }).items.length;
    expect((html.match(/<circle /g) ?? []).length).toBe(items);
    expect((html.match(/<path d="M/g) ?? []).length).toBeGreaterThan(50);
    // Each dot names its item on hover; the drawing itself is left to the table for assistive technology (issue 16).
    expect((html.match(/<a href="[^"]+" tabindex="-1">\s*<title>/g) ?? []).length).toBe(107);
    expect(html).toMatch(/<svg [^>]*aria-hidden="true"/);
    expect(html).toContain('<table class="lineage-table">');
  });

  it.each(['zh-hans', 'zh-hant'])('the agency × pillar matrix (%s) links every non-empty cell to the filtered list', (script) => {
    const html = readPage(`/${script}/overview/matrix/`);
    const cells = [...html.matchAll(/<td class="heat-(\d)"[^>]*>(.*?)<\/td>/g)];
    const filled = cells.filter((c) => c[1] !== '0');
    expect(filled.length).toBeGreaterThan(30);
    expect(filled.every((c) => c[2]!.includes(`href="/${script}/search/?agency=`))).toBe(true);
  });
});
