import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hashTree,
  linkOrCopy,
  mirrorLinks,
  readFirstLine,
  readJsonLines,
  readLines,
  touch,
  walkFiles,
  writeFileAtomic,
  writeJsonLinesAtomic,
  writeLinesAtomic,
} from '../../src/build-fs.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'jianfan-build-fs-'));
const digest = (dir: string, include?: (path: string) => boolean) => hashTree(createHash('sha256'), dir, 'x/', include).digest('hex');

describe('linkOrCopy', () => {
  it('links into folders it makes, one level or several', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'page.html'), 'page');
    mkdirSync(join(dir, 'site', 'articles'), { recursive: true });
    linkOrCopy(join(dir, 'page.html'), join(dir, 'site', 'articles', 'a', 'index.html'));
    linkOrCopy(join(dir, 'page.html'), join(dir, 'other', 'deep', 'b', 'index.html'));
    for (const to of [join(dir, 'site', 'articles', 'a', 'index.html'), join(dir, 'other', 'deep', 'b', 'index.html')]) {
      expect(readFileSync(to, 'utf8')).toBe('page');
      expect(statSync(to).ino).toBe(statSync(join(dir, 'page.html')).ino);
    }
  });

  it('replaces a file in the way without writing into it (it may be a link to a published file)', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'new.json'), 'new');
    writeFileSync(join(dir, 'published.json'), 'old');
    linkSync(join(dir, 'published.json'), join(dir, 'staged.json'));
    linkOrCopy(join(dir, 'new.json'), join(dir, 'staged.json'));
    expect(readFileSync(join(dir, 'staged.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'published.json'), 'utf8')).toBe('old');
  });

  it('fails on a source that is not there, and makes no folder for it', () => {
    const dir = fresh();
    expect(() => linkOrCopy(join(dir, 'missing.html'), join(dir, 'site', 'index.html'))).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeJsonLinesAtomic and readJsonLines', () => {
  it('give back every record in order, across read chunks and multi-byte characters', () => {
    const dir = fresh();
    const file = join(dir, 'traces.jsonl');
    // Records that straddle the 1 MiB read chunks, with Han text and a newline inside a string.
    const records = Array.from({ length: 3000 }, (_, i) => [`seed-${i}.txt`, { lines: ['第一行\n仍是第一行', '新闻'.repeat(i % 400)], n: i }]);
    writeJsonLinesAtomic(file, records);
    expect(readFileSync(file, 'utf8').split('\n').length).toBe(3001);
    expect([...readJsonLines(file)]).toEqual(records);
    expect(readdirSync(dir)).toEqual(['traces.jsonl']);
  });

  it('reads an empty file as no records, and fails on a damaged line', () => {
    const dir = fresh();
    writeJsonLinesAtomic(join(dir, 'empty.jsonl'), []);
    expect([...readJsonLines(join(dir, 'empty.jsonl'))]).toEqual([]);
    writeFileSync(join(dir, 'bad.jsonl'), '[1]\n{"a":\n');
    expect(() => [...readJsonLines(join(dir, 'bad.jsonl'))]).toThrow(SyntaxError);
  });
});

describe('writeLinesAtomic and readLines', () => {
  it('give back every line as written, one longer than a read chunk and one without a last newline', () => {
    const dir = fresh();
    const file = join(dir, 'lines.txt');
    const lines = ['第一行', '新闻'.repeat(400_000), 'last'];
    writeLinesAtomic(file, lines);
    expect(readFileSync(file, 'utf8')).toBe(`${lines.join('\n')}\n`);
    expect([...readLines(file)]).toEqual(lines);
    writeFileSync(file, '一\n\n  \n二');
    expect([...readLines(file)]).toEqual(['一', '二']);
  });
});

describe('writeFileAtomic', () => {
  it('writes the file whole, making its folder, and leaves no temporary file', () => {
    const dir = fresh();
    const file = join(dir, 'a', 'b', 'data.json');
    writeFileAtomic(file, '{"n":1}');
    writeFileAtomic(file, '{"n":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"n":2}');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['data.json']);
  });

  it('leaves the old file and no temporary one when the write fails', () => {
    const dir = fresh();
    const file = join(dir, 'data.json');
    writeFileAtomic(file, 'old');
    mkdirSync(join(dir, 'data.json.d'));
    // A folder where the file should go: the rename fails.
    expect(() => writeFileAtomic(join(dir, 'data.json.d'), 'new')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['data.json', 'data.json.d']);
  });
});

