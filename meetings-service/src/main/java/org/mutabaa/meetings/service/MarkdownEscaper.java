package org.mutabaa.meetings.service;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What Qute's HTML escaping is to {@code minutes.html}, this is to {@code minutes.md}: every value
 * a Markdown template inserts (a name, a title, a decision's text) is shown as the text it is, so
 * that a title cannot become a heading, a link, an image, a table or raw HTML in whatever renders
 * the minutes. Markdown's punctuation is escaped with a backslash, which CommonMark allows before
 * any ASCII punctuation; the text reads the same once rendered.
 */
@ApplicationScoped
public class MarkdownEscaper implements ResultMapper {

    static final String CONTENT_TYPE = "text/markdown";

    void register(@Observes EngineBuilder engine) {
        engine.addResultMapper(this);
    }

    @Override
    public boolean appliesTo(TemplateNode.Origin origin, Object result) {
        return !(result instanceof RawString)
                && origin.getVariant().filter(v -> CONTENT_TYPE.equals(v.getContentType())).isPresent();
    }

    @Override
    public String map(Object result, io.quarkus.qute.Expression expression) {
        return escape(result.toString());
    }

    /**
     * The text with every character Markdown could read as markup escaped: inline markup anywhere
     * (emphasis, code, links and images, raw HTML, tables, strike-through, entities), block markup
     * where a line begins (headings, lists, quotes, rules).
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0 || lineStart && "#+-=".indexOf(c) >= 0) {
                out.append('\\');
            } else if (lineStart && Character.isDigit(c)) {
                // "1." or "1)" opening a line would start a numbered list
                int end = i;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                out.append(text, i, end);
                if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')')) {
                    out.append('\\');
                }
                i = end - 1;
                lineStart = false;
                continue;
            }
            out.append(c);
            lineStart = c == '\n' || c == '\r' || lineStart && c == ' ';
        }
        return out.toString();
    }
}
