/** Small wire-style articles (French and English) written to a temporary corpus for digest tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Answer } from '../../src/engine/answer.js';
import type { Locale } from '../../src/engine/commandDefinition.js';
import type { DigestPoster } from '../../src/digest/digestScheduler.js';

export interface FixtureArticle {
  id: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  lang: 'fr' | 'en';
  body: string;
}

export const HARBOUR_STRIKE: FixtureArticle = {
  id: 'harbour-strike-2031-04-02',
  title: 'Dockers walk out at the northern harbour',
  outlet: 'Coastal Herald',
  url: 'https://example.org/harbour-strike',
  published: '2031-04-02',
  lang: 'en',
  body: [
    'Dockers at the northern harbour stopped work on Tuesday after talks on night shifts broke down, the union said.',
    '"We will hold the line until the shifts are fair," union leader Ada Moreno told reporters outside the gates.',
    'The port authority said three ships were waiting offshore and that it hoped to resume talks on Thursday.',
  ].join('\n\n'),
};

export const GREVE_PORT: FixtureArticle = {
  id: 'greve-port-2031-04-03',
  title: 'Le port du Nord toujours paralysé par la grève',
  outlet: 'Le Courrier du Littoral',
  url: 'https://example.org/greve-port',
  published: '2031-04-03',
  lang: 'fr',
  body: [
    'Le port du Nord restait paralysé mercredi, au deuxième jour de la grève des dockers, selon la direction du port.',
    '« Nous tiendrons le cap tant que les horaires de nuit ne seront pas revus », a déclaré la syndicaliste Ada Moreno.',
    'La direction a proposé une nouvelle réunion jeudi matin.',
  ].join('\n\n'),
};

export const FERRY_TALKS: FixtureArticle = {
  id: 'ferry-talks-2031-04-04',
  title: 'Ferry operators join harbour talks',
  outlet: 'Island Wire',
  url: 'https://example.org/ferry-talks',
  published: '2031-04-04',
  lang: 'en',
  body: [
    'Ferry operators joined the harbour talks on Thursday, the port authority said in a statement.',
    'Passenger crossings were cut by half while the dockers remained on strike.',
  ].join('\n\n'),
};

export function articleFile(a: FixtureArticle): string {
  return ['---', `title: "${a.title}"`, `outlet: "${a.outlet}"`, `url: ${a.url}`, `published: ${a.published}`, `lang: ${a.lang}`, '---', '', a.body, ''].join('\n');
}

export class TempDirs {
  private dirs: string[] = [];
  make(prefix: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), `depeche-${prefix}-`));
    this.dirs.push(dir);
    return dir;
  }
  cleanup(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

export function writeArticle(corpusDir: string, article: FixtureArticle): void {
  writeFileSync(path.join(corpusDir, `${article.id}.md`), articleFile(article));
}

/** Records what it posts; `failures` makes the next posts throw (the post does not happen). */
export class RecordingPoster implements DigestPoster {
  readonly posts: { channelId: string; answer: Answer; locale: Locale }[] = [];
  failures: unknown[] = [];
  attempts = 0;

  async post(channelId: string, answer: Answer, locale: Locale): Promise<void> {
    this.attempts++;
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    this.posts.push({ channelId, answer, locale });
  }
}

/** Every text a posted digest shows, for assertions on what the channel reads. */
export function shownText(answer: Answer): string {
  return [answer.notice ?? '', ...answer.results.flatMap((r) => [r.text, r.quote ?? '', r.speaker ?? '', ...r.articles.map((a) => `${a.outlet} ${a.title} ${a.url}`)])].join('\n');
}
