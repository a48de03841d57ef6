/**
 * Generated code is built once as lines of text and tab stops, then rendered
 * either as a snippet (tab stops numbered, `$`, `}` and `\` escaped) or as
 * plain code (tab stops replaced by their placeholder). Generators never
 * write snippet syntax themselves, so catalog text can never become a tab
 * stop or a variable.
 */

export interface TabStop {
  readonly placeholder: string;
}

export type Part = string | TabStop;

export type Form = 'snippet' | 'plain';

interface Line {
  readonly depth: number;
  readonly parts: readonly Part[];
}

/** A tab stop; in plain code it becomes `placeholder`, or vanishes with its line when that is empty. */
export function tabStop(placeholder = ''): TabStop {
  return { placeholder };
}

export class CodeWriter {
  private readonly lines: Line[] = [];

  /** Adds a line `depth` indentation units deep. */
  line(depth: number, ...parts: Part[]): this {
    this.lines.push({ depth, parts });
    return this;
  }

  /** Adds a `// text` style comment line. */
  comment(depth: number, marker: string, text: string): this {
    return this.line(depth, text === '' ? marker : `${marker} ${text}`);
  }

  blank(): this {
    this.lines.push({ depth: 0, parts: [] });
    return this;
  }

  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /**
   * The code as text ending in a newline. `indent` is one indentation unit;
   * snippets inserted into an editor use a tab, which the editor converts to
   * the document's own indentation.
   */
  render(form: Form, indent: string): string {
    let stops = 0;
    const out: string[] = [];
    for (const { depth, parts } of this.lines) {
      if (form === 'plain' && parts.length > 0 && parts.every((part) => typeof part !== 'string' && part.placeholder === '')) {
        continue;
      }
      const text = parts
        .map((part) => {
          if (typeof part === 'string') {
            return form === 'snippet' ? escapeSnippet(part) : part;
          }
          if (form === 'plain') {
            return part.placeholder;
          }
          stops++;
          return part.placeholder === '' ? `\${${stops}}` : `\${${stops}:${escapeSnippet(part.placeholder)}}`;
        })
        .join('');
      out.push(text === '' ? '' : indent.repeat(depth) + text);
    }
    return `${out.join('\n')}\n`;
  }
}

/** Escapes text so a snippet parser reads it literally. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}
