// The shape of corpus/<id>/rules.json: every monetary provision as data (conditions, amount, payer, quote), as zod schemas.
import * as z from '../contract/zod';
import { ClauseId } from '../corpus/schema';
import { FactName } from './facts';

/** Text in both languages (the quote stays Chinese: it is the document's own words). */
export const Bilingual = z.object({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Bilingual = z.infer<typeof Bilingual>;

const FactValue = z.union([z.string(), z.boolean()]);
type FactValue = z.infer<typeof FactValue>;

/** A condition over one fact: met when the fact's value (or, for a list fact, one of its values) is in `in`. */
export const Condition = z.object({
  fact: FactName,
  in: z.array(FactValue).check(z.minLength(1)),
  /** What the text requires, in its own words: 与石嘴山市企业和社会组织签订预引进协议. */
  requires: Bilingual,
  /** How a failed condition reads for this rule when the fact's own wording would not fit (新建, not 新认定). */
  unmet: z.optional(Bilingual),
  /**
   * A condition the question itself presumes (asking about 第13条's exam waiver presumes a post with a city-owned
   * enterprise): met while the fact is unknown, failed only by a stated fact against it, and never asked about.
   */
  presumed: z.optional(z.boolean()),
});
export type Condition = z.infer<typeof Condition>;

const Yuan = z.int().check(z.positive());

export const TableRow = z.object({
  when: FactValue,
  yuan: Yuan,
  /** Further conditions for this row only (the 学士 row of 第12条 also needs 双一流). */
  conditions: z._default(z.array(Condition), []),
  /** A reading of this row that is not literally in the text, shown as such. */
  interpretation: z.optional(Bilingual),
});
export type TableRow = z.infer<typeof TableRow>;

/** The amount as the text states it; a range is never collapsed to one number. */
const AmountSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), yuan: Yuan }),
  z.object({ kind: z.literal('table'), fact: FactName, rows: z.array(TableRow).check(z.minLength(2)), requires: Bilingual }),
  z.object({ kind: z.literal('range'), min: Yuan, max: Yuan, criteria: Bilingual }),
  z.object({ kind: z.literal('ratio'), ratio: z.number().check(z.positive(), z.lte(1)), atLeast: z.boolean(), of: Bilingual }),
  /**
   * A provision that grants no sum: a non-cash effect (costs counted as profit, performance pay raised), or, with
   * `unquantified`, a provision the text names without an amount or criteria (博士工作补助): eligibility is then never
   * decided here, only what the text says about it.
   */
  z.object({ kind: z.literal('none'), effect: Bilingual, unquantified: z._default(z.boolean(), false) }),
]);
type AmountSpec = z.infer<typeof AmountSpec>;

// Codes are only ever added (clients keep the old ones): 'space', 'cost' and 'as-incurred' are no longer used by a rule.
export const Per = z.enum([
  'person',
  'person-trip',
  'platform',
  'base',
  'studio',
  'organisation',
  'station',
  'institution',
  'enterprise',
  'alliance',
  'space',
  'cost',
  'incubator',
  'maker-space',
  'organisation-or-person',
  'tuition',
  'unstated',
  'not-applicable',
]);
export const Period = z.enum([
  'one-time',
  'per-year',
  'per-selection',
  'on-completion',
  'on-recognition',
  'same-year',
  'as-incurred',
  'unstated',
  'not-applicable',
]);
export const Payer = z.enum(['region', 'employer']);
export const Recipient = z.enum([
  'person',
  'pre-introducing-employer',
  'introducing-employer',
  'enterprise',
  'platform',
  'base',
  'studio',
  'organisation',
  'station',
  'institution',
  'alliance',
  'space',
  'organisation-or-person',
  'incubator',
  'maker-space',
  'county-institution',
  'achievers',
  'unstated',
]);

