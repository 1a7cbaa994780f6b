/**
 * The baseline: a plain Astro site over the same articles, in one variant
 * (simplified), with Astro's defaults (its default Markdown processor, no
 * integrations) and the default pagefind CLI run afterwards. Its search page
 * is Pagefind's default UI. The project is written into bench-out/baseline-N
 * and uses this repository's node_modules through a symlink.
 *
 * Deviations from a fresh `npm create astro`: `cacheDir` is moved into the
 * project (the default, node_modules/.astro, would land in this repository's
 * node_modules through the symlink) and `<html lang="zh-Hans">`, without which
 * pagefind would not segment Chinese.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'jianfan-bench-baseline', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
// Defaults, except the cache: the default lives in node_modules, which is a symlink here.
export default defineConfig({ cacheDir: './.astro-cache' });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: './articles' }) }),
};
`,
  'src/layouts/Base.astro': `---
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content={title} />
    <title>{title}</title>
  </head>
  <body>
    <header><a href="/">首页</a> · <a href="/search/">搜索</a></header>
    <main><slot /></main>
  </body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Base from '../layouts/Base.astro';
const articles = (await getCollection('articles')).sort((a, b) => String(b.data.published).localeCompare(String(a.data.published)));
---
<Base title="新闻">
  <h1>新闻</h1>
  <ul>
    {articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a> <small>{a.data.source} {String(a.data.published).slice(0, 10)}</small></li>)}
  </ul>
</Base>
`,
  'src/pages/articles/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../../layouts/Base.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Base title={entry.data.title}>
  <article>
    <h1>{entry.data.title}</h1>
    <p>{entry.data.source} {entry.data.author} <time datetime={entry.data.published}>{String(entry.data.published).slice(0, 16).replace('T', ' ')}</time></p>
    <Content />
  </article>
</Base>
`,
  'src/pages/search.astro': `---
import Base from '../layouts/Base.astro';
---
<Base title="搜索">
  <link href="/pagefind/pagefind-ui.css" rel="stylesheet" />
  <script is:inline src="/pagefind/pagefind-ui.js"></script>
  <div id="search"></div>
  <script is:inline>
    window.addEventListener('DOMContentLoaded', () => {
      const ui = new PagefindUI({ element: '#search', showSubResults: true });
      const q = new URLSearchParams(location.search).get('q');
      if (q) ui.triggerSearch(q);
    });
  </script>
</Base>
`,
};

/** (Re)write the baseline project around an existing articles/ folder. */
export function writeBaselineProject(dir: string, repoRoot: string): void {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const nm = join(dir, 'node_modules');
  if (!existsSync(nm)) symlinkSync(join(repoRoot, 'node_modules'), nm, 'dir');
  // Cold builds: no cache, no previous output.
  for (const d of ['.astro-cache', 'dist', '.astro']) rmSync(join(dir, d), { recursive: true, force: true });
}
