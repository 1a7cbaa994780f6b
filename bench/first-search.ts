// The first search of the benchmark (bench/browser.ts), in every variant, on a site already built: node_modules/.bin/node bench/first-search.ts DIR QUERY
import { firstSearch, launch, serve } from './browser.ts';
const [site, query] = [process.argv[2]!, process.argv[3]!];
const browser = await launch();
const s = await serve(process.cwd(), site);
try {
  for (const v of ['zh-hans', 'zh-tw', 'zh-hk']) {
    const r = await firstSearch(browser, `${s.url}/${v}/search/?q=${encodeURIComponent(query)}`, '[data-search-results]', 'a');
    console.log(v, JSON.stringify(r && { ...r, transferKB: (r.transfer / 1024).toFixed(1), pagefindKB: (r.pagefind / 1024).toFixed(1) }));
  }
} finally {
  await browser.close();
  s.stop();
}
