/**
 * Dictionary ruby over the headline and body, built in the browser when the
 * reader turns it on (the reading panel imports this module only then) and
 * taken away when they turn it off. Markup is made with DOM calls from the
 * page's own text nodes: no text ever becomes markup.
 */
import { HAN } from '../../search/shared/chars.ts';
import { isRubyVariant, readingsOf } from './readings.ts';

const ROOTS = 'article h1, [data-pagefind-body]';
/** Text that takes no ruby: readings already there, code, and the digits set upright in vertical text. */
const SKIP = 'ruby, rt, rp, code, pre, kbd, samp, script, style, .tcy';

/** Each call supersedes the ones before it: a reader may turn ruby off while it is still being built. */
let generation = 0;

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (HAN.test(node.data) && !node.parentElement?.closest(SKIP)) nodes.push(node);
  }
  return nodes;
}

function rubyFor(text: string, reading: string): HTMLElement {
  const ruby = document.createElement('ruby');
  ruby.className = 'reading';
  const open = document.createElement('rp');
  open.textContent = '(';
  const rt = document.createElement('rt');
  rt.textContent = reading;
  const close = document.createElement('rp');
  close.textContent = ')';
  ruby.append(text, open, rt, close);
  return ruby;
}

/** Put each Han character of the headline and body under its reading in this variant. */
export async function showRuby(variant: string): Promise<void> {
  if (!isRubyVariant(variant)) return;
  const run = ++generation;
  for (const root of document.querySelectorAll(ROOTS)) {
    for (const node of textNodes(root)) {
      const readings = await readingsOf(variant, node.data);
      if (run !== generation) return;
      if (!node.isConnected) continue;
      const fragment = document.createDocumentFragment();
      let plain = '';
      for (const [text, reading] of readings) {
        if (reading === null) {
          plain += text;
          continue;
        }
        if (plain) fragment.append(plain);
        plain = '';
        fragment.append(rubyFor(text, reading));
      }
      if (plain) fragment.append(plain);
      node.replaceWith(fragment);
    }
  }
  document.documentElement.dataset['rubyShown'] = variant;
}

/** Take every reading away, leaving the text as it was. */
export function hideRuby(): void {
  generation++;
  for (const ruby of document.querySelectorAll('ruby.reading')) {
    ruby.replaceWith(ruby.firstChild?.textContent ?? '');
  }
  for (const root of document.querySelectorAll(ROOTS)) root.normalize();
  delete document.documentElement.dataset['rubyShown'];
}
