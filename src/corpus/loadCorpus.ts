/**
 * Reads a corpus folder: every `.md` and `.txt` file is an article; data files (`.yml`, `.yaml`,
 * `.json`, e.g. speaker aliases) are left to whoever reads them; anything else is reported.
 * A file that cannot be read or parsed is a problem with its name and reason; the rest load.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, Corpus, CorpusProblem } from './article.js';
import { ARTICLE_EXTENSIONS, parseArticle } from './parseArticle.js';

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

/** Lists the folder (recursively) with size and modification time; reports unsupported files. */
export async function statCorpus(dir: string): Promise<{ stamps: FileStamp[]; problems: CorpusProblem[] }> {
  const stamps: FileStamp[] = [];
  const problems: CorpusProblem[] = [];
  let entries: string[];
  try {
    entries = (await fs.readdir(dir, { recursive: true })) as string[];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'corpus folder does not exist' : code === 'ENOTDIR' ? 'corpus path is not a folder' : `cannot read the corpus folder (${code ?? String(error)})`;
    return { stamps, problems: [{ file: dir, reason }] };
  }
  for (const file of entries.sort()) {
    const full = path.join(dir, file);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (error) {
      problems.push({ file, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})` });
      continue;
    }
    if (!stat.isFile()) continue;
    if (isArticleFile(file)) stamps.push({ file, size: stat.size, mtimeMs: stat.mtimeMs });
    else if (!isIgnored(file) && !file.split(path.sep).some((part) => part.startsWith('.')))
      problems.push({ file, reason: `unsupported file type "${path.extname(file) || 'none'}": articles are .md or .txt` });
  }
  return { stamps, problems };
}

export async function readArticle(dir: string, file: string): Promise<{ article?: Article; problem?: CorpusProblem }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(dir, file));
  } catch (error) {
    return { problem: { file, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})` } };
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
      problems.push({ file: stamp.file, reason: `same article id "${article.id}" as ${other}; rename one of them` });
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
