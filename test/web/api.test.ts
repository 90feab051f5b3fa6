// The HTTP contract through app.request on Node: what a client sends and exactly what it gets back. The cases live in
// test/contract/http.ts so the workerd suite (test/workers/http.test.ts) checks the very same ones.
import { createApp } from '../../src/app';
import { testDeps } from '../support/deps';
import { describeHttpContract } from '../contract/http';

const app = createApp(testDeps());

describeHttpContract(async (path, init) => app.request(path, init));
