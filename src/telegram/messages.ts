// What the bot says in its own voice (not answers): greetings, help, apologies, refusals — in Chinese and English.
import type { Lang } from '../contract/answer';

export const MESSAGES = {
  zh: {
    start:
      '您好！我是石嘴山市人才政策问答助手，依据《石嘴山市实施人才强市战略 推动转型发展高质量发展的实施意见》（石党办发〔2020〕32号）回答问题，每个回答都注明所依据的条款，金额由规则计算，不靠猜测。\n\n直接发问题即可，例如“石嘴山籍博士签了预引进协议有多少补贴？”。也可以先选择您的身份：',
    help:
      '直接发送问题，我会引用原文并注明条款（如【第12条】），点“查看原文”可看整条。\n\n命令：\n/clause 12 — 查看第12条原文（也可用 notice、g1、g2、final）\n/calc — 补贴计算器：回答几个问题，算出您可享受的补贴\n/lang — 切换中文 / English\n/new — 清除本次对话记住的信息，重新开始\n/help — 本说明\n\n在群里请@我或回复我的消息。',
    apology: '抱歉，刚才处理您的问题时出错了，请稍后再试。',
    rateLimited: '您发得有点快，请稍等一分钟再问。',
    tooLong: (max: number) => `问题太长了，请控制在${max}字以内。`,
    emptyQuestion: '请直接输入您的问题，例如“博士后工作站有什么资助？”',
    clauseUsage: '用法：/clause 12（第1–25条），或 /clause notice、g1、g2、final。全部条款：',
    clauseUnknown: (id: string) => `没有“${id}”这一部分。可用：1–25、notice、g1、g2、final。`,
    clauseHeader: (label: string, section: string) => (section ? `${label}\n${section}` : label),
    lead: (d: string) => `牵头部门：${d}`,
    cooperate: (d: string) => `配合部门：${d}`,
    viewClause: (short: string) => `查看原文 ${short}`,
    chooseLang: '请选择回答语言：',
    langSet: '已切换为中文。',
    newSession: '好的，已清除本次对话记住的信息。请提出新的问题。',
    personaPrompt: '您可以这样问（点一下即可）：',
    chosen: (label: string) => `已选择：${label}`,
    staleButton: '这个按钮已过期，请重新提问。',
    notYourButton: '这是其他人的提问按钮，请直接@我提出您自己的问题。',
    calcNothing: '按您的回答，文件中没有对应的补贴。可以用 /calc 重新开始，或直接提问。',
  },
  en: {
    start:
      "Hello! I answer questions about Shizuishan's talent policy (石党办发〔2020〕32号). Every answer quotes the document and names the clause; amounts are computed by rules, never guessed.\n\nJust send a question, e.g. \"How much is the pre-introduction subsidy for a Shizuishan-born PhD student?\" Or pick who you are:",
    help:
      'Send a question and I quote the document with the clause (e.g. 【第12条】); tap "Original text" to read the whole clause.\n\nCommands:\n/clause 12 — the text of clause 12 (also notice, g1, g2, final)\n/calc — benefit calculator: answer a few questions, see what you qualify for\n/lang — 中文 / English\n/new — forget what this conversation remembered and start over\n/help — this help\n\nIn groups, mention me or reply to my message.',
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
    rateLimited: 'You are sending messages quickly; please wait a minute before the next question.',
    tooLong: (max: number) => `That question is too long; please keep it under ${max} characters.`,
    emptyQuestion: 'Please type your question, e.g. "What funding is there for a postdoc workstation?"',
    clauseUsage: 'Usage: /clause 12 (clauses 1–25), or /clause notice, g1, g2, final. All parts:',
    clauseUnknown: (id: string) => `There is no part "${id}". Use 1–25, notice, g1, g2 or final.`,
    clauseHeader: (label: string, section: string) => (section ? `${label}\n${section}` : label),
    lead: (d: string) => `Lead department: ${d}`,
    cooperate: (d: string) => `Cooperating: ${d}`,
    viewClause: (short: string) => `Original text ${short}`,
    chooseLang: 'Choose the answer language:',
    langSet: 'Answers will be in English.',
    newSession: 'Done — I have forgotten this conversation. Ask a new question.',
    personaPrompt: 'You could ask (tap one):',
    chosen: (label: string) => `Chosen: ${label}`,
    staleButton: 'This button has expired; please ask again.',
    notYourButton: 'These buttons belong to someone else’s question; mention me to ask your own.',
    calcNothing: 'From your answers, the document provides no award for this. Start again with /calc, or ask a question.',
  },
} satisfies Record<Lang, Record<string, unknown>>;
