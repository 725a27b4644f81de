/**
 * `npm test`: every gate in order, then one summary.
 *
 *   content  committed content/ equals a fresh ingest
 *   types    astro check
 *   lint     ESLint (type-checked) and Prettier
 *   audit    npm audit of production dependencies — advisory: "not checked"
 *            (exit 2, no advisory data) is reported, not failed; advisories fail
 *   tests    vitest: unit tests, then browser tests against one build
 *
 * A failing gate does not stop the later ones (all problems in one run); the
 * exit code is 1 when any gate failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Gate {
  name: string;
  command: string[];
  /** Exit codes reported as "not checked" rather than failed. */
  notChecked?: number[];
}

const GATES: Gate[] = [
  { name: 'content', command: ['tsx', 'scripts/ingest.ts', '--check'] },
  { name: 'types', command: ['astro', 'check'] },
  { name: 'lint', command: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'format', command: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'audit', command: ['tsx', 'scripts/audit.ts'], notChecked: [2] },
  { name: 'tests', command: ['vitest', 'run', ...process.argv.slice(2)] },
];

const summaryDir = mkdtempSync(path.join(tmpdir(), 'npm-test-'));
const summaryFile = path.join(summaryDir, 'vitest.txt');
const rows: string[] = [];
let failed = false;
for (const gate of GATES) {
  console.log(`\n━━ ${gate.name}: ${gate.command.join(' ')}`);
  const started = performance.now();
  // npm puts node_modules/.bin (and the pinned Node) first on PATH for npm scripts.
  const { status } = spawnSync(gate.command[0]!, gate.command.slice(1), { stdio: 'inherit', env: { ...process.env, TEST_SUMMARY_FILE: summaryFile } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const code = status ?? 1;
  const verdict = code === 0 ? 'ok' : gate.notChecked?.includes(code) ? 'NOT CHECKED (advisory, see above)' : 'FAILED';
  if (verdict === 'FAILED') failed = true;
  rows.push(`  ${gate.name.padEnd(8)} ${seconds.padStart(6)} s  ${verdict}`);
}
const counts = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : 'vitest: did not report (see above)';
rmSync(summaryDir, { recursive: true, force: true });
console.log(`\nSummary:\n${rows.join('\n')}\n${failed ? 'npm test FAILED' : 'npm test passed'}\n${counts}`);
process.exitCode = failed ? 1 : 0;
