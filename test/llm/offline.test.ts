// The offline default (no LLM_* variables) never touches the network: msw fails on any request, and fetch is spied.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { buildDeps } from '../../src/deps';
import { recordingLogger } from '../support/deps';
import { ask, server, useMockServer } from './support';

useMockServer();

describe('the offline default', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers lookups, money questions and streams without a single network request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(request.url));
    const deps = buildDeps(loadConfig({}), {}, recordingLogger());
    expect(deps.model).toBeUndefined();
    expect(deps.provider).toBe('offline');

    const lookup = await ask(deps, '柔性引才有哪些方式？');
    expect(lookup.body.source).toBe('extractive');
    expect(lookup.body.citations[0]?.id).toBe('11');
    expect(lookup.body.degraded).toBeUndefined();
    const money = await ask(deps, '我是石嘴山籍在读全日制博士，已经签了预引进协议，有多少补贴？');
    expect(money.body.amounts[0]?.min).toBe(20000);
    const stream = await createApp(deps).request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: '柔性引才有哪些方式？', stream: true }),
    });
    expect(await stream.text()).toContain('event: answer');
    await ask(deps, 'How is a postdoc workstation funded?');

    expect(fetchSpy).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
  });
});
