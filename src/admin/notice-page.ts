// A one-paragraph page for a sign-in that cannot work as asked (plain HTTP without ADMIN_COOKIE_SECURE=false, a form
// posted from another site): it says why and what to do, instead of a cookie the browser silently drops.
import { html } from 'hono/html';
import { adminShell, type Html } from './html';

export function noticePage(title: string, lines: string[]): Html {
  return adminShell(
    title,
    html`<h1>${title}</h1>
      ${lines.map((l) => html`<p class="notice" role="alert">${l}</p>`)}
      <p><a href="/admin">/admin</a></p>`,
  );
}

export const PLAIN_HTTP = [
  '这个地址是明文 HTTP，浏览器会丢弃安全登录 Cookie，因此无法登录。请改用 HTTPS 访问；仅在可信内网中，可设置 ADMIN_COOKIE_SECURE=false。',
  'This address is plain HTTP, so browsers drop the secure sign-in cookie and you could not stay signed in. Use HTTPS; only on a trusted intranet, set ADMIN_COOKIE_SECURE=false.',
];

export const CROSS_ORIGIN = [
  '登录和退出只接受本站页面提交的请求。请从 /admin 页面操作。',
  'Sign-in and sign-out accept only forms submitted from this site. Use the form at /admin.',
];
