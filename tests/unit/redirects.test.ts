import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingTargets } from '../../src/integrations/redirects.ts';
import { parseRegistry } from '../../src/registry/load.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'redirects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads the text as the redirects file, through the registry loader. */
function read(yaml: string) {
  return () => parseRegistry('redirects', yaml);
}

const HEADER = '# Moved pages\n';

describe('content/registry/redirects.yml', () => {
  it('reads same-site moves', () => {
    expect(read(`${HEADER}- { from: /zh-hans/old-list/14/, to: /zh-hans/work-list-2024-2028/14/ }\n`)()).toEqual([
      { from: '/zh-hans/old-list/14/', to: '/zh-hans/work-list-2024-2028/14/' },
    ]);
    expect(read('[]\n')()).toEqual([]);
  });

  it.each([
    ['an address on another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/x/'],
    ['a path that climbs out of dist/', '/../../x/'],
    ['a "." segment', '/zh-hans/./x/'],
    ['a path without its trailing slash', '/zh-hans/x'],
    ['a query string', '/zh-hans/x/?q=1'],
    ['a backslash', '/zh-hans\\\\x/'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('refuses %s as a target, naming the file and line', (_name, to) => {
    expect(read(`${HEADER}- { from: /zh-hans/a/, to: /zh-hans/b/ }\n- { from: /zh-hans/c/, to: "${to}" }\n`)).toThrow(
      /redirects\.yml:3: Field `1\.to` is invalid: must/,
    );
  });

  it('refuses a source that climbs out of dist/', () => {
    expect(read(`- { from: "/../../x/", to: /zh-hans/ }\n`)).toThrow(/redirects\.yml:1: Field `0\.from` is invalid: must/);
  });

  it('refuses a redirect to itself and a repeated source, with both lines', () => {
    expect(read(`- { from: /zh-hans/a/, to: /zh-hans/a/ }\n`)).toThrow(/:1: "\/zh-hans\/a\/" redirects to itself/);
    expect(read(`- { from: /zh-hans/a/, to: /zh-hans/b/ }\n- { from: /zh-hans/a/, to: /zh-hans/c/ }\n`)).toThrow(
      /:2: The old path "\/zh-hans\/a\/" appears twice \(also on line 1\)/,
    );
  });

  it('names the line and column of a YAML syntax error', () => {
    expect(read(`${HEADER}- { from: /zh-hans/a/, to: /zh-hans/b/\n- x\n`)).toThrow(/redirects\.yml:\d+: This YAML does not parse \(column \d+\)/);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
    ].join('\n');
    expect(read(`${bomb}\n`)).toThrow(/redirects\.yml: This YAML expands too far/);
  });
});

describe('redirect targets after the build', () => {
  it('accepts a target that was built and reports one that was not, or that is itself redirected', () => {
    const dist = path.join(dir, 'dist');
    mkdirSync(path.join(dist, 'zh-hans/new/1'), { recursive: true });
    writeFileSync(path.join(dist, 'zh-hans/new/1/index.html'), '<!doctype html>');
    mkdirSync(path.join(dist, 'zh-hans/mid'), { recursive: true });
    writeFileSync(path.join(dist, 'zh-hans/mid/index.html'), '<!doctype html>');
    expect(missingTargets([{ from: '/zh-hans/old/1/', to: '/zh-hans/new/1/' }], dist)).toEqual([]);
    expect(missingTargets([{ from: '/zh-hans/old/2/', to: '/zh-hans/gone/2/' }], dist)).toEqual([
      'content/registry/redirects.yml: "/zh-hans/old/2/" redirects to "/zh-hans/gone/2/", which is not a page of this build. Point it at an existing page.',
    ]);
    expect(
      missingTargets(
        [
          { from: '/zh-hans/a/', to: '/zh-hans/mid/' },
          { from: '/zh-hans/mid/', to: '/zh-hans/new/1/' },
        ],
        dist,
      ),
    ).toHaveLength(1);
  });
});
