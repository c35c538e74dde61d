// The web app's first-load weight: builds with Vite into a temporary folder and sums the gzipped size of
// the entry chunk and everything it imports statically (what the browser must fetch before the first page), then
// the same plus the lazy route chunks a signed-in user's first page pulls (the events list, or an event's forecast).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const BUDGET_KB = 250;

export default async function bench(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'peak-roster-web-bench-'));
  try {
    const started = performance.now();
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
    const buildMs = performance.now() - started;
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const gzipKb = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1024;
    const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
    // The entry and its static imports, transitively; dynamic imports (the lazy pages) are not part of the first load.
    const initial = new Set<string>();
    const visit = (key: string) => {
      if (initial.has(key)) return;
      initial.add(key);
      for (const next of manifest[key].imports ?? []) visit(next);
    };
    visit(entryKey);
    const initialJs = [...initial].reduce((sum, key) => sum + gzipKb(manifest[key].file), 0);
    const initialCss = [...new Set([...initial].flatMap((key) => manifest[key].css ?? []))].reduce((sum, file) => sum + gzipKb(file), 0);
    const allJs = Object.values(manifest).filter((c) => c.file.endsWith('.js')).reduce((sum, c) => sum + gzipKb(c.file), 0);
    const pages = Object.entries(manifest)
      .filter(([key]) => /pages\/\w+Page\.tsx$/.test(key))
      .map(([key, chunk]) => {
        const deps = new Set<string>();
        const walk = (k: string) => {
          if (deps.has(k) || initial.has(k)) return;
          deps.add(k);
          for (const next of manifest[k].imports ?? []) walk(next);
        };
        walk(key);
        return `${key.replace(/^.*pages\//, '').replace('.tsx', '')} +${[...deps].reduce((sum, k) => sum + gzipKb(manifest[k].file), 0).toFixed(1)}`;
      });
    console.log(`vite build: ${Math.round(buildMs)} ms`);
    console.log(`initial page JS (entry + static imports, ${initial.size} chunk(s)): ${initialJs.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB: ${initialJs <= BUDGET_KB ? 'within' : 'OVER'}); CSS ${initialCss.toFixed(1)} kB gzip`);
    // A signed-in user's first page: the shell, then the route's lazy chunks and their static imports (App.tsx's lazy()).
    const firstPages: [string, string[]][] = [
      ['the events list (/)', ['src/pages/EventsPage.tsx']],
      ["an event's forecast (/events/:id)", ['src/pages/EventShell.tsx', 'src/pages/ForecastPage.tsx']],
    ];
    for (const [page, routes] of firstPages) {
      const loaded = new Set(initial);
      const walkRoute = (key: string) => {
        if (loaded.has(key)) return;
        loaded.add(key);
        for (const next of manifest[key].imports ?? []) walkRoute(next);
      };
      for (const route of routes) {
        if (!manifest[route]) throw new Error(`${route} is not a chunk of the build: update the first-page routes in web.bench.ts`);
        walkRoute(route);
      }
      const js = [...loaded].filter((key) => manifest[key].file.endsWith('.js')).reduce((sum, key) => sum + gzipKb(manifest[key].file), 0);
      console.log(`signed-in first page, ${page}: ${js.toFixed(1)} kB gzip JS in ${loaded.size} chunk(s) (budget ${BUDGET_KB} kB: ${js <= BUDGET_KB ? 'within' : 'OVER'})`);
    }
    console.log(`all JS chunks: ${allJs.toFixed(1)} kB gzip`);
    console.log(`lazy pages, kB gzip fetched on first visit beyond the initial load: ${pages.join(', ')}`);
    // Web Workers are bundled apart and are not in the manifest; one is lazy when no initial chunk names its file.
    const workers = readdirSync(join(outDir, 'assets')).filter((f) => /\.worker-[\w-]+\.js$/.test(f));
    const initialCode = [...initial].map((key) => readFileSync(join(outDir, manifest[key].file), 'utf8')).join('\n');
    for (const file of workers) {
      const referencedBy = Object.values(manifest).filter((c) => c.file.endsWith('.js') && readFileSync(join(outDir, c.file), 'utf8').includes(file)).map((c) => c.file.replace(/^assets\//, '').replace(/-[\w-]+\.js$/, ''));
      console.log(`web worker ${file.replace(/-[\w-]+\.js$/, '')}: ${gzipKb(join('assets', file)).toFixed(1)} kB gzip, ${initialCode.includes(file) ? 'IN THE INITIAL LOAD' : `lazy (started from ${referencedBy.join(', ') || 'nowhere'})`}`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
