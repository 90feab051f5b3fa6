// `npm start`, `npm run ask` and friends: runs dist/node/<entry>.js with plain node, rebuilding it first only when it
// is missing or older than the sources (npm install's `prepare` builds it; an edit under src/ or corpus/ is picked up).
//
//   node scripts/run.mjs <node|cli|calc|bot|telegram-setup> [args…]
import { isStale } from './bundle.mjs';

const entry = process.argv[2];
if (!entry || !/^[a-z-]+$/.test(entry)) {
  console.error('Usage: node scripts/run.mjs <node|cli|calc|bot|telegram-setup> [args…]');
  process.exit(2);
}
if (isStale('node')) {
  const { bundle } = await import('./bundle.mjs');
  await bundle('node');
}
// The entry reads its own arguments from process.argv.slice(2), as if it had been started directly.
process.argv.splice(2, 1);
await import(new URL(`../dist/node/${entry}.js`, import.meta.url).href);
