/** `--key value`, `--key=value` and bare `--flag` arguments of the bench commands. */
export function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k] as string;
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) out[key] = inline;
    else if (k + 1 < argv.length && !(argv[k + 1] as string).startsWith('--')) out[key] = argv[++k] as string;
    else out[key] = 'true';
  }
  return out;
}
