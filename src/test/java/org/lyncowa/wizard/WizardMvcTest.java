package org.lyncowa.wizard;

import org.lyncowa.system.IssueMessages;
import org.lyncowa.system.SecurityConfig;
import org.lyncowa.wizard.preview.StepPreview;
import org.lyncowa.wizard.trainer.Presets;
import org.lyncowa.wizard.discovery.DiscoveryImport;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The wizard beans a step controller needs in a {@code @WebMvcTest} slice. */
@TestConfiguration
@Import({WizardSession.class, Navigator.class, StepValidation.class, StepPage.class, IssueMessages.class,
        SecurityConfig.class, StepPreview.class, Presets.class, StepFlow.class, DiscoveryImport.class,
        org.lyncowa.wizard.transfer.PlanUploads.class})
public class WizardMvcTest {
}
