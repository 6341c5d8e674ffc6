package org.lyncowa.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/** The pages {@link StorageFailureFilter} forwards to; not reachable on their own. */
@Controller
class UnavailableController {

    static final String VIEW = "error/unavailable";

    @RequestMapping(StorageFailureFilter.PATH)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(HttpServletRequest request, Model model) {
        Object reason = request.getAttribute(StorageFailureFilter.REASON);
        if (!(reason instanceof StorageFailureFilter.Reason known)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean limit = known == StorageFailureFilter.Reason.SESSION_LIMIT;
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        model.addAttribute("titleKey", limit ? "unavailable.limit.title"
                : write ? "unavailable.storage.write.title" : "unavailable.storage.read.title");
        model.addAttribute("textKey", limit ? "unavailable.limit.text" : "unavailable.storage.text");
        return VIEW;
    }
}
