package org.lyncowa.wizard.transfer;

import java.util.List;
import java.util.Locale;

import org.lyncowa.plan.PlanJson;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
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

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, Locale locale) {
        return PlanTransferController.refused(model, List.of(
                messages.getMessage("import.error.tooLarge", new Object[] {PlanJson.MAX_BYTES / 1024}, locale)));
    }
}
