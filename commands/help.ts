/** /help [command] — usage, built from the same definitions the platforms register. */
import { defineCommand } from '../src/engine/commandDefinition.js';
import { t } from '../src/i18n/messages.js';
import { loadCommands } from './index.js';

export default defineCommand({
  name: 'help',
  description: { fr: 'Mode d’emploi de Depeche', en: 'How to use Depeche' },
  options: [
    { name: 'command', type: 'string', maxLength: 40, autocomplete: true, description: { fr: 'Une commande en particulier', en: 'One command in particular' } },
  ],
  examples: ['/help', '/help who-said'],
  async run(ctx, args) {
    const commands = await loadCommands();
    const wanted = typeof args.command === 'string' ? args.command.replace(/^\//, '').toLowerCase() : undefined;
    const shown = wanted ? commands.filter((c) => c.name === wanted) : commands;
    if (wanted && shown.length === 0) return { command: 'help', query: wanted, results: [], notice: t(ctx.locale, 'helpUnknown', { name: wanted }), error: true };
    return {
      command: 'help',
      query: wanted ?? '',
      notice: wanted ? undefined : `${t(ctx.locale, 'helpHeader')} ${t(ctx.locale, 'helpMentions')}`,
      results: shown.map((c) => {
        const options = c.subcommands?.length
          ? c.subcommands.map((s) => `${s.name}${s.options.map((o) => (o.required ? ` ${o.name}:<…>` : ` [${o.name}:<…>]`)).join('')}`).join(' | ')
          : c.options.map((o) => (o.required ? `${o.name}:<…>` : `[${o.name}:<…>]`)).join(' ');
        return { text: `/${c.name} ${options}`.trim() + ` — ${c.description[ctx.locale]}. ${c.examples.join('  ·  ')}`, articles: [] };
      }),
    };
  },
  complete(_ctx, _option, typed) {
    return ['ask', 'who-said', 'quotes', 'summary', 'timeline', 'sources', 'digest', 'help'].filter((n) => n.startsWith(typed.toLowerCase()));
  },
});
