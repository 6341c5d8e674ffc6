package org.lyncowa.wizard.transfer;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.system.PlanSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.lyncowa.system.IssueMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded plan file for every page that takes one (the import page, the certificate
 * renewal): the plan when it is valid, else every problem in words, each with where it is in the file.
 * Uploads that never reach a controller (over the limit, malformed) are {@link UploadSizeFilter}'s.
 */
@Component
public class PlanUploads {

    /** The form field of the file on every upload form. */
    public static final String FILE_FIELD = "planFile";
    /** Query flags {@link UploadSizeFilter} adds when it sends a refused upload back to its page. */
    public static final String TOO_LARGE_PARAM = "too-large";
    public static final String UNREADABLE_PARAM = "unreadable";

    /** Either the valid, normalised plan or the problems (never both). */
    public record Outcome(Plan plan, List<String> problems) {
    }

    private final IssueMessages issueMessages;
    private final MessageSource messages;

    private final PlanSizeLimit limit;

    PlanUploads(IssueMessages issueMessages, MessageSource messages, @Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        this.limit = new PlanSizeLimit(limit);
        this.issueMessages = issueMessages;
        this.messages = messages;
    }

    public Outcome read(MultipartFile file, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(text("import.error.empty", locale));
        }
        if (tooLarge(file.getSize())) {
            return refused(tooLarge(locale));
        }
        PlanCheck check;
        try {
            check = PlanJson.read(file.getBytes());
        } catch (PlanJson.NotUtf8Exception e) {
            return refused(text("import.error.notUtf8", locale));
        } catch (PlanJson.NotJsonException e) {
            return refused(text("import.error.notJson", locale));
        }
        if (check.valid()) {
            return new Outcome(check.plan(), List.of());
        }
        // Every problem at once (up to a bound, then how many more), each with where it is in the file.
        return new Outcome(null,
                issueMessages.located(check.reportedErrors(), check.omittedErrors(), "import.error.issue", locale));
    }

    /** Whether a file of this many bytes is over the one plan-size limit ({@link PlanSizeLimit}). */
    public boolean tooLarge(long bytes) {
        return limit.exceeds(bytes);
    }

    /** The words for a flag of {@link UploadSizeFilter}, or null when neither is set. */
    public String flagged(String tooLarge, String unreadable, Locale locale) {
        if (tooLarge != null) {
            return tooLarge(locale);
        }
        return unreadable != null ? text("import.error.unreadable", locale) : null;
    }

    private String tooLarge(Locale locale) {
        return messages.getMessage("import.error.tooLarge", new Object[] {limit.kib()}, locale);
    }

    private static Outcome refused(String problem) {
        return new Outcome(null, List.of(problem));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
