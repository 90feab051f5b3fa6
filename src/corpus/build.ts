// `npm run corpus`: regenerates corpus/<id>/document.json, clauses.json and index.json from corpus/<id>/source.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePolicy, type DocumentMeta } from './parse';

/** Each document: its folder under corpus/ and what the parser needs to know about its layout. */
export const SOURCES: DocumentMeta[] = [
  {
    id: 'shizuishan-talent-2020',
    bodyTitle: '石嘴山市实施人才强市战略 推动转型发展高质量发展的实施意见',
    footerLines: ['办公室'],
  },
];

export const corpusRoot = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** Writes document.json and clauses.json for every source. */
export function writeCorpus(): void {
  for (const meta of SOURCES) {
    const dir = `${corpusRoot}${meta.id}/`;
    const { clauses, ...document } = parsePolicy(readFileSync(`${dir}source.txt`, 'utf8'), meta);
    writeFileSync(`${dir}document.json`, JSON.stringify(document, null, 2) + '\n');
    writeFileSync(`${dir}clauses.json`, JSON.stringify(clauses, null, 2) + '\n');
    console.log(`${meta.id}: ${clauses.length} parts written`);
  }
}
