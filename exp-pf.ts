import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { createSiteIndex, forPagefind, publishedFiles } from './src/integrations/pagefind-files.ts';
const records = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const mode = process.argv[3];
const t0 = performance.now();
for (const lang of [...new Set(records.map((r: any) => r.language))]) {
  const { index } = await createSiteIndex();
  const mine = records.filter((r: any) => r.language === lang);
  if (mode === 'all') await Promise.all(mine.map((r: any) => index!.addCustomRecord(forPagefind(r))));
  else if (mode?.startsWith('win')) { const w = Number(mode.slice(3)); for (let i = 0; i < mine.length; i += w) await Promise.all(mine.slice(i, i + w).map((r: any) => index!.addCustomRecord(forPagefind(r)))); }
  else for (const r of mine) await index!.addCustomRecord(forPagefind(r));
  const t1 = performance.now();
  const { files } = await index!.getFiles();
  const t2 = performance.now();
  const pub = publishedFiles(files, records.map((r: any) => ({ ...r, language: lang })));
  console.log('getFiles', Math.round(t2 - t1), 'publish', Math.round(performance.now() - t2));
  const idx = pub.filter((f) => f.path.startsWith('index/'));
  const size = (fs: typeof pub) => Math.round(fs.reduce((s, f) => s + f.content.length, 0) / 1024);
  console.log(lang, 'add', Math.round(t1 - t0), 'ms; total', Math.round(performance.now() - t0), 'ms; files', pub.length, 'index chunks', idx.length, 'KB', size(idx), 'all KB', size(pub.filter(f=>!/\.(js|css)$/.test(f.path))), 'meta', size(pub.filter(f=>f.path.endsWith('pf_meta'))), 'max chunk', Math.max(...idx.map(f=>f.content.length)));
  await pagefind.close();
}
console.log('total', Math.round(performance.now() - t0));
