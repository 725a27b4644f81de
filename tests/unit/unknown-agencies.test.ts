/**
 * Unknown responsible bodies come all at once, each with where it is
 * printed, the closest registered names and the YAML to add.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Agency } from '../../src/schemas/registry.ts';
import { closestAgencies } from '../../scripts/lib/ingest/unknown-agencies.ts';
import { makeTempContent, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { runIngest, treeHash } from '../helpers/project.ts';

const agencies = parse(readFileSync('content/registry/agencies.yml', 'utf8')) as Agency[];
const byName = (name: string) => agencies.find((a) => a.name === name)!;

describe('closest registered names', () => {
  it.each([
    ['国务院港澳办', '国务院港澳事务办公室'],
    ['港澳事务办公室', '国务院港澳事务办公室'],
    ['商务部门', '商务部'],
  ])('%s → %s first', (printed, want) => {
    expect(closestAgencies(printed, agencies)[0]?.slug).toBe(byName(want).slug);
  });

  it('offers nothing for a name unlike any registered one', () => {
    expect(closestAgencies('中国外星局', agencies).map((a) => a.name)).not.toContain('商务部');
    expect(closestAgencies('火星探测委员会', agencies)).toEqual([]);
  });
});

describe('ingestion with unknown bodies', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempContent();
  });
  afterEach(() => removeTempProject(root));

  it('reports every unknown body in one run, with lines, suggestions and YAML, and writes nothing', async () => {
    const file = path.join(root, 'content/sources/work-list-2024-2028.txt');
    const text = readFileSync(file, 'utf8')
      .replace('内地相关单位：国家发展改革委、商务部、中国贸促会）', '内地相关单位：国务院港澳办、商务部、中国外星局）')
      .replace('内地相关单位：最高人民法院、司法部、外交部）', '内地相关单位：最高人民法院、月球司法部、外交部）')
      .replace('经济财政司，内地相关单位：科技部、', '经济财政司、火星探测委员会，内地相关单位：科技部、');
    writeFileSync(file, text);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    const before = treeHash(path.join(root, 'content/items'));
    const result = await runIngest(root);
    expect(result.code).toBe(1);
    expect(treeHash(path.join(root, 'content/items'))).toBe(before);
    const out = result.stderr;
    expect(out).toContain('4 responsible bodies are not in the agency registry');
    expect(out).toContain(`content/sources/work-list-2024-2028.txt:${lineOf('国务院港澳办')}: The responsible body "国务院港澳办" (mainland side)`);
    expect(out).toContain(`content/sources/work-list-2024-2028.txt:${lineOf('月球司法部')}: The responsible body "月球司法部"`);
    expect(out).toContain('"中国外星局"');
    expect(out).toContain('"火星探测委员会" (macao side)');
    const hkmao = byName('国务院港澳事务办公室');
    expect(out).toContain(`Closest registered: 国务院港澳事务办公室 (${hkmao.slug})`);
    expect(out).toContain(`aliases: [${[...hkmao.aliases, '国务院港澳办'].join(', ')}]`);
    expect(out).toContain('      name: 火星探测委员会\n      aliases: []\n      side: macao');
  });
});
