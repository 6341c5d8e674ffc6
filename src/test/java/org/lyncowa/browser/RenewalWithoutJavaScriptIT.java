package org.lyncowa.browser;

/** {@link RenewalIT} with JavaScript switched off: the renewal needs none. */
class RenewalWithoutJavaScriptIT extends RenewalIT {

    @Override
    protected boolean javascript() {
        return false;
    }
}
