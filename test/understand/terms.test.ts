// A message's content words: filler dropped whole, as Intl.Segmenter splits each run of Han characters. The reader
// segments all of a message's runs in one call, joined by newlines; that must split each run exactly as alone.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { QUERY_NOISE, STOP_WORDS, normalize } from '../../src/understand/language';
import { contentChunks } from '../../src/understand/terms';
import lookup from '../golden/lookup.json';

const STOP = new Set(STOP_WORDS);

/** The chunks one run at a time, each through its own segmentation: what the reader did before it batched them. */
function oneRunAtATime(text: string): string[][] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const stripped = QUERY_NOISE.reduce((t, w) => t.split(w).join(' '), text);
  const chunks: string[][] = [];
  for (const [run] of stripped.matchAll(/[\u3400-\u9fff\uf900-\ufaff]+/gu)) {
    for (const piece of run.match(/[\s\S]{1,48}/gu) ?? []) {
      let current: string[] = [];
      for (const { segment } of segmenter.segment(piece)) {
        if (!STOP.has(segment)) {
          current.push(segment);
          continue;
        }
        if (current.length) chunks.push(current);
        current = [];
      }
      if (current.length) chunks.push(current);
    }
  }
  return chunks;
}

describe('content words', () => {
  it('drops filler words whole', () => {
    expect(contentChunks('请问博士的补贴是多少')).toEqual([['博士'], ['补贴']]);
    expect(contentChunks('石嘴山的研究生，有什么补贴？还有住房呢')).toEqual([['研究生'], ['补贴'], ['还有', '住房']]);
  });

  it('splits every run of a message as that run alone (the whole document and every lookup question)', () => {
    const texts = [...loadCorpus().clauses.flatMap((c) => c.text.split('\n')), ...(lookup as { q: string }[]).map((g) => g.q)].map(
      normalize,
    );
    // Several runs per text, so the batched segmentation is really exercised.
    expect(texts.filter((t) => (t.match(/[\u3400-\u9fff]+/g) ?? []).length > 1).length).toBeGreaterThan(100);
    for (const text of texts) expect(contentChunks(text), text).toEqual(oneRunAtATime(text));
  });

  it('keeps a run longer than one piece in pieces of 48 characters', () => {
    const long = '博士后科研工作站'.repeat(20);
    expect(contentChunks(long).flat().join('')).toBe(long);
  });
});
