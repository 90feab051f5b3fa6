// Loads the bundled rules JSON and validates it once, like src/corpus/load.ts; the one place rule files are registered.
import { RuleFile, type ClosingNotes, type NotABenefit, type Overlap, type Rule } from './schema';
import talentRules from '../../corpus/shizuishan-talent-2020/rules.json';

/** Every rule, the overlaps the closing rule settles, and the closing rule's quote. */
export interface RuleSet {
  rules: Rule[];
  overlaps: Overlap[];
  closing: { clause: string; quote: string };
  closingNotes: ClosingNotes;
  /** Sentences with a money word that grant nothing, each with why (checked against the source by a test). */
  notBenefits: NotABenefit[];
}

/** Builds a rule set from raw (unvalidated) rule files. Throws a ZodError naming the bad field. */
function buildRuleSet(files: unknown[]): RuleSet {
  const parsed = files.map((f) => RuleFile.parse(f));
  const first = parsed[0];
  if (!first) throw new Error('no rule files registered');
  return {
    rules: parsed.flatMap((f) => f.rules),
    overlaps: parsed.flatMap((f) => f.overlaps),
    closing: { clause: first.closingClause, quote: first.closingQuote },
    closingNotes: first.closingNotes,
    notBenefits: parsed.flatMap((f) => f.notBenefits),
  };
}

let cached: RuleSet | undefined;

/** The bundled rules (validated on first use, then cached for the isolate's life). */
export function loadRules(): RuleSet {
  cached ??= buildRuleSet([talentRules]);
  return cached;
}
