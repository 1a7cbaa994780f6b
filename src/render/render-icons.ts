/**
 * Renders the site's PNG images into public/ with Chromium (run by hand when
 * the design changes: `node src/render/render-icons.ts`): the app icons (the
 * favicon's 简 on the accent red, at 180, 192 and 512 px) and the card image
 * link previews show (1200×630). PNG, because link previews and home-screen
 * icons do not take SVG; rendered once and committed, so a build needs no
 * image library and no CJK font. On a machine without a CJK font, name a
 * font file (TrueType or OpenType) to draw with:
 * `ICON_FONT=/path/DroidSansFallbackFull.ttf node src/render/render-icons.ts`
 * (Debian's fonts-droid-fallback, unpacked with dpkg-deb -x, serves).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const PUBLIC = join(import.meta.dirname, '../../public');
const fontFile = process.env['ICON_FONT'];
const fontFace = fontFile ? `<style>@font-face { font-family: "Icon CJK"; src: url("${pathToFileURL(fontFile).href}"); }</style>` : '';
const CJK = '"Icon CJK", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif';
const favicon = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');

const icon = (size: number) =>
  `<body style="margin:0">${favicon.replace('<svg ', `<svg width="${size}" height="${size}" `).replace('rx="6"', 'rx="0"').replace('font-family="sans-serif"', `font-family='${CJK}'`)}</body>`;
const card = `<body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box;background:#fbfaf7;color:#1d1c1a;font-family:${CJK.replace(/"/g, "'")};border-top:24px solid #8b1e1e">
  <div style="font-size:112px;font-weight:700;line-height:1.2">简繁新闻 <span style="color:#5f5b55;font-weight:400;font-size:64px">Jianfan</span></div>
  <div style="font-size:44px;margin-top:32px;color:#5f5b55">简体 · 繁體（台灣） · 繁體（香港）</div>
</body>`;

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const dir = mkdtempSync(join(tmpdir(), 'jianfan-icons-'));
for (const [file, html, width, height] of [
  ['apple-touch-icon.png', icon(180), 180, 180],
  ['icon-192.png', icon(192), 192, 192],
  ['icon-512.png', icon(512), 512, 512],
  ['card.png', card, 1200, 630],
] as const) {
  await page.setViewportSize({ width, height });
  // From a file, so the page may load the font file beside it.
  const htmlFile = join(dir, `${file}.html`);
  writeFileSync(htmlFile, `<!doctype html><meta charset="utf-8">${fontFace}${html}`);
  await page.goto(pathToFileURL(htmlFile).href);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(PUBLIC, file), clip: { x: 0, y: 0, width, height } });
}
await browser.close();
