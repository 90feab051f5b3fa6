// Cloudflare Workers AI as a LangChain chat model, through the Worker's `AI` binding (no HTTP, no key).
import { BaseChatModel, type BaseChatModelParams } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import * as z from '../contract/zod';

/** The part of the Workers `Ai` binding this app uses (tests pass a fake object with the same shape). */
export interface AiBinding {
  run(model: string, input: { messages: { role: string; content: string }[] }): Promise<unknown>;
}

/** Text models answer {response: string}; JSON-mode models may answer {response: object}. */
const AiOutput = z.object({ response: z.optional(z.union([z.string(), z.record(z.string(), z.unknown()), z.null()])) });

function role(message: BaseMessage): string {
  const type = message.getType();
  if (type === 'system') return 'system';
  if (type === 'ai') return 'assistant';
  return 'user';
}

/** Calls env.AI.run(model, {messages}); the caller's AbortSignal is honoured by BaseChatModel.invoke. */
export class ChatWorkersAI extends BaseChatModel {
  constructor(
    private readonly ai: AiBinding,
    readonly model: string,
    params: BaseChatModelParams = {},
  ) {
    super(params);
  }

  _llmType(): string {
    return 'workers-ai';
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const input = { messages: messages.map((m) => ({ role: role(m), content: m.text })) };
    const parsed = AiOutput.safeParse(await this.ai.run(this.model, input));
    if (!parsed.success) throw new Error('Workers AI returned an unexpected shape (expected {response})');
    const response = parsed.data.response;
    const text = typeof response === 'string' ? response : response ? JSON.stringify(response) : '';
    return { generations: [{ text, message: new AIMessage(text) }] };
  }
}
