/** Whole journeys in a real headless Chromium against the app on a random port (run by failsafe: *IT classes). */
package org.lyncowa.browser;