export const Rule = z.object({
  id: z.string().check(z.regex(/^r\d+-[a-z0-9-]+$/)),
  clause: ClauseId,
  label: Bilingual,
  /** The sentence(s) of the clause the rule rests on, verbatim (a test proves it occurs in the clause). */
  quote: z.string().check(z.minLength(1)),
  conditions: z.array(Condition),
  amount: AmountSpec,
  per: Per,
  period: Period,
  years: z.optional(z.int().check(z.positive())),
  /** Only where the text names who pays. */
  payer: z.optional(Payer),
  recipient: Recipient,
  obligations: z._default(z.array(Bilingual), []),
  /** Who receives it and for what, in words, only where the quote says so (拨付预引进单位，主要用于…学习生活支出). */
  recipientNote: z.optional(Bilingual),
  /** The provision's own name as the text writes it, verbatim inside the quote (助学贷款代偿): what the rule covers. */
  provision: z.optional(z.string().check(z.minLength(1))),
  /** A reading that is not literally in the text (what counts as 新认定), shown to the user as such. */
  interpretation: z.optional(Bilingual),
  validFrom: z.iso.date(),
});
export type Rule = z.infer<typeof Rule>;

/**
 * Awards that may fall to the same person or body. Each stays as the text gives it; the Amount carries this note and
 * cites the closing rule (`final`). No award is ever removed or lowered here: the text does not say which is paid.
 */
export const Overlap = z.object({
  id: z.string().check(z.minLength(1)),
  rules: z.array(z.string()).check(z.minLength(2)),
  note: Bilingual,
  /** Why applying the closing rule here is a reading, not the text. */
  interpretation: Bilingual,
});
export type Overlap = z.infer<typeof Overlap>;

/** What the answer says, from the text's closing rule, when a user names another (existing) policy or a level upgrade. */
export const ClosingNotes = z.object({
  /** The user also has, or asks about, an award under an existing policy: the closing rule's own case. */
  existingPolicy: Bilingual,
  /**
   * The same body recognised at a lower level and later a higher one. Placeholders: {lower} {lowerSum} {higher} {higherSum}.
   */
  upgrade: Bilingual,
  upgradeInterpretation: Bilingual,
});
export type ClosingNotes = z.infer<typeof ClosingNotes>;

/** A sentence with a money word (补贴, 经费, 待遇 …) that grants nothing to a person or body, and why. */
export const NotABenefit = z.object({
  clause: ClauseId,
  quote: z.string().check(z.minLength(1)),
  reason: z.string().check(z.minLength(1)),
});
export type NotABenefit = z.infer<typeof NotABenefit>;

