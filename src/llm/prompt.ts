// Turns the versioned prompts (prompts/*.md, compiled into prompts.generated.ts) and the retrieved clauses into messages.
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { ChatPromptTemplate, PromptTemplate } from '@langchain/core/prompts';
import type { Lang } from '../contract/answer';
import type { Clause } from '../corpus/schema';
import { evidenceText } from './guard';
import { PROMPTS } from './prompts.generated';

/** Retrieved and user text are data: angle brackets are made full-width so no text can close its own tag. */
function asData(text: string): string {
  return text.replace(/</g, '＜').replace(/>/g, '＞');
}

/** Each clause with its id, minus sentences that try to instruct the model. */
function clauseBlock(clauses: Clause[]): string {
  return clauses.map((c) => `[id=${c.id}] ${c.label}\n${asData(evidenceText(c.text))}`).join('\n\n');
}

const QUESTION = ChatPromptTemplate.fromMessages([['human', '<clauses>\n{clauses}\n</clauses>\n\n<question>\n{question}\n</question>']]);
const EXPLAIN = ChatPromptTemplate.fromMessages([
  ['human', '<result>\n{result}\n</result>\n\n<clauses>\n{clauses}\n</clauses>\n\n<question>\n{question}\n</question>'],
]);

/**
 * The messages asking for a cited answer from the given clauses.
 * @example await answerMessages('zh', [corpus.byId.get('12')!], '博士有补贴吗？')
 */
export async function answerMessages(lang: Lang, clauses: Clause[], question: string): Promise<BaseMessage[]> {
  const human = await QUESTION.formatMessages({ clauses: clauseBlock(clauses), question: asData(question) });
  return [new SystemMessage(PROMPTS[`system.${lang}`]), ...human];
}

/** The messages asking for one sentence explaining a result the rules evaluator rendered. */
export async function explainMessages(lang: Lang, result: string, clauses: Clause[], question: string): Promise<BaseMessage[]> {
  const human = await EXPLAIN.formatMessages({ result: asData(result), clauses: clauseBlock(clauses), question: asData(question) });
  return [new SystemMessage(PROMPTS[`explain.${lang}`]), ...human];
}

/** The conversation so far plus the rejected output and the reason it was rejected. */
export async function retryMessages(lang: Lang, messages: BaseMessage[], rejected: string, reason: string): Promise<BaseMessage[]> {
  const text = await PromptTemplate.fromTemplate(PROMPTS[`retry.${lang}`]).format({ reason });
  return [...messages, new AIMessage(rejected), new HumanMessage(text)];
}
