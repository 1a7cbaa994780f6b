/**
 * Where a first search's time goes, in the browser: every request's start and
 * end (Resource Timing, the page's and pagefind's worker's), the main
 * thread's long tasks and its busiest functions (a CPU profile), and when
 * the first result appeared, each in ms from navigation start. On localhost,
 * so it shows the order of requests and the CPU, not a phone's network.
 *
 *   npm run bench:trace -- <dist folder> '<path with ?q=>' [runs]
 */
import { launch, serve } from './browser.ts';

const [dir, path, runsArg] = process.argv.slice(2);
if (!dir || !path) {
  console.error('usage: npm run bench:trace -- <dist folder> <path with ?q=> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 3);
const server = await serve(process.cwd(), dir);
const browser = await launch();
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __tasks: [number, number][]; __first: number };
      w.__tasks = [];
      w.__first = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: 'longtask', buffered: true });
      new MutationObserver(() => {
        if (!w.__first && document.querySelector('[data-search-results] a')) w.__first = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __first: number }).__first > 0, null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const out = await page.evaluate(() => {
      const w = window as unknown as { __tasks: [number, number][]; __first: number };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        name: new URL(e.name).pathname.replace(/^\/pagefind\//, 'pf/'),
        start: Math.round(e.startTime),
        end: Math.round(e.responseEnd),
        kb: Math.round(e.encodedBodySize / 102.4) / 10,
      }));
      return {
        nav: `response ${Math.round(nav.responseStart)}–${Math.round(nav.responseEnd)}, interactive ${Math.round(nav.domInteractive)}, DCL start ${Math.round(nav.domContentLoadedEventStart)}`,
        paints: performance
          .getEntriesByType('paint')
          .map((p) => `${p.name} ${Math.round(p.startTime)}`)
          .join(', '),
        first: Math.round(w.__first),
        dcl: Math.round(nav.domContentLoadedEventEnd),
        load: Math.round(nav.loadEventEnd),
        tasks: w.__tasks,
        res,
      };
    });
    const workerRes: { name: string; start: number; end: number; kb: number }[] = [];
    for (const worker of page.workers()) {
      const origin = await worker.evaluate(() => performance.timeOrigin);
      const nav = await page.evaluate(() => performance.timeOrigin);
      const list = await worker.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
          name: new URL(e.name).pathname.replace(/^\/pagefind\//, 'pf/'),
          start: e.startTime,
          end: e.responseEnd,
          kb: Math.round(e.encodedBodySize / 102.4) / 10,
        })),
      );
      for (const x of list)
        workerRes.push({ ...x, name: `(worker) ${x.name}`, start: Math.round(x.start + origin - nav), end: Math.round(x.end + origin - nav) });
    }
    out.res.push(...workerRes);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: {
        nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    });
    const top = [...self.entries()]
      .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`  main-thread self time: ${top.map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join('; ')}`);
    console.log(`run ${r + 1}: first result ${out.first} ms; DOMContentLoaded ${out.dcl}, load ${out.load}`);
    console.log(`  navigation: ${out.nav}; ${out.paints}`);
    console.log(`  long tasks: ${out.tasks.map(([s, d]) => `${s}+${d}`).join(', ') || 'none'}`);
    for (const x of out.res.sort((a, b) => a.start - b.start))
      console.log(`  ${String(x.start).padStart(5)}–${String(x.end).padEnd(5)} ${x.kb.toString().padStart(6)} KB  ${x.name}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
