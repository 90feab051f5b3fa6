// What a user sees once the message is understood: another place's or programme's question gets no amount, facts that
// rule a person out say so, the part asked for (department, 文号, whole clause, total, overlap rule) is the part given,
// and a correction in a later turn replaces the earlier fact.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/pipeline';
import type { Answer } from '../../src/answer/types';
import { testDeps } from '../support/deps';

const MONEY = /\d[\d,.]*\s*(万元|万|元)/;
const ask = (message: string) => answer(testDeps(), { message });
async function conversation(...messages: string[]): Promise<Answer> {
  const deps = testDeps();
  let last: Answer | undefined;
  for (const message of messages) last = await answer(deps, { message, sessionId: 'talk-1' });
  return last!;
}
const amount = (a: Answer, ruleId: string) => a.amounts.find((x) => x.ruleId === ruleId);

describe('questions the document does not answer', () => {
  it.each([
    ['中卫那边给研究生发多少生活补贴', 'other_place'],
    ['国家的大学生创业补贴是多少', 'other_place'],
    ['2024最新石嘴山人才政策本科生补贴多少', 'other_place'],
    ['lanzhou phd housing subsidy', 'other_place'],
    ['见习补贴一个月多少', 'uncovered_topic'],
    ['社保补贴能补几年', 'uncovered_topic'],
    ['一次性求职创业补贴多少钱', 'uncovered_topic'],
    ['创业担保贷款能贷多少', 'uncovered_topic'],
    ['预引进补贴什么时候发', 'detail_not_in_text'],
    ['博士后工作站补贴要交什么材料', 'detail_not_in_text'],
    ['高层次人才体检费标准多少', 'detail_not_in_text'],
    ['事业单位博士工资一个月多少', 'detail_not_in_text'],
  ])('%s → says so (%s) and gives no amount', async (q, reason) => {
    const a = await ask(q);
    expect(a.outOfScope).toBe(true);
    expect(a.scope?.reason).toBe(reason);
    expect(a.amounts.filter((x) => x.min !== undefined || x.ratio !== undefined)).toEqual([]);
    expect(a.answer).not.toMatch(MONEY);
  });

  it('names the lead department of the nearest clause for a detail the text does not give', async () => {
    const a = await ask('预引进补贴什么时候发');
    expect(a.scope?.askInstead).toBe('市人社局');
    expect(a.answer).toContain('市人社局');
    expect(a.citations[0]?.id).toBe('12');
  });

  it('answers 博士工作补助多少钱 with "not set in this document", never the pre-introduction 2万', async () => {
    const a = await ask('博士工作补助多少钱');
    expect(a.answer).toContain('本文件未规定金额');
    expect(a.answer).not.toContain('2万元');
    expect(a.amounts.every((x) => x.min === undefined)).toBe(true);
  });
});

describe('facts that rule a person out', () => {
  it.each([
    ['我是吴忠人，在读全日制硕士，跟石嘴山企业签了预引进协议，能拿多少', 'r12-pre-introduction', '石嘴山籍'],
    [
      'I grew up in Lanzhou, full-time PhD student, signed a pre-introduction agreement with a Shizuishan firm. how much?',
      'r12-pre-introduction',
      'Shizuishan',
    ],
    ['石嘴山人 全日制硕士在读 和银川的企业签了预引进协议 能拿补贴吗', 'r12-pre-introduction', '协议'],
    ['我读的是普通一本，石嘴山人，全日制在读，签了预引进，本科能拿多少', 'r12-pre-introduction', '双一流'],
    ['我们的博士后工作站2015年就建了，能拿30万吗', 'r11-postdoc-station', '新建'],
    ['我只有中专学历，也没职称，单位派我去重点院校进修，有3万补助吗', 'r16-training-trip', '本科'],
  ])('%s → 不符合, because of the stated fact', async (q, ruleId, because) => {
    const a = await ask(q);
    const x = amount(a, ruleId);
    expect(x?.eligible).toBe(false);
    expect(x?.why?.join(' ')).toContain(because);
  });

  it('asks for the one deciding fact instead of quoting the highest amount', async () => {
    const a = await ask('预引进生活补贴能拿多少');
    expect(a.clarify?.fact).toBe('degree');
    expect(amount(a, 'r12-pre-introduction')?.eligible).toBeNull();
  });
});

describe('the part that answers what was asked', () => {
  it('gives the lead and cooperating departments when asked who', async () => {
    const a = await ask('那个联盟的运行经费是哪个部门负责的');
    expect(a.citations[0]?.id).toBe('14');
    expect(a.answer).toContain('市科技局、市工信局牵头负责');
    expect(a.answer).toContain('三县区党委政府、市直相关部门配合');
  });

  it('gives 文号, 发文机关 and 印发日期 for the document', async () => {
    const a = await ask('这个文件的文号');
    expect(a.answer).toContain('石党办发〔2020〕32号');
    expect(a.answer).toContain('2020年9月15日');
    expect(a.answer).toContain('中共石嘴山市委办公室');
    expect(a.citations[0]?.id).toBe('notice');
  });

  it('gives the whole clause for 第九条说了什么, marked as complete', async () => {
    const deps = testDeps();
    const a = await answer(deps, { message: '第九条说了什么' });
    expect(a.answer).toContain('（全文）');
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]?.quote).toBe(deps.corpus.byId.get('9')?.text);
  });

  it('adds up two awards and shows each part', async () => {
    const a = await ask('国家级科技企业孵化器和国家级众创空间，加起来一共多少');
    expect(a.total).toMatchObject({ min: 700000, max: 700000 });
    expect(a.answer).toContain('合计：70万元');
    expect(amount(a, 'r14-incubator')?.eligible).toBe(true);
    expect(amount(a, 'r14-maker-space')?.eligible).toBe(true);
  });

  it.each(['高企奖励和自治区的能叠加吗', '新旧规定不一样听哪个的', '两边都能拿吗 技能大师工作室'])(
    'cites the closing rule for %s',
    async (q) => {
      const a = await ask(q);
      expect(a.outOfScope).toBeFalsy();
      expect(a.citations.map((c) => c.id)).toContain('final');
      expect(a.answer).toContain('时间从新、标准从高、奖补不重复');
    },
  );
});

describe('a correction in a later turn replaces the earlier fact', () => {
  it('不对，我户口其实在吴忠 → no longer eligible', async () => {
    const a = await conversation('我石嘴山人 双一流本科在读 全日制 签了石嘴山企业的预引进 给多少', '不对 我户口其实在吴忠');
    expect(amount(a, 'r12-pre-introduction')?.eligible).toBe(false);
  });

  it('说错了，是国家级的 → the national amount', async () => {
    const a = await conversation('我们孵化器是市级的 有补贴吗', '说错了 是国家级的科技企业孵化器');
    expect(amount(a, 'r14-incubator')).toMatchObject({ eligible: true, min: 500000 });
  });

  it('其实我是在职读的 → the part-time tuition rule', async () => {
    const a = await conversation('单位同意我读全日制硕士，学位证拿到了，学费能报多少', '其实我是在职读的');
    expect(amount(a, 'r16-parttime-tuition')?.eligible).toBe(true);
    expect(amount(a, 'r16-fulltime-tuition')?.eligible).toBe(false);
  });

  it('那这条谁牵头 refers to the clause just shown', async () => {
    const a = await conversation('第14条说了啥', '那这条谁牵头');
    expect(a.citations[0]?.id).toBe('14');
    expect(a.answer).toContain('市科技局');
  });
});
