/**
 * A throwaway copy of the project in a temporary folder, with its own
 * content/sources, for builds that must not touch the real content/ or dist/
 * (the benchmark's synthetic corpora, the end-to-end property test); or of
 * content/ alone, to run ingestion against bad input (the unit tests).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A source to write: `<id>.txt` and `<id>.yml`. */
export interface SourceFiles {
  id: string;
  text: string;
  meta: string;
}

const PROJECT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/**
 * Creates the copy: code, registries and config copied, node_modules linked,
 * the given sources. Without the real documents, the link overrides (which
 * name real items) must go: `keepLinkOverrides: false`.
 */
export function makeTempProject(sources: SourceFiles[], options: { keepLinkOverrides?: boolean } = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bri-project-'));
  for (const entry of ['src', 'scripts', 'public', 'content/registry', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(PROJECT, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  if (options.keepLinkOverrides === false) writeFileSync(path.join(root, 'content/registry/links.yml'), 'add: []\nreject: []\n');
  mkdirSync(path.join(root, 'content/sources'), { recursive: true });
  for (const s of sources) {
    writeFileSync(path.join(root, 'content/sources', `${s.id}.txt`), s.text);
    writeFileSync(path.join(root, 'content/sources', `${s.id}.yml`), s.meta);
  }
  return root;
}

/** Copies content/ alone into a new temporary folder, for ingestion (`--root=`); returns its root. */
export function makeTempContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bri-content-'));
  cpSync(path.join(PROJECT, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

/** The real sources, as files. */
export function realSources(): SourceFiles[] {
  const ids = readdirSync(path.join(PROJECT, 'content/sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''));
  return ids.map((id) => ({
    id,
    text: readFileSync(path.join(PROJECT, 'content/sources', `${id}.txt`), 'utf8'),
    meta: readFileSync(path.join(PROJECT, 'content/sources', `${id}.yml`), 'utf8'),
  }));
}

/** What a command did: exit code, output, wall time and peak memory of its process tree. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssMb: number;
}

/** Peak resident memory of a process and its descendants, sampled from /proc (Linux). */
function treeRssKb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) children.split(/\s+/).map(Number).forEach(visit);
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return total;
}

/** Runs a command in a folder, measuring time and peak memory (RSS sampled every 50 ms). */
export function run(root: string, command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    // Each project builds with its own Astro and Vite caches (node_modules/ is shared by a link).
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ASTRO_CACHE_DIR: path.join(root, '.cache'), ...env } });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? -1, stdout, stderr, ms: Math.round(performance.now() - started), peakRssMb: Math.round(peak / 1024) });
    });
  });
}

/** Removes the copy. */
export function removeTempProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
