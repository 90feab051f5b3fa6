// The pages (/ and /calc) and their assets (/assets/app.js, /assets/app.css), all behind the strict CSP.
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { calcPage } from './calc-page';
import { chatPage, type Contact } from './chat-page';
import { pageSecurity } from './security';
import { pickLang } from './strings';

/** Short cache: assets change with deploys and carry no version in their name. */
const ASSET_CACHE = 'public, max-age=300';

/** The web chat as a Hono sub-app (mounted at / by createApp). */
export function createPages(contact: Contact = {}): Hono {
  const pages = new Hono();
  pages.use('/', pageSecurity);
  pages.use('/clause/:id', pageSecurity);
  pages.use('/calc', pageSecurity);
  pages.use('/assets/*', pageSecurity);

  pages.get('/', (c) => c.html(chatPage(pickLang(c.req.query('lang'), getCookie(c, 'lang')), contact)));
  // A shared clause link: the chat page, whose script opens that clause in the dialog.
  pages.get('/clause/:id{[\\w-]{1,12}}', (c) => c.html(chatPage(pickLang(c.req.query('lang'), getCookie(c, 'lang')), contact)));
  pages.get('/calc', (c) => c.html(calcPage(pickLang(c.req.query('lang'), getCookie(c, 'lang')))));
  // The page's script and styles are imported when first asked for: an isolate that only answers /api/chat (a Worker's
  // usual first request) neither loads nor evaluates them (a chunk of their own in the Worker build).
  pages.get('/assets/app.js', async (c) => {
    const { APP_JS } = await import('../assets/index');
    return c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': ASSET_CACHE });
  });
  pages.get('/assets/app.css', async (c) => {
    const { APP_CSS } = await import('../assets/style');
    return c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': ASSET_CACHE });
  });
  return pages;
}
