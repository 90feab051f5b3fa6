// Start-up refuses a bad LLM configuration with a message naming the variable, and never echoes the key.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createModel } from '../../src/llm/model';

function message(env: Record<string, string>): string {
  try {
    loadConfig(env);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('LLM configuration', () => {
  it('names the variable and the allowed values for an unknown provider', () => {
    expect(message({ LLM_PROVIDER: 'gpt' })).toMatch(/LLM_PROVIDER: .*"offline"\|"openai"\|"workers-ai"/);
  });

  it('requires a key or a base URL for openai, and a model name with a base URL', () => {
    expect(message({ LLM_PROVIDER: 'openai' })).toContain('LLM_API_KEY: LLM_PROVIDER=openai needs LLM_API_KEY');
    expect(message({ LLM_PROVIDER: 'openai', LLM_BASE_URL: 'http://localhost:11434/v1' })).toContain('LLM_MODEL:');
  });

  it('never puts the key in an error message', () => {
    const text = message({ LLM_PROVIDER: 'openai', LLM_API_KEY: 'sk-very-secret', LLM_TIMEOUT_MS: 'soon' });
    expect(text).toContain('LLM_TIMEOUT_MS');
    expect(text).not.toContain('sk-very-secret');
  });

  it('builds DeepSeek through the openai provider with the default 8 s budget', () => {
    const model = createModel(
      loadConfig({ LLM_PROVIDER: 'openai', LLM_BASE_URL: 'https://api.deepseek.com/v1', LLM_API_KEY: 'sk-x', LLM_MODEL: 'deepseek-chat' }),
    );
    expect(model).toMatchObject({ provider: 'openai', model: 'deepseek-chat', timeoutMs: 8000 });
  });

  it('refuses workers-ai without the AI binding, saying how to add it', () => {
    expect(() => createModel(loadConfig({ LLM_PROVIDER: 'workers-ai' }))).toThrow(/\[ai\] binding = "AI"/);
  });
});
