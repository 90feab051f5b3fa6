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
    // A topic the text does not cover, written straight before a benefit, names another programme.
    ['退役军人创业补贴能给多少', 'uncovered_topic'],
    ['is there a subsidy for our staff social insurance', 'uncovered_topic'],
    ['what is the health check allowance for experts', 'detail_not_in_text'],
    ['5111人才工程入选的话奖多少', 'uncovered_topic'],
    ['average salary of engineers in shizuishan', 'detail_not_in_text'],
    ['人才发展专项资金每年预算多少', 'detail_not_in_text'],
    ['营业收入到多少才能拿满20万创业补贴', 'detail_not_in_text'],
    ['national policy for PhD returnees, how much', 'other_place'],
    // Another city's own hukou rules: that place's policy.
    ['yinchuan hukou rules for PhDs', 'other_place'],
    ['how long till the expert base money arrives', 'detail_not_in_text'],
    // The document pays nothing by the month.
    ['is there a monthly allowance for PhDs working in Pingluo', 'detail_not_in_text'],
    ['硕士来石嘴山工作 每个月补多少', 'detail_not_in_text'],
    ['when will the expert base funding actually be paid', 'detail_not_in_text'],
    ['starting salary for a returnee master at a city SOE', 'detail_not_in_text'],
    ['人才发展专项资金一年有多少钱', 'detail_not_in_text'],
    ['高企的50万啥时候兑现', 'detail_not_in_text'],
    ['can my hukou be moved to pingluo quickly', 'uncovered_topic'],
    ['how does a foreign scientist apply for a china green card here', 'uncovered_topic'],
    ['“351人才”入选后有什么待遇', 'detail_not_in_text'],
    ["what's the settling-in allowance for masters", 'detail_not_in_text'],
    // What decides an amount inside a range the text gives no bands for (5—20万), however it is asked.
    ['5到20万创业补贴 按营业收入具体咋算', 'detail_not_in_text'],
    ['创业补贴营业收入达到多少给20万', 'detail_not_in_text'],
    ['how many employees do i need to hire to get the full start-up subsidy', 'detail_not_in_text'],
    // Limits the text never sets, and steps it never describes.
    ['预引进补贴 有年龄限制吗', 'detail_not_in_text'],
    ['how long can i stay in a talent apartment', 'detail_not_in_text'],
    ['周末工程师是啥 咋参加', 'detail_not_in_text'],
    ['can i get shizuishan hukou as a graduate', 'uncovered_topic'],
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
    // A county named without 县 (定边, 府谷) is where a person is from; 陕西 before it takes its role.
    ['我甘肃会宁的 全日制硕士在读 签了石嘴山企业预引进 给多少', 'r12-pre-introduction', '石嘴山籍'],
    ['内蒙古磴口人 来平罗开了家公司 创业补贴有没有', 'r13-return-business', '石嘴山籍'],
    // A school that is certainly not 双一流 rules a bachelor's out.
    ['惠农人 在银川能源学院读全日制本科 签了预引进协议 能拿吗', 'r12-pre-introduction', '双一流'],
    // Already at that level before the document: not newly recognised.
    ['我们技能大师工作室2018年就已经是自治区级了 还能拿5万吗', 'r6-master-studio', '新'],
    [
      "I'm from a small town in Gansu, full-time master's student, signed pre-introduction with a Shizuishan firm",
      'r12-pre-introduction',
      'Shizuishan',
    ],
    ['our skill master studio got national level recognition back in 2017, can we get the funding', 'r6-master-studio', 'new'],
    ['我们的自治区级技能大师工作室八年前就认定了 还能拿5万吗', 'r6-master-studio', '新'],
    ['grew up in Xining, no Shizuishan hukou, opening a company in Huinong, start-up subsidy?', 'r13-return-business', 'Shizuishan'],
    ['moved to Dawukou from Baotou, my hometown, and opened a shop there; start-up money?', 'r13-return-business', 'Shizuishan'],
    // Abroad is not 国内: the countries come from the gazetteer.
    ["my company is sending me to Germany for 6 months of training, i have a master's, can i get the 30k", 'r16-training-trip', '国内'],
    ['单位派我去日本进修 我是硕士 有3万补助吗', 'r16-training-trip', '国内'],
    // 第13条's waiver is for city-owned enterprises' posts only.
    ['石嘴山生源 全日制本科毕业 想考银川一家区属国企 能免笔试吗', 'r13-exam-waiver-graduate', '市属国有企业'],
    ['石嘴山籍 全日制本科 能免笔试吗 我报的是事业单位 不是国企', 'r13-exam-waiver-graduate', '市属国有企业'],
    // Lacking two of 第16条's three qualifications, listed: none held.
    [
      'associate degree, no professional title, no technician cert, my company is sending me to a key university - any subsidy',
      'r16-training-trip',
      'bachelor',
    ],
    [
      'bachelor at a regular provincial university, hometown Pingluo, signed agreement with a shizuishan company - any money',
      'r12-pre-introduction',
      '双一流',
    ],
  ])('%s → 不符合, because of the stated fact', async (q, ruleId, because) => {
    const a = await ask(q);
    const x = amount(a, ruleId);
    expect(x?.eligible).toBe(false);
    expect(x?.why?.join(' ')).toContain(because);
  });

  it("labels a school's 双一流 status as a reading from the national list, not the text", async () => {
    const a = await ask('平罗人 宁夏医科大学全日制本科在读 签了预引进协议 能拿多少');
    expect(amount(a, 'r12-pre-introduction')?.eligible).toBe(false);
    expect(a.answer).toContain('解读（不是原文）：“宁夏医科大学”不是“双一流”建设高校');
    const yes = await ask('大武口人 兰州大学全日制本科在读 签了预引进协议 能拿多少');
    expect(amount(yes, 'r12-pre-introduction')).toMatchObject({ eligible: true, min: 5000 });
  });

  it('asks about the title and the certificate when only a sub-bachelor diploma is given', async () => {
    const a = await ask(
      'my employer is sending me to study at a key university in China, I only have a dazhuan diploma, can I get the 30k',
    );
    expect(a.outOfScope).toBeFalsy();
    expect(amount(a, 'r16-training-trip')?.eligible).toBeNull();
    expect(a.clarify?.fact).toBe('qualified');
  });

  it('adds up what a conversation says one lacks (我大专 没职称, then 技师证也没有)', async () => {
    const a = await conversation('单位派出去学习 有补助不', '我大专 没职称', '技师证也没有');
    expect(amount(a, 'r16-training-trip')?.eligible).toBe(false);
  });

  it('takes a correction to a company at home as the agreement restored (说错了 是石嘴山的公司)', async () => {
    const a = await conversation('我在读全日制博士 大武口人 跟银川一家公司签了预引进', '说错了 是石嘴山的公司 在惠农');
    expect(amount(a, 'r12-pre-introduction')).toMatchObject({ eligible: true, min: 20000 });
    expect(a.answer).toContain('2万元');
  });

  it("keeps facts said before the award is named (finished my master's, then the pre-introduction subsidy)", async () => {
    const a = await conversation(
      "so i finished my full-time master's at Lanzhou Jiaotong last June, hukou still in Huinong, and now a chemical company in Shizuishan wants to sign me",
      'they mentioned a pre-introduction living subsidy, can i get the 10k?',
    );
    expect(amount(a, 'r12-pre-introduction')?.eligible).toBe(false);
  });

  it('answers "按啥定的" with the basis the text gives a range by (按贡献), not as a detail left out', async () => {
    const a = await conversation('产业顾问一年多少', '按啥定的');
    expect(a.outOfScope).toBeFalsy();
    expect(a.answer).toContain('按贡献');
  });

  it('asks the last question again of the next award named (哪个部门管…, 那回乡创业补贴呢)', async () => {
    const a = await conversation('哪个部门管预引进补贴', '那回乡创业补贴呢');
    expect(a.answer).toContain('市人社局');
    expect(a.citations.map((c) => c.id)).toContain('13');
  });

  it('reads "total for both" after one award for two people as twice the award', async () => {
    const a = await conversation(
      "I'm sending two engineers to a key university for advanced study, both have bachelor's degrees. subsidy?",
      'total for both?',
    );
    expect(a.total).toMatchObject({ min: 60000, max: 60000 });
  });

  it('reads 从西安回来 as where one lived, not another place asked about', async () => {
    const a = await ask('从西安回来 在大武口入股了一家公司 有创业补贴吗');
    expect(a.outOfScope).toBeFalsy();
    expect(amount(a, 'r13-return-business')).toBeDefined();
  });

  it('searches a follow-up with what the last turn was about (服务期几年, then 这是第几条规定的)', async () => {
    const a = await conversation('预引进补贴 服务期几年', '这是第几条规定的');
    expect(a.citations.map((c) => c.id)).toContain('12');
    expect(a.answer).toContain('5年');
  });

  it('says who pays beside who leads when both are asked (市里出还是自治区出 哪个部门牵头)', async () => {
    const a = await conversation('新建博士后科研工作站 给多少', '这个钱是市里出还是自治区出 哪个部门牵头');
    expect(a.answer).toContain('出资：自治区');
    expect(a.answer).toContain('市科技局');
  });

  it('adds an award a later turn says was also recognised (同时还拿到了…) to the total asked after it', async () => {
    const a = await conversation('新认定国家级高企 给多少', '我们同时还拿到了自治区级重点实验室认定', '一共多少');
    expect(a.total).toMatchObject({ min: 700000, max: 700000 });
  });

  it('reads a place inside a school name as where one studies (去的是上海交大)', async () => {
    const a = await conversation('派员工去学习深造 补贴多少', '他大专 但是有中级职称', '去的是上海交大 单位派的');
    expect(a.outOfScope).toBeFalsy();
    expect(amount(a, 'r16-training-trip')).toMatchObject({ eligible: true, min: 30000 });
  });

  it("reads another city's hukou rules as that city's policy (Xi'an hukou for master's grads)", async () => {
    const a = await ask("Xi'an hukou for master's grads, what are the requirements");
    expect(a.outOfScope).toBe(true);
    expect(a.answer).not.toMatch(MONEY);
  });

  it('answers "how much, and who do we talk to" with the amount and the lead department together', async () => {
    const a = await conversation('我们企业和高校建了产业技术创新联盟', '运行得不错', '一年补多少 哪个部门管');
    expect(a.amounts.some((x) => x.min !== undefined)).toBe(true);
    expect(a.answer).toMatch(MONEY);
    expect(a.answer).toContain('牵头负责');
  });

  it("says the region's own award is not in the document when the region is asked as the payer", async () => {
    const a = await ask('自治区对新认定高企奖多少钱');
    expect(a.outOfScope).toBe(true);
    expect(a.scope?.reason).toBe('other_place');
    expect(a.answer).not.toMatch(MONEY);
    // Where the text does say the region pays, it is answered.
    const b = await ask('新建博士后科研工作站 自治区给多少');
    expect(b.outOfScope).toBeFalsy();
    expect(amount(b, 'r11-postdoc-station')?.min).toBe(300000);
  });

  it('answers the service period and says the text gives no consequence for breaking it (服务几年 违约咋办)', async () => {
    const a = await ask('预引进补贴拿了以后要服务几年 违约咋办');
    expect(a.outOfScope).toBeFalsy();
    expect(a.answer).toContain('不少于5年');
    expect(a.answer).toContain('文件没有写明');
  });

  it('takes the wife as the founder when she is the one who acts (老婆是兰州人 她自己开呢)', async () => {
    const a = await conversation('老家石嘴山的 想回来开公司 有补贴吗', '那我老婆是兰州人 她自己开呢');
    expect(amount(a, 'r13-return-business')?.eligible).toBe(false);
    const b = await conversation('回乡创业补贴', '我是银川的 老婆是石嘴山的', '我自己在石嘴山开公司 能拿吗');
    expect(amount(b, 'r13-return-business')?.eligible).toBe(false);
  });

  it('knows cities governed straight from a region (石河子) as other places', async () => {
    const a = await ask('石河子 人才政策 硕士补贴');
    expect(a.outOfScope).toBe(true);
    expect(a.scope?.reason).toBe('other_place');
  });

  it('keeps the number of people said in an earlier turn for the total asked later (派三个, then 一共多少)', async () => {
    const a = await conversation('派员工去科研院所进修 每人多少', '派三个 都是本科', '一共多少');
    expect(a.total).toMatchObject({ min: 90000, max: 90000 });
    const b = await conversation(
      'sending staff to Zhejiang University for advanced study, any subsidy',
      "two of them, both with bachelor's degrees, one trip each",
      'so total?',
    );
    expect(b.total).toMatchObject({ min: 60000, max: 60000 });
  });

  it('quotes the closing rule when an overlap is asked with "quote the rule"', async () => {
    const a = await conversation(
      'we already got a high-tech reward under another existing policy',
      "can we also take the city's 500k? what's the rule, quote it in chinese",
    );
    expect(a.citations.map((c) => c.id)).toContain('final');
    expect(a.answer).toContain('奖补不重复');
  });

  it('reads 在外省机关在编 as where one works, so 石嘴山人 still decides 石嘴山籍', async () => {
    const a = await ask('我在外省机关在编 石嘴山人 想调回来');
    expect(amount(a, 'r13-returning-staff')?.eligible).toBe(true);
  });

  it("reads 最后那句 after a clause as that clause's last sentence, not the closing rule", async () => {
    const a = await conversation('第12条', '最后那句服务期是几年来着');
    expect(a.citations.map((c) => c.id)).toContain('12');
    expect(a.answer).toContain('5年');
  });

  it('answers 钱是发给谁的 in a money conversation with the recipient, not whom the notice was sent to', async () => {
    const a = await conversation('那个预引进补贴', '钱是发给谁的');
    expect(a.citations.map((c) => c.id)).toContain('12');
    expect(a.answer).toContain('预引进单位');
  });

  it('keeps another place the conversation turned to for "there"', async () => {
    const a = await conversation(
      'talent policy question',
      "actually it's about Yinchuan, not Shizuishan",
      "how much do they give master's grads there",
    );
    expect(a.outOfScope).toBe(true);
    expect(a.scope?.reason).toBe('other_place');
    expect(a.answer).not.toMatch(MONEY);
  });

  it('names the lead department of the award the conversation is about when asked without naming it', async () => {
    const a = await conversation('who do I ask about the skill master studio money', 'need the name of the lead bureau in Chinese');
    expect(a.citations.map((c) => c.id)).toContain('6');
    expect(a.answer).toContain('市人社局');
  });

  it('does not count the 三 in 三名工作室 (两个三名工作室 一共多少)', async () => {
    const a = await ask('我们局两个三名工作室都作用突出 一共能拿多少奖励');
    expect(a.total).toMatchObject({ min: 40000, max: 100000 });
  });

  it('reads a wait the text sets as a condition, not as payment timing (满1年)', async () => {
    const a = await ask(
      'mid-level title holder moving from county to a township unit - how long before they can go for directed senior title without quota limits',
    );
    expect(a.outOfScope).toBeFalsy();
    expect(a.citations.map((c) => c.id)).toContain('4');
  });

  it('says a sum per person is not in the text for an award paid per station', async () => {
    const a = await ask('postdoc stipend per person per year in shizuishan');
    expect(a.outOfScope).toBe(true);
    expect(a.answer).not.toMatch(MONEY);
  });

  it('quotes 乡村人才回引, which gives no amount, not the start-up subsidy of 在外人才回引', async () => {
    const a = await ask('乡村人才回引计划 有补贴吗 给多少');
    expect(a.citations.map((c) => c.id)).toContain('9');
    expect(a.answer).not.toContain('5—20万元');
  });

  it('rules out a study trip one pays for oneself (没单位派): 第16条 funds those an employer sends', async () => {
    const a = await ask('中级职称 自己掏钱去北京学习 没单位派 有3万吗');
    expect(amount(a, 'r16-training-trip')?.eligible).toBe(false);
  });

  it('reads "I meant a company in Huinong" in an agreement conversation as the company signed with', async () => {
    const a = await conversation(
      "hukou in Shizuishan, full-time master's student, signed with a Yinchuan company. can I get the subsidy",
      'sorry, I meant a company in Huinong',
    );
    expect(amount(a, 'r12-pre-introduction')).toMatchObject({ eligible: true, min: 10000 });
  });

  it("says the national government's award is not this document's (国家对博士后工作站资助多少)", async () => {
    const a = await ask('国家对博士后工作站资助多少');
    expect(a.outOfScope).toBe(true);
    expect(a.scope?.reason).toBe('other_place');
    expect(a.answer).not.toMatch(MONEY);
  });

  it('drops an award said not to be the one asked about (不是预引进 … 工作补助给多少)', async () => {
    const a = await conversation('硕士补贴多少', '不是预引进 我已经毕业了 在石嘴山企业上班 双一流硕士 工作补助给多少');
    expect(a.outOfScope).toBe(true);
    expect(a.answer).not.toMatch(MONEY);
  });

  it('asks the whole-clause question again of the next clause (第十二条原文 ⏎ 那第十三条呢)', async () => {
    const a = await conversation('第十二条原文给我', '那第十三条呢');
    expect(a.answer).toContain('免笔试');
  });

  it('adds a yearly award over the term when the term is asked in the same breath (聘期几年 一共多少)', async () => {
    const a = await conversation('自治区特聘专家 资助', '给个人还是给单位', '每人每年多少', '聘期几年 一共多少');
    expect(a.total).toMatchObject({ min: 90000, max: 150000 });
  });

  it('applies a tuition refund share to the tuition the person states (学费一共4万 能报多少)', async () => {
    const a = await conversation('单位同意我脱产读全日制博士 学费能报吗', '学费一共4万 已经拿到学位了 能报多少');
    expect(amount(a, 'r16-fulltime-tuition')).toMatchObject({ eligible: true, min: 40000, max: 40000 });
    expect(a.answer).toContain('4万元（40000元）');
    const b = await ask('在职读完硕士 学位证拿到了 单位同意的 学费3万 能报多少');
    expect(amount(b, 'r16-parttime-tuition')).toMatchObject({ min: 24000, max: 30000 });
  });

  it('counts a trip made twice (send him twice this year, total?)', async () => {
    const a = await conversation(
      'training subsidy for staff sent to top universities',
      "he has a bachelor's degree",
      'and if we send him twice this year, total?',
    );
    expect(a.total).toMatchObject({ min: 60000, max: 60000 });
  });

  it("adds up an employer's pre-introduced students by degree (预引进了2个博士1个双一流本科 一共给多少)", async () => {
    const a = await ask('我们是石嘴山的厂子 预引进了2个博士1个双一流本科 都是石嘴山籍全日制在读 一共给多少');
    expect(a.total).toMatchObject({ min: 45000, max: 45000 });
  });

  it('answers 以哪个部门名义聘的 from the clause (行业主管部门), not with the lead department', async () => {
    const a = await conversation('产业顾问津贴多少', '产业顾问是以哪个部门名义聘的');
    expect(a.answer).toContain('行业主管部门');
  });

  it("takes 'it's registered in Pingluo' after a company elsewhere as the business founded at home", async () => {
    const a = await conversation(
      "I'm from Shizuishan, worked in Xi'an for years, just opened a company in Yinchuan. start-up grant?",
      "my bad, it's registered in Pingluo actually",
    );
    expect(amount(a, 'r13-return-business')?.eligible).toBe(true);
  });

  it('keeps two awards apart when the second was recognised 同时 (新建了博士后工作站 同时新认定为国家级高企)', async () => {
    const a = await ask('公司新建了博士后科研工作站 同时新认定为国家级高企 加起来多少');
    expect(a.total).toMatchObject({ min: 800000, max: 800000 });
  });

  it('reads 证书已经拿了 as a certificate obtained, not an award already received', async () => {
    const a = await conversation('读博学费能报销吗', '单位研究同意的 全日制脱产读', '说错了 其实是在职读的博士 证书已经拿了');
    expect(a.citations.map((c) => c.id)).toContain('16');
    expect(amount(a, 'r16-parttime-tuition')?.eligible).toBe(true);
  });

  it('takes 高企 as the national recognition the text funds unless another level is said', async () => {
    const a = await ask('刚认定的高企 奖多少');
    expect(amount(a, 'r14-high-tech')).toMatchObject({ eligible: true, min: 500000 });
    const b = await ask('自治区级的高企 新认定的 奖多少');
    expect(amount(b, 'r14-high-tech')?.eligible).toBe(false);
  });

  it("reads 'I already got the degree' as a certificate, not an overlap question", async () => {
    const a = await conversation(
      'my employer agreed to let me do a full-time PhD, will my tuition be covered',
      "actually I'm doing it part-time while keeping my job, and I already got the degree. what share gets reimbursed",
    );
    expect(a.answer).toContain('80%');
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

  it("reads 孩子上学 as the child's schooling, not the person's studies", async () => {
    const a = await ask('引进的高层次人才 孩子上学找哪个部门');
    expect(a.citations[0]?.id).toBe('21');
  });

  it('answers 条件是啥 with the conditions, not as a word to define', async () => {
    const a = await ask('专家服务基地 条件是啥');
    expect(a.outOfScope).toBeFalsy();
    expect(a.citations.map((c) => c.id)).toContain('11');
  });

  it('answers what a term the text uses means with the sentences that use it, whatever way a range is written', async () => {
    const a = await ask('A至F类人才啥意思');
    expect(a.outOfScope).toBeFalsy();
    expect(a.answer).toContain('A—F');
  });

  it('answers a benefit named alone with its amount', async () => {
    const a = await ask('自治区级技能大师工作室建设经费');
    expect(a.amounts.some((x) => x.ruleId === 'r6-master-studio')).toBe(true);
  });

  it('reads 国家高企 as national and 自治区级的高企 as not funded', async () => {
    expect(amount(await ask('刚新认定的国家高企 奖补多少'), 'r14-high-tech')).toMatchObject({ eligible: true, min: 500000 });
    expect(amount(await ask('我们是新认定的自治区级高新技术企业 有50万吗'), 'r14-high-tech')?.eligible).toBe(false);
  });

  it('takes "what if it were city level" as the level asked about, not an earlier one', async () => {
    const a = await conversation('we just got a newly recognised regional skill master studio, how much', 'what if it were city level');
    expect(amount(a, 'r6-master-studio')).toMatchObject({ eligible: true, min: 30000 });
  });

  it('does not read the 区里 in 园区里 as the autonomous region', async () => {
    const a = await ask('园区里的众创空间新认定为国家级 能给多少');
    expect(a.outOfScope).toBeFalsy();
  });

  it('gives a part asked for by its title in full (主要目标原文)', async () => {
    const a = await ask('主要目标那段原文发我');
    expect(a.answer).toContain('（全文）');
    expect(a.citations[0]?.id).toBe('g2');
  });

  it('stays on the clause just answered when the next question has no words of its own', async () => {
    const a = await conversation('人才综合服务窗口在哪', '都能办啥');
    expect(a.citations[0]?.id).toBe('20');
  });

  it('says the contents of a regulation the text only announces are not in it', async () => {
    const a = await ask('人才住房保障实施办法里面都有啥');
    expect(a.outOfScope).toBe(true);
    expect(a.scope?.reason).toBe('detail_not_in_text');
  });

  it('quotes more of the clause when conditions are asked, since they are spread over its sentences', async () => {
    const a = await ask('科研人员到企业兼职拿报酬 需要满足啥条件');
    expect(a.citations[0]?.id).toBe('18');
    expect(a.answer).toContain('经所在单位同意');
  });

  it('applies a negation to the whole list it governs (没有中级职称和技师)', async () => {
    const a = await conversation('单位派我去重点院校进修 3万补助 我本科', '说错了 我是大专 也没有中级职称和技师');
    expect(amount(a, 'r16-training-trip')?.eligible).toBe(false);
  });

  it('counts an intermediate title as a qualification for the study-trip grant', async () => {
    const a = await conversation(
      'sent by my employer to a key university for training, how much',
      'no degree, but I do have an intermediate professional title',
    );
    expect(amount(a, 'r16-training-trip')).toMatchObject({ eligible: true, min: 30000 });
  });

  it('reads a signed pre-introduction agreement as signed while studying, and applies a later hukou correction', async () => {
    const a = await conversation(
      'from Guyuan, full-time PhD, signed a pre-intro agreement with a Shizuishan firm, how much',
      'sorry, my hukou is actually in Huinong',
    );
    expect(amount(a, 'r12-pre-introduction')).toMatchObject({ eligible: true, min: 20000 });
  });

  it('says when the money arrives is not in the text, in a money conversation too', async () => {
    const a = await conversation('expert service base funding', 'national level, newly recognised', 'when will the money arrive');
    expect(a.outOfScope).toBe(true);
  });

  it('answers whether the text mentions a fund, and only calls its size not in the text', async () => {
    expect((await ask('does the policy mention a talent development fund')).outOfScope).toBeFalsy();
    expect((await ask('how big is the talent development fund each year')).outOfScope).toBe(true);
  });

  it('reads a whole place chain after 户口 as where the person is from (户口石嘴山平罗县 全日制读研)', async () => {
    const a = await ask('户口石嘴山惠农区 全日制读博中 签了本地企业的预引进协议 补贴多少');
    expect(amount(a, 'r12-pre-introduction')).toMatchObject({ eligible: true, min: 20000 });
  });

  it('makes a vague expert award exact by the level stated, in English too', async () => {
    const a = await ask("our new hire was selected as a Ningxia 'special-appointed expert', how much per year for us");
    expect(a.amounts.map((x) => x.ruleId)).toContain('r11-region-expert');
    expect(a.amounts.map((x) => x.ruleId)).not.toContain('r11-city-expert');
  });

  it('keeps an earlier award at its own level when a total adds another (国家级高企, 再加上自治区级重点实验室)', async () => {
    const a = await conversation('高企有奖励吗', '国家级的 今年新认定的', '那再加上自治区级的重点实验室 一共多少');
    expect(a.total).toMatchObject({ min: 700000, max: 700000 });
  });

  it('multiplies a yearly award by 聘期3年 written either way round', async () => {
    const a = await conversation('特聘专家 单位补多少', '是自治区特聘专家', '聘期3年 一共多少');
    expect(a.total).toMatchObject({ min: 90000, max: 150000 });
  });

  it('reads a programme named with its own benefit word as another programme, even beside an award', async () => {
    const a = await ask('one-off job hunting subsidy for graduating students, amount?');
    expect(a.outOfScope).toBe(true);
    expect(a.scope?.reason).toBe('uncovered_topic');
  });

  it("answers 科技局管还是工信局管 with the clause's lead departments", async () => {
    const a = await ask('产业技术创新联盟是科技局管还是工信局管');
    expect(a.answer).toContain('市科技局、市工信局牵头负责');
  });

  it('finds the sentence about being paid for part-time work from everyday words (拿钱)', async () => {
    const a = await ask('事业单位的科研人员 去企业兼职能拿钱不');
    expect(a.answer).toContain('经所在单位同意');
  });

  it('keeps two awards apart when each has its own level (国家级双创示范基地 同时被认定为国家级孵化器)', async () => {
    const a = await ask('园区今年创建成国家级双创示范基地 同时新认定为国家级科技企业孵化器 合计多少');
    expect(a.total?.ruleIds).toHaveLength(2);
  });

  it('answers what an award named in the question is from its clause, then who leads it', async () => {
    const a = await conversation('预引进补贴是个啥', '这个哪个部门管');
    expect(a.citations[0]?.id).toBe('12');
    expect(a.answer).toContain('市人社局');
  });

  it('does not read 还没读研 as "not enrolled"', async () => {
    const a = await conversation('石嘴山籍在读全日制硕士 签了预引进 补多少', '说错了 我是双一流全日制本科在读 还没读研');
    expect(amount(a, 'r12-pre-introduction')).toMatchObject({ eligible: true, min: 5000 });
  });

  it('finds the researchers clause from English words (public institutes, side jobs, get paid)', async () => {
    const a = await ask('can researchers at public institutes take side jobs at companies and get paid');
    expect(a.citations[0]?.id).toBe('18');
  });

  it('reads "at Lanzhou Univ" as where one studies, not whose policy', async () => {
    const a = await ask(
      'hukou in Huinong, full-time master student at Lanzhou Univ, signed a pre-introduction agreement with a Shizuishan firm, how much',
    );
    expect(a.outOfScope).toBeFalsy();
    expect(amount(a, 'r12-pre-introduction')).toMatchObject({ eligible: true, min: 10000 });
  });

  it('cites the closing rule for 两头拿', async () => {
    const a = await ask('市里和区里都有人才补贴 能两头拿吗');
    expect(a.citations.map((c) => c.id)).toContain('final');
  });

  it('counts the people and the years a total is over (两个中级职称的, 两年了)', async () => {
    expect((await ask('单位选派三个中级职称的同事去科研院所学习 一共补助多少')).total).toMatchObject({ min: 90000, max: 90000 });
    const a = await conversation('自治区特聘专家 企业每年给多少', '我们引进的专家入选三年了 一共多少');
    expect(a.total?.min).toBeGreaterThan(0);
    expect(a.answer).toContain('×3年');
  });

  it('keeps a later "and who cooperates?" on the clause just answered', async () => {
    const a = await conversation('which department leads the skill master studio funding', 'and who are the cooperating departments');
    expect(a.outOfScope).toBeFalsy();
    expect(a.answer).toContain('配合');
  });

  it('gives the cooperating departments when asked who cooperates', async () => {
    const a = await ask('人才分类评价那条 协助单位都有谁');
    expect(a.citations[0]?.id).toBe('3');
    expect(a.answer).toContain('市工信局、市农业农村局、市民政局配合');
  });

  it.each([
    ['新认定的国家级高企 还有自治区级工程技术创新中心 合计多少', 700000, ['r14-high-tech', 'r14-rd-institution']],
    ['国家级重点实验室一个、自治区级工程实验室一个，一共多少钱', 700000, ['r14-rd-institution', 'r14-rd-institution']],
    ['跟4个石嘴山籍全日制在读的签了预引进 2个博士2个硕士 总共拨多少', 60000, ['r12-pre-introduction', 'r12-pre-introduction']],
    // 老二 is the second child, not two of them.
    [
      '俩孩子户口都在大武口 老大全日制读硕 老二全日制读博 都签了本地企业预引进 合计多少',
      30000,
      ['r12-pre-introduction', 'r12-pre-introduction'],
    ],
    ['we send three technicians with bachelor degrees to a key lab for study, total grant?', 90000, ['r16-training-trip']],
    ['运行良好的产业技术创新联盟 连续两年 总共补多少', 200000, ['r14-alliance']],
    ['our industry innovation alliance ran well 3 years in a row, total?', 300000, ['r14-alliance']],
    // Each level belongs to the award it is written with, before or after it.
    ['今年新认定了国家级高新技术企业 实验室也拿到了自治区级认定 加一起多少', 700000, ['r14-high-tech', 'r14-rd-institution']],
    // What a thing was recognised as is the award (研发中心…被认定为…工程技术中心 is one award, not two).
    ['新认定国家级高企 研发中心还被认定为自治区级工程技术中心 合计多少', 700000, ['r14-high-tech', 'r14-rd-institution']],
    // The number before a degree may be several words away (2个双一流全日制在读本科生).
    [
      '与2个石嘴山籍双一流全日制在读本科生、1个石嘴山籍全日制在读硕士签了预引进 一共拨多少',
      20000,
      ['r12-pre-introduction', 'r12-pre-introduction'],
    ],
  ])('adds up %s', async (q, sum, ruleIds) => {
    const a = await ask(q);
    expect(a.total).toMatchObject({ min: sum, max: sum, ruleIds });
  });

  it('adds an award named in a later turn to the one before, when a total is asked', async () => {
    const a = await conversation('新认定的市级技能大师工作室给多少', '今年我们还新认定了市级高技能人才培养基地 两个一共多少');
    expect(a.total).toMatchObject({ min: 130000, max: 130000 });
  });

  it("adds the second child's degree to the first one's, when a total is asked", async () => {
    const a = await conversation(
      '儿子石嘴山籍 全日制在读硕士 签了本地企业预引进协议 能拿多少',
      '女儿也签了 也是石嘴山户口 全日制在读博士 两个人加起来多少',
    );
    expect(a.total).toMatchObject({ min: 30000, max: 30000 });
  });

  it("asks the last turn's question again for another award (谁牵头 ⏎ 那…呢)", async () => {
    const a = await conversation('专家服务基地哪个部门牵头', '那科技企业孵化器呢');
    expect(a.citations[0]?.id).toBe('14');
    expect(a.answer).toContain('牵头负责');
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
