package org.lyncowa.bundle;

import java.util.List;

import org.lyncowa.plan.Plan;
import org.lyncowa.script.GeneratedScript;

/**
 * Where the bundle gets its scripts from: in production the script generator, in tests any list.
 * Kept as a one-method interface so the bundle does not depend on how scripts are made.
 */
@FunctionalInterface
public interface ScriptSource {

    /** The scripts for a valid plan, in runbook order. */
    List<GeneratedScript> generate(Plan plan);
}
