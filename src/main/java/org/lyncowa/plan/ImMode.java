package org.lyncowa.plan;

/** Whether OWA instant messaging is integrated (P-3) or switched off (P-3.8). */
public enum ImMode {
    ENABLE,
    DISABLE
}
