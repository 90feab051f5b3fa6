// Answers for what the document does not answer: another place's policy, a topic it does not cover, or a detail it does
// not give. They say so plainly, name whom to ask, carry no amount, and may cite what the text does say nearby.
import type { Corpus } from '../corpus/load';
import type { Clause } from '../corpus/schema';
import type { Search } from '../search/index';
import type { Question } from '../understand/question';
import { citeTag, clauseName } from './cite';
import type { Answer, Citation, Lang, Scope } from '../contract/answer';

const DOC = '石嘴山市2020年的《实施人才强市战略 推动转型发展高质量发展的实施意见》（石党办发〔2020〕32号）';
const DOC_EN = "Shizuishan's 2020 talent policy (石党办发〔2020〕32号)";

const DETAIL_WORDS: Record<string, [string, string]> = {
  timing: ['发放或兑现的时间', 'when it is paid'],
  procedure: ['申请办理的程序', 'how to apply'],
  materials: ['需要提交的材料', 'which documents to submit'],
  criteria: ['认定或评选的具体标准', 'the recognition or selection criteria'],
  definition: ['这个说法的定义', 'a definition of the term'],
  limits: ['年龄、期限等限制', 'limits such as age or duration'],
  amount: ['具体金额', 'an amount'],
};

/** The line an in-scope answer ends with when the question also asked a detail the text does not give. */
export function notGivenLine(detail: string, lang: Lang): string {
  return lang === 'zh' ? `文件没有写明${detailWords(detail, lang)}。` : `The document does not give ${detailWords(detail, lang)}.`;
}

/** Digits and amounts are kept out of an out-of-scope answer's own words; quotes stay verbatim in citations. */
function detailWords(detail: string | undefined, lang: Lang): string {
  const known = detail ? DETAIL_WORDS[detail] : undefined;
  if (known) return lang === 'zh' ? known[0] : known[1];
  if (!detail) return lang === 'zh' ? '这方面的规定' : 'this';
  return lang === 'zh' ? `“${detail}”的具体标准` : `the details of “${detail}”`;
}

/**
 * The answer for a question the document does not answer.
 * @example outOfScope(corpus, search, q) // { outOfScope: true, scope: { reason: 'other_place', askInstead: '中卫当地人才工作部门' } }
 */
export function outOfScope(corpus: Corpus, search: Search, q: Question, lang: Lang, near?: Clause): Answer {
  const reason = q.scope.reason ?? 'uncovered_topic';
  const base = { amounts: [], source: 'extractive' as const, lang, outOfScope: true };
  if (reason === 'other_place') {
    const ask = q.scope.askInstead ?? '当地人才工作部门';
    const text =
      lang === 'zh'
        ? `您问的是${q.scope.detail ? `“${q.scope.detail}”的` : '其他地方或其他层级的'}政策。我只解答${DOC}，它不能代替其他地方或新出台的规定，所以不能用它的标准回答这个问题。请咨询${ask}。如果您想了解石嘴山这份文件本身怎么规定，可以直接问我。`
        : `You are asking about ${q.scope.detail ? `the policy of “${q.scope.detail}”` : 'another place or another level of government'}. I only answer from ${DOC_EN}, which does not stand for other places' or newer rules, so I cannot answer with its amounts. Please ask ${ask === '当地人才工作部门' ? 'the local talent office' : ask}. If you want to know what the Shizuishan document itself says, ask me about it directly.`;
    const scope: Scope = { reason, ...(q.scope.detail ? { detail: q.scope.detail } : {}), askInstead: ask };
    return { ...base, answer: text, citations: [], scope };
  }
  if (reason === 'uncovered_topic') {
    const ask = q.scope.askInstead ?? '';
    const topic = q.scope.detail ? `“${q.scope.detail}”` : '这个问题';
    const text =
      lang === 'zh'
        ? `${DOC}没有涉及${topic}，我无法据此回答。建议咨询${ask ? `${ask}；人才政策方面的问题可咨询市人才办` : '市人才办，或该事项的主管部门'}。`
        : `${DOC_EN} does not cover ${q.scope.detail ? `“${q.scope.detail}”` : 'this'}, so I cannot answer it from the text. Please ask ${ask ? `${ask}; for talent-policy questions, the city talent office (市人才办)` : 'the city talent office (市人才办) or the department in charge of the matter'}.`;
    return {
      ...base,
      answer: text,
      citations: [],
      scope: { reason, ...(q.scope.detail ? { detail: q.scope.detail } : {}), ...(ask ? { askInstead: ask } : {}) },
    };
  }
  // A detail the text does not give: say what it does say nearby (cited), and name the lead department to ask.
  const top = near ? undefined : search.clauses(q, 1)[0];
  const clause = near ?? (top ? corpus.byId.get(top.id) : undefined);
  const lead = clause?.lead.length ? clause.lead.join('、') : '市人才办';
  const what = detailWords(q.scope.detail, lang);
  const citations: Citation[] = [];
  if (clause) {
    const passage = search.passages(q, clause.id, 1)[0];
    citations.push({ id: clause.id, label: clause.label, quote: passage?.text ?? clause.text.split('。')[0] + '。' });
  }
  const nearby = clause
    ? lang === 'zh'
      ? `文件在${clauseName(clause, lang)}中涉及这项内容${citeTag(clause)}，但没有写明${what}。`
      : `The document covers this in ${clauseName(clause, lang)} ${citeTag(clause)} but does not give ${what}.`
    : '';
  const text =
    lang === 'zh'
      ? `${nearby || `${DOC}没有写明${what}。`}请咨询牵头部门：${lead}。`
      : `${nearby || `${DOC_EN} does not give ${what}.`} Please ask the lead department: ${lead}.`;
  return {
    ...base,
    answer: text,
    citations,
    scope: { reason, ...(q.scope.detail ? { detail: q.scope.detail } : {}), askInstead: lead },
    ...(clause?.lead.length ? { lead: clause.lead } : {}),
  };
}
