// The MCP contract, written once and run in both runtimes with the SDK's own Client: Node against a running server
// (test/mcp/mcp.test.ts) and workerd against the real src/worker.ts (test/workers/mcp.test.ts).
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { describe, expect, it } from 'vitest';

interface Structured {
  structuredContent?: Record<string, unknown>;
  content: { type: string; text?: string }[];
  isError?: boolean;
}

const textOf = (r: Structured) => r.content.map((c) => c.text ?? '').join('\n');

/** Registers the contract's tests; `connect` returns a connected Client (closed by the caller's afterAll). */
export function describeMcpContract(connect: () => Promise<Client>): void {
  const call = async (name: string, args: Record<string, unknown>) =>
    (await (await connect()).callTool({ name, arguments: args })) as Structured;

  describe('MCP over Streamable HTTP with the SDK Client', () => {
    it('lists the four tools, each with a description and an input schema', async () => {
      const { tools } = await (await connect()).listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['ask_policy', 'calculate_benefits', 'get_clause', 'search_clauses']);
      for (const t of tools) expect(t.description?.length).toBeGreaterThan(80);
      const ask = tools.find((t) => t.name === 'ask_policy')!;
      expect(ask.inputSchema.required).toEqual(['question']);
      expect(Object.keys(ask.inputSchema.properties ?? {})).toEqual(['question', 'lang', 'session_id']);
      // Each parameter keeps its description (zod's registry, which the SDK reads to write the JSON Schema).
      const question = (ask.inputSchema.properties ?? {})['question'] as { description?: string } | undefined;
      expect(question?.description).toContain('The question as the user asked it');
      const calc = tools.find((t) => t.name === 'calculate_benefits')!;
      expect(JSON.stringify(calc.inputSchema)).toContain('postdoc_station');
    });

    it('ask_policy answers 2万元 with 【第12条】 and returns the whole answer object', async () => {
      const r = await call('ask_policy', { question: '我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少补贴？' });
      expect(textOf(r)).toContain('2万元（20000元）');
      expect(textOf(r)).toContain('【第12条】');
      expect(r.structuredContent).toMatchObject({
        source: 'rules',
        amounts: [{ ruleId: 'r12-pre-introduction', clause: '12', min: 20000, max: 20000, eligible: true }],
      });
    });

    it('ask_policy carries facts across calls with the same session_id', async () => {
      const first = await call('ask_policy', { question: '技能大师工作室有多少经费', session_id: 'mcp-contract-1' });
      expect(first.structuredContent).toMatchObject({ clarify: { fact: 'level' } });
      const second = await call('ask_policy', { question: '国家级', session_id: 'mcp-contract-1' });
      expect(textOf(second)).toContain('10万元（100000元）');
      expect(second.structuredContent).toMatchObject({ amounts: [{ ruleId: 'r6-master-studio', clause: '6', min: 100000, max: 100000 }] });
    });

    it('search_clauses ranks 第11条 first for postdoc stations', async () => {
      const r = await call('search_clauses', { query: '博士后科研工作站', limit: 3 });
      const results = (r.structuredContent as { results: { id: string; label: string }[] }).results;
      expect(results.length).toBeLessThanOrEqual(3);
      expect(results[0]).toMatchObject({ id: '11' });
      expect(textOf(r)).toContain('[11] 第11条');
    });

    it('get_clause returns the verbatim part with its lead department, and an error naming the ids for an unknown one', async () => {
      const r = await call('get_clause', { id: '第19条' });
      expect(r.structuredContent).toMatchObject({ id: '19', label: '第19条 加大人才住房保障力度', lead: ['市住建局'] });
      expect(textOf(r)).toContain('人才公寓');
      const missing = await call('get_clause', { id: '99' });
      expect(missing.isError).toBe(true);
      expect(textOf(missing)).toContain('notice, g1, g2, 1');
    });

    it('calculate_benefits returns exact amounts with clause ids: eligible, not eligible (why) and unknown', async () => {
      const r = await call('calculate_benefits', {
        facts: {
          subjects: ['student', 'postdoc_station'],
          origin: true,
          degree: 'doctor',
          enrolled: true,
          fullTime: true,
          agreementSigned: true,
          newlyRecognised: true,
        },
        lang: 'en',
      });
      const b = r.structuredContent as { eligible: { ruleId: string; clause: string; min?: number; payer?: string }[] };
      expect(b.eligible).toContainEqual(expect.objectContaining({ ruleId: 'r12-pre-introduction', clause: '12', min: 20000, max: 20000 }));
      expect(b.eligible).toContainEqual(expect.objectContaining({ ruleId: 'r11-postdoc-station', clause: '11', min: 300000, max: 300000 }));
      expect(textOf(r)).toContain('20,000 yuan (2万元), per person, one-time (clause 12) [r12-pre-introduction]');
      expect(textOf(r)).toContain('300,000 yuan (30万元)');
      const no = await call('calculate_benefits', { facts: { subjects: ['student'], origin: false } });
      const ineligible = (no.structuredContent as { ineligible: { ruleId: string; why: string[] }[] }).ineligible;
      expect(ineligible.find((a) => a.ruleId === 'r12-pre-introduction')?.why.join()).toContain('石嘴山籍');
      expect(textOf(no)).toMatch(
        /不符合 \(\d+\):\n(.+\n)*· 石嘴山籍高校学生预引进生活补贴: 0\.5—2万元（5000—20000元）, 每人, 一次性 【第12条】 \[r12-pre-introduction\] — .*石嘴山籍/,
      );
      const bad = await call('calculate_benefits', { facts: { degree: 'phd' } });
      expect(bad.isError).toBe(true);
    });

    it('serves the 29 parts as resources at policy://shizuishan-talent-2020/clause/<id>', async () => {
      const client = await connect();
      const { resources } = await client.listResources();
      expect(resources).toHaveLength(29);
      expect(resources.map((r) => r.uri)).toContain('policy://shizuishan-talent-2020/clause/12');
      const read = await client.readResource({ uri: 'policy://shizuishan-talent-2020/clause/12' });
      expect((read.contents[0] as { text: string }).text).toContain('第12条 实施基础人才储备计划');
    });
  });
}
