// Facts read from realistic wording, in Chinese and English; ambiguity leaves a fact unknown rather than guessed.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load';
import { loadRules } from '../../src/rules/load';
import { loadBundledReader } from '../../src/search/load';
import type { ReadContext } from '../../src/understand/read';

const reader = loadBundledReader(loadCorpus(), loadRules());
const read = (text: string, context: ReadContext = {}) => reader.understand(text, context);
const facts = (text: string, context: ReadContext = {}) => read(text, context).said;
const isMoneyQuestion = (text: string) => read(text).money;

describe('facts a message states', () => {
  it.each([
    ['我是石嘴山人', true],
    ['老家石嘴山的', true],
    ['我是石嘴山籍学生', true],
    ['石嘴山生源，在读研', true],
    ["I'm from Shizuishan", true],
    ['我不是石嘴山人', false],
    ["I'm not from Shizuishan", false],
    ['老家平罗的', true],
    ['我是大武口人', true],
    ['出生在惠农', true],
  ])('reads origin from %s', (text, origin) => {
    expect(facts(text).origin).toBe(origin);
  });

  it('does not read working in 大武口 as coming from there', () => {
    expect(facts('我在大武口上班').origin).toBeUndefined();
  });

  it('does not read 石嘴山人才政策 as a person from Shizuishan', () => {
    expect(facts('石嘴山人才政策里博士有什么补贴').origin).toBeUndefined();
  });

  it('reads 在读博士 as a doctoral student still studying', () => {
    expect(facts('我在读博士')).toMatchObject({ degree: 'doctor', enrolled: true, subjects: ['student'] });
  });

  it('reads 在西安读研 as a master’s student, without taking Xi’an for an origin', () => {
    const f = facts('我在西安读研');
    expect(f).toMatchObject({ degree: 'master', enrolled: true });
    expect(f.origin).toBeUndefined();
  });

  it.each([
    ['签了预引进协议', true],
    ['已经签订了预引进协议', true],
    ['还没签', false],
    ['预引进协议没签', false],
    ['I have signed a pre-introduction agreement', true],
    ["I haven't signed anything yet", false],
  ])('reads the agreement from %s', (text, signed) => {
    expect(facts(text).agreementSigned).toBe(signed);
  });

  it.each([
    ['国家级技能大师工作室', 'national'],
    ['区级的工作室', 'region'],
    ['自治区级高技能人才培养基地', 'region'],
    ['市级大师工作室', 'city'],
    ['a national-level maker space', 'national'],
  ])('reads the level from %s', (text, level) => {
    expect(facts(text).level).toBe(level);
  });

  it('leaves the level unknown when two are named', () => {
    expect(facts('国家级、自治区级重点实验室分别给多少').level).toBeUndefined();
  });

  it('does not read the "master" of a skill master studio as a degree', () => {
    expect(facts('how much for a skill master studio').degree).toBeUndefined();
  });

  it('does not read 博士后工作站 as a doctorate', () => {
    const f = facts('博士后工作站能拿多少钱');
    expect(f.subjects).toEqual(['postdoc_station']);
    expect(f.degree).toBeUndefined();
  });

  it('reads 在职读研 and tuition as part-time degree study', () => {
    expect(facts('在职读研的学费单位能报销多少')).toMatchObject({ subjects: ['degree_study'], fullTime: false, degree: 'master' });
  });

  it('narrows 工作室 to the two kinds of studio', () => {
    expect(read('工作室有什么奖励').hints).toEqual(['master_studio', 'sanming_studio']);
  });

  it('reads a bare 是的 as the answer to the pending question', () => {
    expect(facts('是的', { pending: 'origin' }).origin).toBe(true);
    expect(facts('没有', { pending: 'agreementSigned' }).agreementSigned).toBe(false);
    expect(facts('doctor', { pending: 'degree' }).degree).toBe('doctor');
  });

  it('reads English degrees and study mode', () => {
    expect(facts("I'm a full-time PhD student from Shizuishan")).toMatchObject({
      degree: 'doctor',
      fullTime: true,
      origin: true,
      enrolled: true,
    });
    expect(facts("master's student at a double first-class university")).toMatchObject({ degree: 'master', doubleFirstClass: true });
  });
});

describe('isMoneyQuestion', () => {
  it.each(['博士补贴多少钱', '预引进能拿多少', '学费能报销吗', 'How much is the postdoc station funding?', 'Is tuition reimbursed?'])(
    '%s is about money',
    (q) => {
      expect(isMoneyQuestion(q)).toBe(true);
    },
  );
  it.each(['人才公寓怎么申请', '孩子上学怎么办', 'Who issued this document?'])('%s is not', (q) => {
    expect(isMoneyQuestion(q)).toBe(false);
  });
});

describe('replies to a pending yes/no question', () => {
  it('reads a bare 不是 / 是的 as the answer', () => {
    expect(facts('不是', { pending: 'fullTime' }).fullTime).toBe(false);
    expect(facts('是的', { pending: 'agreementSigned' }).agreementSigned).toBe(true);
  });

  it('does not read 能不能 in a new question as a no', () => {
    expect(facts('博士能不能直接进事业单位', { pending: 'fullTime' }).fullTime).toBeUndefined();
    expect(facts('是不是新认定', { pending: 'outstanding' }).outstanding).toBeUndefined();
  });
});

describe('a return-home business in everyday words', () => {
  it('reads 回石嘴山开了家公司 as a returnee who has started a business', () => {
    expect(facts('回石嘴山开了家公司，纳税100万，能补多少')).toMatchObject({ subjects: ['returnee'], startedBusiness: true });
  });
});
