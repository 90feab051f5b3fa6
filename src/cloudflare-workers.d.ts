// The one export of the Workers runtime module this app uses (workerd provides it; no @cloudflare/workers-types here).
declare module 'cloudflare:workers' {
  /** Keeps the isolate alive for `promise` after the response of the current request is sent. */
  export function waitUntil(promise: Promise<unknown>): void;
}
