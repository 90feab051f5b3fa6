// With a model configured, the model also reads the message into the Question's facts (zod-validated JSON). Where it
// disagrees with the deterministic reading on a fact that decides an amount, the answer asks the user; amounts still
// come only from the rules evaluator.
import { parseJsonAs } from '../contract/json';
import * as z from '../contract/zod';
import type { Answer, Lang } from '../contract/answer';
import { FACT_QUESTIONS, Degree, Level, isFactName, type FactName, type Facts } from '../rules/facts';

/** The facts the model may read (the ones people state about themselves); anything else in its JSON is refused. */
const ModelFacts = z.partial(
  z.strictObject({
    origin: z.boolean(),
    degree: Degree,
    enrolled: z.boolean(),
    fullTime: z.boolean(),
    agreementSigned: z.boolean(),
    doubleFirstClass: z.boolean(),
    level: Level,
    newlyRecognised: z.boolean(),
  }),
);

/** The first {...} of the completion, parsed and validated; undefined for anything else. */
export function parseModelFacts(text: string): Partial<Facts> | undefined {
  return parseJsonAs(ModelFacts, /\{[\s\S]*\}/.exec(text)?.[0]);
}

/**
 * Facts the two readings give different values for (one may be silent where the other is not), among those that decide
 * a shown amount.
 */
export function disagreements(said: Facts, model: Partial<Facts>, deciding: ReadonlySet<FactName>): FactName[] {
  return Object.keys(model)
    .filter(isFactName)
    .filter((fact) => deciding.has(fact) && model[fact] !== undefined && said[fact] !== model[fact]);
}

/** The rules answer, asking the user to settle the first fact the two readings disagree on. */
export function askToConfirm(result: Answer, fact: FactName, lang: Lang): Answer {
  const q = FACT_QUESTIONS[fact];
  const note =
    lang === 'zh' ? `我对您说的情况有两种理解，请先确认：${q.zh}` : `I read your message two ways; please confirm first: ${q.en}`;
  return {
    ...result,
    answer: `${note}\n\n${result.answer}`,
    clarify: { fact, question: q[lang], options: q.options.map((o) => ({ value: String(o.value), label: o[lang] })) },
  };
}
