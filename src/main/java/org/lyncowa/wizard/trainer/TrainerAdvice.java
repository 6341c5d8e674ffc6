package org.lyncowa.wizard.trainer;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs for the trainer tools on every page: whether the answers are example data,
 * whether there are answers to start over from, the presenter flag and the page to come back to.
 * Reads the session without creating one.
 */
@ControllerAdvice
class TrainerAdvice {

    private final WizardSession session;

    /** Test slices of other features load this advice without the wizard beans; the session helper is stateless. */
    TrainerAdvice(ObjectProvider<WizardSession> session) {
        this.session = session.getIfAvailable(WizardSession::new);
    }

    @ModelAttribute("exampleData")
    boolean exampleData(HttpServletRequest request) {
        return session.find(request).map(WizardState::isExample).orElse(false);
    }

    @ModelAttribute("hasAnswers")
    boolean hasAnswers(HttpServletRequest request) {
        return session.find(request).map(state -> !state.isEmpty()).orElse(false);
    }

    @ModelAttribute("presenter")
    boolean presenter(HttpServletRequest request) {
        return TrainerController.presenter(request);
    }

    @ModelAttribute("trainerReturnTo")
    String returnTo(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || path.endsWith("/preview")) {
            // A page rendered by a POST (a form with errors) comes back as its GET.
            return path.isEmpty() ? Navigator.START : path;
        }
        return UriComponentsBuilder.fromPath(path.isEmpty() ? Navigator.START : path)
                .query(request.getQueryString()).build().toUriString();
    }
}
