/**
 * The terminal chat: `npm start` with no platform configured. Interactive on a terminal; when
 * standard input is piped, one command per line, answering each and exiting at the end.
 * Lines that are not commands are treated like an @mention: routed as a natural question.
 */
import readline from 'node:readline';
import type { DepecheApp } from '../app.js';
import { parseCommandLine } from '../engine/commandLine.js';
import { t } from '../i18n/messages.js';
import { renderText } from '../render/text.js';
import { routeQuestion, type RoutedQuestion } from './routeQuestion.js';

export async function startTerminalChat(app: DepecheApp, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const locale = app.config.locale;
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  const rl = readline.createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const write = (text: string) => output.write(text.endsWith('\n') ? text : `${text}\n`);
  let previous: RoutedQuestion | undefined;
  if (interactive) {
    write(t(locale, 'welcomeTerminal', { articles: app.engine.articles.length, dir: app.engine.corpusDir }));
    rl.setPrompt('depeche> ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line) {
      let name: string;
      let args;
      if (line.startsWith('/')) {
        const parsed = parseCommandLine(line, app.commands);
        if (!parsed.ok) {
          write(t(locale, parsed.error.key, parsed.error.params));
          if (interactive) rl.prompt();
          continue;
        }
        ({ name, args } = parsed);
        previous = undefined;
      } else {
        const routed = routeQuestion(line, previous, app.commands, locale);
        previous = routed;
        ({ command: name, args } = routed);
      }
      const answer = await app.run(name, args, { channel: { platform: 'terminal', id: 'terminal' }, user: { id: 'terminal', canManageChannel: true } });
      write(renderText(answer, locale));
      if (!interactive) write('');
    }
    if (interactive) rl.prompt();
  }
  if (interactive) write(t(locale, 'goodbye'));
  rl.close();
}