export const RuleFile = z
  .object({
    documentId: z.string().check(z.minLength(1)),
    /** The closing rule every overlap cites. */
    closingClause: ClauseId,
    closingQuote: z.string().check(z.minLength(1)),
    closingNotes: ClosingNotes,
    rules: z.array(Rule).check(z.minLength(1)),
    overlaps: z.array(Overlap),
    notBenefits: z._default(z.array(NotABenefit), []),
  })
  .check(
    z.superRefine((file, ctx) => {
      const ids = new Set<string>();
      for (const r of file.rules) {
        if (ids.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${r.id}` });
        ids.add(r.id);
        if (r.amount.kind === 'range' && r.amount.min >= r.amount.max)
          ctx.addIssue({ code: 'custom', message: `${r.id}: range min must be below max` });
        if (r.provision && !r.quote.includes(r.provision))
          ctx.addIssue({ code: 'custom', message: `${r.id}: provision is not inside the quote` });
      }
      for (const o of file.overlaps) {
        for (const id of o.rules) if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `overlap ${o.id} names unknown rule ${id}` });
      }
    }),
  );
export type RuleFile = z.infer<typeof RuleFile>;

type Words<E extends string> = Record<E, Bilingual>;

/**
 * What the codes above mean to a reader, in both languages. The Chinese words are checked against every rule's quote
 * (test/rules/wording.test.ts): a word here must be in the quoted sentence, or on that test's justified allow-list.
 */
export const PER_WORDS: Words<z.infer<typeof Per>> = {
  person: { zh: '每人', en: 'per person' },
  'person-trip': { zh: '每人次', en: 'per person per trip' },
  platform: { zh: '每个基地或平台', en: 'per base or platform' },
  base: { zh: '每个基地', en: 'per base' },
  studio: { zh: '每个工作室', en: 'per studio' },
  organisation: { zh: '每个机构', en: 'per organisation' },
  station: { zh: '每个工作站', en: 'per station' },
  institution: { zh: '每个研发机构', en: 'per R&D institution' },
  enterprise: { zh: '每家企业', en: 'per enterprise' },
  alliance: { zh: '每个联盟', en: 'per alliance' },
  space: { zh: '每个', en: 'each' },
  cost: { zh: '按成本', en: 'on the cost' },
  incubator: { zh: '每个孵化器', en: 'per incubator' },
  'maker-space': { zh: '每个众创空间', en: 'per maker space' },
  'organisation-or-person': { zh: '每个优秀招才引智机构和个人', en: 'per selected organisation and per selected person' },
  tuition: { zh: '学费', en: 'of the tuition fees' },
  unstated: { zh: '文件未写明计发单位', en: 'the text does not say per what (person or business)' },
  'not-applicable': { zh: '不适用（文件未规定金额）', en: 'not applicable (the text sets no sum)' },
};

export const PERIOD_WORDS: Words<z.infer<typeof Period>> = {
  'one-time': { zh: '一次性', en: 'one-time' },
  'per-year': { zh: '每年', en: 'per year' },
  'per-selection': { zh: '每年评选，分别给予', en: 'selected every year, each then awarded' },
  'on-completion': { zh: '取得相应证书后', en: 'once the certificate is obtained' },
  // 第14条 says 给予…支持 on recognition without 一次性 or 每年: say exactly that, never guess.
  'on-recognition': { zh: '文件未写明是否一次性', en: 'the text does not say whether it is one-time' },
  'same-year': { zh: '当年', en: 'in the same year' },
  'as-incurred': { zh: '文件未写明', en: 'the text does not say' },
  // 第11条's postdoc station: 按照每个30万元标准给予, with neither 一次性 nor 每年.
  unstated: { zh: '文件未写明是否一次性或每年', en: 'the text does not say whether one-time or yearly' },
  'not-applicable': { zh: '不适用（文件未规定金额）', en: 'not applicable (the text sets no sum)' },
};

export const PAYER_WORDS: Words<z.infer<typeof Payer>> = {
  region: { zh: '自治区', en: 'the autonomous region (自治区)' },
  employer: { zh: '用人单位', en: 'the employer (用人单位)' },
};

export const RECIPIENT_WORDS: Words<z.infer<typeof Recipient>> = {
  person: { zh: '本人', en: 'the person' },
  'pre-introducing-employer': { zh: '预引进单位', en: 'the pre-introducing employer (预引进单位)' },
  'introducing-employer': { zh: '引进单位', en: 'the introducing employer (引进单位)' },
  enterprise: { zh: '企业', en: 'the enterprise' },
  platform: { zh: '基地或平台', en: 'the base or platform' },
  base: { zh: '基地', en: 'the base' },
  studio: { zh: '工作室', en: 'the studio' },
  organisation: { zh: '机构', en: 'the organisation' },
  station: { zh: '工作站', en: 'the station' },
  institution: { zh: '研发机构', en: 'the R&D institution' },
  alliance: { zh: '联盟', en: 'the alliance' },
  space: { zh: '示范基地、孵化器或众创空间', en: 'the demonstration base, incubator or maker space' },
  'organisation-or-person': { zh: '优秀招才引智机构和个人', en: 'each selected organisation and person' },
  incubator: { zh: '孵化器', en: 'the incubator' },
  'maker-space': { zh: '众创空间', en: 'the maker space' },
  'county-institution': { zh: '县乡事业单位', en: 'the county or township public institution' },
  achievers: { zh: '科技成果的完成者和转化实施者', en: 'those who achieved and those who commercialised the result' },
  unstated: { zh: '文件未写明', en: 'the text does not say' },
};
