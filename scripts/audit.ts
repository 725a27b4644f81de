/**
 * `npm run audit`: the production dependencies' security advisories.
 *
 * Exit 0: checked, no high or critical advisory. Exit 1: such advisories
 * exist. Exit 2: not checked — the registry gave no advisory data (the
 * registry mirror of this workplace answers the audit endpoint with 405) —
 * with the reason. `npm test` reports an exit 2 in its summary as NOT CHECKED
 * without failing (README, "Quality gates"); exits 0 and 1 count as usual.
 */
import { spawnSync } from 'node:child_process';

/** The exit code that means "could not be checked". */
export const NOT_CHECKED = 2;

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string }; message?: string } = {};
try {
  report = JSON.parse(result.stdout || '{}') as typeof report;
} catch {
  // Not JSON: reported as unavailable below.
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message || report.error?.summary || result.stderr.split('\n').find((l) => /error/i.test(l)) || 'npm audit returned no report';
  console.error(`NOT CHECKED: npm audit could not get advisory data from the registry (${reason.trim()}).`);
  process.exitCode = NOT_CHECKED;
} else {
  const serious = (counts['high'] ?? 0) + (counts['critical'] ?? 0);
  console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
  if (serious > 0) {
    console.error(`${serious} high or critical advisories: run \`npm audit --omit=dev\` for details.`);
    process.exitCode = 1;
  }
}
