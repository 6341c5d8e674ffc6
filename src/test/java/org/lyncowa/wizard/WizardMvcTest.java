package org.lyncowa.wizard;

import org.lyncowa.system.IssueMessages;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The wizard beans a step controller needs in a {@code @WebMvcTest} slice. */
@TestConfiguration
@Import({WizardSession.class, Navigator.class, StepValidation.class, StepPage.class, IssueMessages.class})
public class WizardMvcTest {
}
