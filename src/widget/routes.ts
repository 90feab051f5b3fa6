// GET /widget.js, and the one change embedding needs on the chat page: /?embed=1 may be framed by EMBED_ORIGINS
// (CSP frame-ancestors), while / itself stays unframeable ('none' from web/page/security.ts).
import { Hono, type MiddlewareHandler } from 'hono';
import { widgetJs } from './script';

/**
 * Rewrites frame-ancestors of the chat page's CSP for /?embed=1 when EMBED_ORIGINS is set, and drops X-Frame-Options
 * (which cannot name origins). Registered before the pages so it runs around them.
 */
export function embedFraming(embedOrigins: readonly string[]): MiddlewareHandler {
  const ancestors = `frame-ancestors 'self' ${embedOrigins.join(' ')}`;
  return async (c, next) => {
    await next();
    if (embedOrigins.length === 0 || c.req.query('embed') !== '1') return;
    const csp = c.res.headers.get('content-security-policy');
    if (!csp) return;
    c.res.headers.set(
      'Content-Security-Policy',
      /frame-ancestors[^;]*/.test(csp) ? csp.replace(/frame-ancestors[^;]*/, ancestors) : `${csp}; ${ancestors}`,
    );
    c.res.headers.delete('X-Frame-Options');
  };
}

/** /widget.js as a Hono sub-app (mounted at / by createApp). */
export function createWidget(embedOrigins: readonly string[]): Hono {
  const script = widgetJs(embedOrigins);
  const widget = new Hono();
  widget.get('/widget.js', (c) =>
    c.body(script, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      // Loaded by other sites: allowed cross-origin even where the host page sets Cross-Origin-Embedder-Policy.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    }),
  );
  return widget;
}
