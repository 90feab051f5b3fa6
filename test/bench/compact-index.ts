// A prototype of the compact index format proposed in README "Performance" (the app does not use it): one MiniSearch
// serialized index packed into flat typed arrays, so loading is a few views and one string split instead of a radix tree
// rebuilt term by term. The bench times its load beside MiniSearch.loadJS; scoring would be the same BM25+.

/** MiniSearch's serialized form (serializationVersion 2), the parts the format keeps. */
interface Serialized {
  documentCount: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  storedFields: Record<string, Record<string, unknown>>;
  index: [string, Record<string, Record<string, number>>][];
}

export interface CompactIndex {
  documentIds: string[];
  averageFieldLength: number[];
  fieldLength: Uint16Array;
  /** Postings of one term: parallel arrays of field, document number and term frequency (empty when absent). */
  postings(term: string): { field: Uint8Array; doc: Uint16Array; tf: Uint8Array };
}

const align = (n: number, to: number) => Math.ceil(n / to) * to;

/** Packs a serialized MiniSearch index into one buffer (what `npm run corpus` would write). */
export function pack(s: Serialized): Uint8Array {
  const entries = [...s.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const starts: number[] = [0];
  const field: number[] = [];
  const doc: number[] = [];
  const tf: number[] = [];
  for (const [, fields] of entries) {
    for (const [f, docs] of Object.entries(fields)) {
      for (const [d, n] of Object.entries(docs)) {
        field.push(Number(f));
        doc.push(Number(d));
        tf.push(n);
      }
    }
    starts.push(doc.length);
  }
  const fieldCount = Object.keys(s.fieldIds).length;
  const ids = Object.keys(s.documentIds).map(Number);
  const lengths = new Uint16Array((Math.max(...ids) + 1) * fieldCount);
  for (const [d, ls] of Object.entries(s.fieldLength)) ls.forEach((l, f) => (lengths[Number(d) * fieldCount + f] = l));
  const header = new TextEncoder().encode(
    JSON.stringify({
      documentIds: s.documentIds,
      averageFieldLength: s.averageFieldLength,
      fieldCount,
      terms: entries.length,
      postings: doc.length,
      lengths: lengths.length,
    }),
  );
  const terms = new TextEncoder().encode(entries.map((e) => e[0]).join('\n'));
  // Layout: u32 header length, header, u32 terms length, terms, then 4-aligned u32 starts, u16 doc, u16 lengths, u8 field, u8 tf.
  let at = align(8 + header.length + terms.length, 4);
  const size = at + starts.length * 4 + doc.length * 2 + lengths.length * 2 + field.length + tf.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, header.length, true);
  out.set(header, 4);
  view.setUint32(4 + header.length, terms.length, true);
  out.set(terms, 8 + header.length);
  new Uint32Array(out.buffer, at, starts.length).set(starts);
  at += starts.length * 4;
  new Uint16Array(out.buffer, at, doc.length).set(doc);
  at += doc.length * 2;
  new Uint16Array(out.buffer, at, lengths.length).set(lengths);
  at += lengths.length * 2;
  out.set(field, at);
  out.set(tf, at + field.length);
  return out;
}

/** Loads a packed index: views over the buffer, the term list split once; lookups are binary searches. */
export function load(bytes: Uint8Array): CompactIndex {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  const decoder = new TextDecoder();
  const header = JSON.parse(decoder.decode(bytes.subarray(4, 4 + headerLength))) as {
    documentIds: Record<string, string>;
    averageFieldLength: number[];
    fieldCount: number;
    terms: number;
    postings: number;
    lengths: number;
  };
  const termsLength = view.getUint32(4 + headerLength, true);
  const terms = decoder.decode(bytes.subarray(8 + headerLength, 8 + headerLength + termsLength)).split('\n');
  let at = bytes.byteOffset + align(8 + headerLength + termsLength, 4);
  const starts = new Uint32Array(bytes.buffer, at, header.terms + 1);
  at += starts.byteLength;
  const doc = new Uint16Array(bytes.buffer, at, header.postings);
  at += doc.byteLength;
  const fieldLength = new Uint16Array(bytes.buffer, at, header.lengths);
  at += fieldLength.byteLength;
  const field = new Uint8Array(bytes.buffer, at, header.postings);
  const tf = new Uint8Array(bytes.buffer, at + header.postings, header.postings);
  const documentIds: string[] = [];
  for (const [k, v] of Object.entries(header.documentIds)) documentIds[Number(k)] = v;
  return {
    documentIds,
    averageFieldLength: header.averageFieldLength,
    fieldLength,
    postings(term) {
      let lo = 0;
      let hi = terms.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const t = terms[mid]!;
        if (t === term) {
          const [a, b] = [starts[mid]!, starts[mid + 1]!];
          return { field: field.subarray(a, b), doc: doc.subarray(a, b), tf: tf.subarray(a, b) };
        }
        if (t < term) lo = mid + 1;
        else hi = mid - 1;
      }
      return { field: new Uint8Array(0), doc: new Uint16Array(0), tf: new Uint8Array(0) };
    },
  };
}
