package org.lyncowa.wizard;

import org.lyncowa.wizard.preview.StepPreview;
import org.springframework.stereotype.Component;

/** What every {@link StepController} works with, given to it as one piece. */
@Component
public record StepFlow(WizardSession session, Navigator navigator, StepValidation validation, StepPage page,
        StepPreview preview) {
}
