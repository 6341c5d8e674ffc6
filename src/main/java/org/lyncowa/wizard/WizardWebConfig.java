package org.lyncowa.wizard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards every page that needs wizard answers. */
@Configuration
class WizardWebConfig implements WebMvcConfigurer {

    private final WizardSession session;

    /** Test slices of other features load this configurer without the wizard beans; the session helper is stateless. */
    WizardWebConfig(ObjectProvider<WizardSession> session) {
        this.session = session.getIfAvailable(WizardSession::new);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WizardSessionInterceptor(session))
                .addPathPatterns("/steps/**", Navigator.CHECK_ANSWERS, "/plan/export");
    }
}
