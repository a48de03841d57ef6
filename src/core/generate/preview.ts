/**
 * Generated code shown in a completion item's documentation. The code holds
 * catalog text in its comments, so the fence is made longer than any run of
 * backticks in it: the text can then never close the block and become
 * Markdown.
 */
export function codeBlockMarkdown(code: string, language: string, maxLines = 40): string {
  const lines = code.replace(/\n$/, '').split('\n');
  const shown = lines.length > maxLines ? [...lines.slice(0, maxLines), `… ${lines.length - maxLines} more lines`] : lines;
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language.replace(/[^\w-]/g, '')}\n${shown.join('\n')}\n${fence}`;
}
