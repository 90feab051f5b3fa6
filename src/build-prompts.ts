// `npm run prompts`: regenerates src/llm/prompts.generated.ts from prompts/*.md (a test fails when they drift apart).
import { writeFileSync } from 'node:fs';
import { GENERATED_PATH, renderPrompts } from './llm/prompts.render';

writeFileSync(GENERATED_PATH, renderPrompts('prompts'));
console.log(`${GENERATED_PATH} written`);
