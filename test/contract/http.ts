// The user-visible HTTP contract, written once and run in both runtimes: Node through app.request
// (test/web/api.test.ts) and workerd through the real src/worker.ts (test/workers/http.test.ts).
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';

/** How a suite reaches the app: a path (with query) and a request, as `app.request` takes them. */
export type Send = (path: string, init?: RequestInit) => Promise<Response>;

const corpus = loadCorpus();

/** Bodies POST /api/chat refuses: what is wrong, the body, the status and the error code. */
export const BAD_CHAT_BODIES: [string, string, number, string][] = [
  ['invalid JSON', '{"message": ', 400, 'invalid_json'],
  ['a body that is not an object', '["博士"]', 400, 'body_not_object'],
  ['a missing message', '{}', 400, 'invalid_request'],
  ['an empty message', '{"message": "   "}', 400, 'invalid_request'],
  ['a non-string message', '{"message": 42}', 400, 'invalid_request'],
  ['a message over 2000 characters', JSON.stringify({ message: '博'.repeat(2001) }), 400, 'invalid_request'],
  ['an unknown lang', '{"message": "博士", "lang": "fr"}', 400, 'invalid_request'],
];

/** Registers the contract's tests against `send`. */
export function describeHttpContract(send: Send): void {
  function chat(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
    return send('/api/chat', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
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
      const res = await send('/healthz');
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

    it.each(BAD_CHAT_BODIES)('refuses %s with a message a person can act on', async (_name, body, status, code) => {
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
      const list = (await (await send('/api/clauses')).json()) as { id: string; label: string }[];
      expect(list).toHaveLength(29);
      expect(list.find((c) => c.id === '12')?.label).toBe('第12条 实施基础人才储备计划');
    });

    it('serves one part in full, verbatim', async () => {
      const res = await send('/api/clauses/final');
      expect(res.status).toBe(200);
      expect(((await res.json()) as { text: string }).text).toBe(
        '本意见与现行政策有交叉重复的，按照“时间从新、标准从高、奖补不重复”的原则执行。',
      );
    });

    it('answers 404 with the list of valid ids for an unknown part', async () => {
      const res = await send('/api/clauses/26');
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('1 to 25');
    });

    it('ranks clauses for /api/search?q= with a snippet from the clause', async () => {
      const hits = (await (await send(`/api/search?q=${encodeURIComponent('技能大师工作室')}`)).json()) as {
        id: string;
        score: number;
        snippet: string;
      }[];
      expect(hits[0]?.id).toBe('6');
      expect(hits[0]?.snippet).toContain('技能大师工作室');
      expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 0);
    });

    it('refuses /api/search without q', async () => {
      const res = await send('/api/search');
      expect(res.status).toBe(400);
    });

    it('answers unknown routes with a JSON 404', async () => {
      const res = await send('/api/nothing');
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

  describe('the page, money and streaming', () => {
    it('serves the chat at / with a strict CSP and no inline script', async () => {
      const res = await send('/');
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      const html = await res.text();
      expect(html).toContain('<html lang="zh-CN"');
      expect(html).toMatch(/<script src="\/assets\/app.js" defer><\/script>/);
    });

    it('answers /api/benefits with exactly 2万元 for a Shizuishan-born doctoral student with an agreement', async () => {
      const res = await send('/api/benefits', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          subjects: ['student'],
          origin: true,
          degree: 'doctor',
          enrolled: true,
          fullTime: true,
          agreementSigned: true,
        }),
      });
      expect(res.status).toBe(200);
      const b = (await res.json()) as { eligible: unknown[] };
      expect(b.eligible).toEqual([
        expect.objectContaining({ ruleId: 'r12-pre-introduction', clause: '12', min: 20000, max: 20000, eligible: true }),
      ]);
    });

    it('streams delta events and then one answer event with the complete answer', async () => {
      const res = await chat({ message: '柔性引才有哪些方式？', stream: true });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      const events = [...(await res.text()).matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map((m) => ({
        event: m[1],
        data: JSON.parse(m[2]!),
      }));
      expect(events.length).toBeGreaterThan(1);
      expect(events.slice(0, -1).every((e) => e.event === 'delta' && typeof e.data.text === 'string')).toBe(true);
      const last = events.at(-1)!;
      expect(last.event).toBe('answer');
      expect(last.data).toMatchObject({ source: 'extractive', lang: 'zh' });
      expect(last.data.citations[0]).toMatchObject({ id: '11', label: '第11条 实施智力人才汇集计划' });
      expect(last.data.answer).toContain('【第11条】');
    });
  });
}
