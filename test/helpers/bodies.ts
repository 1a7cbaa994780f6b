import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BodyStoreOptions } from '../../src/render/body-store.ts';

/** A fresh body store in a temporary folder. */
export const tmpBodies = (): BodyStoreOptions => ({ dir: mkdtempSync(join(tmpdir(), 'jianfan-bodies-')), version: 'test' });
