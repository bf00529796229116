import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d) => (o += d));
  err.on('data', (d) => (e += d));
  const code = await main(args, out as unknown as typeof process.stdout, err as unknown as typeof process.stderr);
  return { code, out: o, err: e };
}

const temps: string[] = [];
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

describe('CLI: ask', () => {
  it('prints the contract JSON for /ask', async () => {
    const { code, out } = await cli('ask', '/ask satellites', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ command: 'ask', query: 'satellites' });
    expect(json.results.length).toBeGreaterThan(0);
    for (const r of json.results) {
      expect(Object.keys(r)).toEqual(['text', 'articles']);
      for (const a of r.articles) expect(Object.keys(a)).toEqual(['id', 'outlet', 'title', 'url', 'published']);
    }
    expect(json.results[0].text).toMatch(/satellite/);
  });

  it('shows an unknown outlet as null in JSON', async () => {
    const { out } = await cli('ask', '/sources', '--json');
    const outlets = JSON.parse(out).results.map((r: { articles: { outlet: string | null }[] }) => r.articles[0].outlet);
    expect(outlets).toContain(null);
    expect(outlets).toContain('Fox News');
  });

  it('answers "nothing found" with status 0 and a notice', async () => {
    const { code, out } = await cli('ask', '/ask xylophone quantique', '--json', '--locale', 'en');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ results: [], notice: expect.stringMatching(/Nothing in the corpus/) });
  });

  it('says that a --corpus folder does not exist instead of calling it an empty corpus (exit 2)', async () => {
    const { code, out, err } = await cli('ask', '/ask lutte', '--corpus', path.join(os.tmpdir(), 'depeche-no-such-folder'));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/the corpus folder does not exist: .*depeche-no-such-folder/);
  });

  it('exits 2 with a clear message on usage errors', async () => {
    expect(await cli('ask', '/nope something')).toMatchObject({ code: 2, err: expect.stringMatching(/Commande inconnue/) });
    expect(await cli('ask', '/ask')).toMatchObject({ code: 2, err: expect.stringMatching(/question/) });
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown subcommand/) });
    expect(await cli('ask', '/ask x', '--locale', 'de')).toMatchObject({ code: 2, err: expect.stringMatching(/--locale/) });
    expect(await cli('ask', `/ask ${'a'.repeat(5000)}`)).toMatchObject({ code: 2, err: expect.stringMatching(/trop long/) });
  });

  it('says how to write a missing option without an example taken from one story', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-cli-'));
    temps.push(dir);
    await writeFile(path.join(dir, 'storm.md'), '---\noutlet: Le Courrier\nlang: fr\n---\n« Nous rouvrirons la route vendredi », a déclaré le maire, Paul Durand.');
    const fr = await cli('ask', '/who-said', '--corpus', dir);
    expect(fr).toMatchObject({ code: 2, err: expect.stringContaining('Il manque l’option « quote » pour /who-said. Écrivez : /who-said quote:<…>') });
    const en = await cli('ask', '/digest schedule', '--corpus', dir, '--locale', 'en');
    expect(en).toMatchObject({ code: 2, err: expect.stringContaining('Missing option "cron" for /digest. Write: /digest schedule cron:<…>') });
    for (const { err } of [fr, en]) expect(err).not.toMatch(/lutte sacrée|Kirby|satellites/);
  });
});

describe('CLI: index', () => {
  it('names each problem file and keeps questions about the good articles working', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-cli-'));
    temps.push(dir);
    await copyFile('corpus/reuters-2023-09-14.md', path.join(dir, 'reuters.md'));
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: [oops\n---\nTexte.');
    const index = await cli('index', '--corpus', dir);
    expect(index.code).toBe(0);
    expect(index.out).toMatch(/articles: 1/);
    expect(index.out).toMatch(/binary\.txt: binary/);
    expect(index.out).toMatch(/empty\.txt: empty/);
    expect(index.out).toMatch(/broken\.md: broken front matter/);
    const ask = await cli('ask', '/ask visite du cosmodrome', '--corpus', dir, '--json');
    expect(JSON.parse(ask.out).results[0].articles[0].id).toBe('reuters');
  });
});

describe('npm start without credentials', () => {
  it('reads commands from piped standard input and exits at the end', async () => {
    const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_APP_ID: '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', DEPECHE_DATA: path.join(os.tmpdir(), 'depeche-start-test') };
    const child = run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, timeout: 20_000 });
    child.child.stdin!.end('/sources\noù en est le programme de satellites ?\n');
    const { stdout } = await child;
    for (const outlet of ['Fox News', 'watson.ch', 'Le Figaro', 'Reuters', 'source inconnue']) expect(stdout).toContain(outlet);
    expect(stdout).toMatch(/satellite/);
  });

  it('reads the folder given with --corpus, and answers a bad argument with its usage', async () => {
    const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_APP_ID: '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', DEPECHE_CORPUS: '', DEPECHE_DATA: path.join(os.tmpdir(), 'depeche-start-corpus-test') };
    const child = run(process.execPath, ['--import', 'tsx', 'src/main.ts', '--corpus', 'test/fixtures/ferry-fire'], { env, timeout: 20_000 });
    child.child.stdin!.end('/sources\n');
    const { stdout } = await child;
    expect(stdout).toMatch(/^7 articles/);
    expect(stdout).toContain('The Guardian');
    expect(stdout).not.toContain('Fox News');
    const bad = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', '--corpse', 'x'], { env, timeout: 20_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--corpse'[\s\S]*usage: npm start \[-- --corpus DIR\]/);
    const missing = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', '--corpus', 'test/fixtures/no-such-folder'], { env, timeout: 20_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/the corpus folder does not exist: .*no-such-folder/);
  });

  it('exits with a clear message when a platform cannot be reached, instead of hanging', async () => {
    // Port 9 on 127.0.0.1 refuses connections: discord.js cannot reach its API at start-up.
    const env = { ...process.env, DISCORD_TOKEN: 'x.y.z', DISCORD_APP_ID: '123456789', DISCORD_API_URL: 'http://127.0.0.1:9/api', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', DEPECHE_CORPUS: '', DEPECHE_DATA: path.join(os.tmpdir(), 'depeche-start-fail-test') };
    const failed = await run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, timeout: 30_000 }).then(
      () => ({ code: 0, stderr: '', killed: false }),
      (e: { code: number; stderr: string; killed: boolean }) => e,
    );
    expect(failed.killed).toBe(false);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/Depeche could not start: .*ECONNREFUSED/);
    expect(failed.stderr).not.toContain('x.y.z');
  });
});
