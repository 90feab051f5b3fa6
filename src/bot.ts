// `npm run bot`: the same bot as the webhook, by long polling — for local use, no public URL needed.
import type { AppDeps } from './app';
import { ConfigError, loadConfig } from './config';
import { buildDeps, consoleLogger } from './deps';
import { sqliteStores } from './store/node';
import { sessionTtlMs } from './store/sessions';
import { createBot } from './telegram/bot';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function loadDeps(): AppDeps {
  try {
    const config = loadConfig(process.env);
    // The same SQLite file as `npm start`: chat languages, pending options and sessions survive a restart of the poller.
    // defer: the question-log write runs on after the reply is sent (the pipeline logs a failed write).
    const stores = sqliteStores(config.SQLITE_PATH, consoleLogger, { sessionTtlMs: sessionTtlMs(config.SESSION_TTL_MINUTES) });
    // The stores commit one transaction per event-loop turn: commit the last one on any way out (as src/node.ts does).
    process.on('exit', () => stores.flush());
    return buildDeps(config, {}, consoleLogger, { ...stores, defer: (work) => void work });
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

const deps = loadDeps();
const telegram =
  deps.telegram ?? fail('TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather, then: TELEGRAM_BOT_TOKEN=… npm run bot');

const bot = createBot({ ...deps, telegram, storage: deps.telegramState?.chats, updateLog: deps.telegramState?.updates });
// Stop cleanly on Ctrl-C so Telegram does not hold the last batch of updates for a second poller.
process.once('SIGINT', () => void bot.stop());
process.once('SIGTERM', () => void bot.stop());
// start() removes a webhook if one is set (long polling and a webhook cannot both receive updates).
await bot.start({
  allowed_updates: ['message', 'callback_query'],
  onStart: (me) => console.log(`@${me.username} is polling. Talk to it at https://t.me/${me.username} (Ctrl-C to stop).`),
});
