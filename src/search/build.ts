// `npm run corpus`: MiniSearch indexes the clauses and their sentences, and its postings are packed into the compact
// format the runtime loads (src/search/compact.ts). MiniSearch stays the indexer; no isolate ever loads it.
import MiniSearch, { type Options } from 'minisearch';
import * as z from '../contract/zod';
import type { Corpus } from '../corpus/load';
import type { Passage } from '../corpus/schema';
import type { PackedIndex } from './compact';
import { INDEX_VERSION, type ClauseDoc, type SerializedIndex } from './index';
import { tokenizeText } from './tokenize';

const clauseOptions: Options<ClauseDoc> = {
  fields: ['title', 'text', 'aliases', 'departments'],
  storeFields: [],
  tokenize: tokenizeText,
  processTerm: (t) => t,
};

const passageOptions: Options<Passage> = {
  fields: ['text'],
  storeFields: [],
  tokenize: tokenizeText,
  processTerm: (t) => t,
};

/** MiniSearch over the corpus's clauses and over their sentences (what `buildIndex` packs; tests compare against it). */
export function buildMiniSearch(corpus: Corpus): { clauses: MiniSearch<ClauseDoc>; passages: MiniSearch<Passage> } {
  const clauses = new MiniSearch<ClauseDoc>(clauseOptions);
  clauses.addAll(
    corpus.clauses.map((c) => ({
      id: c.id,
      label: c.label,
      title: c.title,
      text: c.text,
      aliases: corpus.aliases.get(c.id) ?? '',
      departments: [...c.lead, ...c.cooperate].join('、'),
    })),
  );
  const passages = new MiniSearch<Passage>(passageOptions);
  passages.addAll(corpus.passages);
  return { clauses, passages };
}

/** Builds both indexes from the corpus (done by `npm run corpus`, not at request time). */
export function buildIndex(corpus: Corpus): SerializedIndex {
  const { clauses, passages } = buildMiniSearch(corpus);
  return { version: INDEX_VERSION, clauses: pack(clauses), passages: pack(passages) };
}

/** MiniSearch's serialized form (serializationVersion 2), the parts the packed format keeps. */
/** The parts of MiniSearch's serialised index that packing reads, checked when the index is built. */
const MiniSearchJson = z.object({
  documentCount: z.number(),
  nextId: z.number(),
  documentIds: z.record(z.string(), z.string()),
  fieldIds: z.record(z.string(), z.number()),
  fieldLength: z.record(z.string(), z.array(z.number())),
  averageFieldLength: z.array(z.number()),
  index: z.array(z.tuple([z.string(), z.record(z.string(), z.record(z.string(), z.number()))])),
});

const varint = (out: number[], n: number) => {
  for (; n >= 0x80; n = Math.floor(n / 0x80)) out.push((n % 0x80) | 0x80);
  out.push(n);
};

/** Packs one MiniSearch index: the same postings, in the field and document order its scoring visits them. */
function pack(index: MiniSearch<never> | MiniSearch<ClauseDoc> | MiniSearch<Passage>): PackedIndex {
  const json = MiniSearchJson.parse(index.toJSON());
  const fields = Object.entries(json.fieldIds)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
  const ids = Array.from({ length: json.nextId }, (_, i) => json.documentIds[i]);
  if (json.documentCount !== json.nextId || ids.some((id) => id === undefined))
    throw new Error('search index: documents were removed; the packed format needs MiniSearch short ids 0 … n-1');
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const entries = [...json.index].sort((a, b) => byCodeUnit(a[0], b[0]));
  if (entries.some(([term]) => term.includes('\n') || term === '')) throw new Error('search index: a term is empty or holds a newline');
  const shape: number[] = [];
  const docs: number[] = [];
  const freqs: number[] = [];
  for (let d = 0; d < ids.length; d++) for (let f = 0; f < fields.length; f++) varint(shape, json.fieldLength[d]?.[f] ?? 0);
  for (const [, byField] of entries) {
    const present = Object.keys(byField)
      .map(Number)
      .sort((a, b) => a - b);
    varint(shape, present.length);
    for (const f of present) {
      const postings = Object.entries(byField[f]!)
        .map(([d, freq]) => [Number(d), freq] as const)
        .sort((a, b) => a[0] - b[0]);
      varint(shape, f);
      varint(shape, postings.length);
      postings.forEach(([d, freq], i) => {
        varint(docs, i === 0 ? d : d - postings[i - 1]![0]);
        varint(freqs, freq);
      });
    }
  }
  const header: number[] = [];
  varint(header, shape.length);
  varint(header, docs.length);
  return {
    documentCount: json.documentCount,
    ids: ids.map((id) => id ?? ''),
    fields,
    averageFieldLength: json.averageFieldLength,
    terms: entries.map(([term]) => term).join('\n'),
    postings: Buffer.from([...header, ...shape, ...docs, ...freqs]).toString('base64'),
  };
}
