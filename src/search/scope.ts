// Is a question about this document at all? Uncovered topics, and how much of the user's wording the corpus knows.
import { GENERIC_WORDS, OTHER_PLACES, UNCOVERED_TOPICS } from './glossary';
import { contentChunks, domainTerms, glossaryHits, latinWords, normalize } from './tokenize';

/** Below this share of known wording (and with no glossary or domain term) a question is out of scope. */
export const MIN_KNOWN_SHARE = 0.4;

export interface ScopeJudgement {
  inScope: boolean;
  /** Where to ask instead, for an uncovered topic ('' when there is nobody to suggest). */
  askInstead?: string;
  knownShare: number;
}

/** The topic this question is about if the document does not cover it. */
export function uncoveredTopic(question: string): { ask: string } | undefined {
  const t = normalize(question);
  if (OTHER_PLACE_POLICY.test(t)) return { ask: '当地人才工作部门' };
  return UNCOVERED_TOPICS.find((u) => u.say.some((s) => t.includes(normalize(s))));
}

/** 银川市人才政策, 西安的人才政策: another place's policy, not this document. */
const OTHER_PLACE_POLICY = new RegExp(`(${OTHER_PLACES.join('|')})(市|区|省)?(的)?(人才)?政策`);

/** Characters of a chunk covered by some substring of two or more characters that the corpus contains. */
function coveredChars(chunk: string, vocabulary: string): number {
  const covered = new Array<boolean>(chunk.length).fill(false);
  for (let i = 0; i < chunk.length - 1; i++) {
    for (let j = chunk.length; j >= i + 2; j--) {
      if (vocabulary.includes(chunk.slice(i, j))) {
        covered.fill(true, i, j);
        break;
      }
    }
  }
  return covered.filter(Boolean).length;
}

/**
 * Judges scope from the words alone. `vocabulary` is the normalized text of every clause and alias.
 * Chinese is measured in characters (ICU word breaks are unreliable on policy terms), English in words.
 * @example judgeScope('公积金怎么提取', vocab) // { inScope: false, askInstead: '住房公积金管理中心', … }
 */
export function judgeScope(question: string, vocabulary: string): ScopeJudgement {
  const topic = uncoveredTopic(question);
  if (topic) return { inScope: false, askInstead: topic.ask, knownShare: 0 };
  // Words every government question has (申请, 补贴, 材料) say nothing about whether this document covers it.
  const specific = GENERIC_WORDS.reduce((t, w) => t.split(w).join(' '), normalize(question));
  const chunks = contentChunks(specific).map((c) => c.join(''));
  const latin = latinWords(specific);
  const total = chunks.reduce((n, c) => n + c.length, 0) + 2 * latin.length;
  if (total === 0) return { inScope: true, knownShare: 1 };
  const known = chunks.reduce((n, c) => n + coveredChars(c, vocabulary), 0) + 2 * latin.filter((w) => vocabulary.includes(w)).length;
  const share = known / total;
  const strongSignal = glossaryHits(specific).length > 0 || domainTerms(specific).length > 0;
  return { inScope: share >= MIN_KNOWN_SHARE || strongSignal, knownShare: Math.round(share * 100) / 100 };
}
