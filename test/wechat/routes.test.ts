// The WeChat and WeCom contract on Node: app.request with no server, memory stores, msw standing in for a model
// endpoint that never answers.
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { describeWechatContract } from '../contract/wechat';
import { contractHarness } from './harness';

const server = setupServer(
  http.post('https://llm.test/v1/chat/completions', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describeWechatContract((vars, options) => contractHarness(vars, options));
