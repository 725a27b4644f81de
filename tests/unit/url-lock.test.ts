/** The URL lock: a published URL may never disappear, and new ones must be locked. */
import { describe, expect, it } from 'vitest';
import { checkLock, lockText } from '../../src/integrations/url-lock.ts';

describe('urls.lock check', () => {
  const locked = ['/', '/zh-hans/', '/zh-hans/a/1/'];
  it('passes when the build has every locked URL and no other', () => {
    expect(checkLock(locked, [...locked])).toEqual([]);
  });

  it('fails, naming it, when a locked URL would disappear', () => {
    const problems = checkLock(locked, ['/', '/zh-hans/']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('would disappear');
    expect(problems[0]).toContain('/zh-hans/a/1/');
  });

  it('fails when a new URL is not locked yet, and says how to lock it', () => {
    const problems = checkLock(locked, [...locked, '/zh-hans/b/']);
    expect(problems[0]).toContain('npm run lock-urls');
    expect(problems[0]).toContain('/zh-hans/b/');
  });

  it('writes a sorted lock without duplicates', () => {
    expect(
      lockText(['/b/', '/a/', '/b/'])
        .split('\n')
        .filter((l) => l.startsWith('/')),
    ).toEqual(['/a/', '/b/']);
  });
});
