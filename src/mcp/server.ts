// The MCP server (official @modelcontextprotocol/sdk): four tools over the same pipeline, calculator and search as the
// web API, and the document's 29 parts as resources. Built per request: /mcp is stateless.
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from '../contract/zod';
import { benefits } from '../answer/money';
import { answer, type AnswerDeps } from '../answer/pipeline';
import { Lang } from '../contract/answer';
import type { Clause } from '../corpus/schema';
import { answerText } from '../openai/content';
import { FACT_QUESTIONS, FactName, Facts } from '../rules/facts';
import { MAX_MESSAGE_CHARS } from '../web/schemas';
import { benefitsText } from './benefits-text';

const INSTRUCTIONS = `Answers questions about one document: 石嘴山市实施人才强市战略 推动转型发展高质量发展的实施意见 (石党办发〔2020〕32号, Shizuishan, Ningxia, 2020-09-15), the city's talent policy: subsidies for graduates coming home, funding for enterprises, postdoc stations, skill-master studios, labs, incubators, housing, and which department leads each measure. Every answer quotes the text and names the clause (【第12条】); every amount comes from a deterministic rules evaluator. Quote clause ids and amounts exactly as returned; do not compute amounts yourself.`;

/** Each fact described for the model from the same data the web calculator asks with. */
const DescribedFacts = z.extend(
  Facts,
  Object.fromEntries(
    FactName.options.map((name) => {
      const q = FACT_QUESTIONS[name];
      const values = q.options.map((o) => `${JSON.stringify(o.value)} = ${o.en}`).join('; ');
      return [name, Facts.shape[name].check(z.describe(`${q.en} ${name === 'subjects' ? 'One or more of: ' : ''}${values}`))];
    }),
  ),
);

const SessionId = z.string().check(z.trim(), z.minLength(1), z.maxLength(128), z.regex(/^[\w.:-]+$/));

/** 第12条, clause 12, §12 → 12; other ids (notice, g1, final) as given. */
function clauseId(raw: string): string {
  const s = raw.trim();
  return /^(第|clause\s*|§\s*)?(\d+)(条)?$/i.exec(s)?.[2] ?? s.toLowerCase();
}

function clauseText(c: Clause): string {
  const lead = c.lead.length ? `\n牵头负责 (lead): ${c.lead.join('、')}` : '';
  const cooperate = c.cooperate.length ? `\n配合 (cooperating): ${c.cooperate.join('、')}` : '';
  return `${c.label}\n${c.section}\n\n${c.text}${lead}${cooperate}`;
}

/** Some clients show only `content`, others read `structuredContent`: both carry everything. */
function result(text: string, structured: object) {
  // A spread copy is a plain object type, which the SDK's Record<string, unknown> accepts without a cast.
  const structuredContent: Record<string, unknown> = { ...structured };
  return { content: [{ type: 'text' as const, text }], structuredContent };
}

/**
 * A fresh server with the tools and resources.
 * @example await createMcpServer(deps).connect(transport)
 */
