package org.lyncowa.browser;

/** Every journey of {@link JourneyIT} again with JavaScript switched off: the pages must not need it. */
class JourneyWithoutJavaScriptIT extends JourneyIT {

    @Override
    protected boolean javascript() {
        return false;
    }
}
