// Across articles, a product's numbers are its maker's: "Grok-3 nécessitera 100 000 composants H100" and
// "xAI aura besoin de 100 000 semi-conducteurs" describe one build-out. Corroboration groups claims under the
// owner; the product stays visible in each source. `claims check` does not roll up: the ledger names subjects.

/** product family (version stripped) -> owner */
export const PRODUCT_OWNERS: Record<string, string> = {
  Grok: "xAI",
  Colossus: "xAI",
  TruthGPT: "xAI",
  ChatGPT: "OpenAI",
  GPT: "OpenAI",
  Sora: "OpenAI",
  "DALL-E": "OpenAI",
  Stargate: "OpenAI",
  Claude: "Anthropic",
  Gemini: "Google",
  Bard: "Google",
  "Project Astra": "Google",
  Llama: "Meta",
  Copilot: "Microsoft",
  "Le Chat": "Mistral AI",
  Starlink: "SpaceX",
};

// "Grok-3" -> "Grok", "GPT-4o" -> "GPT", "Llama 3.1" -> "Llama", "Claude 3" -> "Claude"
const VERSION = /[\s-]*(?:v?\d[\w.]*|[a-z]?\d+[a-z]*)$/u;

/** The organisation a subject belongs to: itself, or the owner of the product it names. */
export function subjectFamily(subject: string, owners: Record<string, string> = PRODUCT_OWNERS): string {
  return owners[subject] ?? owners[subject.replace(VERSION, "")] ?? subject;
}
