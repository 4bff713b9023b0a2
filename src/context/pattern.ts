// Builds a regex alternation from a dictionary, longest first so "Meta Platforms" beats "Meta".

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegex).join("|");
}
