// What the WeChat and WeCom channels say in their own voice (not answers), in Chinese and English: plain text only.
import type { Lang } from '../contract/answer';
import { PERSONAS } from '../telegram/starters';

function starters(lang: Lang): string {
  // The persona labels carry an emoji; the starter questions are the same ones Telegram's /start offers.
  return PERSONAS.map((p) => [p.label[lang], ...p.questions[lang].map((q) => `· ${q}`)].join('\n')).join('\n\n');
}

export const WECHAT_MESSAGES = {
  zh: {
    welcome: () =>
      `欢迎关注！我依据《石嘴山市实施人才强市战略 推动转型发展高质量发展的实施意见》（石党办发〔2020〕32号）回答人才政策问题，每个回答都注明条款，金额由规则计算。\n\n直接发文字提问即可，例如：\n\n${starters('zh')}\n\n回复「帮助」查看用法。`,
    help: '直接发送问题，我会引用原文并注明条款（如【第12条】）。\n回复「原文12」查看第12条原文；回复「全文」看上一条回答的其余部分；回复数字（1、2、3）选择我列出的选项；回复「English」切换英文；回复「重新开始」清除本次对话记住的信息。',
    emptyQuestion: '请直接输入您的问题，例如“博士后工作站有什么资助？”',
    tooLong: (max: number) => `问题太长了，请控制在${max}字以内。`,
    image: '抱歉，我暂时看不了图片。请把问题用文字发给我，例如“技能大师工作室有多少经费？”',
    voiceUnrecognised: '抱歉，没能识别这段语音。请用文字发送问题，例如“回石嘴山创业有什么补贴？”',
    other: '抱歉，我只能回答文字问题。请直接发送您想问的人才政策问题，回复「帮助」查看用法。',
    noMore: '上一条回答已经全部发完了。请继续提问。',
    more: '回复「全文」查看其余内容',
    pushed: '其余内容稍后另发；如未收到，回复「全文」',
    clause: (id: string) => `回复「原文${id}」查看条文`,
    clauseUnknown: (id: string) => `没有“${id}”这一条。可以回复「原文1」到「原文25」。`,
    option: (n: number, label: string) => `回复 ${n}：${label}`,
    noPending: (n: string) => `没有待选择的选项“${n}”。请直接提问，例如“技能大师工作室有多少经费？”`,
    langSet: '已切换为中文。',
    newSession: '好的，已清除本次对话记住的信息。请提出新的问题。',
    lead: (d: string) => `牵头部门：${d}`,
    cooperate: (d: string) => `配合部门：${d}`,
    busy: '问题正在处理中，请稍候几秒再发一次。',
    apology: '抱歉，刚才处理您的问题时出错了，请稍后再试。',
    rateLimited: '您发得有点快，请稍等一分钟再问。',
  },
  en: {
    welcome: () =>
      `Welcome! I answer questions about Shizuishan's talent policy (石党办发〔2020〕32号). Every answer quotes the document and names the clause; amounts come from rules, never guesses.\n\nJust send a question in text, for example:\n\n${starters('en')}\n\nReply "help" for how to use me.`,
    help: 'Send a question and I quote the document with its clause (e.g. 【第12条】).\nReply "原文12" for the text of clause 12; "全文" for the rest of my last answer; a number (1, 2, 3) to pick one of the options I listed; "中文" for Chinese; "重新开始" to start over.',
    emptyQuestion: 'Please type your question, e.g. "What funding is there for a postdoc workstation?"',
    tooLong: (max: number) => `That question is too long; please keep it under ${max} characters.`,
    image: 'Sorry, I cannot read images. Please send your question as text.',
    voiceUnrecognised: 'Sorry, I could not make out that voice message. Please send your question as text.',
    other: 'Sorry, I can only answer text questions. Send your talent-policy question, or reply "help".',
    noMore: 'That was the whole of my last answer. Ask another question.',
    more: 'Reply "全文" for the rest',
    pushed: 'The rest follows in separate messages; if it does not arrive, reply "全文"',
    clause: (id: string) => `Reply "原文${id}" for the clause text`,
    clauseUnknown: (id: string) => `There is no clause "${id}". Reply "原文1" to "原文25".`,
    option: (n: number, label: string) => `Reply ${n}: ${label}`,
    noPending: (n: string) => `There is no option "${n}" to choose. Please ask a question.`,
    langSet: 'Answers will be in English.',
    newSession: 'Done — I have forgotten this conversation. Ask a new question.',
    lead: (d: string) => `Lead department: ${d}`,
    cooperate: (d: string) => `Cooperating: ${d}`,
    busy: 'Still working on that question; please send it again in a few seconds.',
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
    rateLimited: 'You are sending messages quickly; please wait a minute before the next question.',
  },
} satisfies Record<Lang, Record<string, unknown>>;
