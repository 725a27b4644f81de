/**
 * A Vitest reporter beside the default one: at the end of a run it prints the
 * ten slowest tests and one closing line, `vitest: N passed, N failed`
 * (skipped tests are counted too, so none can hide), also written to
 * `TEST_SUMMARY_FILE` when that is set.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** How many of the slowest tests to list. */
const SLOWEST = 10;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tests = modules.flatMap((m) => [...m.children.allTests()]);
    const timed = tests
      .map((t) => ({ name: `${t.module.relativeModuleId} › ${t.fullName}`, ms: t.diagnostic()?.duration ?? 0 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST);
    const state = (s: string) => tests.filter((t) => t.result().state === s).length;
    const lines = [`\nSlowest ${timed.length} tests:`, ...timed.map((t) => `  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.name}`)];
    const skipped = state('skipped');
    const closing = `vitest: ${state('passed')} passed, ${state('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`${[...lines, '', closing].join('\n')}\n`);
    // `npm test` (scripts/test.ts) repeats the closing line after its summary.
    const file = process.env['TEST_SUMMARY_FILE'];
    if (file) writeFileSync(file, closing);
  }
}
