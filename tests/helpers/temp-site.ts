/**
 * A temporary project taken all the way: ingested (in-process), built, served
 * on a free port, with Chromium started. For browser tests of corpora other
 * than the real one (tests/e2e/fixture-corpus, hostile-text).
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/browser/chromium.ts';
import { runIngestCli } from '../../scripts/lib/ingest/cli.ts';
import { removeTempProject, run } from '../../scripts/lib/temp-project.ts';
import { serve } from '../../scripts/serve.ts';

export interface TempSite {
  url: string;
  browser: Browser;
  /** Stops the browser and the server and removes the project. */
  close: () => Promise<void>;
}

/** Ingests and builds the project at `root` (no SITE_URL, no URL lock), then serves it. Throws with the output when a step fails. */
export async function buildTempSite(root: string): Promise<TempSite> {
  const ingest = await runIngestCli([], root);
  if (ingest.code !== 0) throw new Error(`ingestion failed in ${root}:\n${ingest.stderr}`);
  const build = await run(root, 'npm', ['run', 'build'], { SKIP_URL_LOCK: '1', SITE_URL: '' });
  if (build.code !== 0) throw new Error(`npm run build failed in ${root}:\n${(build.stdout + build.stderr).slice(-3000)}`);
  const server = await serve(path.join(root, 'dist'), 0);
  const browser = await launch();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      removeTempProject(root);
    },
  };
}
