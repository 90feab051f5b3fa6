// Import rules for src/ (issue 16): no cycles, and imports run one way,
// entry → app → channels → answer → engines → corpus. store/ and limits/ are
// infrastructure that channels and entry points use; contract/ (the Answer
// contract, the Logger and SQL ports) sits below everything; config.ts is the
// one configuration home that every layer may read.
// `npm test` runs `depcruise src`; errors fail it, warnings print (none today: orphans only, which knip reports too).

const CHANNELS = '^src/(web|telegram|wechat|wecom|openai|mcp|widget|admin)/';
const ENGINES = '^src/(understand|rules|search|search-fts|llm)/';
const ENTRY = '^src/(worker|node|cli|bot|calc|telegram-setup|build|build-places|build-prompts|deps)\\.ts$';
const APP = '^src/app\\.ts$';
const ANSWER = '^src/answer/';
const STORE = '^src/(store|limits)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle between files; move the shared type to the lower module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-entry-imports',
      severity: 'error',
      comment: 'Entry points (worker, node, cli, bot, calc, builds, deps) are roots; nothing imports them.',
      from: { pathNot: ENTRY },
      to: { path: ENTRY },
    },
    {
      name: 'app-only-from-entry',
      severity: 'error',
      comment: 'app.ts mounts the channels; only entry points import it.',
      from: { pathNot: [ENTRY, APP] },
      to: { path: APP },
    },
    {
      name: 'answer-not-to-channels',
      severity: 'error',
      comment: 'The answer pipeline knows no channel; channels render its Answer.',
      from: { path: ANSWER },
      to: { path: [CHANNELS, APP, ENTRY] },
    },
    {
      name: 'engines-not-up',
      severity: 'error',
      comment: 'Engines (understand, rules, search, search-fts, llm) never import answer/, channels or store/.',
      from: { path: ENGINES },
      to: { path: [ANSWER, CHANNELS, APP, STORE] },
    },
    {
      name: 'corpus-is-the-bottom',
      severity: 'error',
      comment: 'corpus/ is validated data; it imports nothing else from src/ but the schema library (contract/zod.ts).',
      from: { path: '^src/corpus/' },
      to: { path: '^src/', pathNot: ['^src/corpus/', '^src/contract/zod\\.ts$'] },
    },
    {
      name: 'contract-is-the-bottom',
      severity: 'error',
      comment: 'contract/ holds the types every layer shares; it imports nothing else from src/.',
      from: { path: '^src/contract/' },
      to: { path: '^src/', pathNot: '^src/contract/' },
    },
    {
      name: 'store-not-to-app',
      severity: 'error',
      comment: 'Stores are infrastructure below app.ts and the entry points.',
      from: { path: STORE },
      to: { path: [APP, ENTRY] },
    },
    {
      // Each port lives with the stores that implement it (store/sessions.ts, feedback.ts, admin-sessions.ts,
      // telegram-state.ts); answer/ and the channels import it from there.
      name: 'store-defines-its-ports',
      severity: 'error',
      comment: 'A store implements the ports it defines; it never imports a channel or answer/.',
      from: { path: STORE },
      to: { path: [CHANNELS, ANSWER] },
    },
    {
      name: 'config-below-channels',
      severity: 'error',
      comment: 'Every layer reads config.ts, so config.ts imports no channel, answer/ or store/.',
      from: { path: '^src/config\\.ts$' },
      to: { path: [CHANNELS, ANSWER, STORE, APP] },
    },
    {
      name: 'no-orphans',
      severity: 'warn',
      comment: 'A module nothing imports (entry points and declarations excepted); knip reports the same.',
      from: { orphan: true, pathNot: ['\\.d\\.ts$', ENTRY, '^src/(worker|node)\\.ts$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
