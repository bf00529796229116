/**
 * Discovers the commands: every other file in this folder exports one definition as default.
 * Adding a command is adding a file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CommandDefinition } from '../src/engine/commandDefinition.js';

const here = path.dirname(fileURLToPath(import.meta.url));

let loaded: Promise<CommandDefinition[]> | undefined;

export function loadCommands(): Promise<CommandDefinition[]> {
  loaded ??= (async () => {
    const files = readdirSync(here)
      .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !/^index\./.test(f))
      .sort();
    const commands: CommandDefinition[] = [];
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: CommandDefinition };
      if (!module.default?.name || typeof module.default.run !== 'function') {
        throw new Error(`commands/${file} must export a command definition as default (see src/engine/commandDefinition.ts)`);
      }
      commands.push(module.default);
    }
    // /help last-but-stable order: as the files sort, with help at the end.
    return commands.sort((a, b) => (a.name === 'help' ? 1 : b.name === 'help' ? -1 : 0));
  })();
  return loaded;
}
