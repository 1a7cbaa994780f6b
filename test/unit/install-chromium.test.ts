/**
 * The set-up step of `npm test` (package.json `pretest`), run as a child
 * process on a PATH that holds only bash, chmod and fakes of `id` and `apt-get`: the
 * machine's own Chromium and apt-get are never touched, whoever runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const setUpStep: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.pretest;
const which = (tool: string) => execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
const bash = which('bash');

let dir: string;
let bin: string;
let aptLog: string;
/** Stands in for /usr/bin/chromium, which the test never looks at. */
let debianChromium: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jianfan-setup-'));
  bin = join(dir, 'bin');
  aptLog = join(dir, 'apt.log');
  debianChromium = join(dir, 'debian', 'chromium');
  mkdirSync(bin);
  mkdirSync(join(dir, 'debian'));
  symlinkSync(bash, join(bin, 'bash'));
  symlinkSync(which('chmod'), join(bin, 'chmod'));
  fake('id', 'echo "$FAKE_UID"');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fake(name: string, body: string): void {
  writeFileSync(join(bin, name), `#!${bash}\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
}

/** An apt-get that logs its arguments and, on install, puts a browser where Debian's package would (unless told it leaves none). */
function fakeAptGet(installsBrowser = true): void {
  const install = installsBrowser ? `printf '#!/bin/sh\\n' > "${debianChromium}"; chmod +x "${debianChromium}"` : ':';
  fake('apt-get', `echo "$*" >> "${aptLog}"\nif [ "$1" = install ]; then ${install}; fi`);
}

function runSetUp(env: { uid: number; chromiumPath?: string }) {
  const run = spawnSync(bash, ['-c', setUpStep], {
    cwd: ROOT,
    // stdin not a socket (Node's default pipe), or Debian's bash reads ~/.bashrc as if run by sshd.
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: {
      PATH: bin,
      FAKE_UID: String(env.uid),
      JIANFAN_TEST_DEBIAN_CHROMIUM: debianChromium,
      ...(env.chromiumPath === undefined ? {} : { CHROMIUM_PATH: env.chromiumPath }),
    },
  });
  const aptCalls = existsSync(aptLog) ? readFileSync(aptLog, 'utf8').trim().split('\n') : [];
  return { status: run.status, stderr: run.stderr, stdout: run.stdout, aptCalls };
}

describe('the set-up step of npm test', () => {
  it('does nothing when the browser at CHROMIUM_PATH exists', () => {
    fakeAptGet();
    const browser = join(dir, 'my-chromium');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
    const run = runSetUp({ uid: 0, chromiumPath: browser });
    expect(run).toMatchObject({ status: 0, stderr: '', stdout: '', aptCalls: [] });
  });

  for (const uid of [0, 1000]) {
    it(`stops with one line naming the command when CHROMIUM_PATH is a missing file (uid ${uid}), installing nothing`, () => {
      fakeAptGet();
      const missing = join(dir, 'no-such-chromium');
      const run = runSetUp({ uid, chromiumPath: missing });
      expect(run.status).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`CHROMIUM_PATH=${missing}`);
      expect(run.stderr).toContain(`'env -u CHROMIUM_PATH npm test'`);
      expect(run.aptCalls).toEqual([]);
      expect(existsSync(debianChromium)).toBe(false);
    });
  }

  it("installs Debian's chromium as root when CHROMIUM_PATH is unset and the browser is missing", () => {
    fakeAptGet();
    const run = runSetUp({ uid: 0 });
    expect(run.status).toBe(0);
    expect(run.aptCalls).toEqual(['update -qq', 'install -y -qq chromium']);
    expect(existsSync(debianChromium)).toBe(true);
  });

  it("installs when CHROMIUM_PATH names Debian's path and it is missing", () => {
    fakeAptGet();
    const run = runSetUp({ uid: 0, chromiumPath: debianChromium });
    expect(run.status).toBe(0);
    expect(run.aptCalls).toEqual(['update -qq', 'install -y -qq chromium']);
  });

  it('stops with one line naming the command when not root, installing nothing', () => {
    fakeAptGet();
    const run = runSetUp({ uid: 1000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`'sudo apt-get install -y chromium'`);
    expect(run.aptCalls).toEqual([]);
  });

  it('stops when there is no apt-get, naming CHROMIUM_PATH', () => {
    const run = runSetUp({ uid: 0 });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`'CHROMIUM_PATH=/path/to/chromium npm test'`);
  });

  it('fails if the install leaves no browser, so no test runs against a missing one', () => {
    fakeAptGet(false);
    const run = runSetUp({ uid: 0 });
    expect(run.status).toBe(1);
    expect(run.aptCalls).toEqual(['update -qq', 'install -y -qq chromium']);
    expect(run.stderr).toContain(`still no browser at ${debianChromium}`);
  });
});
