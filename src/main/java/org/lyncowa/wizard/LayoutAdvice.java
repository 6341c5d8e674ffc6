package org.lyncowa.wizard;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.system.LocaleConfig;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page: the language switch links, which keep the page and its mode. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new LanguageLinks(path.isEmpty() ? Navigator.START : path, request.getQueryString());
    }

    /** "How to find this" under the fields whose answer is on a server (fragments/fields :: find). */
    @ModelAttribute("findCommands")
    FindCommands findCommands() {
        return FindCommands.INSTANCE;
    }

    /** {@code languageLinks.to('ko')}: this page (same query, e.g. change mode) in another language. */
    public record LanguageLinks(String path, String query) {
        public String to(String language) {
            return UriComponentsBuilder.fromPath(path).query(query)
                    .replaceQueryParam(LocaleConfig.PARAM, language).build().toUriString();
        }
    }
}
