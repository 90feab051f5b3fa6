// The pipeline's door to the model: the same two functions as ./compose, which is imported on first use, so the
// offline bundle carries none of the prompts, the guard or LangChain (the pipeline only calls these with a model).
import { describeError } from '../contract/logger';
import type { Answer, Lang } from '../contract/answer';
import type { LlmDeps, LlmRequest } from './request';
import type { Facts } from '../rules/facts';

let compose: Promise<typeof import('./compose')> | undefined;

/** Starts loading the model's answer code (buildDeps calls it when a model is configured, so no question waits for it). */
export function preloadLlm(): Promise<typeof import('./compose')> {
  compose ??= import('./compose');
  return compose;
}

/**
 * The chunk and the provider's SDK, loaded before any time budget starts (so loading never eats into it); undefined,
 * logged, when the chunk cannot be loaded (a broken deploy), so the caller serves the answer it already has.
 */
async function load(deps: LlmDeps) {
  try {
    const [module] = await Promise.all([preloadLlm(), deps.model.ready?.()]);
    return module;
  } catch (err) {
    compose = undefined;
    deps.logger.error('llm_load_failed', describeError(err));
    return undefined;
  }
}

/**
 * A cited answer written by the model and verified by the guard; on any fault, `fallback` with degraded: true.
 * @example await llmAnswer(deps, { message: '博士后工作站有什么资助？', lang: 'zh' }, extractiveAnswer(…))
 */
export async function llmAnswer(deps: LlmDeps, request: LlmRequest, fallback: Answer): Promise<Answer> {
  const module = await load(deps);
  return module ? module.llmAnswer(deps, request, fallback) : { ...fallback, degraded: true };
}

/**
 * The rules answer, unchanged except perhaps one verified explanatory sentence after it. Amounts are never touched.
 * @example await explainRules(deps, { message: '石嘴山籍博士有多少补贴？', lang: 'zh' }, rulesResult)
 */
export async function explainRules(deps: LlmDeps, request: LlmRequest, result: Answer): Promise<Answer> {
  const module = await load(deps);
  return module ? module.explainRules(deps, request, result) : result;
}

/**
 * The model's own reading of the message into facts (in ./compose, the model's chunk); undefined on any fault, when the
 * deterministic reading stands alone.
 */
export async function modelFacts(
  deps: Pick<LlmDeps, 'model' | 'logger'>,
  message: string,
  lang: Lang,
): Promise<Partial<Facts> | undefined> {
  try {
    const [module] = await Promise.all([preloadLlm(), deps.model.ready?.()]);
    return await module.modelFacts(deps.model, deps.logger, message, lang);
  } catch (err) {
    deps.logger.error('llm_load_failed', describeError(err));
    return undefined;
  }
}
