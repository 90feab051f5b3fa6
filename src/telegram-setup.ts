// `npm run telegram:setup -- https://your.domain`: registers the webhook (with its secret) and the command menu.
import { Api } from 'grammy';
import { ConfigError, loadConfig } from './config';
import { COMMANDS } from './telegram/commands';
import { telegramConfig, type TelegramConfig } from './telegram/config';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const base = process.argv[2]?.replace(/\/+$/, '');
if (!base || !/^https:\/\/[^/]+/.test(base)) fail('Usage: npm run telegram:setup -- https://your.domain  (Telegram only calls https URLs)');

function loadTelegram(): TelegramConfig {
  try {
    return telegramConfig(loadConfig(process.env)) ?? fail('TELEGRAM_BOT_TOKEN is not set.');
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

const telegram = loadTelegram();
if (!telegram.webhookSecret)
  fail('TELEGRAM_WEBHOOK_SECRET is not set; the webhook refuses every request without it. Generate one: openssl rand -hex 32');

const api = new Api(telegram.token, { apiRoot: telegram.apiRoot });
const url = `${base}/telegram/webhook`;
await api.setWebhook(url, { secret_token: telegram.webhookSecret, allowed_updates: ['message', 'callback_query'], max_connections: 40 });
// Chinese is the default menu; Telegram clients set to English see the English one.
await api.setMyCommands(COMMANDS.map((c) => ({ command: c.command, description: c.description.zh })));
await api.setMyCommands(
  COMMANDS.map((c) => ({ command: c.command, description: c.description.en })),
  { language_code: 'en' },
);
const me = await api.getMe();
const info = await api.getWebhookInfo();

console.log(`Webhook set: ${info.url} (pending updates: ${info.pending_update_count})`);
console.log(`Commands registered: ${COMMANDS.map((c) => `/${c.command}`).join(' ')}`);
console.log('So that no request has to call getMe, set this variable (a Worker secret or .env line):');
console.log(`TELEGRAM_BOT_INFO='${JSON.stringify(me)}'`);
