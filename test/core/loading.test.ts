import { mkdtemp, rm, writeFile, copyFile, readdir, unlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';
import sourcesCommand from '../../commands/sources.js';

const CORPUS = path.resolve('corpus');
const seed = (name: string) => readFileSync(path.join(CORPUS, name));
const allText = (a: { paragraphs: { text: string }[] }) => a.paragraphs.map((p) => p.text).join('\n');

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-test-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  while (temps.length) await rm(temps.pop()!, { recursive: true, force: true });
});

describe('the bundled corpus', () => {
  it('loads five articles with their outlets, one of them unknown', async () => {
    const corpus = await loadCorpus(CORPUS);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => a.outlet).sort()).toEqual(['Fox News', 'Le Figaro', 'Reuters', 'watson.ch', null].sort());
    const watson = corpus.articles.find((a) => a.outlet === 'watson.ch')!;
    expect(watson.agency).toBe('ATS');
    expect(watson.published).toBe('2023-09-14T03:59');
  });

  it('keeps page noise out of the article text', async () => {
    const corpus = await loadCorpus(CORPUS);
    const text = corpus.articles.map(allText).join('\n');
    expect(text).not.toMatch(/LA CORÉE DU (SUD|NORD) /); // capitals headlines of related stories
    expect(text).not.toMatch(/^Publicité$/m);
    expect(text).not.toMatch(/Commentaires|formulaire|modérer personnellement/);
    expect(text).not.toMatch(/Kiev détruit|Sea Baby|Ceci pourrait/); // teaser for an unrelated story
    expect(text).not.toMatch(/Video: extern|voix étrange/);
    expect(text).not.toMatch(/\(ats\/jch\)|ont contribué à ce rapport|Selon LeFigaro/);
    expect(text).toContain('lutte sacrée');
  });
});

describe('metadata inferred from plain text', () => {
  const plain = (name: string, text: string) => {
    const result = parseArticle(name, Buffer.from(text));
    if (!result.ok) throw new Error(result.problem.reason);
    return result.article;
  };

  it('reads a title line, a date marker and a dateline agency', () => {
    const a = plain('dispatch.txt', ' date 2023-09 Un titre de dépêche sans point final\n\nPARIS (AFP) - Le ministre a parlé. Il est reparti.');
    expect(a).toMatchObject({ id: 'dispatch', published: '2023-09', agency: 'AFP', outlet: 'AFP', title: 'Un titre de dépêche sans point final', lang: 'fr' });
  });

  it('reads contributor and "Selon" credits, and wire codes', () => {
    expect(plain('a.txt', 'Le texte de l’article est ici.\n\nJane Doe et John Roe de The Daily Planet ont contribué à ce rapport.')).toMatchObject({ outlet: 'The Daily Planet', byline: 'Jane Doe et John Roe' });
    expect(plain('b.txt', 'Le texte de l’article est ici. Selon LeMonde.')).toMatchObject({ outlet: 'Le Monde' });
    expect(plain('c.txt', 'Le texte de l’article est ici. (ats/abc)')).toMatchObject({ agency: 'ATS', outlet: null });
    expect(plain('d.txt', 'The minister spoke on Monday.\n\nJane Doe of The Daily Planet contributed to this report.')).toMatchObject({ outlet: 'The Daily Planet', lang: 'en' });
  });

  it('leaves what the text does not say unknown', () => {
    expect(plain('e.txt', 'Le ministre a parlé lundi. Il a dit beaucoup de choses.')).toMatchObject({ outlet: null, agency: null, published: null, url: null });
  });

  it('prefers front matter to inference', () => {
    const a = plain('f.md', '---\noutlet: Le Temps\npublished: 2024-01-02\nurl: https://example.org/a\n---\nSelon LeMonde.\n\nLe ministre a parlé.');
    expect(a).toMatchObject({ outlet: 'Le Temps', published: '2024-01-02', url: 'https://example.org/a' });
  });
});

