// Synthetic corpora of N clauses, made of the real document's sentences recombined, to see how the index scales.
import { buildCorpus, loadCorpus, type Corpus } from '../../src/corpus/load';
import document from '../../corpus/shizuishan-talent-2020/document.json';

/** A deterministic pseudo-random sequence (the same corpus every run). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * N clauses across `documents` documents (synthetic-1 …), each 3–8 sentences drawn from the real clauses, with ids "1".."N".
 * @example syntheticCorpus(10_000, 10).clauses.length // 10000
 */
export function syntheticCorpus(n: number, documents = 1): Corpus {
  const real = loadCorpus();
  const sentences = real.passages.map((p) => p.text);
  const departments = [...new Set(real.clauses.flatMap((c) => [...c.lead, ...c.cooperate]))];
  const rand = lcg(n);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const clauses = Array.from({ length: n }, (_, i) => {
    const count = 3 + Math.floor(rand() * 6);
    const text = Array.from({ length: count }, () => pick(sentences)).join('');
    const title = pick(real.clauses).title;
    const documentId = `synthetic-${(i % documents) + 1}`;
    return {
      id: String(i + 1),
      documentId,
      label: `第${i + 1}条 ${title}`,
      section: '二、主要任务',
      title,
      text,
      lead: [pick(departments)],
      cooperate: [pick(departments)],
    };
  });
  return buildCorpus(
    Array.from({ length: documents }, (_, d) => ({
      document: { ...document, id: `synthetic-${d + 1}` },
      clauses: clauses.filter((c) => c.documentId === `synthetic-${d + 1}`),
    })),
  );
}
