package org.mutabaa.actions.service.reports;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.config.ActionsConfig;
import org.mutabaa.actions.service.reports.OrganisationReport.State;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * An organisation's report as documents: HTML (printable, Arabic first, right to left), PDF (the same
 * page laid out by openhtmltopdf, its Arabic shaped and ordered with ICU4J, in a font that has Arabic
 * letters), CSV (UTF-8 with a byte order mark, one row per action) and an SVG chart of the states
 * against the previous period. docs/decisions/0035.
 */
@ApplicationScoped
public class ReportDocuments {

    private final Template organisation;
    private final ActionsConfig config;

    public ReportDocuments(@Location("reports/organisation.html") Template organisation, ActionsConfig config) {
        this.organisation = organisation;
        this.config = config;
    }

    public String html(OrganisationReport report) {
        return organisation.data("v", ReportPage.of(report)).render();
    }

    /** The HTML page as a PDF; 503 naming the setting when no configured font file is there. */
    public byte[] pdf(OrganisationReport report) {
        File font = font().orElseThrow(() -> new org.mutabaa.platform.problem.ProblemException(503,
                "Service Unavailable", "no font with Arabic letters is installed for PDF reports: set"
                + " mutabaa.actions.reports.fonts to a TrueType file that has them", List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
            builder.useFont(font, "DejaVu Sans");
            fontBesides(font, "Bold").ifPresent(bold -> builder.useFont(bold, "DejaVu Sans", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true));
            builder.withHtmlContent(html(report), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One row per action, in UTF-8 with a byte order mark so that spreadsheet programs read the Arabic. */
    public byte[] csv(OrganisationReport report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, "القرار", "Decision", "الاجتماع", "Meeting", "المهمة", "Action", "المسؤول", "Owner", "الدولة",
                "Country", "الاستحقاق / Due", "الحالة", "State", "الإنجاز % / Progress %");
        for (OrganisationReport.DecisionItem d : report.decisions()) {
            for (OrganisationReport.ActionItem a : d.actions()) {
                row(csv, d.textAr(), d.textEn(), d.meetingTitleAr(), d.meetingTitleEn(), a.titleAr(), a.titleEn(),
                        a.ownerAr(), a.ownerEn(), ReportPage.countryName(a.countryCode(), "ar"),
                        ReportPage.countryName(a.countryCode(), "en"), a.dueDate() == null ? "" : a.dueDate().toString(),
                        a.state().ar, a.state().en, String.valueOf(a.progress()));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Bars of each state's count, this period beside the previous one, labelled in Arabic and English. */
    public String svg(OrganisationReport report) {
        List<State> shown = ReportPage.SHOWN;
        int width = 640;
        int row = 44;
        int top = 56;
        int height = top + row * shown.size() + 24;
        int barStart = 200;
        int barWidth = width - barStart - 60;
        int biggest = Math.max(1, shown.stream().mapToInt(s -> Math.max(report.totals().of(s), report.previous().of(s)))
                .max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" font-family=\"DejaVu Sans, Tahoma, Arial, sans-serif\" font-size=\"13\">\n");
        String title = "المهام حسب الحالة · Actions by state — " + report.period().label();
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<text x=\"").append(width / 2).append("\" y=\"22\" text-anchor=\"middle\" font-size=\"15\""
                + " font-weight=\"bold\" fill=\"#0b5d4b\">").append(escape(title)).append("</text>\n");
        svg.append("<rect x=\"").append(barStart).append("\" y=\"32\" width=\"12\" height=\"10\" fill=\"#0b5d4b\"/>")
                .append("<text x=\"").append(barStart + 16).append("\" y=\"41\" font-size=\"11\">")
                .append(escape("هذه الفترة · This period")).append("</text>\n");
        svg.append("<rect x=\"").append(barStart + 190).append("\" y=\"32\" width=\"12\" height=\"10\" fill=\"#b8c4cf\"/>")
                .append("<text x=\"").append(barStart + 206).append("\" y=\"41\" font-size=\"11\">")
                .append(escape("الفترة السابقة · Previous")).append("</text>\n");
        for (int i = 0; i < shown.size(); i++) {
            State s = shown.get(i);
            int y = top + i * row;
            int now = report.totals().of(s);
            int before = report.previous().of(s);
            svg.append("<g data-state=\"").append(s.name()).append("\">");
            svg.append("<text x=\"").append(barStart - 8).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(escape(s.ar)).append("</text>");
            svg.append("<text x=\"").append(barStart - 8).append("\" y=\"").append(y + 30)
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#555f6d\">").append(escape(s.en)).append("</text>");
            svg.append("<rect x=\"").append(barStart).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(barWidth * now / biggest).append("\" height=\"14\" fill=\"#0b5d4b\"/>");
            svg.append("<text x=\"").append(barStart + barWidth * now / biggest + 6).append("\" y=\"").append(y + 16)
                    .append("\">").append(now).append("</text>");
            svg.append("<rect x=\"").append(barStart).append("\" y=\"").append(y + 21).append("\" width=\"")
                    .append(barWidth * before / biggest).append("\" height=\"10\" fill=\"#b8c4cf\"/>");
            svg.append("<text x=\"").append(barStart + barWidth * before / biggest + 6).append("\" y=\"").append(y + 31)
                    .append("\" font-size=\"11\" fill=\"#555f6d\">").append(before).append("</text>");
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** The first configured font file that is there. */
    Optional<File> font() {
        return config.reports().fonts().stream().map(File::new).filter(File::isFile).findFirst();
    }

    private static Optional<File> fontBesides(File regular, String style) {
        String name = regular.getName();
        int dot = name.lastIndexOf('.');
        File bold = new File(regular.getParentFile(), name.substring(0, dot) + "-" + style + name.substring(dot));
        return bold.isFile() ? Optional.of(bold) : Optional.empty();
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** A cell quoted as RFC 4180 says; one a spreadsheet would take for a formula is kept as text. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
