package org.lyncowa.bundle;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.lyncowa.WizardApplication;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.script.ScriptGenerator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the bundle to the script generator. The generator name is {@code spring.application.name};
 * the version comes from {@link BuildProperties} when the build writes them, else from the jar
 * manifest ({@code Implementation-Version}, which the Boot parent POM adds), else {@code dev} (running
 * from classes). Time is a {@link Clock} bean if the application defines one, else the system clock
 * in UTC: this class does not define one itself so it never competes with another part's clock.
 */
@Configuration(proxyBeanMethods = false)
public class BundleConfig {

    static final String FALLBACK_NAME = "lync-owa-wizard";
    static final String FALLBACK_VERSION = "dev";

    @Bean
    ScriptGenerator scriptGenerator(ObjectProvider<Clock> clock, ObjectProvider<BuildProperties> build,
            Environment environment) {
        return new ScriptGenerator(clock(clock), generatorName(build.getIfAvailable(), environment));
    }

    @Bean
    BundleBuilder bundleBuilder(ScriptGenerator scriptGenerator, MessageSource messageSource,
            ObjectProvider<Clock> clock, ObjectProvider<BuildProperties> build, Environment environment) {
        return new BundleBuilder(source(scriptGenerator), messageSource, clock(clock),
                generatorName(build.getIfAvailable(), environment));
    }

    /** The generator as the bundle's script source: a plan the bundle already checked is not checked again. */
    static ScriptSource source(ScriptGenerator generator) {
        return new ScriptSource() {
            @Override
            public List<GeneratedScript> generate(Plan plan, Locale locale) {
                return generator.generate(plan, locale);
            }

            @Override
            public List<GeneratedScript> generate(ValidPlan plan, Locale locale) {
                return generator.generate(plan, locale);
            }

            @Override
            public List<GeneratedScript> renewal(ValidPlan plan, Locale locale) {
                return generator.renewal(plan, locale);
            }
        };
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }

    /** {@code "<name> <version>"} as the manifest and the script headers show it. */
    static String generatorName(BuildProperties build, Environment environment) {
        String name = environment.getProperty("spring.application.name", FALLBACK_NAME);
        String version = build != null ? build.getVersion() : null;
        if (version == null) {
            version = WizardApplication.class.getPackage().getImplementationVersion();
        }
        return name + " " + (version == null || version.isBlank() ? FALLBACK_VERSION : version);
    }
}
