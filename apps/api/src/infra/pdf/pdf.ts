import * as pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

export const PDF = 'application/pdf';

/** The font every PDF of the application writes in: a PDF standard font, so no font file is shipped or fetched. */
export const PDF_FONT = 'Helvetica';

// pdfmake's Node entry is a CommonJS instance (module.exports = new pdfmake()); under ESM it is the default export.
const pdfmake = (pdfmakeModule as unknown as { default?: typeof pdfmakeModule }).default ?? pdfmakeModule;
// The PDF standard fonts (no font file, nothing fetched): Helvetica writes the Latin letters of EN, FR and ES.
pdfmake.addFonts({
  [PDF_FONT]: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
});
const STANDARD_FONTS = new Set(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']);
// Our PDFs name no image or file: nothing is fetched, and nothing read from the disk but the standard fonts' metrics.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

/** A pdfmake document rendered with the application's one PDF setup (the reports, the directory's sheets). */
export function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(doc).getBuffer();
}
