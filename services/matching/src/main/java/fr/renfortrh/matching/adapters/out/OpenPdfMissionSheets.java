package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.MissionSheets;
import fr.renfortrh.matching.domain.MissionSheet;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;

/** Mission sheets laid out with OpenPDF: a title, then each section as a two-column table or paragraphs. */
@Component
class OpenPdfMissionSheets implements MissionSheets {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

    @Override
    public byte[] pdf(MissionSheet sheet) {
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(sheet.title());
        document.addCreator("Renfort RH — ARS Normandie");
        document.open();
        document.add(new Paragraph(sheet.title(), TITLE));
        document.add(new Paragraph("Référence : " + sheet.reference(), SMALL));
        for (MissionSheet.Section section : sheet.sections()) {
            Paragraph heading = new Paragraph(section.heading(), HEADING);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(6);
            document.add(heading);
            PdfPTable table = new PdfPTable(new float[]{1, 3});
            table.setWidthPercentage(100);
            for (MissionSheet.Line line : section.lines()) {
                if (line.label() == null) {
                    PdfPCell paragraph = cell(new Phrase(line.text(), TEXT));
                    paragraph.setColspan(2);
                    table.addCell(paragraph);
                } else {
                    table.addCell(cell(new Phrase(line.label(), LABEL)));
                    table.addCell(cell(new Phrase(line.text(), TEXT)));
                }
            }
            document.add(table);
        }
        Paragraph footnote = new Paragraph(sheet.footnote(), SMALL);
        footnote.setSpacingBefore(18);
        footnote.setAlignment(Element.ALIGN_LEFT);
        document.add(footnote);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderWidth(0.3f);
        cell.setPadding(5);
        return cell;
    }
}
