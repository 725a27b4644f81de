/**
 * `npm test`: every gate, then one summary. The static gates run side by side
 * (their output is printed gate by gate when all are done), then the tests.
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
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A gate: its name in the summary, its command, and exit codes that mean "not checked". */
interface Gate {
  name: string;
  command: string[];
  /** Exit codes reported as "not checked" rather than failed. */
  notChecked?: number[];
}

const STATIC_GATES: Gate[] = [
  { name: 'content', command: ['tsx', 'scripts/ingest.ts', '--check'] },
  { name: 'types', command: ['astro', 'check'] },
  { name: 'lint', command: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'format', command: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'audit', command: ['tsx', 'scripts/audit.ts'], notChecked: [2] },
];
const TESTS: Gate = { name: 'tests', command: ['vitest', 'run', ...process.argv.slice(2)] };

const summaryDir = mkdtempSync(path.join(tmpdir(), 'npm-test-'));
const summaryFile = path.join(summaryDir, 'vitest.txt');
const env = { ...process.env, TEST_SUMMARY_FILE: summaryFile };
const rows: string[] = [];
let failed = false;

/** Records a gate's verdict. */
function verdict(gate: Gate, code: number, ms: number): void {
  const word = code === 0 ? 'ok' : gate.notChecked?.includes(code) ? 'NOT CHECKED (advisory, see above)' : 'FAILED';
  if (word === 'FAILED') failed = true;
  rows.push(`  ${gate.name.padEnd(8)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${word}`);
}

/** Runs a gate with its output captured. npm puts node_modules/.bin (and the pinned Node) first on PATH. */
function runCaptured(gate: Gate): Promise<{ code: number; output: string; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(gate.command[0]!, gate.command.slice(1), { env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output, ms: performance.now() - started }));
  });
}

// Type-aware lint reads the types Astro generates for `astro:content`: generate them first (a fresh clone has none).
const sync = spawnSync('astro', ['sync'], { stdio: 'inherit', env });
if (sync.status !== 0) failed = true;
const results = await Promise.all(STATIC_GATES.map(runCaptured));
STATIC_GATES.forEach((gate, i) => {
  const { code, output, ms } = results[i]!;
  console.log(`\n━━ ${gate.name}: ${gate.command.join(' ')}\n${output.trimEnd()}`);
  verdict(gate, code, ms);
});

console.log(`\n━━ ${TESTS.name}: ${TESTS.command.join(' ')}`);
const started = performance.now();
const { status } = spawnSync(TESTS.command[0]!, TESTS.command.slice(1), { stdio: 'inherit', env });
verdict(TESTS, status ?? 1, performance.now() - started);

const counts = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : 'vitest: did not report (see above)';
rmSync(summaryDir, { recursive: true, force: true });
console.log(`\nSummary:\n${rows.join('\n')}\n${failed ? 'npm test FAILED' : 'npm test passed'}\n${counts}`);
process.exitCode = failed ? 1 : 0;
