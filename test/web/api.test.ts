// The HTTP contract of the foundation, through app.request: what a client sends and exactly what it gets back.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadCorpus } from '../../src/corpus/load';
import { testDeps } from '../support/deps';

const app = createApp(testDeps());
const corpus = loadCorpus();

function chat(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return app.request('/api/chat', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

interface ChatJson {
  answer: string;
  citations: { id: string; label: string; quote: string }[];
  amounts: unknown[];
  outOfScope?: boolean;
  source: string;
  lead?: string[];
}

describe('GET /healthz', () => {
  it('says ok with the offline provider and 29 parts', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, provider: 'offline', clauses: 29 });
  });
});

describe('POST /api/chat', () => {
  it('answers a lookup question with a verbatim quote from 第19条 and its lead department', async () => {
    const res = await chat({ message: '人才公寓和公租房归哪个部门管？' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ChatJson;
    expect(body.source).toBe('extractive');
    expect(body.citations[0]).toMatchObject({ id: '19', label: '第19条 加大人才住房保障力度' });
    expect(body.answer).toContain('【第19条】');
    expect(body.answer).toContain('市住建局');
    expect(body.amounts).toEqual([]);
  });

  it('only cites ids that exist, each quote verbatim in its clause', async () => {
    for (const message of ['柔性引才有哪些方式', '职称评审有什么改革', 'What does the policy say about children of high-level talent?']) {
      const body = (await (await chat({ message })).json()) as ChatJson;
      expect(body.citations.length).toBeGreaterThan(0);
      for (const c of body.citations) expect(corpus.byId.get(c.id)?.text).toContain(c.quote);
    }
  });

  it('says plainly when the document does not cover a question, names whom to ask, and cites nothing', async () => {
    const body = (await (await chat({ message: '公积金怎么提取？' })).json()) as ChatJson;
    expect(body).toMatchObject({ outOfScope: true, citations: [], source: 'extractive' });
    expect(body.answer).toContain('没有涉及');
    expect(body.answer).toContain('住房公积金管理中心');
    expect(body.answer).toContain('市人才办');
  });

  it('answers in English when asked in English (or with lang: "en")', async () => {
    const body = (await (await chat({ message: 'Which department leads the talent housing work?' })).json()) as ChatJson;
    expect(body.citations[0]?.id).toBe('19');
    expect(body.answer).toContain('Clause 19');
    const zhAsEn = (await (await chat({ message: '人才公寓', lang: 'en' })).json()) as ChatJson;
    expect(zhAsEn.answer).toContain('Clause 19');
  });

  it('greets back without citing anything', async () => {
    const body = (await (await chat({ message: '你好' })).json()) as ChatJson;
    expect(body.outOfScope).toBe(true);
    expect(body.answer).toContain('您好');
  });

  it.each([
    ['invalid JSON', '{"message": ', 400, 'invalid_json'],
    ['a body that is not an object', '["博士"]', 400, 'body_not_object'],
    ['a missing message', '{}', 400, 'invalid_request'],
    ['an empty message', '{"message": "   "}', 400, 'invalid_request'],
    ['a non-string message', '{"message": 42}', 400, 'invalid_request'],
    ['a message over 2000 characters', JSON.stringify({ message: '博'.repeat(2001) }), 400, 'invalid_request'],
    ['an unknown lang', '{"message": "博士", "lang": "fr"}', 400, 'invalid_request'],
  ])('refuses %s with a message a person can act on', async (_name, body, status, code) => {
    const res = await chat(body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(10);
  });

  it('names the field and the limit when the message is too long', async () => {
    const json = (await (await chat({ message: 'x'.repeat(2001) })).json()) as { error: { message: string } };
    expect(json.error.message).toContain('2000');
  });

  it('refuses a wrong content type with 415 and says which header to send', async () => {
    const res = await chat('{"message":"博士"}', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('application/json');
  });

  it('refuses a body over 32 KiB with 413', async () => {
    const res = await chat({ message: '博士', padding: 'x'.repeat(40_000) });
    expect(res.status).toBe(413);
  });
});

describe('clauses and search', () => {
  it('lists all 29 parts', async () => {
    const list = (await (await app.request('/api/clauses')).json()) as { id: string; label: string }[];
    expect(list).toHaveLength(29);
    expect(list.find((c) => c.id === '12')?.label).toBe('第12条 实施基础人才储备计划');
  });

  it('serves one part in full, verbatim', async () => {
    const res = await app.request('/api/clauses/final');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toBe('本意见与现行政策有交叉重复的，按照“时间从新、标准从高、奖补不重复”的原则执行。');
  });

  it('answers 404 with the list of valid ids for an unknown part', async () => {
    const res = await app.request('/api/clauses/26');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('1 to 25');
  });

  it('ranks clauses for /api/search?q= with a snippet from the clause', async () => {
    const hits = (await (await app.request(`/api/search?q=${encodeURIComponent('技能大师工作室')}`)).json()) as { id: string; score: number; snippet: string }[];
    expect(hits[0]?.id).toBe('6');
    expect(hits[0]?.snippet).toContain('技能大师工作室');
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it('refuses /api/search without q', async () => {
    const res = await app.request('/api/search');
    expect(res.status).toBe(400);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await app.request('/api/nothing');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('clauses asked for by number', () => {
  it.each([
    ['What does clause 19 say?', '19'],
    ['第六条原文', '6'],
    ['第二十五条', '25'],
  ])('%s quotes the opening of 第%s条', async (message, id) => {
    const body = (await (await chat({ message })).json()) as ChatJson;
    expect(body.outOfScope).toBeUndefined();
    expect(body.citations[0]?.id).toBe(id);
    expect(corpus.byId.get(id)?.text.startsWith(body.citations[0]?.quote ?? '∅')).toBe(true);
  });
});
