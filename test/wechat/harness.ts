// The contract harness both runtimes share (test/contract/wechat.ts): a fresh app for an environment, its own question
// log and recording logger, the runtime's stores where it has them, and the server clock a test asks for.
import type { AppDeps } from '../../src/app';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Logger } from '../../src/contract/logger';
import { buildDeps } from '../../src/deps';
import { memoryQuestionLog } from '../../src/store/question-log';
import type { Harness, HarnessOptions } from '../contract/wechat';
import { recordingLogger } from '../support/deps';
import { HANGING_MODEL_VARS } from './support';

/**
 * @example describeWechatContract((vars, options) => contractHarness(vars, options)) // Node, memory stores
 */
export function contractHarness(
  vars: Record<string, string>,
  options: HarnessOptions = {},
  { durable = () => ({}), origin = '' }: { durable?: (logger: Logger) => Partial<AppDeps>; origin?: string } = {},
): Harness {
  const logger = recordingLogger();
  const questions = memoryQuestionLog();
  const config = loadConfig({ ...vars, ...(options.hangingModel ? HANGING_MODEL_VARS : {}) });
  const deps = buildDeps(config, {}, logger, { ...durable(logger), questions });
  const clock = options.clock;
  const app = createApp(clock ? { ...deps, clock: () => clock } : deps);
  return { send: async (path, init) => app.request(`${origin}${path}`, init), logger, questions };
}
