// The offline answerer: the one to three sentences that matter, quoted verbatim, each with its citation.
import type { Corpus } from '../corpus/load';
import type { Search } from '../search/index';
import type { Question } from '../understand/question';
import type { Answer, Citation, Lang } from '../contract/answer';
import { citeTag, clauseName } from './cite';

/** A second clause is quoted only when it scores close to the first. */
const SECOND_CLAUSE_RATIO = 0.75;
const MAX_QUOTES = 3;

const TEXT = {
  zh: {
    intro: (name: string) => `根据${name}：`,
    lead: (d: string) => `牵头部门：${d}。`,
    outOfScope: (ask: string) =>
      `这份文件（石党办发〔2020〕32号）没有涉及这个问题，我无法据此回答。建议咨询${ask ? `${ask}；人才政策方面的问题可咨询市人才办` : '市人才办，或该事项的主管部门'}。`,
    greeting:
      '您好！我可以回答《石嘴山市实施人才强市战略 推动转型发展高质量发展的实施意见》（石党办发〔2020〕32号）中的问题，例如预引进生活补贴、回乡创业补贴、博士后工作站资助、技能大师工作室经费，并注明所依据的条款。',
  },
  en: {
    intro: (name: string) => `${name} says:`,
    lead: (d: string) => `Lead department: ${d}.`,
    outOfScope: (ask: string) =>
      `The policy document (石党办发〔2020〕32号) does not cover this, so I cannot answer it from the text. Please ask ${ask ? `${ask}; for talent-policy questions, the city talent office (市人才办)` : 'the city talent office (市人才办) or the department in charge of the matter'}.`,
    greeting:
      "Hello! I answer questions about Shizuishan's talent policy (石党办发〔2020〕32号) — pre-introduction living subsidies, return-home start-up subsidies, postdoc station funding, skill-master studios and more — and cite the clause each answer rests on.",
  },
} as const;

/** What the offline answerer says to a greeting. */
export function greetingAnswer(lang: Lang): Answer {
  // outOfScope as before this reading existed: nothing is cited, and clients show no clause chips for it.
  return { answer: TEXT[lang].greeting, citations: [], amounts: [], outOfScope: true, source: 'extractive', lang };
}

/** Nothing in the text matches: say so (the reading found no specific reason), and suggest whom to ask. */
function nothingFound(lang: Lang): Answer {
  return {
    answer: TEXT[lang].outOfScope(''),
    citations: [],
    amounts: [],
    outOfScope: true,
    scope: { reason: 'uncovered_topic' },
    source: 'extractive',
    lang,
  };
}

/** Answers from the text alone: retrieve, pick the sentences that matter, quote them with citations. */
export function extractiveAnswer(corpus: Corpus, search: Search, q: Question, lang: Lang, prefer?: string): Answer {
  const found = search.clauses(q, 3);
  // A clause the question is about goes first: the award it names (A至F类人才啥意思 → the clause that sets A—F up), or
  // the one "it" refers back to (能办哪些事 after 人才服务窗口), whether or not the words alone find it.
  const top0 = found[0]?.score ?? 1;
  const hits =
    prefer && corpus.byId.has(prefer)
      ? [{ id: prefer, score: Math.max(found.find((h) => h.id === prefer)?.score ?? 0, top0) }, ...found.filter((h) => h.id !== prefer)]
      : found;
  const top = hits[0];
  if (!top) return nothingFound(lang);

  const chosen = [
    top,
    ...hits
      .slice(1)
      .filter((h) => h.score >= top.score * SECOND_CLAUSE_RATIO)
      .slice(0, 1),
  ];
  const citations: Citation[] = [];
  const blocks: string[] = [];
  for (const [i, hit] of chosen.entries()) {
    const clause = corpus.byId.get(hit.id);
    if (!clause) continue;
    const room = MAX_QUOTES - citations.length;
    // Conditions and obligations are often spread over a clause's sentences: quote one more of the best clause.
    const spread = q.asks.some((a) => a === 'conditions' || a === 'obligations' || a === 'eligibility');
    const want = i === 0 ? Math.min(spread ? 3 : 2, room) : 1;
    // The clause's own heading sentence (加大人才住房保障力度。) says nothing its label does not: quote the substance.
    const ranked = search.passages(q, clause.id, want + 1);
    const substance = ranked.filter((p) => p.text !== `${clause.title}。`);
    const matched = (substance.length ? substance : ranked).slice(0, want);
    // A clause asked for by number alone ("What does clause 19 say?") is quoted from its opening sentences.
    const passages = matched.length ? matched : corpus.passages.filter((p) => p.clauseId === clause.id).slice(0, want);
    if (passages.length === 0) continue;
    // Quotes read in document order, whatever their rank.
    const quotes = passages.sort((a, b) => clause.text.indexOf(a.text) - clause.text.indexOf(b.text));
    for (const p of quotes) citations.push({ id: clause.id, label: clause.label, quote: p.text });
    blocks.push([TEXT[lang].intro(clauseName(clause, lang)), ...quotes.map((p) => `“${p.text}”${citeTag(clause)}`)].join('\n'));
  }
  if (citations.length === 0) return nothingFound(lang);

  const lead = corpus.byId.get(top.id)?.lead ?? [];
  const tail = lead.length ? [TEXT[lang].lead(lead.join('、'))] : [];
  return {
    answer: [...blocks, ...tail].join('\n\n'),
    citations,
    amounts: [],
    source: 'extractive',
    lang,
    ...(lead.length ? { lead } : {}),
  };
}
