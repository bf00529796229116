/**
 * Reads a corpus folder: every `.md` and `.txt` file is an article; data files (`.yml`, `.yaml`,
 * `.json`, e.g. speaker aliases) are left to whoever reads them; anything else is reported.
 * A file that cannot be read or parsed is a problem with its name and reason; the rest load.
 */
import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import type { Article, Corpus, CorpusProblem } from './article.js';
import { ARTICLE_EXTENSIONS, parseArticle } from './parseArticle.js';
import { corpusProblem } from './problems.js';

export const DATA_EXTENSIONS = ['.yml', '.yaml', '.json'];
const IGNORED_NAMES = new Set(['readme.md', 'readme.txt', '.ds_store', 'thumbs.db']);

/** What identifies a file's version without reading it: cheap enough to check the whole folder at start-up. */
export interface FileStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

export function isArticleFile(file: string): boolean {
  const base = path.basename(file);
  if (base.startsWith('.') || base.startsWith('_') || IGNORED_NAMES.has(base.toLowerCase())) return false;
  return ARTICLE_EXTENSIONS.includes(path.extname(base).toLowerCase());
}

function isIgnored(file: string): boolean {
  const base = path.basename(file);
  return base.startsWith('.') || base.startsWith('_') || IGNORED_NAMES.has(base.toLowerCase()) || DATA_EXTENSIONS.includes(path.extname(base).toLowerCase());
}

/** Every entry under `dir`, as paths relative to it, with the folders that could not be listed. */
async function listFiles(dir: string): Promise<{ files: string[]; unreadable: { dir: string; code: string }[] }> {
  const files: string[] = [];
  const unreadable: { dir: string; code: string }[] = [];
  const walk = async (relative: string) => {
    let entries;
    try {
      entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true });
    } catch (error) {
      if (!relative) throw error;
      unreadable.push({ dir: relative, code: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    for (const entry of entries) {
      const file = relative ? path.join(relative, entry.name) : entry.name;
      if (entry.isDirectory()) await walk(file);
      else files.push(file);
    }
  };
  await walk('');
  return { files: files.sort(), unreadable };
}

/** Files stat-ed per turn of the event loop: synchronous calls are several times faster than 10,000 awaited ones. */
const STAT_BATCH = 500;

/** Lists the folder (recursively) with size and modification time; reports unsupported files. */
export async function statCorpus(dir: string): Promise<{ stamps: FileStamp[]; problems: CorpusProblem[] }> {
  const stamps: FileStamp[] = [];
  const problems: CorpusProblem[] = [];
  let listing;
  try {
    listing = await listFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? corpusProblem(dir, 'missingFolder') : code === 'ENOTDIR' ? corpusProblem(dir, 'notFolder') : corpusProblem(dir, 'unreadableFolder', { code: String(code ?? error) });
    return { stamps, problems: [problem] };
  }
  for (const { dir: sub, code } of listing.unreadable) problems.push(corpusProblem(sub, 'unreadable', { code }));
  const files = listing.files;
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && i % STAT_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    const file = files[i];
    let stat;
    try {
      stat = statSync(path.join(dir, file));
    } catch (error) {
      problems.push(corpusProblem(file, 'unreadable', { code: String((error as NodeJS.ErrnoException).code ?? error) }));
      continue;
    }
    if (!stat.isFile()) continue;
    if (isArticleFile(file)) stamps.push({ file, size: stat.size, mtimeMs: stat.mtimeMs });
    else if (!isIgnored(file) && !file.split(path.sep).some((part) => part.startsWith('.')))
      problems.push(corpusProblem(file, 'unsupportedType', { ext: path.extname(file) || 'none' }));
  }
  return { stamps, problems };
}

export async function readArticle(dir: string, file: string): Promise<{ article?: Article; problem?: CorpusProblem }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(dir, file));
  } catch (error) {
    return { problem: corpusProblem(file, 'unreadable', { code: String((error as NodeJS.ErrnoException).code ?? error) }) };
  }
  const result = parseArticle(file, bytes);
  return result.ok ? { article: result.article } : { problem: result.problem };
}

/**
 * Reads the given files into `into`; a problem goes to `problems`. Two files with the same id
 * (a.md and a.txt, or an id already taken) keep the first and report the second.
 * Returns the stamps of the files that loaded.
 */
export async function readStamped(dir: string, stamps: FileStamp[], into: Article[], problems: CorpusProblem[], takenIds = new Set<string>()): Promise<FileStamp[]> {
  const loaded: FileStamp[] = [];
  const seen = new Map<string, string>();
  for (const stamp of stamps) {
    const { article, problem } = await readArticle(dir, stamp.file);
    if (problem) problems.push(problem);
    if (!article) continue;
    const other = seen.get(article.id) ?? (takenIds.has(article.id) ? 'another file' : undefined);
    if (other) {
      problems.push(corpusProblem(stamp.file, 'duplicateId', { id: article.id, other }));
      continue;
    }
    seen.set(article.id, stamp.file);
    into.push(article);
    loaded.push(stamp);
  }
  return loaded;
}

/** Loads every article of a folder. */
export async function loadCorpus(dir: string): Promise<Corpus> {
  const { stamps, problems } = await statCorpus(dir);
  const articles: Article[] = [];
  await readStamped(dir, stamps, articles, problems);
  return { dir, articles, problems };
}
