package org.lyncowa.wizard.transfer;

import java.util.List;
import java.util.Locale;

import org.lyncowa.system.PlanSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the upload limit is refused before any controller runs; answer with the import
 * page and a plain message instead of a 413/500 error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final MessageSource messages;
    private final PlanSizeLimit limit;

    UploadLimitAdvice(MessageSource messages, @Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        this.messages = messages;
        this.limit = new PlanSizeLimit(limit);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, Locale locale) {
        return PlanTransferController.refused(model, List.of(
                messages.getMessage("import.error.tooLarge", new Object[] {limit.kib()}, locale)));
    }
}
