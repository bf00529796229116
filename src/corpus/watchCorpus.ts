/** Watches a corpus folder with chokidar and calls back, debounced, when files come, change or go. */
import { watch } from 'chokidar';

export async function watchCorpus(dir: string, debounceMs: number, onChange: () => void): Promise<() => Promise<void>> {
  const watcher = watch(dir, {
    ignoreInitial: true,
    // Wait until a file being written has settled, so a half-copied article is not parsed.
    awaitWriteFinish: { stabilityThreshold: Math.max(50, Math.floor(debounceMs / 2)), pollInterval: 25 },
  });
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  };
  watcher.on('add', schedule).on('change', schedule).on('unlink', schedule).on('unlinkDir', schedule);
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return async () => {
    clearTimeout(timer);
    await watcher.close();
  };
}
