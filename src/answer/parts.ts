// The part of the text that answers what was asked: the document's metadata, a whole clause, its departments, and the
// closing rule for overlaps. Every sentence is quoted verbatim and cited.
import type { Clause } from '../corpus/schema';
import type { Corpus } from '../corpus/load';
import { citeTag, clauseName } from './cite';
import type { Answer, Lang } from '../contract/answer';

/** 2020-09-15 → 2020年9月15日, as the notice writes it. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 文号, 发文机关, 印发日期 and 主送, from document.json and the notice's own lines. */
export function documentAnswer(corpus: Corpus, lang: Lang): Answer {
  const doc = corpus.documents[0]!;
  const notice = corpus.byId.get('notice')!;
  const lines = notice.text.split('\n').map((l) => l.trim());
  const quote = (pick: (l: string) => boolean) => lines.find(pick) ?? '';
  const date = chineseDate(doc.date);
  const to = quote((l) => l.endsWith('：'));
  const tag = citeTag(notice);
  const text =
    lang === 'zh'
      ? `《${doc.title}》，文号${doc.docNumber}，由${doc.issuers.join('、')}于${date}印发。${tag}\n主送：${to.replace(/：$/, '')}。${tag}`
      : `"${doc.title}" — document number ${doc.docNumber}, issued by ${doc.issuers.join(' and ')} on ${doc.date} (${date}). ${tag}\nAddressed to: ${to.replace(/：$/, '')} ${tag}`;
  return {
    answer: text,
    citations: [doc.docNumber, date, to]
      .filter(Boolean)
      .map((q) => ({ id: notice.id, label: notice.label, quote: quote((l) => l.includes(q)) || q })),
    amounts: [],
    source: 'extractive',
    lang,
  };
}

/** The whole text of one part, marked as complete. */
export function clauseAnswer(clause: Clause, lang: Lang): Answer {
  const head = lang === 'zh' ? `${clauseName(clause, lang)}（全文）：` : `${clauseName(clause, lang)} — full text:`;
  return {
    answer: `${head}\n“${clause.text}”${citeTag(clause)}${departmentLine(clause, lang)}`,
    citations: [{ id: clause.id, label: clause.label, quote: clause.text }],
    amounts: [],
    source: 'extractive',
    lang,
    ...(clause.lead.length ? { lead: clause.lead } : {}),
  };
}

/** The clause's own （…牵头负责，…配合） sentence. */
function departmentQuote(clause: Clause): string | undefined {
  // The source mixes full- and half-width brackets here: （…) and (…) both occur.
  return /[（(][^（）()]*牵头[^（）()]*[）)]/.exec(clause.text)?.[0];
}

function departmentLine(clause: Clause, lang: Lang): string {
  if (!clause.lead.length) return '';
  return lang === 'zh' ? `\n牵头部门：${clause.lead.join('、')}。` : `\nLead department: ${clause.lead.join(', ')}.`;
}

/** Who leads and who cooperates on one clause, in the clause's own words. */
export function departmentAnswer(corpus: Corpus, clause: Clause, lang: Lang): Answer {
  const quote = departmentQuote(clause);
  if (!quote) {
    const doc = corpus.documents[0]!;
    const text =
      lang === 'zh'
        ? `${clauseName(clause, lang)}没有写明牵头部门。整份文件由${doc.issuers.join('、')}印发${citeTag(corpus.byId.get('notice')!)}；人才工作的综合协调可咨询市人才办。`
        : `${clauseName(clause, lang)} names no lead department. The document was issued by ${doc.issuers.join(' and ')}; for talent policy in general, ask the city talent office (市人才办).`;
    return {
      answer: text,
      citations: [
        {
          id: 'notice',
          label: corpus.byId.get('notice')!.label,
          quote:
            corpus.byId
              .get('notice')!
              .text.split('\n')
              .find((l) => l.includes('办公室')) ?? '',
        },
      ],
      amounts: [],
      source: 'extractive',
      lang,
    };
  }
  const co = clause.cooperate.length
    ? lang === 'zh'
      ? `，${clause.cooperate.join('、')}配合`
      : `, with ${clause.cooperate.join(', ')} cooperating`
    : '';
  const text =
    lang === 'zh'
      ? `${clauseName(clause, lang)}由${clause.lead.join('、')}牵头负责${co}。原文：“${quote}”${citeTag(clause)}`
      : `${clauseName(clause, lang)} is led by ${clause.lead.join(', ')} (牵头负责)${co}. The text: “${quote}”${citeTag(clause)}`;
  return {
    answer: text,
    citations: [{ id: clause.id, label: clause.label, quote }],
    amounts: [],
    source: 'extractive',
    lang,
    lead: clause.lead,
  };
}

/** Overlapping awards or policies: the closing rule as the text states it, and no more. */
export function stackingAnswer(corpus: Corpus, lang: Lang, about: Clause | undefined): Answer {
  const final = corpus.byId.get('final')!;
  const tag = citeTag(final);
  const lead = about?.lead ?? [];
  const ask = lead.length ? lead.join('、') : '市人才办';
  const text =
    lang === 'zh'
      ? `文件的结尾规定：“${final.text}”${tag}\n也就是说：与现行政策交叉重复的，按时间从新、标准从高执行，奖补不重复享受。文件没有逐项列出哪些奖补相互重复；具体是否重复、按哪项执行，由${ask}认定。`
      : `The document's closing rule: “${final.text}”${tag}\nWhere this document overlaps existing policies, the newer one and the higher standard apply, and awards are not paid twice (时间从新、标准从高、奖补不重复). The text does not list which awards overlap; ${ask} decides in each case.`;
  const citations = [{ id: final.id, label: final.label, quote: final.text }];
  const aboutLine = about ? departmentQuote(about) : undefined;
  if (about && aboutLine) citations.push({ id: about.id, label: about.label, quote: aboutLine });
  return { answer: text, citations, amounts: [], source: 'extractive', lang, ...(lead.length ? { lead } : {}) };
}