export function createMcpServer(deps: AnswerDeps): McpServer {
  const server = new McpServer(
    { name: 'shizuishan-talent-policy', title: '石嘴山人才政策问答 · Shizuishan talent policy', version: '0.1.0' },
    { instructions: INSTRUCTIONS },
  );
  const ids = deps.corpus.clauses.map((c) => c.id).join(', ');

  server.registerTool(
    'ask_policy',
    {
      title: 'Ask the Shizuishan talent policy',
      description:
        'Answer a question about the Shizuishan talent policy (石党办发〔2020〕32号) in Chinese or English: what a measure says, who is eligible, how much money (exact amounts from the rules, with conditions, payer, recipient and obligations), which department leads. Returns the answer text with 【第N条】 citations and the full answer object (citations with verbatim quotes, amounts, a clarifying question when a fact is missing, outOfScope when the document does not cover it). Pass the same session_id on later calls so facts carry over (e.g. answer the clarifying question with "国家级").',
      inputSchema: {
        question: z
          .string()
          .check(
            z.trim(),
            z.minLength(1),
            z.maxLength(MAX_MESSAGE_CHARS),
            z.describe(
              'The question as the user asked it, e.g. "石嘴山籍在读博士签了预引进协议能拿多少补贴？" or "Who leads talent housing?"',
            ),
          ),
        lang: z.optional(Lang).check(z.describe('Answer language: zh or en (default: the language of the question)')),
        session_id: z
          .optional(SessionId)
          .check(
            z.describe(
              'Any id of your choosing (letters, digits, . _ : -) to continue a conversation: facts from earlier questions with the same id are remembered for 30 minutes',
            ),
          ),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ question, lang, session_id }) => {
      const a = await answer(deps, {
        message: question,
        channel: 'mcp',
        ...(lang ? { lang } : {}),
        ...(session_id ? { sessionId: session_id } : {}),
      });
      return result(answerText(a), a);
    },
  );

  server.registerTool(
    'search_clauses',
    {
      title: 'Search the policy text',
      description: `Find the parts of the Shizuishan talent policy that match some words (Chinese or English), best first, each with its id, label, score and best verbatim sentence. Use it to locate a clause before get_clause; use ask_policy for a direct answer. Part ids: ${ids}.`,
      inputSchema: {
        query: z
          .string()
          .check(
            z.trim(),
            z.minLength(1),
            z.maxLength(MAX_MESSAGE_CHARS),
            z.describe('Words to search for, e.g. "博士后工作站" or "postdoc station funding"'),
          ),
        limit: z.optional(z.int().check(z.gte(1), z.lte(29))).check(z.describe('How many parts to return (1–29, default 5)')),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, limit }) => {
      const hits = deps.search.clauses(query, limit ?? 5);
      const text = hits.length
        ? hits.map((h) => `· [${h.id}] ${h.label} (score ${h.score.toFixed(2)}): ${h.snippet}`).join('\n')
        : 'No part of the document matches these words; try other words or ask_policy.';
      return result(text, { results: hits });
    },
  );

  server.registerTool(
    'get_clause',
    {
      title: 'Read one part of the policy',
      description: `The full verbatim text of one part of the Shizuishan talent policy, with its section, lead and cooperating departments. Ids: ${ids} (第12条 and "clause 12" also work).`,
      inputSchema: {
        id: z.string().check(z.trim(), z.minLength(1), z.maxLength(32), z.describe('The part id, e.g. "12", "notice", "g1" or "final"')),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ id }) => {
      const clause = deps.corpus.byId.get(clauseId(id));
      if (!clause) return { content: [{ type: 'text' as const, text: `No part "${id}". Ids are: ${ids}.` }], isError: true };
      return result(clauseText(clause), clause);
    },
  );

  server.registerTool(
    'calculate_benefits',
    {
      title: 'Calculate benefits for a profile',
      description:
        'Every award of the Shizuishan talent policy checked against a profile of facts: eligible (exact amounts in yuan with clause and rule ids), not eligible (with why) and unknown (with the facts missing), plus the questions that would settle the rest. Every fact is optional; give what is known. Example: {"facts": {"subjects": ["student"], "origin": true, "degree": "doctor", "enrolled": true, "fullTime": true, "agreementSigned": true}} → 20000 yuan, clause 12.',
      inputSchema: {
        facts: DescribedFacts.check(z.describe('What is known about the person or organisation')),
        lang: z.optional(Lang).check(z.describe('zh (default) or en')),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ facts, lang }) => {
      const b = benefits({ corpus: deps.corpus, rules: deps.rules, facts, lang: lang ?? 'zh', asOf: deps.clock() });
      return result(benefitsText(b, lang ?? 'zh'), b);
    },
  );

  server.registerResource(
    'clause',
    new ResourceTemplate('policy://{document}/clause/{id}', {
      list: async () => ({
        resources: deps.corpus.clauses.map((c) => ({
          uri: clauseUri(c),
          name: c.label,
          title: c.label,
          description: c.section,
          mimeType: 'text/plain',
        })),
      }),
    }),
    {
      title: 'A part of the policy document',
      description: 'The verbatim text of one of the 29 parts, with its lead and cooperating departments',
      mimeType: 'text/plain',
    },
    async (uri, { document, id }) => {
      const clause = deps.corpus.byId.get(String(id));
      if (!clause || clause.documentId !== String(document))
        throw new Error(`No resource ${uri.href}. List resources to see the 29 parts.`);
      return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: clauseText(clause) }] };
    },
  );
  return server;
}

/** policy://shizuishan-talent-2020/clause/12 */
function clauseUri(c: Pick<Clause, 'documentId' | 'id'>): string {
  return `policy://${c.documentId}/clause/${c.id}`;
}
