/**
 * Readers for the formats of the protocol source documents (IANA registry
 * XML, RFC plain text), used by the cross-checks of the gRPC, WebSocket and
 * SMTP catalogs. Each reader parses the document it is given; none carries a
 * copy of the data, so a row added to or dropped from a document is seen.
 */

/** One `<record>` of an IANA registry: its attributes and the text of each child element. */
export interface IanaRecord {
  readonly attributes: ReadonlyMap<string, string>;
  readonly fields: ReadonlyMap<string, string>;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Whitespace folded to single spaces, as the catalogs write registry and RFC text. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of an element's content: an `<xref>` becomes the document it names
 * (`rfc6376` → "RFC 6376"), other tags are dropped, entities are decoded.
 */
function elementText(content: string): string {
  const withRefs = content.replace(/<xref\s[^>]*\bdata="([^"]*)"[^>]*\/>/g, (_whole, data: string) => (/^rfc\d+$/.test(data) ? `RFC ${data.slice(3)}` : data));
  return fold(withRefs.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_whole, name: string) => ENTITIES[name] ?? ''));
}

function attributesOf(text: string): Map<string, string> {
  return new Map([...text.matchAll(/([a-z_]+)="([^"]*)"/g)].map((match) => [match[1] as string, match[2] as string]));
}

/**
 * The records of the (sub-)registry with this id in an IANA registry XML
 * file. Throws when the registry is missing or holds no record, so a renamed
 * registry fails the test instead of checking nothing.
 */
export function ianaRecords(xml: string, registryId: string): IanaRecord[] {
  const open = xml.indexOf(`<registry id="${registryId}">`);
  if (open < 0) {
    throw new Error(`No registry "${registryId}" in the XML.`);
  }
  // Sub-registries do not nest, so the registry ends at the next closing tag.
  const close = xml.indexOf('</registry>', open);
  const body = xml.slice(open, close < 0 ? undefined : close);
  const records: IanaRecord[] = [];
  for (const record of body.matchAll(/<record(\s[^>]*)?>([\s\S]*?)<\/record>/g)) {
    const fields = new Map<string, string>();
    // An element is written `<name/>`, `<name attr="…"/>` or `<name …>content</name>`; children never repeat their parent's name.
    for (const field of (record[2] ?? '').matchAll(/<([a-z_]+)(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
      const name = field[1] as string;
      if (!fields.has(name)) {
        fields.set(name, elementText(field[3] ?? ''));
      }
    }
    records.push({ attributes: attributesOf(record[1] ?? ''), fields });
  }
  if (records.length === 0) {
    throw new Error(`The registry "${registryId}" holds no record.`);
  }
  return records;
}

/** A record's field, failing when the record has no such element. */
export function field(record: IanaRecord, name: string): string {
  const value = record.fields.get(name);
  if (value === undefined) {
    throw new Error(`A record has no <${name}>: ${JSON.stringify([...record.fields])}`);
  }
  return value;
}

/**
 * The text of an RFC section, from its heading line (`7.4.1.  Defined Status
 * Codes`) to the next heading of `nextHeading`, with the page breaks (footer,
 * form feed, header) taken out so that a paragraph split across pages reads
 * as one. Headings are matched at the start of a line, which leaves out the
 * table of contents (indented there).
 */
export function rfcSection(text: string, heading: string, nextHeading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) {
    throw new Error(`No section "${heading}" in the RFC.`);
  }
  const end = text.indexOf(`\n${nextHeading}`, start + heading.length);
  if (end < 0) {
    throw new Error(`No section "${nextHeading}" after "${heading}".`);
  }
  return text.slice(start + heading.length + 2, end).replace(/\n[^\n]*\[Page \d+\]\n\f\n?RFC \d+ [^\n]*\n/g, '\n');
}

/**
 * The items of an RFC list written as a number at one indent with its text
 * on the same line or on the lines below at a deeper indent (`   550  Requested
 * action…` or `   1000\n\n      1000 indicates…`): number → folded text.
 */
export function rfcNumberedItems(section: string, digits: number): Map<string, string> {
  const items = new Map<string, string>();
  let current: { key: string; lines: string[] } | undefined;
  const flush = () => {
    if (current) {
      items.set(current.key, fold(current.lines.join(' ')));
    }
  };
  for (const line of section.split('\n')) {
    const item = new RegExp(`^ {3}(\\d{${digits}}|\\dyz)(?: {2}(.*))?$`).exec(line);
    if (item) {
      flush();
      current = { key: item[1] as string, lines: [item[2] ?? ''] };
    } else if (current && (line.startsWith('      ') || line.trim() === '')) {
      current.lines.push(line);
    } else {
      flush();
      current = undefined;
    }
  }
  flush();
  return items;
}