describe('broken files', () => {
  it('reports each bad file with its name and reason, and loads the rest', async () => {
    const dir = await tempDir();
    await copyFile(path.join(CORPUS, 'reuters-2023-09-14.md'), path.join(dir, 'good.md'));
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff, 0x00]));
    await writeFile(path.join(dir, 'empty.md'), '');
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: "unclosed\noutlet: [a, b\n---\nTexte.');
    await writeFile(path.join(dir, 'bad-date.md'), '---\npublished: next tuesday\n---\nTexte de l’article.');
    await writeFile(path.join(dir, 'photo.jpg'), 'not an article');
    await writeFile(path.join(dir, 'huge.txt'), 'a'.repeat(3 * 1024 * 1024));
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    const reasons = Object.fromEntries(corpus.problems.map((p) => [p.file, p.reason]));
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['empty.md']).toMatch(/empty/);
    expect(reasons['broken.md']).toMatch(/broken front matter/);
    expect(reasons['bad-date.md']).toMatch(/published/);
    expect(reasons['photo.jpg']).toMatch(/unsupported/);
    expect(reasons['huge.txt']).toMatch(/too large/);
  });

  it('does not report an untouched broken file as new when the folder is read again', async () => {
    const dir = await tempDir();
    await copyFile(path.join(CORPUS, 'reuters-2023-09-14.md'), path.join(dir, 'good.md'));
    await writeFile(path.join(dir, 'empty.md'), '');
    const engine = await Engine.open({ corpusDir: dir, dataDir: null });
    try {
      const change = await engine.reload();
      expect(change).toEqual({ added: [], changed: [], removed: [] });
      expect(engine.corpus.problems.map((p) => p.file)).toEqual(['empty.md']);
    } finally {
      await engine.close();
    }
  });

  it('reports a date that is not on the calendar instead of moving it to another day (YAML rolls 2024-02-30 over to 1 March)', () => {
    const md = (front: string) => Buffer.from(`---\n${front}\n---\nLe préfet a déclaré mardi que la route était fermée.\n`);
    for (const front of ['published: 2024-02-30', 'published: 2024-13-45', 'published: 2024-06-31T25:61:00Z', "published: '2023-02-29'"]) {
      const result = parseArticle('a.md', md(front));
      expect(result.ok, front).toBe(false);
      if (!result.ok) expect(result.problem.reason).toMatch(/"published" is not an ISO date: '?2\d{3}-/);
    }
    for (const [front, published] of [['published: 2024-02-29', '2024-02-29'], ['published: 2023-09-14T03:59', '2023-09-14T03:59'], ['published: 2024-06-30T22:15:00Z', '2024-06-30T22:15Z'], ['published: 2023-09', '2023-09']]) {
      const result = parseArticle('a.md', md(front));
      expect(result.ok && result.article.published, front).toBe(published);
    }
  });

  it('reports a list or a set of fields where a text field is expected, never showing "[object Object]"', () => {
    const md = (front: string) => Buffer.from(`---\n${front}\n---\nLe préfet a déclaré mardi que la route était fermée.\n`);
    for (const [front, field] of [['outlet: {a: 1}', 'outlet'], ['title: [a, b]', 'title'], ['byline: {name: X}', 'byline']]) {
      const result = parseArticle('a.md', md(front));
      expect(result.ok, front).toBe(false);
      if (!result.ok) expect(result.problem.reason).toBe(`front matter field "${field}" must be text, not a list or a set of fields`);
    }
  });

  it('/sources says why each file was not loaded in the user\'s language, with singular and plural counted right', async () => {
    const dir = await tempDir();
    await copyFile(path.join(CORPUS, 'reuters-2023-09-14.md'), path.join(dir, 'good.md'));
    await writeFile(path.join(dir, 'empty.md'), '');
    await writeFile(path.join(dir, 'bad-date.md'), '---\npublished: 2024-02-30\n---\nTexte de l’article.');
    const engine = await Engine.open({ corpusDir: dir, dataDir: null });
    try {
      const sources = (locale: 'fr' | 'en') => (sourcesCommand.run({ engine, locale, now: new Date(), services: {} }, {}) as Answer).notice;
      expect(sources('fr')).toBe('1 article, 1 média. 2 fichiers non chargés : bad-date.md (le champ « published » n’est pas une date ISO : 2024-02-30); empty.md (fichier vide)');
      expect(sources('en')).toBe('1 article, 1 outlet. 2 files not loaded: bad-date.md (front matter field "published" is not an ISO date: 2024-02-30); empty.md (empty file)');
    } finally {
      await engine.close();
    }
  });

  it('reads a text file saved in Latin-1 (Windows-1252) with its accents instead of calling it binary', () => {
    const latin1 = Buffer.from('Le préfet a déclaré mardi que la route était fermée à cause de la crue.\n\n« Nous surveillons la situation », a-t-il ajouté. Coût : 5 €.\n', 'latin1');
    latin1[latin1.length - 3] = 0x80; // the euro sign, in Windows-1252 (Latin-1 has none)
    const result = parseArticle('crue.txt', latin1);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.paragraphs.map((p) => p.text).join('\n')).toContain('« Nous surveillons la situation », a-t-il ajouté. Coût : 5 €.');
    expect(parseArticle('noise.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 32 || 1))).ok).toBe(false);
  });

  it('reports a missing corpus folder instead of crashing', async () => {
    const corpus = await loadCorpus('/nonexistent/depeche');
    expect(corpus.articles).toEqual([]);
    expect(corpus.problems[0].reason).toMatch(/does not exist/);
  });
});

describe('live corpus', () => {
  it('picks up articles added, changed and removed while running', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), seed('le-figaro-2023-09-13.md'));
    const engine = await Engine.open({ corpusDir: dir, dataDir: null });
    await engine.watch(50);
    const changed = () => new Promise((resolve) => engine.once('reload', resolve));
    try {
      expect(engine.articles.map((a) => a.id)).toEqual(['a']);
      let next = changed();
      await writeFile(path.join(dir, 'b.txt'), 'Le ministre des Pêches a annoncé des quotas de thon rouge. Les pêcheurs protestent.');
      await next;
      expect(engine.articles.map((a) => a.id).sort()).toEqual(['a', 'b']);
      expect(engine.search('thon rouge')[0].passage.articleId).toBe('b');

      next = changed();
      await writeFile(path.join(dir, 'b.txt'), 'Le ministre des Pêches a annoncé des quotas de sardines.');
      await next;
      expect(engine.search('sardines')[0].passage.articleId).toBe('b');
      expect(engine.search('thon rouge')).toEqual([]);

      next = changed();
      await unlink(path.join(dir, 'b.txt'));
      await next;
      expect(engine.articles.map((a) => a.id)).toEqual(['a']);
      expect(await readdir(dir)).toEqual(['a.md']);
    } finally {
      await engine.close();
    }
  });
});
