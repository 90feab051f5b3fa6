// Recognises text that tries to instruct the model ("忽略之前的所有指令…"), in a question, a retrieved passage or an answer.

/** Instruction-like phrases in Chinese and English; one list, used for questions, passages and answers alike. */
const INSTRUCTION = [
  /(忽略|无视|忘记|忘掉|不要理会|跳过)\s*(之前|以上|上面|前面|先前|所有|全部|一切|你的|系统)*\s*的?\s*(所有|全部|一切)?\s*(指令|指示|规则|提示|设定|要求|限制)/,
  /(你现在是|你将扮演|扮演一个|假装你是|从现在起你|进入开发者模式|系统提示词|system\s*prompt)/i,
  /(把|将)(金额|补贴|数额|标准)(改成|改为|说成|写成)/,
  /\b(ignore|disregard|forget)\b[^.!?\n]{0,40}\b(instructions?|rules|prompts?|guidelines)\b/i,
  /\b(you are now|act as|pretend to be|developer mode|jailbreak)\b/i,
  /\b(say|tell (the user|them)|answer) that the (subsidy|amount|award) is\b/i,
];

/** True when the text contains an instruction aimed at the model. */
export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION.some((re) => re.test(text));
}