describe('walkFiles and hashTree', () => {
  const tree = () => {
    const dir = fresh();
    mkdirSync(join(dir, 'sub', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'b.ts'), 'b');
    writeFileSync(join(dir, 'a-z.ts'), 'a');
    writeFileSync(join(dir, 'sub', 'c.txt'), 'c');
    writeFileSync(join(dir, 'sub', 'deep', 'd.ts'), 'd');
    return dir;
  };

  it('lists files only, by relative path, in code-point order', () => {
    expect(walkFiles(tree())).toEqual(['a-z.ts', 'b.ts', 'sub/c.txt', 'sub/deep/d.ts']);
    expect(walkFiles(join(fresh(), 'missing'))).toEqual([]);
  });

  it('gives one digest for one tree, and another when a file is edited, renamed, added or removed', () => {
    const dir = tree();
    const base = digest(dir);
    expect(digest(tree())).toBe(base);
    writeFileSync(join(dir, 'sub', 'c.txt'), 'C');
    expect(digest(dir)).not.toBe(base);
    const other = tree();
    writeFileSync(join(other, 'e.ts'), '');
    expect(digest(other)).not.toBe(base);
  });

  it('counts only the files the filter includes', () => {
    const dir = tree();
    const onlyTs = digest(dir, (path) => path.endsWith('.ts'));
    writeFileSync(join(dir, 'sub', 'c.txt'), 'changed');
    expect(digest(dir, (path) => path.endsWith('.ts'))).toBe(onlyTs);
  });
});

describe('touch', () => {
  it("moves a file's mtime to now, and says false for a missing file", () => {
    const file = join(fresh(), 'f');
    writeFileSync(file, '');
    utimesSync(file, new Date(0), new Date(0));
    expect(touch(file)).toBe(true);
    expect(statSync(file).mtimeMs).toBeGreaterThan(0);
    expect(touch(`${file}-missing`)).toBe(false);
  });
});

describe('readFirstLine', () => {
  const dir = fresh();
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('reads up to the first newline, across chunks, without splitting a character', () => {
    const line = '新闻'.repeat(100) + 'end';
    // Chunks of 7 bytes cut the three-byte characters apart.
    expect(readFirstLine(file('long.txt', `${line}\nsecond line\nthird`), 7)).toBe(line);
    expect(readFirstLine(file('first.txt', 'a\nb'), 1)).toBe('a');
  });

  it('reads a file of one line whole, and an empty file as nothing', () => {
    expect(readFirstLine(file('one.txt', '{"a":1}'), 3)).toBe('{"a":1}');
    expect(readFirstLine(file('empty.txt', ''))).toBe('');
    expect(readFirstLine(file('blank.txt', '\nrest'))).toBe('');
  });

  it('throws for a file that is not there', () => {
    expect(() => readFirstLine(join(dir, 'missing.txt'))).toThrow(/ENOENT/);
  });
});

describe('mirrorLinks', () => {
  const ino = (path: string) => statSync(path).ino;
  it('leaves exactly the files named, each a link to the source, keeping links already there and removing the rest', () => {
    const from = fresh();
    const to = fresh();
    for (const [path, text] of [
      ['a/index.html', 'a'],
      ['b/index.html', 'b'],
      ['c/d/index.html', 'c'],
      ['pagefind/x.pf', 'x'],
    ] as const) {
      mkdirSync(join(from, path, '..'), { recursive: true });
      writeFileSync(join(from, path), text);
    }
    // What a recycled staging folder holds: a link kept, a link to a file no longer kept, a stale copy, a stray page.
    mkdirSync(join(to, 'a'), { recursive: true });
    linkSync(join(from, 'a/index.html'), join(to, 'a/index.html'));
    mkdirSync(join(to, 'b'), { recursive: true });
    writeFileSync(join(to, 'b/index.html'), 'stale b');
    mkdirSync(join(to, 'gone/deep'), { recursive: true });
    writeFileSync(join(to, 'gone/deep/index.html'), 'an article removed since');
    mkdirSync(join(to, 'pagefind'), { recursive: true });
    linkSync(join(from, 'pagefind/x.pf'), join(to, 'pagefind/old.pf'));
    const keptIno = ino(join(to, 'a/index.html'));
    const counts = mirrorLinks(from, to, ['a/index.html', 'b/index.html', 'c/d/index.html']);
    expect(counts).toEqual({ kept: 1, linked: 2, removed: 3 });
    expect(walkFiles(to)).toEqual(['a/index.html', 'b/index.html', 'c/d/index.html']);
    for (const path of walkFiles(to)) expect(ino(join(to, path))).toBe(ino(join(from, path)));
    expect(ino(join(to, 'a/index.html'))).toBe(keptIno);
    // Folders left empty are gone; the source is untouched.
    expect(readdirSync(to).sort()).toEqual(['a', 'b', 'c']);
    expect(readFileSync(join(from, 'b/index.html'), 'utf8')).toBe('b');
    expect(walkFiles(from)).toEqual(['a/index.html', 'b/index.html', 'c/d/index.html', 'pagefind/x.pf']);
  });

  it('makes the folder when missing, and replaces a folder standing where a file is named', () => {
    const from = fresh();
    writeFileSync(join(from, 'page.html'), 'page');
    const to = join(fresh(), 'staging');
    expect(mirrorLinks(from, to, [])).toEqual({ kept: 0, linked: 0, removed: 0 });
    mkdirSync(join(to, 'page.html'));
    writeFileSync(join(to, 'page.html/inner'), 'in the way');
    mirrorLinks(from, to, ['page.html']);
    expect(ino(join(to, 'page.html'))).toBe(ino(join(from, 'page.html')));
  });
});
