// Loads the bundled corpus JSON (written by `npm run corpus`) and validates it; the one place documents are registered.
import * as z from '../contract/zod';
import { Clause, Passage, PolicyDocument } from './schema';
import talentDocument from '../../corpus/shizuishan-talent-2020/document.json';
import talentClauses from '../../corpus/shizuishan-talent-2020/clauses.json';
import talentAliases from '../../corpus/shizuishan-talent-2020/aliases.json';

/** Everything retrieval and answers need about the documents, validated once. */
export interface Corpus {
  documents: PolicyDocument[];
  clauses: Clause[];
  passages: Passage[];
  /** Clause by id (ids are unique across documents while there is one document; see README). */
  byId: Map<string, Clause>;
  /** How people ask about each part (search only, never quoted), by clause id. */
  aliases: Map<string, string>;
}

const DocumentFile = z.omit(PolicyDocument, { clauses: true });
const ClauseFile = z.array(Clause);
/** aliases.json: clause id → phrases people use for it; "$comment" documents the file. */
const AliasFile = z.record(z.string(), z.union([z.array(z.string()), z.string()]));

/** Splits a clause text into quotable passages: sentences, and the halves of ；-joined sentences. */
export function splitPassages(text: string): string[] {
  return text
    .split(/(?<=[。；！？\n])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Builds the corpus from raw (unvalidated) document and clause data. Throws a ZodError naming the bad field. */
export function buildCorpus(files: { document: unknown; clauses: unknown; aliases?: unknown }[]): Corpus {
  const documents = files.map((f) => PolicyDocument.parse({ ...DocumentFile.parse(f.document), clauses: ClauseFile.parse(f.clauses) }));
  const clauses = documents.flatMap((d) => d.clauses);
  const passages = clauses.flatMap((c) =>
    splitPassages(c.text).map((text, i) => Passage.parse({ id: `${c.id}.${i + 1}`, clauseId: c.id, documentId: c.documentId, text })),
  );
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const aliases = new Map<string, string>();
  for (const f of files) {
    for (const [id, phrases] of Object.entries(AliasFile.parse(f.aliases ?? {}))) {
      if (id.startsWith('$')) continue;
      if (!byId.has(id)) throw new Error(`aliases.json names part "${id}", which does not exist`);
      aliases.set(id, [phrases].flat().join(' '));
    }
  }
  return { documents, clauses, passages, byId, aliases };
}

let cached: Corpus | undefined;

/** The bundled corpus (validated on first use, then cached for the isolate's life). */
export function loadCorpus(): Corpus {
  cached ??= buildCorpus([{ document: talentDocument, clauses: talentClauses, aliases: talentAliases }]);
  return cached;
}
