// The OpenAI-compatible provider, in its own chunk: model.ts imports this file dynamically, and only when
// LLM_PROVIDER=openai, so the offline Worker and Node server never load @langchain/openai or the openai SDK.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';

export interface OpenAiOptions {
  model: string;
  apiKey: string | undefined;
  baseURL: string | undefined;
  timeoutMs: number;
}

/** Any OpenAI-compatible chat-completions endpoint (DeepSeek, DashScope, Moonshot, Ollama, OpenAI). */
export function openAiChat(options: OpenAiOptions): BaseChatModel {
  return new ChatOpenAI({
    model: options.model,
    // Local servers (Ollama, vLLM) need no key, but the client insists on one.
    apiKey: options.apiKey ?? 'no-key',
    configuration: options.baseURL ? { baseURL: options.baseURL } : {},
    timeout: options.timeoutMs,
    // Retries are ours: once, with the reason, inside the time budget.
    maxRetries: 0,
    temperature: 0,
    // json_object is the structured-output mode DeepSeek, DashScope, Moonshot and Ollama all accept.
    modelKwargs: { response_format: { type: 'json_object' } },
  });
}
