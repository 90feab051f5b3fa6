// The shape of corpus/<id>/rules.json: every monetary provision as data (conditions, amount, payer, quote), as zod schemas.
import { z } from 'zod';
import { ClauseId } from '../corpus/schema';
import { FactName } from './facts';

/** Text in both languages (the quote stays Chinese: it is the document's own words). */
export const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

const FactValue = z.union([z.string(), z.boolean()]);
export type FactValue = z.infer<typeof FactValue>;

/** A condition over one fact: met when the fact's value (or, for a list fact, one of its values) is in `in`. */
export const Condition = z.object({
  fact: FactName,
  in: z.array(FactValue).min(1),
  /** What the text requires, in words: 与石嘴山市企业或社会组织签订预引进协议. */
  requires: Bilingual,
});
export type Condition = z.infer<typeof Condition>;

const Yuan = z.number().int().positive();

export const TableRow = z.object({
  when: FactValue,
  yuan: Yuan,
  /** Further conditions for this row only (the 学士 row of 第12条 also needs 双一流). */
  conditions: z.array(Condition).default([]),
});
export type TableRow = z.infer<typeof TableRow>;

/** The amount as the text states it; a range is never collapsed to one number. */
export const AmountSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), yuan: Yuan }),
  z.object({ kind: z.literal('table'), fact: FactName, rows: z.array(TableRow).min(2), requires: Bilingual }),
  z.object({ kind: z.literal('range'), min: Yuan, max: Yuan, criteria: Bilingual }),
  z.object({ kind: z.literal('ratio'), ratio: z.number().positive().max(1), atLeast: z.boolean(), of: Bilingual }),
  /** A provision users ask about as money that grants no sum (costs counted as profit or as production cost). */
  z.object({ kind: z.literal('none'), effect: Bilingual }),
]);
export type AmountSpec = z.infer<typeof AmountSpec>;

export const Per = z.enum(['person', 'person-trip', 'platform', 'base', 'studio', 'organisation', 'station', 'institution', 'enterprise', 'alliance', 'space', 'cost']);
export const Period = z.enum(['one-time', 'per-year', 'per-selection', 'on-completion', 'on-recognition', 'same-year', 'as-incurred']);
export const Payer = z.enum(['region', 'employer']);
export const Recipient = z.enum([
  'person', 'pre-introducing-employer', 'introducing-employer', 'enterprise', 'platform', 'base', 'studio', 'organisation', 'station',
  'institution', 'alliance', 'space', 'organisation-or-person',
]);

export const Rule = z.object({
  id: z.string().regex(/^r\d+-[a-z0-9-]+$/),
  clause: ClauseId,
  label: Bilingual,
  /** The sentence(s) of the clause the rule rests on, verbatim (a test proves it occurs in the clause). */
  quote: z.string().min(1),
  conditions: z.array(Condition),
  amount: AmountSpec,
  per: Per,
  period: Period,
  years: z.number().int().positive().optional(),
  /** Only where the text names who pays. */
  payer: Payer.optional(),
  recipient: Recipient,
  obligations: z.array(Bilingual).default([]),
  validFrom: z.iso.date(),
});
export type Rule = z.infer<typeof Rule>;

/** Awards for the same thing: under 奖补不重复 only the highest is paid (the closing rule, `final`). */
export const Overlap = z.object({
  id: z.string().min(1),
  rules: z.array(z.string()).min(2),
  why: Bilingual,
});
export type Overlap = z.infer<typeof Overlap>;

export const RuleFile = z
  .object({
    documentId: z.string().min(1),
    /** The closing rule every overlap cites. */
    closingClause: ClauseId,
    closingQuote: z.string().min(1),
    rules: z.array(Rule).min(1),
    overlaps: z.array(Overlap),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    for (const r of file.rules) {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${r.id}` });
      ids.add(r.id);
      if (r.amount.kind === 'range' && r.amount.min >= r.amount.max) ctx.addIssue({ code: 'custom', message: `${r.id}: range min must be below max` });
    }
    for (const o of file.overlaps) {
      for (const id of o.rules) if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `overlap ${o.id} names unknown rule ${id}` });
    }
  });
export type RuleFile = z.infer<typeof RuleFile>;

type Words<E extends string> = Record<E, Bilingual>;

/** What the codes above mean to a reader, in both languages. */
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
  cost: { zh: '按实际成本', en: 'on the actual cost' },
};

export const PERIOD_WORDS: Words<z.infer<typeof Period>> = {
  'one-time': { zh: '一次性', en: 'one-time' },
  'per-year': { zh: '每年', en: 'per year' },
  'per-selection': { zh: '每年评选，入选时给予', en: 'when selected in the yearly selection' },
  'on-completion': { zh: '取得相应学位学历证书后', en: 'once the degree is obtained' },
  // 第14条 says 给予…支持 on recognition without 一次性 or 每年: say exactly that, never guess.
  'on-recognition': { zh: '获得认定（创建）后给予，文件未写明是否一次性', en: 'on recognition (the text does not say whether it is one-time)' },
  'same-year': { zh: '计入当年', en: 'in the same year' },
  'as-incurred': { zh: '发生时', en: 'as incurred' },
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
  'organisation-or-person': { zh: '入选的机构或个人', en: 'the selected organisation or person' },
};
