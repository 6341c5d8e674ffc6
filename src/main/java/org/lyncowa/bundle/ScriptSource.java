package org.lyncowa.bundle;

import java.util.List;
import java.util.Locale;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.script.GeneratedScript;

/**
 * Where the bundle gets its scripts from: in production the script generator, in tests any list.
 * Kept as a one-method interface so the bundle does not depend on how scripts are made.
 */
@FunctionalInterface
public interface ScriptSource {

    /** The scripts for a valid plan, in runbook order, with their comments and messages in the given language. */
    List<GeneratedScript> generate(Plan plan, Locale locale);

    /**
     * The scripts for a plan already checked. The production source overrides this so that a bundle
     * checks its plan once; the default hands the normalised plan to {@link #generate(Plan, Locale)}.
     */
    default List<GeneratedScript> generate(ValidPlan plan, Locale locale) {
        return generate(plan.plan(), locale);
    }

    /**
     * The scripts of a certificate renewal of a plan already checked (the script that applies the
     * thumbprints, then the verification), numbered from 1. The production source renders them from the
     * same templates as the full set; a source that was given no renewal set says so rather than guess one.
     */
    default List<GeneratedScript> renewal(ValidPlan plan, Locale locale) {
        throw new UnsupportedOperationException("this script source makes no certificate renewal scripts");
    }
}
