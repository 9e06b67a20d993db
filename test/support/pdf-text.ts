import { inflateSync } from 'node:zlib';

/** The text a PDF shows with the standard fonts: every TJ array's hex strings, each stream inflated. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const open = raw.indexOf('>>\nstream\n', from);
    if (open < 0) break;
    const start = open + '>>\nstream\n'.length;
    const end = raw.indexOf('\nendstream', start);
    if (end < 0) break;
    from = end + 1;
    const bytes = pdf.subarray(start, end);
    let text: string;
    try {
      text = inflateSync(bytes).toString('latin1');
    } catch {
      text = bytes.toString('latin1');
    }
    for (const tj of text.match(/\[([^\]]*)\]\s*TJ/g) ?? []) {
      parts.push(
        (tj.match(/<([0-9a-fA-F]*)>/g) ?? [])
          .map((h) => Buffer.from(h.slice(1, -1), 'hex').toString('latin1'))
          .join(''),
      );
    }
  }
  return parts.join('');
}
