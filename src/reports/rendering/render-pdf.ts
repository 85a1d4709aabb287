import PDFDocument from 'pdfkit';
import { DocumentImage, ReportBlock, ReportDocument, ReportSection, blocksShownIn } from '../document/report-document';
import { chartHeight, drawChart } from './pdf-chart';
import { drawFacts } from './pdf-facts';
import { BOLD, INK_COLOUR, MARGIN, Pdf, REGULAR, contentWidth, ensureRoom, heading, headingHeight, numberPages } from './pdf-page';
import { beginStructure, chartAlternative, endStructure, grouped, tagged } from './pdf-structure';
import { drawTable, tableStartHeight } from './pdf-table';

/** A section with a long table starts on a new page when less than half of this one is left. */
const LONG_TABLE_ROWS = 25;

/** Paragraphs up to this share of a page are kept whole on one page (no line left alone at a page's top or bottom). */
const WHOLE_PARAGRAPH_SHARE = 0.3;

function drawParagraphs(pdf: Pdf, title: string | undefined, items: string[]): void {
  if (title) heading(pdf, title, 10, 24);
  for (const text of items) {
    const height = pdf
      .font(REGULAR)
      .fontSize(9)
      .heightOfString(text, { width: contentWidth(pdf) });
    if (height < pdf.page.height * WHOLE_PARAGRAPH_SHARE) ensureRoom(pdf, height);
    pdf.fillColor(INK_COLOUR);
    tagged(pdf, 'P', () => pdf.text(text, MARGIN, pdf.y, { width: contentWidth(pdf) }));
    pdf.moveDown(0.3);
  }
  pdf.moveDown(0.5);
}

function drawBlock(pdf: Pdf, block: ReportBlock): void {
  if (block.kind === 'facts') drawFacts(pdf, block.facts);
  if (block.kind === 'table') drawTable(pdf, block);
  if (block.kind === 'chart') {
    ensureRoom(pdf, chartHeight(pdf, block));
    tagged(pdf, 'Figure', () => drawChart(pdf, block), { alt: chartAlternative(block) });
  }
  if (block.kind === 'paragraphs') drawParagraphs(pdf, block.heading, block.items);
}

/** How much of a block must stand on the page of the heading before it. */
function startHeight(pdf: Pdf, block: ReportBlock | undefined): number {
  if (block?.kind === 'table') return tableStartHeight(pdf, block);
  if (block?.kind === 'chart') return chartHeight(pdf, block);
  if (block?.kind === 'paragraphs' && block.heading) return headingHeight(pdf, block.heading, 10) + 24;
  return 40;
}

function drawSection(pdf: Pdf, section: ReportSection): void {
  const blocks = blocksShownIn(section, 'reading');
  const long = blocks.some((b) => b.kind === 'table' && b.rows.length > LONG_TABLE_ROWS);
  if (long && pdf.y > pdf.page.height / 2) pdf.addPage();
  grouped(pdf, 'Sect', () => {
    heading(pdf, section.title, 14, startHeight(pdf, blocks[0]));
    pdf.outline.addItem(section.title);
    for (const block of blocks) drawBlock(pdf, block);
  });
  if (section.endsPage) pdf.addPage();
}

const LOGO_HEIGHT = 56;
const LOGO_WIDTH = 170;

/** The logos in a row across the top of the first page: the first at the left, the last at the right. */
function drawLogos(pdf: Pdf, logos: DocumentImage[]): number {
  if (logos.length === 0) return MARGIN;
  const gap = logos.length > 1 ? (contentWidth(pdf) - logos.length * LOGO_WIDTH) / (logos.length - 1) : 0;
  logos.forEach((logo, i) => {
    const x = MARGIN + i * (LOGO_WIDTH + gap);
    const last = logos.length > 1 && i === logos.length - 1;
    const image = Buffer.from(logo.base64, 'base64');
    const placing = { fit: [LOGO_WIDTH, LOGO_HEIGHT] as [number, number], ...(last ? { align: 'right' as const } : {}), valign: 'center' as const };
    tagged(pdf, 'Figure', () => pdf.image(image, x, MARGIN, placing), { alt: logo.label });
  });
  return MARGIN + LOGO_HEIGHT + 16;
}

function drawCover(pdf: Pdf, document: ReportDocument): void {
  const top = drawLogos(pdf, document.logos ?? []);
  pdf.font(BOLD).fontSize(18).fillColor(INK_COLOUR);
  tagged(pdf, 'H1', () => pdf.text(document.title, MARGIN, top, { width: contentWidth(pdf) }));
  const subtitle = document.subtitle;
  if (subtitle)
    tagged(pdf, 'P', () =>
      pdf
        .font(REGULAR)
        .fontSize(11)
        .text(subtitle, { width: contentWidth(pdf) }),
    );
  pdf.moveDown(0.6);
  const rendered = document.renderedAt
    ? [{ label: document.renderedAtLabel ?? 'Generated at', value: `${document.renderedAt.slice(0, 19).replace('T', ' ')} UTC` }]
    : [];
  drawFacts(pdf, [...document.parameters, ...rendered]);
}

function drawFooterLine(pdf: Pdf, text: string): void {
  pdf.font(REGULAR).fontSize(8);
  ensureRoom(pdf, pdf.heightOfString(text, { width: contentWidth(pdf) }) + 12);
  pdf.moveDown(0.5).fillColor('#444444');
  tagged(pdf, 'P', () => pdf.text(text, MARGIN, pdf.y, { width: contentWidth(pdf) }));
  pdf.fillColor(INK_COLOUR);
}

/** The report as an A4 PDF made in-process with pdfkit; DejaVu fonts carry Cyrillic and Tajik letters. */
export function renderPdf(document: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: document.language,
    info: { Title: document.title, Creator: 'Follow-through' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  beginStructure(pdf);
  drawCover(pdf, document);
  for (const section of document.sections) drawSection(pdf, section);
  if (document.footer) drawFooterLine(pdf, document.footer);
  endStructure(pdf);
  numberPages(pdf);
  pdf.end();
  return done;
}
