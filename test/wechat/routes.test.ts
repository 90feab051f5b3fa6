// The WeChat and WeCom contract on Node: app.request with no server, memory stores, msw standing in for a model
// endpoint that never answers.
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { buildDeps } from '../../src/deps';
import { memoryQuestionLog } from '../../src/store/question-log';
import { describeWechatContract } from '../contract/wechat';
import { recordingLogger } from '../support/deps';

const server = setupServer(
  http.post('https://llm.test/v1/chat/completions', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const MODEL_ENV = {
  LLM_PROVIDER: 'openai',
  LLM_BASE_URL: 'https://llm.test/v1',
  LLM_API_KEY: 'sk-test',
  LLM_MODEL: 'deepseek-chat',
  LLM_TIMEOUT_MS: '8000',
};

describeWechatContract((env, options = {}) => {
  const logger = recordingLogger();
  const questions = memoryQuestionLog();
  const config = loadConfig({ ...env, ...(options.hangingModel ? MODEL_ENV : {}) });
  const deps = buildDeps(config, {}, logger, { questions });
  const app = createApp(options.clock ? { ...deps, clock: () => options.clock! } : deps);
  return { send: async (path, init) => app.request(path, init), logger, questions };
});
