// A chat-completions conversation → one answer: the last user message is the question, earlier user messages carry
// the facts. Without a session_id the conversation's state is kept under a hash of its user messages (namespace
// "openai:"), so the same conversation always maps to the same state, and rebuilt by replaying those messages offline
// when the store has lost it (expired, or another isolate has not seen the write yet).
import { answer, type AnswerDeps } from '../answer/pipeline';
import { memorySessionStore, type SessionState } from '../store/sessions';
import type { Answer, Lang } from '../contract/answer';
import { MAX_MESSAGE_CHARS } from '../web/schemas';
import { OpenAiError } from './errors';
import { MAX_REPLAYED_TURNS, messageText, type CompletionBody } from './schemas';

export interface Conversation {
  question: string;
  /** The earlier user messages, oldest first. */
  earlier: string[];
}

/**
 * Reads the question and the earlier user turns, or refuses with the message and `param` OpenAI would give. Only the
 * question is held to 2000 characters: an earlier message that long was refused when it was asked, and a client that
 * keeps it in the history must not be locked out of the conversation, so it is left out of the facts instead.
 */
export function readConversation(messages: CompletionBody['messages']): Conversation {
  const lastIndex = messages.length - 1;
  const last = messages[lastIndex];
  const question = last?.role === 'user' ? messageText(last).trim() : '';
  if (!question) {
    throw new OpenAiError(
      400,
      'The last message must be a user message with text: it is the question answered.',
      'invalid_value',
      `messages[${lastIndex}]`,
    );
  }
  if (question.length > MAX_MESSAGE_CHARS) {
    throw new OpenAiError(
      400,
      `messages[${lastIndex}].content is ${question.length} characters; a question may have at most ${MAX_MESSAGE_CHARS}. Shorten it.`,
      'string_above_max_length',
      `messages[${lastIndex}].content`,
    );
  }
  const earlier = messages
    .slice(0, lastIndex)
    .filter((m) => m.role === 'user')
    .map((m) => messageText(m).trim())
    .filter((text) => text.length > 0 && text.length <= MAX_MESSAGE_CHARS);
  return { question, earlier };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The session key of a conversation so far: its own namespace, the end user, and the user messages in order. */
async function conversationKey(user: string | null | undefined, userMessages: string[]): Promise<string> {
  return `openai:${(await sha256Hex(JSON.stringify([user ?? '', ...userMessages]))).slice(0, 40)}`;
}

const SCRATCH = 'conversation';

/** The facts the earlier turns established, rebuilt by answering them again offline (no model, nothing logged). */
async function replay(deps: AnswerDeps, earlier: string[], lang: Lang | undefined): Promise<SessionState | undefined> {
  const sessions = memorySessionStore();
  const quiet = { ...deps, model: undefined, questions: undefined, sessions };
  for (const message of earlier.slice(-MAX_REPLAYED_TURNS)) {
    await answer(quiet, { message, sessionId: SCRATCH, channel: 'openai', ...(lang ? { lang } : {}) });
  }
  return sessions.get(SCRATCH);
}

/**
 * Answers the conversation's last question with the facts of its earlier turns.
 * @example await answerConversation(deps, { question: '国家级', earlier: ['技能大师工作室有多少经费'] }, { user: null })
 */
export async function answerConversation(
  deps: AnswerDeps,
  conversation: Conversation,
  options: { user?: string | null; sessionId?: string; lang?: Lang },
): Promise<Answer> {
  const lang = options.lang ? { lang: options.lang } : {};
  if (options.sessionId) return answer(deps, { message: conversation.question, sessionId: options.sessionId, channel: 'openai', ...lang });
  const { earlier, question } = conversation;
  const before = earlier.length
    ? ((await deps.sessions.get(await conversationKey(options.user, earlier))) ?? (await replay(deps, earlier, options.lang)))
    : undefined;
  // The pipeline reads and writes a scratch session seeded with the state before this turn; the state after it is stored
  // under the key of the conversation including this turn, so a regenerated reply starts from the same facts.
  const scratch = memorySessionStore();
  if (before) await scratch.set(SCRATCH, before);
  const result = await answer({ ...deps, sessions: scratch }, { message: question, sessionId: SCRATCH, channel: 'openai', ...lang });
  const after = await scratch.get(SCRATCH);
  if (after) await deps.sessions.set(await conversationKey(options.user, [...earlier, question]), after);
  const { sessionId: _scratch, ...rest } = result;
  return rest;
}
